// JavaScript shipped before the first interaction: every .js response a fresh page load makes
// until the network is idle and the app has hydrated, counted in gzipped bytes: the size of the
// build's precompressed .gz copy, which is what the server sends a browser that accepts gzip
// (browsers that accept Brotli get the smaller .br copy).
import { desktop, newContext, phone, waitHydrated } from './browser.mjs';
import { isChapter } from './site.mjs';
import { log, servedGzipBytes, sleep } from './util.mjs';

const isJs = (response) => {
	const path = new URL(response.url()).pathname;
	const type = response.headers()['content-type'] ?? '';
	return path.endsWith('.js') || path.endsWith('.mjs') || /javascript/.test(type);
};

async function measure(browser, url, screen, buildDir) {
	const context = await newContext(browser, screen);
	const page = await context.newPage();
	const pending = [];
	page.on('response', (response) => {
		if (!isJs(response)) return;
		pending.push(
			response
				.body()
				.then((body) => {
					const path = new URL(response.url()).pathname;
					return { path, raw: body.length, gzip: servedGzipBytes(buildDir, path, body) };
				})
				.catch(() => null)
		);
	});
	try {
		const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
		const hydrated = await waitHydrated(page);
		// Anything hydration itself starts (a figure's code, fonts) has to land before we count.
		await page.waitForLoadState('networkidle').catch(() => {});
		await sleep(300);
		const figures = await page.$$eval('[data-figure]', (els) => [...new Set(els.map((el) => el.getAttribute('data-figure')))]);
		const files = (await Promise.all(pending)).filter(Boolean);
		const unique = new Map(files.map((f) => [f.path, f]));
		const list = [...unique.values()].sort((a, b) => b.gzip - a.gzip);
		return {
			status: response?.status() ?? null,
			hydrated,
			figures,
			files: list,
			gzip: list.reduce((sum, f) => sum + f.gzip, 0),
			raw: list.reduce((sum, f) => sum + f.raw, 0)
		};
	} finally {
		await context.close();
	}
}

/**
 * @param {{ browser: import("playwright").Browser, routes: string[], base: string, buildDir: string,
 *   figureMap: null | { figures: Record<string, { entry: string, files: string[] }> } }} options
 */
export async function measureJs({ browser, routes, base, buildDir, figureMap }) {
	const perRoute = [];
	const measureRoutes = routes.includes('/') ? routes : ['/', ...routes];
	for (const route of measureRoutes) {
		const entry = { route, measuredOnly: !routes.includes(route) };
		entry.desktop = await measure(browser, base + route, desktop, buildDir);
		if (isChapter(route)) entry.phone = await measure(browser, base + route, phone, buildDir);
		log(
			`js ${route}: desktop ${(entry.desktop.gzip / 1024).toFixed(1)} KiB` +
				(entry.phone ? `, phone ${(entry.phone.gzip / 1024).toFixed(1)} KiB` : '') +
				(entry.desktop.hydrated === false ? ' (did not hydrate)' : entry.desktop.hydrated === null ? ' (no app: csr off)' : '')
		);
		perRoute.push(entry);
	}

	// Which figure code each load fetched; it must be only the figures the page shows.
	const figureEntries = figureMap ? Object.entries(figureMap.figures).map(([id, f]) => [id, f.entry]) : null;
	for (const entry of perRoute) {
		for (const screen of ['desktop', 'phone']) {
			const load = entry[screen];
			if (!load) continue;
			if (!figureEntries) {
				load.figureCode = null;
				load.figureCodeOnlyShown = null;
				continue;
			}
			const paths = new Set(load.files.map((f) => f.path));
			load.figureCode = figureEntries.filter(([, file]) => paths.has(file)).map(([id]) => id);
			load.figureCodeOnlyShown = load.figureCode.every((id) => load.figures.includes(id));
			// The page's own code, as issue 16 budgets it: everything but the figures' own chunks,
			// which load after the first paint.
			const figureFiles = new Set(load.figureCode.flatMap((id) => figureMap.figures[id].files));
			load.pageOwnGzip = load.files.filter((f) => !figureFiles.has(f.path)).reduce((sum, f) => sum + f.gzip, 0);
		}
	}

	// Per figure: the chunks a chapter loads that the home page does not, split (when Vite's
	// manifest for this build is available) into the figure's own code and the rest of the chapter.
	const home = perRoute.find((e) => e.route === '/');
	const homePaths = new Set(home.desktop.files.map((f) => f.path));
	const perFigure = [];
	for (const entry of perRoute) {
		if (!isChapter(entry.route)) continue;
		const extra = entry.desktop.files.filter((f) => !homePaths.has(f.path));
		const figure = entry.desktop.figures[0] ?? null;
		const own = figureMap && figure && figureMap.figures[figure] ? new Set(figureMap.figures[figure].files) : null;
		const figureFiles = own ? extra.filter((f) => own.has(f.path)) : figure ? extra : [];
		const otherFiles = own ? extra.filter((f) => !own.has(f.path)) : figure ? [] : extra;
		const info = figureMap && figure ? figureMap.figures[figure] : null;
		perFigure.push({
			route: entry.route,
			figure,
			// Static, from the build: the figure's chunks minus what every page loads anyway.
			ownGzip: info ? info.ownGzip : null,
			ownChunks: info ? info.own : null,
			// Measured: what this chapter loaded that the home page did not.
			figureGzip: figureFiles.reduce((s, f) => s + f.gzip, 0),
			figureChunks: figureFiles.map((f) => f.path),
			chapterOtherGzip: otherFiles.reduce((s, f) => s + f.gzip, 0),
			chapterOtherChunks: otherFiles.map((f) => f.path),
			split: own ? 'manifest' : 'page diff (chunks on the chapter, not on /)'
		});
	}
	return { perRoute: perRoute.filter((e) => !e.measuredOnly), perFigure, figureManifest: figureMap?.manifest ?? null };
}
