import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chapterTwo, nmdaSteps, waitForHydration } from './helpers';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: import('@playwright/test').Page) {
	const result = await new AxeBuilder({ page }).withTags(wcag).analyze();
	return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

// The light scheme is covered by a11y-suite (every step, patient lens); this file is CI's check of
// the dark palette: the home page and every state of the chapter 2 figure.
for (const scheme of ['dark'] as const) {
	test(`the home page has no WCAG 2.2 AA violations (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/');
		await waitForHydration(page);
		expect(await violations(page)).toEqual([]);
	});

	for (const step of nmdaSteps) {
		test(`chapter 2, step ${step}, has no WCAG 2.2 AA violations (${scheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
			await page.goto(`${chapterTwo}#${step}`);
			await waitForHydration(page);
			await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', step);
			expect(await violations(page)).toEqual([]);
		});
	}
}
