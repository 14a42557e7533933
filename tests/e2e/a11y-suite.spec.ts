import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';
import { allRoutes, chapters, fixedRoutes, lenses } from './site-index';

// Every route x every step x every lens, generated from content: a new chapter or step is
// covered without editing this file. Each state is reached by deep link (or by its hash on the
// loaded page, which is how a deep link lands), and axe runs with the WCAG 2.0-2.2 A/AA tags.
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const stateCount = lenses.length * (fixedRoutes.length + chapters.reduce((sum, chapter) => sum + chapter.steps.length, 0));

test.beforeAll(() => {
	console.log(`accessibility suite: ${allRoutes.length} routes, ${stateCount} route x step x lens states, light scheme; step states also in dark`);
});

async function violations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(wcag).analyze();
	return result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const lens of lenses) {
	test(`fixed pages have no violations (${lens} lens)`, async ({ page }) => {
		test.setTimeout(30_000 + fixedRoutes.length * 15_000);
		for (const route of fixedRoutes) {
			await page.goto(`${route}?lens=${lens}`);
			if (route !== '/handout/') await waitForHydration(page);
			expect(await violations(page), `${route} (${lens})`).toEqual([]);
		}
	});

	for (const chapter of chapters) {
		test(`chapter ${chapter.slug}: every step has no violations (${lens} lens)`, async ({ page }) => {
			// axe takes a few seconds per state on a loaded 2-core machine; long chapters need room.
			test.setTimeout(30_000 + chapter.steps.length * 15_000);
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(`${chapter.path}?lens=${lens}#${chapter.steps[0]}`);
			await waitForHydration(page);
			for (const step of chapter.steps) {
				await page.evaluate((id) => (location.hash = id), step);
				await expect(page.locator(`#${step}`)).toHaveAttribute('aria-current', 'step');
				if (chapter.figure) await expect(page.locator('[data-figure]').first()).toHaveAttribute('data-step', step);
				expect(await violations(page), `${chapter.path}#${step} (${lens})`).toEqual([]);
			}
		});
	}
}

for (const chapter of chapters) {
	test(`chapter ${chapter.slug}: every step has no violations in the dark scheme`, async ({ page }) => {
		test.setTimeout(30_000 + chapter.steps.length * 15_000);
		await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
		await page.goto(`${chapter.path}#${chapter.steps[0]}`);
		await waitForHydration(page);
		for (const step of chapter.steps) {
			await page.evaluate((id) => (location.hash = id), step);
			await expect(page.locator(`#${step}`)).toHaveAttribute('aria-current', 'step');
			expect(await violations(page), `${chapter.path}#${step} (dark)`).toEqual([]);
		}
	});
}
