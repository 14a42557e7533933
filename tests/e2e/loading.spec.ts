import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';

// How a page loads (issue #9): text first, then the app, then our fonts; nothing moves.

const proseFont = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('main p')!).fontFamily);
const resourceStart = (page: Page, pattern: string) =>
	page.evaluate(
		(pattern) =>
			performance
				.getEntriesByType('resource')
				.filter((entry) => entry.name.includes(pattern))
				.map((entry) => entry.startTime),
		pattern
	);
const firstContentfulPaint = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);

test.describe('first visit', () => {
	test.use({ serviceWorkers: 'block' });

	test('the text is painted before any script or font is fetched; the fonts come later and are used from the next page', async ({ page }) => {
		await page.goto('/chapters/the-lock-on-the-channel/');
		await waitForHydration(page);
		await expect.poll(() => page.evaluate(() => localStorage.getItem('ketamine-explainer:fonts'))).toBe('cached');

		const paint = await firstContentfulPaint(page);
		expect(paint).toBeGreaterThan(0);
		const scripts = await resourceStart(page, '/_app/immutable/');
		const fonts = await resourceStart(page, '.woff2');
		expect(scripts.length).toBeGreaterThan(0);
		expect(Math.min(...scripts), 'the first script request came before the first paint').toBeGreaterThan(paint);
		expect(fonts.length, 'both faces were fetched once the page was idle').toBe(2);
		expect(Math.min(...fonts)).toBeGreaterThan(paint);
		// This page keeps the system faces it was painted with: nothing reflows.
		expect(await proseFont(page)).not.toMatch(/Source Serif/);
		expect(await page.evaluate(() => document.documentElement.dataset.fonts)).toBeUndefined();

		// A move inside the app switches to our faces (the page is being replaced anyway).
		await page.getByRole('link', { name: 'Glossary' }).first().click();
		await expect(page).toHaveURL(/\/glossary\/$/);
		await expect(page.locator('html')).toHaveAttribute('data-fonts', 'cached');
		expect(await proseFont(page)).toMatch(/Source Serif 4 Variable/);

		// And a fresh page load uses them from the first paint.
		await page.goto('/about/');
		await expect(page.locator('html')).toHaveAttribute('data-fonts', 'cached');
		expect(await proseFont(page)).toMatch(/Source Serif 4 Variable/);
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
