import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it exists (Playwright cannot download its own browser here);
// elsewhere Playwright's own, after `npx playwright install chromium`.
const debianChromium = '/usr/bin/chromium';
const launchOptions = existsSync(debianChromium)
	? {
			executablePath: debianChromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	: {};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: 'http://localhost:4173',
		trace: 'retain-on-failure',
		launchOptions
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
	webServer: {
		command: 'node scripts/e2e-serve.mjs',
		url: 'http://localhost:4174/explainer/',
		reuseExistingServer: !process.env.CI,
		timeout: 240_000,
		stdout: 'pipe'
	}
});
