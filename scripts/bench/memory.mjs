// Memory: one page, three passes over every chapter (client-side navigation, scroll top to
// bottom), then back to the home page, garbage collection and the JS heap size after each pass.
import { desktop, newContext, waitHydrated } from './browser.mjs';
import { log, mib, sleep } from './util.mjs';

export const PASSES = 3;
/** Growth from pass 2 to pass 3 counts as noise up to the larger of these. */
export const NOISE_MIB = 0.25;
export const NOISE_SHARE = 0.02;

async function heap(cdp) {
	for (let i = 0; i < 3; i++) {
		await cdp.send('HeapProfiler.collectGarbage');
		await sleep(100);
	}
	const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
	return { used: usedSize, total: totalSize };
}

/**
 * Moves to `path` as a reader clicking a link would: SvelteKit's router picks up the click (a
 * link inside its container), so the same document lives on and a leak accumulates. Returns
 * false if the browser loaded a new document instead.
 */
async function navigate(page, path) {
	await page.evaluate((href) => {
		const a = document.createElement('a');
		a.href = href;
		a.textContent = 'bench';
		(document.querySelector('main') ?? document.body).append(a);
		a.click();
		a.remove();
	}, path);
	await page.waitForFunction((p) => location.pathname === p, path, { timeout: 30_000 });
	await waitHydrated(page);
	await page.waitForLoadState('networkidle').catch(() => {});
	await sleep(300);
	return page.evaluate(() => window.__benchDocument === true);
}

async function scrollToBottom(page) {
	for (let i = 0; i < 2000; i++) {
		const atEnd = await page.evaluate(() => {
			window.scrollBy(0, Math.round(window.innerHeight * 0.5));
			return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
		});
		await sleep(80);
		if (atEnd) break;
	}
	await sleep(300);
}

export async function measureMemory({ browser, chapters, base }) {
	const context = await newContext(browser, desktop);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('HeapProfiler.enable');
	try {
		await page.goto(`${base}/`, { waitUntil: 'networkidle', timeout: 60_000 });
		if (!(await waitHydrated(page))) throw new Error('memory: the home page did not hydrate');
		await page.evaluate(() => (window.__benchDocument = true));
		const baseline = await heap(cdp);
		const passes = [];
		let sameDocument = true;
		for (let pass = 1; pass <= PASSES; pass++) {
			const started = Date.now();
			for (const route of chapters) {
				sameDocument = (await navigate(page, route)) && sameDocument;
				if (!sameDocument) {
					// A full load reset the page: keep going, but mark the document again and say so.
					await page.evaluate(() => (window.__benchDocument = true));
				}
				await scrollToBottom(page);
			}
			sameDocument = (await navigate(page, '/')) && sameDocument;
			const size = await heap(cdp);
			passes.push({ pass, usedBytes: size.used, totalBytes: size.total, seconds: (Date.now() - started) / 1000 });
			log(`memory pass ${pass}: ${mib(size.used).toFixed(2)} MiB used (${((Date.now() - started) / 1000).toFixed(0)} s)`);
		}
		const p2 = passes[1]?.usedBytes;
		const p3 = passes[2]?.usedBytes;
		const growth = p2 !== undefined && p3 !== undefined ? p3 - p2 : null;
		const noise = p2 !== undefined ? Math.max(NOISE_MIB * 1024 * 1024, NOISE_SHARE * p2) : null;
		return {
			navigation: sameDocument ? 'client-side (one document)' : 'full page loads happened',
			baselineBytes: baseline.used,
			passes,
			growth2to3Bytes: growth,
			noiseBytes: noise,
			withinNoise: growth === null ? null : growth <= noise
		};
	} finally {
		await context.close();
	}
}
