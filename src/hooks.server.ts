import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { paintFirst } from '$lib/perf/paint-first';
import { trickOn } from '$lib/perf/tricks';

// Only in the build: the dev server's pages carry no hashed Content Security Policy to rewrite
// (paintFirst would refuse every page), and a first paint there measures nothing.
const rewrite = !dev && trickOn('paint-first');

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html, done }) => {
			if (!rewrite) return html;
			// Prerendered pages never stream, so the page arrives here whole.
			if (!done) throw new Error(`${event.url.pathname}: a streamed page cannot be rewritten by paintFirst`);
			return paintFirst(html, event.url.pathname);
		}
	});
