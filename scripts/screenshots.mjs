#!/usr/bin/env node
// Screenshots of every step of a chapter at phone and desktop widths, for looking at by eye.
// Usage: node scripts/screenshots.mjs <chapter-slug> [outDir] (the site must be served on :4173).
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

const slug = process.argv[2] ?? 'the-lock-on-the-channel';
const out = process.argv[3] ?? 'test-results/screenshots';
const origin = process.env.ORIGIN ?? 'http://localhost:4173';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
	const page = await browser.newPage({ viewport, reducedMotion: 'reduce', colorScheme: process.env.SCHEME ?? 'light' });
	await page.goto(`${origin}/chapters/${slug}/`);
	const steps = await page.locator('[data-step-id]').evaluateAll((els) => els.map((el) => el.id));
	for (const [index, id] of steps.entries()) {
		await page.goto(`${origin}/chapters/${slug}/#${id}`);
		await page.waitForFunction((step) => document.querySelector('[data-figure]')?.getAttribute('data-step') === step, id);
		await page.waitForTimeout(150);
		await page.screenshot({ path: `${out}/${slug}-${name}-${index + 1}-${id}.png` });
	}
	await page.close();
}
await browser.close();
