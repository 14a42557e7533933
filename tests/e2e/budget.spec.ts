import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { waitForHydration } from './helpers';
import { allRoutes, figureIds } from './site-index';

// Byte budgets (issue #9): the JavaScript a reader downloads before their first interaction, per
// route, gzipped. Which files a page loads is read from the browser; their sizes are those of the
// build's .gz copies (what the server sends a browser that accepts gzip), so the number is the
// same on every run. The benchmark (`npm run bench`) reports the same measure.
const budgetBytes = 60 * 1024;
const buildDir = 'build';

/** Each figure's own entry chunk, from Vite's manifest of this build. */
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
	return entries;
}

/** Loads a route like a first-time reader (no service worker) and lists the scripts it fetched. */
async function scriptsLoaded(page: import('@playwright/test').Page, route: string): Promise<string[]> {
	const scripts = new Set<string>();
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (path.endsWith('.js')) scripts.add(path);
	});
	await page.goto(route);
	if (route !== '/handout/') await waitForHydration(page);
	await page.waitForLoadState('networkidle');
	return [...scripts];
}

test.describe('byte budgets', () => {
	test.use({ serviceWorkers: 'block' });

	for (const route of allRoutes) {
		test(`${route}: at most 60 KiB of gzipped JavaScript before the first interaction`, async ({ page }) => {
			const sizes = (await scriptsLoaded(page, route)).map((path) => ({ path, gzip: statSync(join(buildDir, `${path}.gz`)).size }));
			const total = sizes.reduce((sum, file) => sum + file.gzip, 0);
			const listing = sizes.sort((a, b) => b.gzip - a.gzip).map((file) => `${file.path} ${(file.gzip / 1024).toFixed(1)} KiB`);
			const report = `${route}: ${(total / 1024).toFixed(1)} KiB over ${sizes.length} files:\n${listing.join('\n')}`;
			expect(total, report).toBeLessThanOrEqual(budgetBytes);
		});

		test(`${route}: loads the code of the figures it shows and no other`, async ({ page }) => {
			const scripts = await scriptsLoaded(page, route);
			const entries = figureEntries();
			const loaded = scripts.flatMap((path) => (entries.has(path) ? [entries.get(path)!] : [])).sort();
			const shown = (await page.locator('[data-figure]').evaluateAll((els) => els.map((el) => el.getAttribute('data-figure')!))).sort();
			// The handout shows every figure as server-rendered pictures and loads no code at all.
			expect(loaded, `${route}: figure code loaded`).toEqual(route === '/handout/' ? [] : [...new Set(shown)]);
		});
	}
});
