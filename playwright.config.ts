import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/chromium.mjs';

// Debian's Chromium where it exists (Playwright cannot download its own browser here);
// elsewhere Playwright's own, after `npx playwright install chromium`.
const executablePath = chromiumPath();
const launchOptions = executablePath ? { executablePath, args: chromiumFlags } : {};

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
