// Lighthouse (node API, default config = mobile emulation with simulated throttling) on every route
// and on its no-JS twin, run by run, one after the other (the machine has 2 cores).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath, log, median, onCleanup } from './util.mjs';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metricAudits = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift'
};

/** The audits the performance score is computed from (weights 10 + 10 + 25 + 30 + 25). */
const scoreAudits = [
	'first-contentful-paint',
	'speed-index',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift'
];

async function launchChrome() {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath() ?? process.env.CHROME_PATH,
		chromeFlags: ['--headless=new', ...chromiumFlags],
		logLevel: 'silent'
	});
	const unregister = onCleanup(() => chrome.kill());
	return {
		port: chrome.port,
		async kill() {
			unregister();
			await chrome.kill();
		}
	};
}

function summarise(lhr) {
	const run = { scores: {}, metrics: {}, runtimeError: lhr.runtimeError?.code ?? null, warnings: lhr.runWarnings ?? [] };
	for (const id of categories) {
		const score = lhr.categories[id]?.score;
		run.scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
	}
	for (const [name, audit] of Object.entries(metricAudits)) {
		const value = lhr.audits[audit]?.numericValue;
		run.metrics[name] = typeof value === 'number' ? value : null;
	}
	// What keeps a score under 100, for the JSON: failing audits with weight in some category.
	run.failing = [];
	for (const id of categories) {
		for (const ref of lhr.categories[id]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1) {
				run.failing.push({ category: id, audit: ref.id, score: audit.score, displayValue: audit.displayValue ?? null });
			}
		}
	}
	return run;
}

async function oneRun(chrome, url, only) {
	const result = await lighthouse(url, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		...only,
		// Only decorates the HTML report (which we do not write): no score or metric depends on it.
		disableFullPageScreenshot: true
	});
	if (!result?.lhr) throw new Error(`lighthouse returned no result for ${url}`);
	const run = summarise(result.lhr);
	if (run.runtimeError) throw new Error(`lighthouse: ${run.runtimeError} on ${url}`);
	return run;
}

function medianOf(runs) {
	const out = { scores: {}, metrics: {} };
	for (const id of categories) out.scores[id] = median(runs.map((r) => r.scores[id]));
	for (const name of Object.keys(metricAudits)) out.metrics[name] = median(runs.map((r) => r.metrics[name]));
	return out;
}

/**
 * Runs Lighthouse `runs` times on each route's page and (if twinBase) on its twin, alternating
 * page and twin so that any change in machine load touches both alike. Every run gets a fresh
 * Chrome (a new, empty profile): Lighthouse clears the HTTP cache and service workers between
 * runs but not localStorage, so a reused browser measures a half-returning reader (here: one whose
 * font flag says "cached" while the fonts are not), which is neither a first nor a repeat visit.
 * The twin's runs use the same config and settings; by default they compute only the five audits
 * the performance score is made of (FCP, Speed Index, LCP, TBT, CLS: their weights add up to 100,
 * so the score is the same), not the diagnostics or the other categories: the twin is there for
 * its LCP, and this halves its time on 2 cores. twinAll = true runs all four categories.
 */
export async function runLighthouse({ routes, pageBase, twinBase, runs, twinAll = false }) {
	const results = [];
	let index = 0;
	for (const route of routes) {
		index++;
		const targets = [['page', pageBase + route, { onlyCategories: categories }]];
		if (twinBase) targets.push(['twin', twinBase + route, twinAll ? { onlyCategories: categories } : { onlyAudits: scoreAudits }]);
		const collected = { page: [], twin: [] };
		const errors = [];
		let chrome = null;
		try {
			for (let run = 1; run <= runs; run++) {
				for (const [kind, url, only] of targets) {
					const started = Date.now();
					let attempt = 0;
					for (;;) {
						await chrome?.kill().catch(() => {});
						chrome = await launchChrome();
						try {
							collected[kind].push(await oneRun(chrome, url, only));
							break;
						} catch (error) {
							attempt++;
							log(`lighthouse ${kind} ${route} run ${run} failed: ${error.message}${attempt < 2 ? ' (retrying with a fresh Chrome)' : ''}`);
							if (attempt >= 2) {
								errors.push(`${kind} run ${run}: ${error.message}`);
								break;
							}
						}
					}
					const last = collected[kind].at(-1);
					log(
						`lighthouse [${index}/${routes.length}] ${route} ${kind} run ${run}/${runs}: ` +
							`${((Date.now() - started) / 1000).toFixed(1)} s` +
							(last ? `, perf ${last.scores.performance}, LCP ${Math.round(last.metrics.lcp)} ms` : '')
					);
				}
			}
		} finally {
			await chrome?.kill().catch(() => {});
		}
		const entry = { route, page: { runs: collected.page, median: medianOf(collected.page) }, errors };
		if (twinBase) {
			entry.twin = { runs: collected.twin, median: medianOf(collected.twin) };
			const lcpPage = entry.page.median.metrics.lcp;
			const lcpTwin = entry.twin.median.metrics.lcp;
			entry.lcpRatio = lcpPage !== null && lcpTwin ? lcpPage / lcpTwin : null;
		}
		results.push(entry);
	}
	return results;
}
