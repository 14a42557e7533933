import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { waitForHydration } from './helpers';

test.describe('consult mode', () => {
	test('the keyboard walks every state of a chosen sequence, and Home/End/number keys jump', async ({ page }) => {
		await page.goto('/consult/?chapters=2');
		await waitForHydration(page);
		const figure = page.locator('[data-figure]');
		const steps = ['synapse', 'coincidence-detector', 'channel-opens', 'ketamine-binds', 'use-dependence', 'interneurons-first'];
		await expect(figure).toHaveAttribute('data-step', steps[0]!);
		await expect(page.getByText('Chapter 2, step 1 of 6')).toBeVisible();
		for (const [index, step] of steps.slice(1).entries()) {
			await page.keyboard.press(index % 2 === 0 ? 'ArrowRight' : 'PageDown');
			await expect(figure).toHaveAttribute('data-step', step);
			await expect(page).toHaveURL(new RegExp(`#2:${step}$`));
		}
		await expect(page.getByText('Chapter 2, step 6 of 6')).toBeVisible();
		await page.keyboard.press('Home');
		await expect(figure).toHaveAttribute('data-step', steps[0]!);
		await page.keyboard.press('End');
		await expect(figure).toHaveAttribute('data-step', steps.at(-1)!);
		await page.keyboard.press('ArrowLeft');
		await expect(figure).toHaveAttribute('data-step', steps.at(-2)!);
		await page.keyboard.press('2');
		await expect(figure).toHaveAttribute('data-step', steps[0]!);
		// Each state has a URL: loading it lands there.
		await page.goto('/consult/?chapters=2#2:ketamine-binds');
		await waitForHydration(page);
		await expect(figure).toHaveAttribute('data-step', 'ketamine-binds');
	});

	test('the caption is hidden until asked for; big buttons step too', async ({ page }) => {
		await page.goto('/consult/?chapters=2');
		await waitForHydration(page);
		const caption = page.locator('.figure-caption');
		await expect(caption).toHaveClass(/visually-hidden/);
		await page.keyboard.press('c');
		await expect(caption).not.toHaveClass(/visually-hidden/);
		const next = page.getByRole('button', { name: 'Next →' });
		expect((await next.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		await next.click();
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'coincidence-detector');
	});

	test('the help overlay opens with ? and closes with Escape, returning focus', async ({ page }) => {
		await page.goto('/consult/?chapters=2');
		await waitForHydration(page);
		const keys = page.getByRole('button', { name: /Keys/ });
		await keys.focus();
		await page.keyboard.press('?');
		const dialog = page.getByRole('dialog', { name: 'Keys in consult mode' });
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(keys).toBeFocused();
	});

	test('q shows the reading-view URL of the current state as a QR code that decodes to it', async ({ page }) => {
		await page.goto('/consult/?chapters=2#2:use-dependence');
		await waitForHydration(page);
		await page.keyboard.press('q');
		const dialog = page.getByRole('dialog', { name: 'Open this picture on your phone' });
		await expect(dialog).toBeVisible();
		const url = await dialog.locator('.qr').getAttribute('data-url');
		expect(url).toBe('http://localhost:4173/chapters/the-lock-on-the-channel/#use-dependence');
		await expect(dialog.getByRole('link')).toHaveText(url!);
		// The drawn modules are exactly the QR encoding of that URL (encoded here independently).
		const drawn = await dialog.locator('.qr svg path').getAttribute('d');
		const { renderSVG } = await import('uqr');
		const expected = /\sd="([^"]+)"/.exec(renderSVG(url!, { border: 2 }))?.[1];
		expect(drawn).toBe(expected);
		const otherState = /\sd="([^"]+)"/.exec(renderSVG(url!.replace('use-dependence', 'synapse'), { border: 2 }))?.[1];
		expect(drawn).not.toBe(otherState);
		// The link really opens that state in the reading view.
		await page.goto(url!);
		await waitForHydration(page);
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'use-dependence');
	});
});

test.describe('patient handout', () => {
	test('prints to A4 and Letter with every pictured figure, no navigation and no script', async ({ page }) => {
		await page.goto('/handout/');
		expect(await page.locator('script:not([data-boot])').count()).toBe(0);
		const figures = await page.locator('[data-figure]').count();
		expect(figures).toBeGreaterThanOrEqual(1);
		await expect(page.getByRole('heading', { name: 'Questions you may want to ask your care team' })).toBeVisible();
		await expect(page.getByText('Last reviewed against the evidence').first()).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		for (const format of ['A4', 'Letter'] as const) {
			const pdf = await page.pdf({ format, printBackground: true });
			const path = test.info().outputPath(`handout-${format}.pdf`);
			writeFileSync(path, pdf);
			const pages = Number(/\/Type\s*\/Pages[^>]*\/Count\s+(\d+)/.exec(pdf.toString('latin1'))?.[1]);
			// Cover, pictures (one chapter per figure, several to a page), session, questions.
			expect(pages).toBeGreaterThanOrEqual(4);
			expect(pages).toBeLessThanOrEqual(20);
			try {
				const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
				expect(text).toContain('Questions you may want to ask your care team');
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			}
		}
	});
});

test.describe('offline', () => {
	test('after one visit, the home page, a chapter and consult mode work with no network', async ({ page, context }) => {
		await page.goto('/');
		await waitForHydration(page);
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			await new Promise<void>((resolve) => {
				if (registration.active?.state === 'activated') return resolve();
				registration.active?.addEventListener('statechange', () => resolve());
			});
		});
		await context.setOffline(true);
		for (const path of ['/', '/chapters/the-lock-on-the-channel/#ketamine-binds', '/consult/?chapters=2#2:use-dependence']) {
			await page.goto(path);
			await waitForHydration(page);
			if (path !== '/') await expect(page.locator('[data-figure] svg').first()).toBeVisible();
		}
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'use-dependence');
		await context.setOffline(false);
	});
});
