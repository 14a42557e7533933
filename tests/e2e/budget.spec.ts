import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { waitForHydration } from './helpers';
import { allRoutes, figureIds } from './site-index';

// Byte budgets (issues #9 and #16): the JavaScript a reader downloads, per route, gzipped. Two
// budgets: the page's own code (everything requested before the first figure's code is asked
// for: the app, the router, the page; it decides how soon the page works) at most 60 KiB, and
// everything by network idle, figures included (they load after the first paint), at most 90 KiB.
// Which files a page loads, and in which order, is read from the browser; their sizes are those
// of the build's .gz copies (what the server sends a browser that accepts gzip), so the numbers
// are the same on every run. The benchmark (`npm run bench`) reports the same measures.
const pageBudgetBytes = 60 * 1024;
const totalBudgetBytes = 90 * 1024;
const buildDir = 'build';

/**
 * Each figure's own entry chunk, from Vite's manifest of this build, and the channel lab's
 * (data-figure="nmda-lab"), which /lab/ loads the same way: with the page's data, after the first
 * paint.
 */
function figureEntries(): Map<string, string> {
	const manifestPath = '.svelte-kit/output/client/.vite/manifest.json';
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string }>;
	const entries = new Map<string, string>();
	for (const id of figureIds) {
		const chunk = manifest[`src/lib/figures/${id}/index.ts`];
		if (!chunk) throw new Error(`${manifestPath} has no entry for the figure "${id}"`);
		if (!existsSync(join(buildDir, chunk.file))) throw new Error(`${manifestPath} is not from the build in ${buildDir}/ (no ${chunk.file})`);
		entries.set(`/${chunk.file}`, id);
	}
	const lab = manifest['src/lib/lab/Lab.svelte'];
	if (!lab) throw new Error(`${manifestPath} has no entry for the channel lab (src/lib/lab/Lab.svelte)`);
	entries.set(`/${lab.file}`, 'nmda-lab');
	return entries;
}

/** Loads a route like a first-time reader (no service worker) and lists the scripts it fetched, in request order. */
async function scriptsLoaded(page: import('@playwright/test').Page, route: string): Promise<string[]> {
	const scripts: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.endsWith('.js') && !scripts.includes(path)) scripts.push(path);
	});
	await page.goto(route);
	if (route !== '/handout/') await waitForHydration(page);
	await page.waitForLoadState('networkidle');
	return scripts;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

test.describe('byte budgets', () => {
	test.use({ serviceWorkers: 'block' });

	for (const route of allRoutes) {
		// One page load per route checks both what it costs and what it loads.
		test(`${route}: at most 60 KiB of the page's own JavaScript and 90 KiB with figures; loads the code of the figures it shows and no other`, async ({ page }) => {
			const scripts = await scriptsLoaded(page, route);
			const entries = figureEntries();
			const firstFigure = scripts.findIndex((path) => entries.has(path));
			const sizes = scripts.map((path) => ({ path, gzip: statSync(join(buildDir, `${path}.gz`)).size }));
			const own = (firstFigure < 0 ? sizes : sizes.slice(0, firstFigure)).reduce((sum, file) => sum + file.gzip, 0);
			const total = sizes.reduce((sum, file) => sum + file.gzip, 0);
			const listing = sizes.map((file, i) => `${i === firstFigure ? '-- figure code from here --\n' : ''}${file.path} ${kib(file.gzip)}`);
			const report = `${route}: page ${kib(own)}, total ${kib(total)} over ${sizes.length} files:\n${listing.join('\n')}`;
			expect(own, report).toBeLessThanOrEqual(pageBudgetBytes);
			expect(total, report).toBeLessThanOrEqual(totalBudgetBytes);

			const loaded = scripts.flatMap((path) => (entries.has(path) ? [entries.get(path)!] : [])).sort();
			const shown = (await page.locator('[data-figure]').evaluateAll((els) => els.map((el) => el.getAttribute('data-figure')!))).filter((id) => figureIds.includes(id) || id === 'nmda-lab').sort();
			// The handout shows every figure as server-rendered pictures and loads no code at all.
			expect(loaded, `${route}: figure code loaded`).toEqual(route === '/handout/' ? [] : [...new Set(shown)]);
		});
	}
});
