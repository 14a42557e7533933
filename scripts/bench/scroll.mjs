// Scroll smoothness: each chapter scrolled top to bottom with the mouse wheel at a fixed pace,
// with the CPU slowed down 4x, recording requestAnimationFrame intervals and long tasks.
import { desktop, newContext, waitHydrated } from './browser.mjs';
import { log, sleep } from './util.mjs';

export const STEP_PX = 120;
export const STEP_MS = 100;
export const CAP_MS = 90_000;
export const THROTTLE = 4;
/** Frames recorded with the page still, before scrolling: what the slowed-down browser does at rest. */
export const IDLE_MS = 2000;

/** Installed just before scrolling: a rAF loop, a buffered long-task observer, and a step log. */
export function install() {
	const bench = { frames: [], tasks: [], steps: new Set(), start: performance.now(), stop: false };
	window.__bench = bench;
	let last = 0;
	const loop = (t) => {
		if (bench.stop) return;
		if (last) bench.frames.push(t - last);
		last = t;
		requestAnimationFrame(loop);
	};
	requestAnimationFrame(loop);
	const observer = new PerformanceObserver((list) => {
		for (const e of list.getEntries()) bench.tasks.push({ start: e.startTime, duration: e.duration });
	});
	observer.observe({ type: 'longtask', buffered: true });
	bench.observer = observer;
	const current = document.querySelector('[aria-current="step"]');
	if (current) bench.steps.add(current.id);
	bench.mutations = new MutationObserver((records) => {
		for (const r of records) {
			const el = /** @type {Element} */ (r.target);
			if (el.getAttribute('aria-current') === 'step') bench.steps.add(el.id);
		}
	});
	bench.mutations.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
}

export function collect() {
	const bench = window.__bench;
	bench.stop = true;
	bench.observer.takeRecords().forEach((e) => bench.tasks.push({ start: e.startTime, duration: e.duration }));
	bench.observer.disconnect();
	bench.mutations.disconnect();
	return {
		frames: bench.frames,
		tasks: bench.tasks,
		start: bench.start,
		steps: [...bench.steps],
		totalSteps: document.querySelectorAll('[data-step-id]').length,
		scrollHeight: document.documentElement.scrollHeight
	};
}

/** Frame intervals rounded to 0.01 ms (rAF timestamps are coarsened anyway), so 16.70 counts as 16.7. */
export const roundInterval = (ms) => Math.round(ms * 100) / 100;

export function frameStats(intervals, tasks) {
	const frames = intervals.map(roundInterval);
	const n = frames.length;
	const share = (limit) => (n ? frames.filter((f) => f <= limit).length / n : null);
	return {
		frames: n,
		under16_7: share(16.7),
		onTime17_7: share(17.7),
		under33: share(33),
		worstFrame: n ? Math.max(...frames) : null,
		longestTask: tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0,
		longTasksOver50: tasks.filter((t) => t.duration > 50).length
	};
}

async function scrollChapter(page, cdp, url) {
	await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
	const hydrated = await waitHydrated(page);
	await page.evaluate(() => window.scrollTo(0, 0));
	const { width, height } = page.viewportSize();
	// Over the prose column (left part of the page), where a reader's pointer would be.
	await page.mouse.move(Math.round(width * 0.3), Math.round(height * 0.6));
	await sleep(500);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	try {
		await sleep(1000);
		await page.evaluate(install);
		await sleep(IDLE_MS);
		const idleFrames = await page.evaluate(() => {
			const bench = window.__bench;
			bench.start = performance.now();
			return bench.frames.splice(0);
		});
		const started = Date.now();
		let tick = 0;
		let lastY = -1;
		let still = 0;
		let reachedEnd = false;
		while (Date.now() - started < CAP_MS) {
			await page.mouse.wheel(0, STEP_PX);
			tick++;
			const due = started + tick * STEP_MS;
			if (tick % 5 === 0) {
				const [y, inner, total] = await page.evaluate(() => [
					window.scrollY,
					window.innerHeight,
					document.documentElement.scrollHeight
				]);
				if (y + inner >= total - 2) {
					reachedEnd = true;
					break;
				}
				still = y === lastY ? still + 1 : 0;
				lastY = y;
				if (still >= 4) break; // the page stopped scrolling: report it rather than wait out the cap
			}
			await sleep(Math.max(0, due - Date.now()));
		}
		await sleep(1000); // let the last smooth-scroll animation and step change finish
		const data = await page.evaluate(collect);
		const during = data.tasks.filter((t) => t.start + t.duration >= data.start);
		return {
			hydrated,
			reachedEnd,
			seconds: (Date.now() - started) / 1000,
			wheelTicks: tick,
			scrollHeight: data.scrollHeight,
			stepsSeen: data.steps.length,
			totalSteps: data.totalSteps,
			tasksBeforeScroll: data.tasks.length - during.length,
			tasks: during,
			idle: { ...frameStats(idleFrames, []), frameIntervals: idleFrames.map(roundInterval) },
			frameIntervals: data.frames.map(roundInterval),
			...frameStats(data.frames, during)
		};
	} finally {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	}
}

export async function measureScroll({ browser, chapters, base }) {
	const context = await newContext(browser, desktop);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	const perChapter = [];
	try {
		for (const route of chapters) {
			const result = await scrollChapter(page, cdp, base + route);
			log(
				`scroll ${route}: ${result.frames} frames, on time ${(result.onTime17_7 * 100).toFixed(1)}%, ` +
					`longest task ${Math.round(result.longestTask)} ms, ${result.seconds.toFixed(0)} s` +
					(result.reachedEnd ? '' : ' (did not reach the end)')
			);
			perChapter.push({ route, ...result });
		}
	} finally {
		await context.close();
	}
	const allFrames = perChapter.flatMap((c) => c.frameIntervals);
	const allTasks = perChapter.flatMap((c) => c.tasks);
	const overall = frameStats(allFrames, allTasks);
	overall.idle = frameStats(perChapter.flatMap((c) => c.idle.frameIntervals), []);
	return {
		settings: { viewport: desktop.viewport, cpuThrottlingRate: THROTTLE, wheelPx: STEP_PX, everyMs: STEP_MS, capMs: CAP_MS, idleMs: IDLE_MS },
		perChapter,
		overall
	};
}
