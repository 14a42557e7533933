import { expect, test } from '@playwright/test';
import { chapterTwo } from './helpers';

test.use({ javaScriptEnabled: false });

test('without JavaScript a chapter still has its text, a real figure and the deeper lenses', async ({ page }) => {
	await page.goto(chapterTwo);
	await expect(page.getByRole('heading', { level: 1, name: 'The lock on the channel' })).toBeVisible();
	const figure = page.locator('[data-figure="nmda-blockade"]');
	await expect(figure).toHaveAttribute('data-step', 'synapse');
	await expect(figure.locator('svg')).toBeVisible();
	// A real drawing, not an empty box: the synapse's labelled parts are there as text.
	await expect(figure.locator('svg text', { hasText: 'NMDA receptor' })).toHaveCount(1);
	expect(await figure.locator('svg rect, svg path, svg circle').count()).toBeGreaterThan(10);
	await expect(figure.locator('[data-figure-description]')).toContainText('A synapse');
	// Every step's prose is there, and the deeper lenses are expandable sections.
	await expect(page.locator('[data-step-id]')).toHaveCount(6);
	const student = page.locator('#synapse details[data-lens="student"]');
	await expect(student.locator('summary')).toHaveText('For students');
	await student.locator('summary').click();
	await expect(student.locator('.lens-body')).toBeVisible();
	// Step links are plain anchors that work without scripts.
	await page.getByRole('link', { name: 'Next', exact: false }).first().click();
	await expect(page).toHaveURL(/#coincidence-detector$/);
});
