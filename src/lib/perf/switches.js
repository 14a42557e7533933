// The speed tricks of src/lib/perf/ (see its README), each of which a build can leave out:
// `PERF_OFF=paint-first,idle-fonts npx vite build`, or `npm run bench -- --without=paint-first`.
// Production builds leave none out. The switch exists so a trick's gain can be measured again
// after an upgrade, with the same bench, instead of trusted from an old table.
// Plain JavaScript: svelte.config.js loads it before any TypeScript tooling runs.

/** @typedef {'paint-first' | 'idle-fonts' | 'injected-css'} Trick */

/** @type {readonly Trick[]} */
export const tricks = ['paint-first', 'idle-fonts', 'injected-css'];

/**
 * The tricks a build leaves out, from a comma-separated list (the PERF_OFF variable).
 * An unknown name stops the build: a typo must not measure the full site under a wrong label.
 * @param {string | undefined} list
 * @returns {Trick[]}
 */
export function tricksOff(list) {
	const names = (list ?? '')
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	for (const name of names) {
		if (!tricks.includes(/** @type {Trick} */ (name))) {
			throw new Error(`PERF_OFF: unknown trick "${name}" (known: ${tricks.join(', ')})`);
		}
	}
	return /** @type {Trick[]} */ (names);
}

/**
 * Svelte components whose styles travel inside their JavaScript ("injected" CSS) instead of a
 * stylesheet. With the default (external CSS files), SvelteKit links the stylesheet of every
 * dynamically importable component from every page: the eight figures' styles became 17
 * render-blocking requests on each route. So: the figures, whose code a page loads only when it
 * shows them, and the parts of the page fetched on demand (the keyboard help's dialog, the update
 * notice, the range control of a figure's settings). Not the frame every figure sits in: every
 * page that shows a figure imports it statically, so its styles belong in that page's inlined
 * stylesheet. What breaks it: a figure file moved out of src/lib/figures/, or a new on-demand
 * component not listed here (the bench's Lighthouse run shows it as a render-blocking request).
 */
export const injectedCssFiles =
	/[\\/]src[\\/]lib[\\/](figures[\\/](?!FigureFrame\.svelte$)|ui[\\/](RangeControl|KeysDialog|UpdateNotice)\.svelte$)/;
