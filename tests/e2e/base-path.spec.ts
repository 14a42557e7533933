import { expect, test } from '@playwright/test';
import { waitForHydration } from './helpers';

const site = 'http://localhost:4174/explainer';

test('a build with BASE_PATH=/explainer works under that sub-path', async ({ page }) => {
	const failed: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	page.on('requestfailed', (request) => {
		// A fetch still running when the test moves to the next page (fonts warming up, a figure's
		// code) is cancelled by the browser: that is not a failure of the site.
		if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`failed ${request.url()}: ${request.failure()?.errorText}`);
	});
	await page.goto(`${site}/`);
	await waitForHydration(page);
	await page.getByRole('link', { name: /The lock on the channel/ }).click();
	await expect(page).toHaveURL(`${site}/chapters/the-lock-on-the-channel/`);
	await expect(page.locator('[data-figure="nmda-blockade"]')).toBeVisible();
	await page.getByRole('link', { name: 'Next', exact: false }).first().click();
	await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'coincidence-detector');
	// A direct load of a deep page, and the references page, also work under the base path.
	await page.goto(`${site}/chapters/the-lock-on-the-channel/#ketamine-binds`);
	await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'ketamine-binds');
	await page.goto(`${site}/references/`);
	await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
	expect(failed).toEqual([]);
	const links = await page.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
	expect(links.filter((href) => !href.startsWith('/explainer/'))).toEqual([]);
});
