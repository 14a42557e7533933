import { createHash } from 'node:crypto';

/**
 * Rewrites a prerendered page so its JavaScript is fetched after the first paint.
 *
 * SvelteKit puts a <link rel="modulepreload"> for every chunk in <head> and starts the app from
 * an inline script at the end of <body>. On a slow phone those chunks (~45 KB) share the
 * connection with the page and its fonts, and hydration can take the main thread before the text
 * is painted. Here the preload links leave <head>; the inline script waits until the first
 * contentful paint has been presented, then adds the same links (so the chunks still load in
 * parallel, not as an import waterfall) and starts the app. Until then the page is exactly its
 * no-JavaScript version.
 *
 * The inline script is covered by the Content Security Policy by its hash, so the hash in the
 * policy is replaced with the new script's. Anything unexpected in SvelteKit's output throws:
 * the build stops rather than shipping a page that never hydrates or breaks its own policy.
 */
export function paintFirst(html: string, where: string): string {
	const start = /<script>(\s*\{\s*__sveltekit_\w+ = [\s\S]*?)<\/script>/.exec(html);
	if (!start) {
		if (/<link[^>]*rel="modulepreload"/.test(html)) throw new Error(`${where}: modulepreload links but no SvelteKit start script`);
		return html; // a page without client-side code (csr = false)
	}
	const original = start[1]!;
	const preloads = [...html.matchAll(/<link href="([^"]+)" rel="modulepreload">\s*/g)];
	const hrefs = preloads.map((match) => match[1]!);

	const launch = original.indexOf('Promise.all([');
	const serviceWorker = original.indexOf("if ('serviceWorker' in navigator)");
	const blockEnd = original.lastIndexOf('}');
	const end = serviceWorker >= 0 ? serviceWorker : blockEnd;
	if (launch < 0 || end < launch || !original.includes('document.currentScript.parentElement')) {
		throw new Error(`${where}: SvelteKit's start script has an unexpected shape; update src/lib/perf/paint-first.ts`);
	}

	const deferred =
		original.slice(0, launch) +
		// `element` was read from document.currentScript above, while the script still runs.
		`const afterFirstPaint = (run) => {
						let started = false;
						const go = () => {
							if (started) return;
							started = true;
							for (const href of ${JSON.stringify(hrefs)}) {
								const link = document.createElement('link');
								link.rel = 'modulepreload';
								link.href = href;
								document.head.append(link);
							}
							run();
						};
						// One frame after the first contentful paint has been presented; where paint
						// timing is missing, after the first frame; in a tab nobody looks at, after 500 ms.
						const nextFrame = () => requestAnimationFrame(() => setTimeout(go, 0));
						try {
							const painted = new PerformanceObserver((entries) => {
								if (!entries.getEntriesByName('first-contentful-paint').length) return;
								painted.disconnect();
								nextFrame();
							});
							painted.observe({ type: 'paint', buffered: true });
						} catch {
							nextFrame();
						}
						setTimeout(go, 500);
					};
					afterFirstPaint(() => {
					${original.slice(launch, end).trimEnd()}
					});

					` +
		original.slice(end);

	const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
	const oldHash = hash(original);
	if (!html.includes(oldHash)) throw new Error(`${where}: the Content Security Policy does not carry the start script's hash`);

	let out = html.replace(original, () => deferred).replace(oldHash, () => hash(deferred));
	for (const preload of preloads) out = out.replace(preload[0], '');
	if (/rel="?modulepreload/.test(out)) throw new Error(`${where}: a modulepreload link in a shape paintFirst does not know stayed in the page`);
	return out;
}
