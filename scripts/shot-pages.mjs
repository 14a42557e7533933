import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
	const page = await browser.newPage({ viewport, colorScheme: process.env.SCHEME ?? 'light' });
	for (const path of (process.env.PAGES ?? '/,/chapters/why-ketamine-is-different/,/references/,/nope/').split(',')) {
		await page.goto('http://localhost:4173' + path);
		await page.waitForTimeout(300);
		await page.screenshot({ path: `/tmp/pages/${name}${path.replace(/\//g, '_')}.png`, fullPage: !!process.env.FULL });
	}
}
await browser.close();
