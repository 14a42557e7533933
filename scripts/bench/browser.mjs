// Playwright's Chromium (Debian's /usr/bin/chromium when it exists, as in playwright.config.ts).
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath, onCleanup } from './util.mjs';

export const desktop = { name: 'desktop', viewport: { width: 1280, height: 800 } };
export const phone = {
	name: 'phone',
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 3,
	isMobile: true,
	hasTouch: true
};

export async function launchBrowser() {
	const executablePath = chromiumPath();
	const browser = await chromium.launch(executablePath ? { executablePath, args: chromiumFlags } : {});
	const unregister = onCleanup(() => browser.close());
	return {
		browser,
		async close() {
			unregister();
			await browser.close();
		}
	};
}

/**
 * A fresh context for one kind of screen. Service workers are blocked: the site's worker
 * precaches the whole build after the first visit, which is neither the page's own JavaScript
 * nor work the reader waits for, and on 2 cores it would disturb the timings.
 */
export function newContext(browser, screen) {
	const { name: _name, ...options } = screen;
	return browser.newContext({ ...options, serviceWorkers: 'block' });
}

/**
 * Waits until SvelteKit has hydrated (the site sets <html data-hydrated="true">). Returns true, false
 * on a timeout, or null for a page that ships no app at all (only the inline boot script: csr off).
 */
export async function waitHydrated(page, timeout = 30_000) {
	const shipsApp = await page.evaluate(
		() => !!document.querySelector('script:not([data-boot]), link[rel="modulepreload"]')
	);
	if (!shipsApp) return null;
	try {
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout });
		return true;
	} catch {
		return false;
	}
}
