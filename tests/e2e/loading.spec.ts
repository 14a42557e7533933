import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';

// How a page loads (issue #9): text first, then the app; our fonts only if at hand; nothing moves.

/** When the page asked for each resource whose address matches `pattern` (a regular expression). */
const resourceStart = (page: Page, pattern: string) =>
	page.evaluate(
		(pattern) =>
			performance
				.getEntriesByType('resource')
				.filter((entry) => new RegExp(pattern).test(entry.name))
				.map((entry) => entry.startTime),
		pattern
	);
const firstContentfulPaint = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);

test.describe('first visit', () => {
	test.use({ serviceWorkers: 'block' });

	test('the text is painted before any script is fetched; our faces are self-hosted and optional, so they never hold up or move the text', async ({ page }) => {
		await page.goto('/chapters/the-lock-on-the-channel/');
		await waitForHydration(page);

		const paint = await firstContentfulPaint(page);
		expect(paint).toBeGreaterThan(0);
		const scripts = await resourceStart(page, '/_app/immutable/.*\\.js$');
		expect(scripts.length).toBeGreaterThan(0);
		expect(Math.min(...scripts), 'the first script request came before the first paint').toBeGreaterThan(paint);
		// Both faces come from this site and are declared optional: a face that is late is left
		// out for this page rather than swapped in under the reader.
		const faces = await page.evaluate(() => [...document.fonts].map((face) => `${face.family.replace(/"/g, '')} ${face.display}`));
		expect(faces).toEqual(expect.arrayContaining(['Source Serif 4 Variable optional', 'Inter Variable optional']));
		const fonts = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('.woff2')).map((entry) => new URL(entry.name).origin));
		expect(fonts.every((origin) => origin === new URL(page.url()).origin)).toBe(true);

		// Once cached, the next page has them (the family list always names them; this is the face itself).
		await page.goto('/about/');
		await expect.poll(() => page.evaluate(() => [...document.fonts].find((face) => face.family.includes('Source Serif'))?.status)).toBe('loaded');
	});

	test('no layout shift while a chapter loads, hydrates and lays out its later steps, on a phone and on a desktop', async ({ page }) => {
		for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
			await page.setViewportSize(size);
			await page.goto('/chapters/hours-days-weeks/');
			await waitForHydration(page);
			await page.waitForLoadState('networkidle');
			// Later steps are laid out one per idle period after load (so not in the middle of a scroll).
			const steps = page.locator('[data-step-id]');
			await expect.poll(() => steps.evaluateAll((els) => els.slice(1).filter((el) => !el.hasAttribute('data-laid-out')).length)).toBe(0);
			await expect(page.locator('.chapter-foot')).toHaveAttribute('data-laid-out', '');
			const shifts = await page.evaluate(
				() =>
					new Promise<number[]>((resolve) => {
						const values: number[] = [];
						new PerformanceObserver((list) => {
							for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
								if (!entry.hadRecentInput) values.push(entry.value);
							}
						}).observe({ type: 'layout-shift', buffered: true });
						setTimeout(() => resolve(values), 300);
					})
			);
			expect(shifts, `layout shifts at ${size.width} px`).toEqual([]);
		}
	});

	test('a deep link to a late step stays on that step while the steps above it are laid out', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/chapters/hours-days-weeks/#relapse');
		await waitForHydration(page);
		const top = () => page.locator('#relapse').evaluate((el) => Math.round(el.getBoundingClientRect().top));
		const before = await top();
		await expect.poll(() => page.locator('[data-step-id]:not([data-laid-out])').count()).toBe(1);
		expect(await top()).toBe(before);
	});
});
