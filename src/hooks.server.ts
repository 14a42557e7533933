import type { Handle } from '@sveltejs/kit';
import { paintFirst } from '$lib/server/paint-first';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html, done }) => {
			// Prerendered pages never stream, so the page arrives here whole.
			if (!done) throw new Error(`${event.url.pathname}: a streamed page cannot be rewritten by paintFirst`);
			return paintFirst(html, event.url.pathname);
		}
	});
