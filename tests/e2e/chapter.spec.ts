import { expect, test } from '@playwright/test';
import { chapterTwo, figureStep, nmdaSteps, waitForHydration } from './helpers';

test.describe('chapter 2: the scroll engine drives the NMDA figure', () => {
	test('scrolling walks data-step through all six steps in order', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(chapterTwo);
		await waitForHydration(page);
		const seen: string[] = [];
		for (let i = 0; i < 120; i += 1) {
			const step = await figureStep(page);
			if (step && seen.at(-1) !== step) seen.push(step);
			if (seen.length === nmdaSteps.length) break;
			await page.mouse.wheel(0, 180);
			await page.waitForTimeout(40);
		}
		expect(seen).toEqual(nmdaSteps);
		// The active prose step is marked for assistive technology.
		await expect(page.locator('[data-step-id][aria-current="step"]')).toHaveAttribute('id', 'interneurons-first');
	});

	test('scrolling works at phone width too, with the figure above the prose', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(chapterTwo);
		await waitForHydration(page);
		const seen: string[] = [];
		for (let i = 0; i < 200; i += 1) {
			const step = await figureStep(page);
			if (step && seen.at(-1) !== step) seen.push(step);
			if (seen.length === nmdaSteps.length) break;
			await page.mouse.wheel(0, 150);
			await page.waitForTimeout(40);
		}
		expect(seen).toEqual(nmdaSteps);
		const figureBox = await page.locator('.figure-pane').boundingBox();
		expect(figureBox!.y).toBeLessThanOrEqual(1);
		expect(figureBox!.height).toBeLessThanOrEqual(844 * 0.5);
	});

	for (const step of nmdaSteps) {
		test(`a deep link to #${step} lands on it`, async ({ page }) => {
			await page.goto(`${chapterTwo}#${step}`);
			await waitForHydration(page);
			await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', step);
			await expect(page.locator(`#${step}`)).toHaveAttribute('aria-current', 'step');
			await expect(page.locator(`#${step}`)).toBeInViewport();
			// It stays there once the page settles (the scroll engine agrees with the link).
			await page.waitForTimeout(300);
			await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', step);
		});
	}

	test('next and previous buttons step through every state, and back/forward follow', async ({ page }) => {
		await page.goto(chapterTwo);
		await waitForHydration(page);
		const next = page.getByRole('link', { name: 'Next', exact: false }).first();
		for (const step of nmdaSteps.slice(1)) {
			await next.click();
			await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', step);
			await expect(page).toHaveURL(new RegExp(`#${step}$`));
		}
		await expect(page.getByText('Step 6 of 6')).toBeVisible();
		const previous = page.getByRole('link', { name: 'Previous' });
		await previous.click();
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'use-dependence');
		await page.goBack();
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'interneurons-first');
		await page.goBack();
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'use-dependence');
		await page.goForward();
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'interneurons-first');
	});

	test('the keyboard steps the figure: arrows, Home and End', async ({ page }) => {
		await page.goto(chapterTwo);
		await waitForHydration(page);
		await page.getByRole('link', { name: 'Next', exact: false }).first().focus();
		for (const step of nmdaSteps.slice(1)) {
			await page.keyboard.press('ArrowRight');
			await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', step);
		}
		await page.keyboard.press('Home');
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', nmdaSteps[0]!);
		await page.keyboard.press('End');
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', nmdaSteps.at(-1)!);
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', nmdaSteps.at(-2)!);
	});

	test('the description changes with every step and is announced politely', async ({ page }) => {
		const descriptions = new Set<string>();
		for (const step of nmdaSteps) {
			await page.goto(`${chapterTwo}#${step}`);
			await waitForHydration(page);
			const description = page.locator('[data-figure] [data-figure-description]');
			await expect(description).toHaveAttribute('aria-live', 'polite');
			descriptions.add((await description.textContent())!.trim());
		}
		expect(descriptions.size).toBe(nmdaSteps.length);
	});

	test('the ketamine level works by keyboard and changes the count and the description', async ({ page }) => {
		await page.goto(`${chapterTwo}#use-dependence`);
		await waitForHydration(page);
		const description = page.locator('[data-figure-description]');
		const before = await description.textContent();
		expect(before).toContain('4 of 10 channels are blocked');
		await page.getByRole('button', { name: 'More: Ketamine level' }).focus();
		for (let i = 0; i < 20; i += 1) await page.keyboard.press('Enter');
		await expect(description).not.toHaveText(before!);
		expect(await description.textContent()).toMatch(/2\.78 micromolar/);
		const slider = page.getByRole('slider', { name: 'Ketamine level' });
		await slider.focus();
		await page.keyboard.press('Home');
		await expect(description).toContainText('At no ketamine, none of the ten channels is blocked.');
		await expect(page.locator('[data-figure]')).toContainText('0 of 10 channels blocked');
	});
});

test.describe('motion', () => {
	async function recordAnimation(page: import('@playwright/test').Page) {
		await page.evaluate(() => {
			const figure = document.querySelector('[data-figure]')!;
			(window as unknown as { animated: boolean }).animated = false;
			new MutationObserver(() => {
				if (figure.hasAttribute('data-animating')) (window as unknown as { animated: boolean }).animated = true;
			}).observe(figure, { attributes: true, attributeFilter: ['data-animating'] });
		});
	}

	test('with motion allowed, a step change tweens', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.goto(`${chapterTwo}#coincidence-detector`);
		await waitForHydration(page);
		await recordAnimation(page);
		await page.getByRole('link', { name: 'Next', exact: false }).first().click();
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'channel-opens');
		await expect.poll(() => page.evaluate(() => (window as unknown as { animated: boolean }).animated)).toBe(true);
	});

	test('with reduced motion (OS), the state changes and nothing tweens', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`${chapterTwo}#coincidence-detector`);
		await waitForHydration(page);
		await recordAnimation(page);
		await page.getByRole('link', { name: 'Next', exact: false }).first().click();
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'channel-opens');
		await page.waitForTimeout(800);
		expect(await page.evaluate(() => (window as unknown as { animated: boolean }).animated)).toBe(false);
		// The drawing is at its end state: no tween offset left on any moving part.
		expect(await page.locator('[data-key][transform]').count()).toBe(0);
	});

	test('the in-page motion switch stops tweens and is remembered', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.goto(`${chapterTwo}#coincidence-detector`);
		await waitForHydration(page);
		await page.getByRole('button', { name: 'Reduce motion' }).click();
		await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'true');
		// The switch is in the page header: reaching it scrolled to the top, where the reader is at
		// the first step. Step back to the move that tweens when motion is allowed (test above).
		const next = page.getByRole('link', { name: 'Next', exact: false }).first();
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'synapse');
		await next.click();
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'coincidence-detector');
		await recordAnimation(page);
		await next.click();
		await expect(page.locator('[data-figure]')).toHaveAttribute('data-step', 'channel-opens');
		await page.waitForTimeout(800);
		expect(await page.evaluate(() => (window as unknown as { animated: boolean }).animated)).toBe(false);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-motion', 'off');
	});
});

test.describe('lenses', () => {
	test('the switch changes which blocks show, and is remembered', async ({ page }) => {
		await page.goto(`${chapterTwo}#synapse`);
		await waitForHydration(page);
		const student = page.locator('#synapse [data-lens="student"]');
		const clinician = page.locator('#synapse [data-lens="clinician"]');
		await expect(page.locator('html')).toHaveAttribute('data-lens', 'patient');
		await expect(student).toBeHidden();
		await page.getByRole('button', { name: 'Student' }).click();
		await expect(student).toBeVisible();
		await expect(student.locator('.lens-body')).toBeVisible();
		await expect(clinician).toBeHidden();
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-lens', 'student');
		await expect(page.getByRole('button', { name: 'Student' })).toHaveAttribute('aria-pressed', 'true');
	});

	test('?lens=clinician sets the lens; junk in ?lens is ignored', async ({ page }) => {
		await page.goto(`${chapterTwo}?lens=clinician#synapse`);
		await waitForHydration(page);
		await expect(page.locator('html')).toHaveAttribute('data-lens', 'clinician');
		await expect(page.locator('#synapse [data-lens="clinician"] .lens-body')).toBeVisible();
		await page.goto(`${chapterTwo}?lens=%3Cscript%3E`);
		await waitForHydration(page);
		await expect(page.locator('html')).toHaveAttribute('data-lens', 'clinician');
	});

	test('citations link to notes that exist on the page', async ({ page }) => {
		await page.goto(chapterTwo);
		const hrefs = await page.locator('a.cite-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThan(5);
		for (const href of new Set(hrefs)) {
			expect(href).toMatch(/#ref-[a-z0-9_-]+$/);
			await expect(page.locator(href.slice(href.indexOf('#')))).toHaveCount(1);
		}
	});

	test('a glossary term explains itself on focus', async ({ page }) => {
		await page.goto(`${chapterTwo}#synapse`);
		await waitForHydration(page);
		const term = page.locator('#synapse .term-label').first();
		const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
		await expect(tip).toBeHidden();
		await term.focus();
		await expect(tip).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(tip).toBeHidden();
	});
});

test('every page says it is education, not advice, and where to get help', async ({ page }) => {
	for (const path of ['/', chapterTwo, '/references/', '/glossary/', '/about/', '/no-such-page/']) {
		await page.goto(path);
		await expect(page.getByText('This is education, not medical advice.')).toBeVisible();
		await expect(page.getByText(/contact your local emergency services/i).first()).toBeVisible();
		await expect(page.getByText('Last reviewed against the evidence')).toBeVisible();
	}
});

test('an unknown path gets a helpful 404 with a way back to the chapters', async ({ page }) => {
	const response = await page.goto('/chapters/not-a-chapter/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await page.getByRole('link', { name: 'go to the list of chapters' }).click();
	await expect(page.getByRole('heading', { name: 'Chapters' })).toBeVisible();
});

test('a move inside the app to a missing page shows the same help, with the safety footer, and no script error', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/');
	await waitForHydration(page);
	// A link the app's router handles (same origin, no reload), as a stale link in a chapter would be.
	await page.evaluate(() => {
		const link = document.createElement('a');
		link.href = '/chapters/not-a-chapter/';
		link.textContent = 'stale link';
		document.querySelector('main')!.append(link);
	});
	await page.getByRole('link', { name: 'stale link' }).click();
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'go to the list of chapters' })).toBeVisible();
	await expect(page.getByText('In a crisis or thinking about suicide?')).toBeVisible();
	await expect(page).toHaveTitle(/Page not found/);
	expect(errors).toEqual([]);
});

test('pages run under their Content-Security-Policy with no console errors and no failed or foreign requests', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		// Cancelled by the move to the next page (net::ERR_ABORTED) is not a failure of the site.
		if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()}: ${request.failure()?.errorText}`);
	});
	page.on('request', (request) => {
		if (!request.url().startsWith('http://localhost:4173/')) problems.push(`foreign request: ${request.url()}`);
	});
	// The browser reports a blocked script as a securitypolicyviolation event, not a console call.
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const list = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
			list.push(`${event.violatedDirective} ${event.blockedURI || 'inline'}`);
		});
	});
	for (const path of ['/', `${chapterTwo}#use-dependence`, '/references/', '/glossary/', '/about/']) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await waitForHydration(page);
		// The inline boot script (allowed by its hash) ran before paint.
		await expect(page.locator('html')).toHaveAttribute('data-js', 'on');
		const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
		for (const violation of violations) problems.push(`CSP violation on ${path}: ${violation}`);
	}
	await page.getByRole('button', { name: 'Student' }).click();
	expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toMatch(/script-src 'self' 'sha256-/);
	expect(problems).toEqual([]);
});
