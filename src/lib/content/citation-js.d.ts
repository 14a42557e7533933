// citation.js ships no type declarations; this is the small part of its API the build uses.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		format(style: 'bibliography' | 'citation', options?: Record<string, unknown>): string;
	}
}
declare module '@citation-js/plugin-csl';
