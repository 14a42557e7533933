import type { Page } from '@playwright/test';

export const chapterTwo = '/chapters/the-lock-on-the-channel/';
export const nmdaSteps = ['synapse', 'coincidence-detector', 'channel-opens', 'ketamine-binds', 'use-dependence', 'interneurons-first'];

/** The figure's current step, as the public contract exposes it. */
export function figureStep(page: Page) {
	return page.locator('[data-figure]').first().getAttribute('data-step');
}

export async function waitForHydration(page: Page) {
	// Hydration has run once the lens switch reflects the stored lens via the Preferences class.
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}
