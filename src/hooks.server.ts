import type { Handle } from '@sveltejs/kit';
import { paintFirst } from '$lib/perf/paint-first';
import { trickOn } from '$lib/perf/tricks';

const rewrite = trickOn('paint-first');

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html, done }) => {
			if (!rewrite) return html;
			// Prerendered pages never stream, so the page arrives here whole.
			if (!done) throw new Error(`${event.url.pathname}: a streamed page cannot be rewritten by paintFirst`);
			return paintFirst(html, event.url.pathname);
		}
	});
