import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';

/** The readouts' numbers once the lab has run to the link's `t`. */
async function frozenReadouts(page: Page, query: string, t: number) {
	await page.goto(`/lab/${query}`);
	await waitForHydration(page);
	await expect(page.locator('[data-readout="current"]')).toHaveAttribute('data-t', String(t), { timeout: 30_000 });
	return page.locator('[data-readout]').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-readout')}=${el.getAttribute('data-value')}`).join(' '));
}

test('a shared link with a seed and a time reproduces the same state, to the digit', async ({ page }) => {
	const query = '?v=-70&mg=0&ket=10&glu=train&hz=2&n=100&seed=4&t=3000';
	const first = await frozenReadouts(page, query, 3000);
	const again = await frozenReadouts(page, query, 3000);
	expect(again).toBe(first);
	// 10 µM ketamine, no Mg2+, 3 s of puffs: many channels hold ketamine, most of them trapped.
	const blocked = Number(await page.locator('[data-readout="ketamine-blocked"]').getAttribute('data-value'));
	const trapped = Number(await page.locator('[data-readout="trapped"]').getAttribute('data-value'));
	expect(blocked).toBeGreaterThan(0.3);
	expect(trapped).toBeGreaterThan(blocked / 2);
	expect(await frozenReadouts(page, query.replace('seed=4', 'seed=5'), 3000)).not.toBe(first);
});

test('a bad link gets a message naming each value, and a valid, clamped lab', async ({ page }) => {
	await page.goto('/lab/?v=1e9&mg=NaN&ket=-5&form=<b>&n=99999&t=200');
	await waitForHydration(page);
	const messages = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(messages).toContainText('Voltage: 1e9 is outside -100 to 40 mV, so the lab uses 40 mV.');
	await expect(messages).toContainText('Magnesium: "NaN" is not a number');
	await expect(messages).toContainText('Ketamine: -5 is outside 0 to 10 µM');
	await expect(messages).toContainText('Channels: 99999 is outside 1 to 500 channels');
	await expect(page.locator('.setup-words')).toHaveText('500 NMDA channels held at 40 mV, with 1 mM magnesium, no ketamine and glutamate puffs once a second.');
	// The messages quote what was typed ("NaN"); the lab itself never shows such a value.
	for (const part of ['.bench', 'dl.readouts', '.setup-words']) await expect(page.locator(part)).not.toContainText(/NaN|undefined|Infinity/);
	for (const value of await page.locator('[data-readout]').evaluateAll((els) => els.map((el) => el.getAttribute('data-value')))) expect(Number.isFinite(Number(value))).toBe(true);
});

test('the controls work by keyboard, and the address follows the set-up', async ({ page }) => {
	await page.goto('/lab/');
	await waitForHydration(page);
	const voltage = page.getByRole('slider', { name: 'Voltage' });
	await voltage.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.setup-words')).toContainText('held at -69 mV');
	await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('-69');
	await page.getByRole('radio', { name: 'Held on' }).check();
	await expect.poll(() => new URL(page.url()).searchParams.get('glu')).toBe('continuous');
	for (const name of ['Voltage', 'Magnesium', 'Ketamine', 'Channels']) await expect(page.getByRole('slider', { name })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Glutamate', exact: true })).toBeVisible();
	const before = Number(await page.locator('[data-readout="current"]').getAttribute('data-t'));
	await page.getByRole('button', { name: 'Play' }).press('Enter');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	// Simulated time moves on (how fast depends on the machine: the lab keeps within a frame budget).
	await expect.poll(async () => Number(await page.locator('[data-readout="current"]').getAttribute('data-t'))).toBeGreaterThan(before + 100);
});

test('without JavaScript the lab is a real picture with its numbers', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/lab/');
	await expect(page.locator('[data-figure="nmda-lab"] .channel-grid .channel')).toHaveCount(100);
	await expect(page.locator('[data-readout="current"]')).toHaveAttribute('data-t', '1500');
	await expect(page.getByRole('heading', { name: 'What this model cannot show' })).toBeVisible();
	await context.close();
});

test('a guided experiment: predict, run, and the answer opens when the run ends', async ({ page }) => {
	await page.goto('/lab/');
	await waitForHydration(page);
	const card = page.locator('#experiment-magnesium-block');
	const answer = card.locator('details');
	await expect(answer).not.toHaveAttribute('open', /.*/);
	await card.getByRole('radio').first().check();
	await card.getByRole('button', { name: 'Run the experiment' }).click();
	// The lab takes the experiment's set-up, and focus moves to it.
	await expect(page.locator('#lab-title')).toBeFocused();
	await expect(page.locator('.setup-words')).toHaveText('100 NMDA channels held at -70 mV, with 1 mM magnesium, no ketamine and glutamate held on.');
	await expect(page.getByRole('status').filter({ hasText: 'Experiment:' })).toContainText('running');
	// The protocol moves the voltage at 2 s; the run ends at 4 s of simulated time.
	await expect(page.locator('.setup-words')).toContainText('held at -20 mV', { timeout: 30_000 });
	await expect(answer).toHaveAttribute('open', '', { timeout: 30_000 });
	await expect(card.locator('.verdict')).toHaveText('You expected choice 1. What happens is choice 2.');
	await expect(page.locator('[data-readout="current"]')).toHaveAttribute('data-t', '4000');
	await page.getByRole('link', { name: 'Read the answer' }).click();
	await expect(page).toHaveURL(/#experiment-magnesium-block-answer$/);
});

test('without JavaScript every guided experiment shows its question and its answer, and no button that cannot work', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/lab/');
	const cards = page.locator('.experiment');
	await expect(cards).toHaveCount(5);
	await expect(page.getByRole('button', { name: 'Run the experiment' }).first()).toBeHidden();
	await cards.first().locator('summary').click();
	await expect(cards.first().locator('details .prose')).toContainText('magnesium');
	await context.close();
});

test('every guided experiment\'s set-up passes axe', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/lab/');
	const queries = await page.locator('.experiment a[data-sveltekit-reload]').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).search));
	expect(queries).toHaveLength(5);
	for (const query of queries) {
		await page.goto(`/lab/${query}`);
		await waitForHydration(page);
		const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('[data-figure="nmda-lab"]').analyze();
		expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`), query).toEqual([]);
	}
});
