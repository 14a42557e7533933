// The channel lab running (issue 17): with the CPU slowed down 4x, Play is pressed and the frames
// and long tasks of the next seconds are recorded, at a small and at the largest channel count,
// with glutamate held on (the costliest input: the simulation's finest time step all the time).
import { desktop, newContext, waitHydrated } from './browser.mjs';
import { collect, frameStats, install, roundInterval, THROTTLE } from './scroll.mjs';
import { log, sleep } from './util.mjs';

export const LAB_RUN_MS = 10_000;
export const LAB_SETUPS = [
	{ name: '100 channels', query: '?n=100&glu=continuous&mg=1&ket=0.78' },
	{ name: '500 channels', query: '?n=500&glu=continuous&mg=1&ket=0.78' }
];

const simulatedMs = (page) => page.locator('[data-readout="current"]').getAttribute('data-t').then(Number);

async function runLab(page, cdp, url) {
	await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
	const hydrated = await waitHydrated(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	try {
		await sleep(1000);
		await page.evaluate(install);
		const before = await simulatedMs(page);
		await page.getByRole('button', { name: 'Play', exact: true }).click();
		const started = Date.now();
		await sleep(LAB_RUN_MS);
		const data = await page.evaluate(collect);
		const seconds = (Date.now() - started) / 1000;
		const simulated = (await simulatedMs(page)) - before;
		const during = data.tasks.filter((t) => t.start + t.duration >= data.start);
		return {
			hydrated,
			seconds,
			// Simulated ms per real second, at the default speed of 1x: 1000 means real time.
			simulatedPerSecond: simulated / seconds,
			tasks: during,
			frameIntervals: data.frames.map(roundInterval),
			...frameStats(data.frames, during)
		};
	} finally {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	}
}

export async function measureLab({ browser, base }) {
	const context = await newContext(browser, desktop);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	const perSetup = [];
	try {
		for (const setup of LAB_SETUPS) {
			const result = await runLab(page, cdp, `${base}/lab/${setup.query}`);
			log(`lab ${setup.name}: ${result.frames} frames, on time ${(result.onTime17_7 * 100).toFixed(1)}%, longest task ${Math.round(result.longestTask)} ms, ${Math.round(result.simulatedPerSecond)} simulated ms per s`);
			perSetup.push({ ...setup, ...result });
		}
	} finally {
		await context.close();
	}
	return { settings: { viewport: desktop.viewport, cpuThrottlingRate: THROTTLE, runMs: LAB_RUN_MS }, perSetup };
}
