import { expect, test } from '@playwright/test';
import { waitForHydration } from './helpers';

const description = '[data-figure] [data-figure-description]';

test('mTOR experiments toggle by keyboard, dim nodes, change the description and the URL', async ({ page }) => {
	await page.goto('/chapters/from-signal-to-building-blocks/#experiments');
	await waitForHydration(page);
	const before = await page.locator(description).textContent();
	const dimmedBefore = await page.locator('[data-figure] .node.dimmed').count();
	const rapamycin = page.getByRole('button', { name: 'Block mTOR (rapamycin)' });
	await rapamycin.focus();
	await page.keyboard.press('Enter');
	await expect(rapamycin).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator(description)).not.toHaveText(before!);
	await expect(page.locator(description)).toContainText('Li');
	expect(await page.locator('[data-figure] .node.dimmed').count()).toBeGreaterThan(dimmedBefore);
	await expect(page).toHaveURL(/[?&]experiments=rapamycin(&|#|$)/);
	// The shared URL opens with the same experiment on.
	await page.goto(`${new URL(page.url()).pathname}?experiments=rapamycin,nbqx#experiments`);
	await waitForHydration(page);
	await expect(page.getByRole('button', { name: 'Block mTOR (rapamycin)' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('button', { name: 'Block AMPA (NBQX)' })).toHaveAttribute('aria-pressed', 'true');
});

test('the synapse time scrubber works by keyboard and changes the description', async ({ page }) => {
	await page.goto('/chapters/rebuilding-connections/#ketamine-regrowth');
	await waitForHydration(page);
	const before = await page.locator(description).textContent();
	const slider = page.getByRole('slider', { name: 'Time after the dose' });
	await slider.focus();
	await page.keyboard.press('End');
	await expect(page.locator(description)).not.toHaveText(before!);
	await expect(page.locator(description)).not.toContainText(/NaN|undefined|-\d+ spines/);
	await page.getByRole('button', { name: 'Less: Time after the dose' }).click();
	await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'ketamine-regrowth');
});

test('the glutamate dose control works by keyboard and names the direction', async ({ page }) => {
	await page.goto('/chapters/quiet-the-brakes/#dose-inverted-u');
	await waitForHydration(page);
	const slider = page.getByRole('slider', { name: 'Ketamine dose (rats)' });
	await slider.focus();
	await page.keyboard.press('End');
	await expect(page.locator(description)).toContainText('200 mg/kg');
	await expect(page.locator(description)).toContainText(/fell/);
	await page.keyboard.press('Home');
	await expect(page.locator(description)).toContainText('10 mg/kg');
});

test('time course: bad input keeps the chart and says why; weight moves the peak; the table matches the curve', async ({ page }) => {
	await page.goto('/chapters/hours-days-weeks/#infusion-level');
	await waitForHydration(page);
	const peakText = async () => (await page.locator(description).textContent())!.match(/peaks at ([\d.]+) ng\/mL/)?.[1];
	const start = await peakText();
	expect(Number(start)).toBeGreaterThan(100);
	const weight = page.getByRole('textbox', { name: /Weight/ });
	for (const bad of ['-5', 'abc', '', '1e9']) {
		await weight.fill(bad);
		await weight.blur();
		await expect(page.getByText(/Weight must be/)).toBeVisible();
		await expect(weight).toHaveAttribute('aria-invalid', 'true');
		expect(await peakText()).toBe(start);
		await expect(page.locator('[data-figure] svg path').first()).toBeVisible();
	}
	await weight.fill('150');
	await weight.blur();
	await expect.poll(peakText).not.toBe(start);
	// The accessible table holds the same curve the chart draws (its first and largest rows).
	await page.getByText('Show the numbers').click();
	const rows = await page.locator('[data-figure] table tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('td')!.textContent)));
	expect(rows.length).toBeGreaterThan(5);
	expect(Math.max(...rows)).toBeCloseTo(Number(await peakText()), 0);
});
