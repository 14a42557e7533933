import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';
import { allRoutes, chapters } from './site-index';

const chapterWithFigure = chapters.find((chapter) => chapter.figure)!;

/** Tab through the page; report each focused element's name, visible outline and position. */
async function tabWalk(page: Page, presses: number) {
	const seen: { tag: string; label: string; outline: boolean; obscured: boolean; key: string }[] = [];
	for (let i = 0; i < presses; i += 1) {
		await page.keyboard.press('Tab');
		const info = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return null;
			const style = getComputedStyle(element);
			const rect = element.getBoundingClientRect();
			const pane = document.querySelector('.figure-pane');
			const paneRect = pane?.getBoundingClientRect();
			// Obscured: fully hidden behind the sticky figure (WCAG 2.4.11) while not inside it.
			const overlapsHorizontally = !!paneRect && rect.left < paneRect.right && rect.right > paneRect.left;
			const obscured = !!paneRect && overlapsHorizontally && !pane!.contains(element) && getComputedStyle(pane!).position === 'sticky' && rect.bottom <= paneRect.bottom + 1 && rect.top >= paneRect.top - 1 && paneRect.bottom > 1;
			const key = element.id || `${element.tagName}:${(element.textContent ?? '').trim().slice(0, 40)}:${Math.round(rect.top + scrollY)}`;
			return { tag: element.tagName, label: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, obscured, key };
		});
		if (info) seen.push(info);
	}
	return seen;
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
	test(`keyboard walk at ${viewport.width} px: skip link first, every control reached, focus visible and never hidden under the figure`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto(chapterWithFigure.path);
		await waitForHydration(page);
		const controls = await page.evaluate(
			() =>
				[...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex="0"]')].filter((element) => {
					const rect = element.getBoundingClientRect();
					return rect.width > 0 && rect.height > 0 && !element.closest('[inert], dialog, .term-tip');
				}).length
		);
		const walk = await tabWalk(page, controls + 5);
		expect(walk[0]?.label).toBe('Skip to the content');
		expect(walk.filter((item) => !item.outline).map((item) => `${item.tag} ${item.label}`)).toEqual([]);
		expect(walk.filter((item) => item.obscured).map((item) => `${item.tag} ${item.label}`)).toEqual([]);
		expect(new Set(walk.map((item) => item.key)).size).toBeGreaterThanOrEqual(controls - 2);
		// The keyboard help is one Tab stop away on every page, and Escape closes it.
		await page.getByRole('button', { name: 'Keys' }).click();
		await expect(page.getByRole('dialog', { name: 'Using this site with a keyboard' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog')).toBeHidden();
	});
}

test('reflow: at 320 px wide, and with text at 200%, no page scrolls sideways and no text box clips', async ({ page }) => {
	test.setTimeout(120_000);
	const problems: string[] = [];
	for (const [label, viewport, textZoom] of [
		['320 px', { width: 320, height: 640 }, 1],
		['200% text', { width: 1280, height: 800 }, 2],
		['200% page zoom', { width: 640, height: 400 }, 1]
	] as const) {
		await page.setViewportSize(viewport);
		for (const route of allRoutes) {
			await page.goto(route);
			if (route !== '/handout/') await waitForHydration(page);
			if (textZoom !== 1) await page.evaluate((zoom) => (document.documentElement.style.fontSize = `${zoom * 100}%`), textZoom);
			const result = await page.evaluate(() => {
				const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
				const clipped = [...document.querySelectorAll<HTMLElement>('p, li, h1, h2, h3, a, button, label, dt, dd, summary, figcaption, span')]
					.filter((element) => {
						const style = getComputedStyle(element);
						if (!['hidden', 'clip'].includes(style.overflowX) || element.closest('.visually-hidden, .table-scroll')) return false;
						// Visually hidden on purpose (kept for screen readers): a 1 px clipped box.
						if (element.getBoundingClientRect().width <= 2) return false;
						return element.scrollWidth > element.clientWidth + 1 && (element.textContent ?? '').trim() !== '';
					})
					.map((element) => element.textContent!.trim().slice(0, 30));
				return { overflow, clipped };
			});
			if (result.overflow > 1) problems.push(`${label} ${route}: page is ${result.overflow}px wider than the screen`);
			for (const text of result.clipped) problems.push(`${label} ${route}: clipped text "${text}"`);
		}
	}
	expect(problems).toEqual([]);
});

test('targets: interactive controls are at least 24 x 24 px (44 in consult mode), except links inside sentences', async ({ page }) => {
	test.setTimeout(120_000);
	const small: string[] = [];
	for (const route of allRoutes) {
		for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
			await page.setViewportSize(viewport);
			await page.goto(route);
			if (route !== '/handout/') await waitForHydration(page);
			const minimum = route === '/consult/' ? 44 : 24;
			const found = await page.evaluate((min) => {
				const inline = (element: Element) => !!element.closest('p, li, dd, td, th, figcaption, .cites, .term') && getComputedStyle(element).display === 'inline';
				return [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, select')]
					.filter((element) => {
						const rect = element.getBoundingClientRect();
						if (rect.width === 0 || rect.height === 0 || element.closest('dialog:not([open]), .visually-hidden, .skip-link')) return false;
						if (inline(element)) return false;
						return rect.width < min - 0.5 || rect.height < min - 0.5;
					})
					.map((element) => `${element.tagName} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}" ${Math.round(element.getBoundingClientRect().width)}x${Math.round(element.getBoundingClientRect().height)}`);
			}, minimum);
			for (const item of found) small.push(`${route} @${viewport.width}: ${item}`);
		}
	}
	expect([...new Set(small)]).toEqual([]);
});

test('forced colours (Windows high contrast): figure text and outlines follow the system colours', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
	for (const chapter of chapters.filter((candidate) => candidate.figure)) {
		await page.goto(`${chapter.path}#${chapter.steps.at(-1)}`);
		await waitForHydration(page);
		const paint = await page.locator('[data-figure] svg').first().evaluate((svg) => {
			const text = svg.querySelector('text');
			const shape = svg.querySelector('rect, path, circle');
			return {
				text: text ? getComputedStyle(text).fill : null,
				body: getComputedStyle(document.body).color,
				stroke: shape ? getComputedStyle(shape).stroke : null
			};
		});
		if (paint.text) expect(paint.text, chapter.slug).toBe(paint.body);
		if (paint.stroke) expect(paint.stroke, chapter.slug).toBe(paint.body);
	}
});
