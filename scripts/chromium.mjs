// One place for how this project launches Chromium: Debian's build where it exists (Playwright
// cannot download its own here) and the flags the closed network needs (design/TOOLCHAIN.md).
// Used by playwright.config.ts, the benchmark and the screenshot scripts.
import { existsSync } from 'node:fs';

export const debianChromium = '/usr/bin/chromium';

export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** Debian's Chromium when installed; undefined means "Playwright's own browser". */
export const chromiumPath = () => (existsSync(debianChromium) ? debianChromium : undefined);
