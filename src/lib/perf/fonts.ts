// Our two faces (~100 KB) never hold up a first visit: the first page is painted in the system's
// faces, the faces are fetched once that page is idle, and every later page uses them from the
// cache (the service worker keeps them for offline use too). A flag in localStorage tells the
// boot script in app.html, before the first paint, that they are there.

import { whenIdle } from './idle';
import { trickOn } from './tricks';

const storageKey = 'ketamine-explainer:fonts';
const families = ['Source Serif 4 Variable', 'Inter Variable'] as const;

const faceNames = { prose: families[0], ui: families[1] };

/**
 * The @font-face rules, for the page's <head>. Subset to Latin and self-hosted: no request leaves
 * the site. `optional`, not `swap`: a face that is not at hand when the text first paints is left
 * out for that page, so text never reflows under the reader. Without the idle-fonts trick (a bench
 * build) the faces are used from the first page, as they were before it.
 */
export function fontFaceRules(urls: { prose: string; ui: string }): string {
	const always = trickOn('idle-fonts')
		? ''
		: // html:root outranks tokens.css's :root, wherever the browser puts this style.
		  `html:root{--font-prose:'${faceNames.prose}',Georgia,serif;--font-ui:'${faceNames.ui}',system-ui,sans-serif}\n`;
	return `<style>
@font-face{font-family:'${faceNames.prose}';font-style:normal;font-display:optional;font-weight:200 900;src:url(${urls.prose}) format('woff2')}
@font-face{font-family:'${faceNames.ui}';font-style:normal;font-display:optional;font-weight:100 900;src:url(${urls.ui}) format('woff2')}
${always}</style>`;
}

/** Fetches the faces when the page is idle and records that they are cached. Returns the cleanup. */
export function warmFonts(doc: Document): () => void {
	if (!trickOn('idle-fonts')) return () => {};
	let cancelled = false;
	const cancelIdle = whenIdle(window, () => {
		const faces = [...doc.fonts].filter((face) => (families as readonly string[]).includes(face.family.replace(/^["']|["']$/g, '')));
		if (faces.length !== families.length) return;
		Promise.all(faces.map((face) => face.load())).then(
			() => {
				if (cancelled) return;
				try {
					localStorage.setItem(storageKey, 'cached');
				} catch {
					// Storage blocked: readers keep the system faces, which is fine.
				}
			},
			() => {} // offline or blocked: try again on the next page
		);
	});
	return () => {
		cancelled = true;
		cancelIdle();
	};
}

/**
 * On a move to another page inside the app, switch to our faces if they are cached. The page is
 * being replaced anyway, and a shift right after the reader's click is not a layout shift.
 */
export function useCachedFonts(doc: Document): void {
	try {
		if (localStorage.getItem(storageKey) === 'cached') doc.documentElement.dataset.fonts = 'cached';
	} catch {
		// Storage blocked: keep the system faces.
	}
}
