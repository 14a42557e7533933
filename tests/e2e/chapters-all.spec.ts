import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForHydration } from './helpers';
import { chapters, fullSweep, site } from './site-index';

for (const chapter of chapters.filter((candidate) => candidate.figure)) {
	test(`scrolling ${chapter.slug} walks data-step through every step in order`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(chapter.path);
		await waitForHydration(page);
		const seen: string[] = [];
		for (let i = 0; i < 400 && seen.length < chapter.steps.length; i += 1) {
			const step = await page.locator('[data-figure]').first().getAttribute('data-step');
			if (step && seen.at(-1) !== step) seen.push(step);
			await page.mouse.wheel(0, 160);
			await page.waitForTimeout(30);
		}
		expect(seen).toEqual(chapter.steps);
	});
}

test('every check question can be answered by keyboard, and says whether the choice was right', async ({ page }) => {
	for (const chapter of chapters) {
		await page.goto(chapter.path);
		await waitForHydration(page);
		const check = page.locator('section.check').first();
		await expect(check, chapter.slug).toHaveCount(1);
		const answer = await check.locator('.check-choices').getAttribute('data-answer');
		const wrong = check.locator(`.check-button:not([data-choice="${answer}"])`).first();
		await wrong.focus();
		await page.keyboard.press('Enter');
		await expect(check.locator('.check-feedback')).toContainText('Not quite');
		await expect(check.locator('details.check-reveal')).toHaveAttribute('open', '');
		await check.locator(`.check-button[data-choice="${answer}"]`).focus();
		await page.keyboard.press('Space');
		await expect(check.locator('.check-feedback')).toContainText('Yes');
	}
});

test('the glossary and references pages list every term and every source the chapters use', async ({ page }) => {
	await page.goto('/glossary/');
	for (const id of new Set(site.chapters.flatMap((chapter) => chapter.terms))) await expect(page.locator(`#term-${id}`)).toHaveCount(1);
	await page.goto('/references/');
	for (const key of new Set(site.chapters.flatMap((chapter) => chapter.citations))) await expect(page.locator(`#ref-${key}`)).toHaveCount(1);
});

test('mTOR: each experiment toggles by keyboard and dims nodes downstream', async ({ page }) => {
	await page.goto('/chapters/from-signal-to-building-blocks/#experiments');
	await waitForHydration(page);
	for (const name of ['Block mTOR (rapamycin)', 'Block AMPA (NBQX)', 'Remove BDNF']) {
		const toggle = page.getByRole('button', { name });
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		const dimmed = await page.locator('[data-figure] .graph:visible .node.dimmed').count();
		expect(dimmed, name).toBeGreaterThan(0);
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	}
});

test('screen readers: each NMDA step names the figure, reads a new description, and hides the decorative drawing', async ({ page }) => {
	const snapshots = new Set<string>();
	for (const step of ['synapse', 'coincidence-detector', 'channel-opens', 'ketamine-binds', 'use-dependence', 'interneurons-first']) {
		await page.goto(`/chapters/the-lock-on-the-channel/#${step}`);
		await waitForHydration(page);
		const snapshot = await page.locator('[data-figure]').ariaSnapshot();
		expect(snapshot).toContain('figure "How ketamine blocks the NMDA receptor"');
		expect(snapshot).not.toMatch(/- img|- text "(Glutamate|Sending cell)"/);
		snapshots.add(snapshot);
	}
	expect(snapshots.size).toBe(6);
});

for (const chapter of chapters.filter((candidate) => candidate.figure)) {
	test(`screen readers: every step of ${chapter.slug} has a named figure and a new description in the accessibility tree`, async ({ page }) => {
		test.setTimeout(30_000 + chapter.steps.length * 5_000);
		const descriptions = new Set<string>();
		for (const step of chapter.steps) {
			await page.goto('about:blank');
			await page.goto(`${chapter.path}#${step}`);
			await waitForHydration(page);
			const snapshot = await page.locator('[data-figure]').first().ariaSnapshot();
			expect(snapshot, `${chapter.slug}#${step}`).toMatch(/figure "[^"]+"/);
			descriptions.add(await page.locator('[data-figure] [data-figure-description]').first().textContent() ?? '');
		}
		expect(descriptions.size).toBe(chapter.steps.length);
	});
}

// Consult mode draws the same figure states as the chapters (checked in a11y-suite) in its own
// chrome and sizes: `npm test` checks every third state, `npm run test:sweep` every state.
test(`consult mode: ${fullSweep ? 'every state' : 'every third state'} of every chapter has no WCAG 2.2 AA violations`, async ({ page }) => {
	test.setTimeout(fullSweep ? 900_000 : 400_000);
	await page.goto('/consult/');
	await waitForHydration(page);
	const total = await page.locator('.count').textContent();
	const states = Number(total!.split('/')[1]);
	let checked = 0;
	for (let i = 0; i < states; i += 1) {
		if (fullSweep || i % 3 === 0) {
			const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(result.violations.map((v) => v.id), `state ${i + 1}: ${page.url()}`).toEqual([]);
			checked += 1;
		}
		await page.keyboard.press('ArrowRight');
	}
	console.log(`consult mode: ${checked} of ${states} states checked with axe`);
});
