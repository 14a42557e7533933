import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';
import { allRoutes, chapters, fixedRoutes, fullSweep, lenses } from './site-index';

// Routes x steps x lenses, generated from content: a new chapter or step is covered without
// editing this file. Each state is reached by its hash on the loaded page (which is how a deep
// link lands), and axe runs with the WCAG 2.0-2.2 A/AA tags. Axe reads the whole document, so
// one state per lens already checks all of that lens's text; the steps change the figure. `npm
// test` checks every step in the patient lens and each chapter's first step (its whole text) in
// the student and clinician lenses; axe.spec checks the dark scheme on the home page and chapter 2.
// `npm run test:sweep` checks every step in every lens and in the dark scheme.
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const firstOnly = (steps: readonly string[]) => (fullSweep ? [...steps] : steps.slice(0, 1));
interface Variant {
	name: string;
	lens: (typeof lenses)[number];
	scheme: 'light' | 'dark';
	steps: (steps: readonly string[]) => string[];
}
const variants: Variant[] = [
	{ name: 'patient lens', lens: 'patient', scheme: 'light', steps: (steps: readonly string[]) => [...steps] },
	{ name: 'student lens', lens: 'student', scheme: 'light', steps: firstOnly },
	{ name: 'clinician lens', lens: 'clinician', scheme: 'light', steps: firstOnly },
	...(fullSweep ? [{ name: 'dark scheme', lens: 'patient', scheme: 'dark', steps: (steps: readonly string[]) => [...steps] } as const] : [])
];
const stateCount = variants.reduce((sum, variant) => sum + chapters.reduce((inner, chapter) => inner + variant.steps(chapter.steps).length, 0), (fullSweep ? lenses.length : 1) * fixedRoutes.length);

test.beforeAll(() => {
	console.log(`accessibility suite${fullSweep ? ' (full sweep)' : ''}: ${allRoutes.length} routes, ${stateCount} states checked`);
});

/** Axe over the whole page, or (`within`) over one part of it. */
async function violations(page: Page, within?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(wcag);
	const result = await (within ? builder.include(within) : builder).analyze();
	return result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

// The fixed pages carry no lens-specific text: the patient lens in CI, all three in the sweep.
for (const lens of fullSweep ? lenses : (['patient'] as const)) {
	test(`fixed pages have no violations (${lens} lens)`, async ({ page }) => {
		test.setTimeout(60_000 + fixedRoutes.length * 30_000);
		for (const route of fixedRoutes) {
			await page.goto(`${route}?lens=${lens}`);
			if (route !== '/handout/') await waitForHydration(page);
			expect(await violations(page), `${route} (${lens})`).toEqual([]);
		}
	});
}

for (const variant of variants) {
	for (const chapter of chapters) {
		// A chapter without a figure looks the same to axe at every step (only aria-current moves).
		const steps = chapter.figure ? variant.steps(chapter.steps) : variant.steps(chapter.steps).slice(0, 1);
		test(`chapter ${chapter.slug}: ${steps.length} of ${chapter.steps.length} steps have no violations (${variant.name})`, async ({ page }) => {
			// axe takes one to ten seconds per state on a loaded 2-core machine; long chapters need room.
			test.setTimeout(60_000 + steps.length * 30_000);
			await page.emulateMedia({ colorScheme: variant.scheme, reducedMotion: 'reduce' });
			await page.goto(`${chapter.path}?lens=${variant.lens}#${steps[0]}`);
			await waitForHydration(page);
			// The whole page at the first step; after that only the figure changes, so axe reads the
			// figure (a full-page run per step re-read the same prose and took most of CI's time).
			for (const [index, step] of steps.entries()) {
				await page.evaluate((id) => (location.hash = id), step);
				await expect(page.locator(`#${step}`)).toHaveAttribute('aria-current', 'step');
				if (chapter.figure) await expect(page.locator('[data-figure]').first()).toHaveAttribute('data-step', step);
				const within = index > 0 && chapter.figure ? '[data-figure]' : undefined;
				expect(await violations(page, within), `${chapter.path}#${step} (${variant.name})`).toEqual([]);
			}
		});
	}
}
