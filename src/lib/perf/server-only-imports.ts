import type { Plugin } from 'vite';

/**
 * `import Part from 'server-only:./Part.svelte'` gives the component when rendering on the server
 * (prerendering, the handout, the no-JavaScript page) and `undefined` in the browser's build. A
 * figure's later parts (./later-part.svelte.ts) use it to be server-rendered wherever a page shows
 * them while the browser fetches them by dynamic import: a plain static import, even one only used
 * behind `import.meta.env.SSR`, would keep them in the figure's first chunk.
 *
 * With `leaveOut` false (PERF_OFF=later-parts) the browser gets the static import too, so the
 * later parts ship in the figure's first chunk: the bench's "without" measurement.
 */
export function serverOnlyImports({ leaveOut }: { leaveOut: boolean }): Plugin {
	const prefix = 'server-only:';
	const absent = '\0server-only:absent';
	return {
		name: 'ketamine-explainer:server-only-imports',
		enforce: 'pre',
		resolveId(source, importer, options) {
			if (!source.startsWith(prefix)) return null;
			const onServer = this.environment ? this.environment.config.consumer === 'server' : options?.ssr === true;
			return onServer || !leaveOut ? this.resolve(source.slice(prefix.length), importer, { ...options, skipSelf: true }) : absent;
		},
		load(id) {
			return id === absent ? 'export default undefined;' : null;
		}
	};
}
