#!/usr/bin/env node
// The performance benchmark (`npm run bench`; not part of `npm test`). See bench/README.md.
//
// Builds the site into bench/.build (its own SvelteKit folder .svelte-kit-bench, so no other build
// is disturbed), writes the no-JS twin into bench/.build's sibling bench/.twin, serves both
// (ports 4301 and 4302), then measures: Lighthouse on pages and twins, JavaScript shipped, scroll
// smoothness with a 4x slower CPU, and JS heap over three passes. Prints one table per section
// and writes bench/results/<timestamp>.json and bench/results/latest.json.
//
// Exit status: 0 when everything was measured (missed targets included: this is a measurement),
// 1 when the tooling failed (build, server, browser, a section that could not run), 2 on bad flags.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './bench/browser.mjs';
import { measureJs } from './bench/js.mjs';
import { LAB_RUN_MS, measureLab } from './bench/lab.mjs';
import { categories, runLighthouse } from './bench/lighthouse.mjs';
import { measureMemory, NOISE_MIB, NOISE_SHARE, PASSES } from './bench/memory.mjs';
import { measureScroll, STEP_MS, STEP_PX, THROTTLE } from './bench/scroll.mjs';
import { buildSite, checkBuild, discoverRoutes, figureChunks, isChapter, makeTwin } from './bench/site.mjs';
import { tricks, tricksOff } from '../src/lib/perf/switches.js';
import { fmt, kib, log, mib, pct, runCleanups, startServer, table, verdict } from './bench/util.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = '.svelte-kit-bench';
const buildDir = join(root, 'bench', '.build');
const twinDir = join(root, 'bench', '.twin');
const resultsDir = join(root, 'bench', 'results');
// BENCH_PORT moves both servers, so two checkouts can run the benchmark side by side.
const PAGE_PORT = Number(process.env.BENCH_PORT ?? 4301);
const TWIN_PORT = PAGE_PORT + 1;
const SECTIONS = ['lighthouse', 'twin', 'js', 'scroll', 'memory', 'lab'];

const TARGETS = {
	score: 100,
	lcpRatio: 1.2,
	cls: 0,
	pageJsKiB: 60,
	totalJsKiB: 90,
	onTimeShare: 0.95,
	longTaskMs: 50
};

const usage = `Usage: node scripts/bench.mjs [options]   (or: npm run bench -- [options])

  --no-build          measure the existing bench/.build instead of building
  --routes=/,/x/      only these routes (as discovered in the build; /404.html for the 404 page)
  --runs=N            Lighthouse runs per route and per twin (default 3; the median is reported)
  --quick             smoke test: 1 run, only / and the first chapter
  --skip=a,b          skip sections: ${SECTIONS.join(', ')}
  --without=a,b       build without these speed tricks of src/lib/perf/ (${tricks.join(', ')}),
                      to measure what each buys; the results go to a file of their own, not latest.json
  --twin-all-categories  score all four categories on the twins too (default: the performance
                      score's five metric audits only)
  --help              this text`;

function parseArgs(argv) {
	const options = { build: true, routes: null, runs: 3, quick: false, skip: new Set(), twinAll: false, without: [] };
	for (const arg of argv) {
		const [name, value] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
		if (name === '--help' || name === '-h') {
			console.log(usage);
			process.exit(0);
		} else if (name === '--no-build') options.build = false;
		else if (name === '--quick') options.quick = true;
		else if (name === '--twin-all-categories') options.twinAll = true;
		else if (name === '--runs' && value !== null && /^[1-9]\d*$/.test(value)) options.runs = Number(value);
		else if (name === '--routes' && value) {
			options.routes = value
				.split(',')
				.map((r) => r.trim())
				.filter(Boolean)
				.map((r) => (r.startsWith('/') ? r : `/${r}`))
				.map((r) => (r.endsWith('/') || r.endsWith('.html') ? r : `${r}/`));
		} else if (name === '--without' && value) {
			try {
				options.without = tricksOff(value);
			} catch (error) {
				console.error(error.message.replace('PERF_OFF', '--without'));
				process.exit(2);
			}
		} else if (name === '--skip' && value) {
			for (const s of value.split(',').map((x) => x.trim()).filter(Boolean)) {
				if (!SECTIONS.includes(s)) {
					console.error(`unknown section "${s}" in --skip (known: ${SECTIONS.join(', ')})`);
					process.exit(2);
				}
				options.skip.add(s);
			}
		} else {
			console.error(`unknown or incomplete option "${arg}"\n\n${usage}`);
			process.exit(2);
		}
	}
	if (options.quick) options.runs = 1;
	if (options.without.length && !options.build) {
		console.error('--without needs a build of its own: leave out --no-build');
		process.exit(2);
	}
	return options;
}

const short = (route) => route;
const cls = (value) => (value === null || value === undefined ? '-' : value === 0 ? '0' : value.toFixed(4));

function printLighthouse(results, runs, withTwin, twinAll) {
	const rows = results.map((r) => {
		const m = r.page.median;
		const all100 = categories.every((c) => m.scores[c] === TARGETS.score);
		return [
			short(r.route),
			fmt(m.scores.performance),
			fmt(m.scores.accessibility),
			fmt(m.scores['best-practices']),
			fmt(m.scores.seo),
			fmt(m.metrics.fcp),
			fmt(m.metrics.lcp),
			fmt(m.metrics.tbt),
			cls(m.metrics.cls),
			r.page.runs.length ? verdict(all100) : 'n/a',
			r.page.runs.length ? verdict(m.metrics.cls === TARGETS.cls) : 'n/a'
		];
	});
	console.log(
		table(
			`1. Lighthouse, mobile defaults (median of ${runs} run${runs > 1 ? 's' : ''} per route)`,
			['route', 'perf', 'a11y', 'best-pr', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'target 100x4', 'target CLS 0'],
			rows
		)
	);
	if (!withTwin) return;
	console.log();
	const twinRows = results.map((r) => {
		const m = r.twin.median;
		return [
			short(r.route),
			fmt(m.scores.performance),
			fmt(m.scores.accessibility),
			fmt(m.scores['best-practices']),
			fmt(m.scores.seo),
			fmt(m.metrics.fcp),
			fmt(m.metrics.lcp),
			fmt(r.page.median.metrics.lcp),
			fmt(r.lcpRatio, 2),
			r.lcpRatio === null ? 'n/a' : verdict(r.lcpRatio <= TARGETS.lcpRatio)
		];
	});
	console.log(
		table(
			`2. No-JS twin (scripts and modulepreload links removed), same Lighthouse settings and runs (${twinAll ? 'all four categories' : 'performance score only'}); ratio = LCP(page) / LCP(twin)`,
			['route', 'perf', 'a11y', 'best-pr', 'seo', 'FCP ms', 'LCP twin', 'LCP page', 'ratio', 'target <=1.2'],
			twinRows
		)
	);
}

function printJs(js) {
	const rows = js.perRoute.map((r) => {
		const loads = [r.desktop, r.phone].filter(Boolean);
		const worst = Math.max(...loads.map((l) => l.gzip));
		const worstOwn = loads.some((l) => l.pageOwnGzip === undefined) ? null : Math.max(...loads.map((l) => l.pageOwnGzip));
		const only = loads.some((l) => l.figureCodeOnlyShown === null) ? null : loads.every((l) => l.figureCodeOnlyShown);
		const loaded = [...new Set(loads.flatMap((l) => l.figureCode ?? []))];
		return [
			short(r.route),
			fmt(kib(r.desktop.gzip), 1),
			r.phone ? fmt(kib(r.phone.gzip), 1) : '',
			worstOwn === null ? 'n/a' : fmt(kib(worstOwn), 1),
			String(r.desktop.files.length),
			r.desktop.figures.length > 2 ? `${r.desktop.figures.length} figures` : r.desktop.figures.join(' ') || '-',
			loads.some((l) => l.figureCode === null) ? 'n/a' : loaded.join(' ') || '-',
			verdict(worst <= TARGETS.totalJsKiB * 1024 && (worstOwn === null || worstOwn <= TARGETS.pageJsKiB * 1024)),
			verdict(only)
		];
	});
	console.log(
		table(
			'3. JavaScript before the first interaction (gzipped KiB; desktop 1280x800, phone 390x844 on chapters)',
			['route', 'desktop', 'phone', 'page own', 'files', 'figures shown', 'figure code loaded', 'target <=90 all, <=60 own', 'figure code only where shown'],
			rows
		)
	);
	if (js.perFigure.length) {
		console.log();
		const figRows = js.perFigure.map((f) => [
			f.figure ?? '(no figure)',
			short(f.route),
			f.ownGzip === null ? (f.figure ? 'n/a' : '-') : fmt(kib(f.ownGzip), 1),
			f.ownChunks === null ? '' : String(f.ownChunks.length),
			fmt(kib(f.figureGzip), 1),
			fmt(kib(f.chapterOtherGzip), 1),
			String(f.figureChunks.length + f.chapterOtherChunks.length)
		]);
		console.log(
			table(
				`3b. Per figure (gzipped KiB). "figure code": the figure's chunks minus what every page loads (from ${js.figureManifest ? `Vite's manifest ${js.figureManifest}` : 'no manifest: n/a'}); ` +
					`"not on /": what the chapter loaded that the home page did not, split into the figure's and the rest`,
				['figure', 'chapter', 'figure code', 'chunks', 'not on /: figure', 'not on /: other', 'chunks'],
				figRows
			)
		);
	}
}

function printScroll(scroll) {
	const row = (label, s, extra = {}) => [
		label,
		String(s.frames),
		pct(s.under16_7),
		pct(s.onTime17_7),
		pct(s.under33),
		fmt(s.worstFrame, 1),
		fmt(s.longestTask),
		String(s.longTasksOver50),
		extra.steps ?? '',
		extra.end ?? '',
		pct(s.idle?.onTime17_7),
		verdict(s.onTime17_7 !== null && s.onTime17_7 >= TARGETS.onTimeShare),
		verdict(s.longTasksOver50 === 0)
	];
	const rows = scroll.perChapter.map((c) =>
		row(short(c.route), c, { steps: `${c.stepsSeen}/${c.totalSteps}`, end: c.reachedEnd ? 'yes' : 'NO' })
	);
	rows.push(row('all chapters', scroll.overall));
	console.log(
		table(
			`4. Scroll smoothness (CPU ${THROTTLE}x slower, wheel ${STEP_PX} px every ${STEP_MS} ms, desktop 1280x800)`,
			[
				'chapter',
				'frames',
				'<=16.7 ms',
				'on time (<=17.7 ms)',
				'<=33 ms',
				'worst frame',
				'longest task ms',
				'tasks >50 ms',
				'steps seen',
				'reached end',
				'idle on time',
				'target >=95% on time',
				'target no task >50 ms'
			],
			rows
		)
	);
}

function printMemory(memory) {
	const rows = [['before (home page)', fmt(mib(memory.baselineBytes), 2), '']];
	let previous = memory.baselineBytes;
	for (const p of memory.passes) {
		rows.push([`after pass ${p.pass}`, fmt(mib(p.usedBytes), 2), `${p.usedBytes - previous >= 0 ? '+' : ''}${fmt(mib(p.usedBytes - previous), 2)}`]);
		previous = p.usedBytes;
	}
	console.log(
		table(
			`5. Memory: JS heap after GC, on the home page after each pass over every chapter (${memory.navigation})`,
			['when', 'used MiB', 'change MiB'],
			rows
		)
	);
	console.log(
		`   growth pass 2 -> 3: ${fmt(mib(memory.growth2to3Bytes), 2)} MiB (noise allowance ${fmt(mib(memory.noiseBytes), 2)} MiB): ` +
			`target no growth beyond noise: ${verdict(memory.withinNoise)}`
	);
}

function printLab(lab) {
	const rows = lab.perSetup.map((r) => [
		r.name,
		String(r.frames),
		pct(r.onTime17_7),
		fmt(r.worstFrame, 1),
		String(Math.round(r.longestTask)),
		String(r.longTasksOver50),
		fmt(r.simulatedPerSecond / 1000, 2),
		verdict(r.onTime17_7 >= TARGETS.onTimeShare && r.longTasksOver50 === 0)
	]);
	console.log(
		table(
			`6. The channel lab playing, glutamate held on (${THROTTLE}x CPU slowdown, ${LAB_RUN_MS / 1000} s after Play; speed is simulated seconds per real second)`,
			['set-up', 'frames', 'on time (<=17.7 ms)', 'worst frame', 'longest task ms', 'tasks >50 ms', 'speed', 'target'],
			rows
		)
	);
}

function targetSummary(report) {
	const lines = [];
	const add = (target, ok, detail) => lines.push([target, verdict(ok), detail]);
	if (report.lighthouse) {
		const measured = report.lighthouse.filter((r) => r.page.runs.length);
		const bad = measured.filter((r) => !categories.every((c) => r.page.median.scores[c] === 100));
		add('Lighthouse 100/100/100/100 on every route', measured.length ? bad.length === 0 : null, bad.length ? `below on ${bad.length} of ${measured.length}` : `${measured.length} routes`);
		const clsBad = measured.filter((r) => r.page.median.metrics.cls !== 0);
		add('CLS 0', measured.length ? clsBad.length === 0 : null, clsBad.length ? `above 0 on ${clsBad.length} of ${measured.length}` : `${measured.length} routes`);
		if (report.lighthouse.some((r) => r.twin)) {
			const ratios = report.lighthouse.filter((r) => r.lcpRatio !== null && r.lcpRatio !== undefined);
			const ratioBad = ratios.filter((r) => r.lcpRatio > TARGETS.lcpRatio);
			const worst = ratios.length ? Math.max(...ratios.map((r) => r.lcpRatio)) : null;
			add('LCP(page) / LCP(twin) <= 1.2', ratios.length ? ratioBad.length === 0 : null, `worst ${fmt(worst, 2)}; above on ${ratioBad.length} of ${ratios.length}`);
		}
	}
	if (report.js) {
		const loads = report.js.perRoute.flatMap((r) => [r.desktop, r.phone].filter(Boolean));
		const worst = Math.max(...loads.map((l) => l.gzip));
		add('gzipped JS per route <= 90 KiB by network idle', worst <= TARGETS.totalJsKiB * 1024, `largest ${fmt(kib(worst), 1)} KiB`);
		const own = loads.some((l) => l.pageOwnGzip === undefined) ? null : Math.max(...loads.map((l) => l.pageOwnGzip));
		add("the page's own JS (all but figure code) <= 60 KiB", own === null ? null : own <= TARGETS.pageJsKiB * 1024, own === null ? 'no manifest for this build' : `largest ${fmt(kib(own), 1)} KiB`);
		const unknown = loads.some((l) => l.figureCodeOnlyShown === null);
		add('figure code only on the page showing it', unknown ? null : loads.every((l) => l.figureCodeOnlyShown), unknown ? 'no manifest for this build' : '');
	}
	if (report.lab) {
		const worst = report.lab.perSetup.reduce((a, b) => (a.onTime17_7 <= b.onTime17_7 ? a : b));
		add('the lab at 4x slowdown: >= 95% frames on time, no task > 50 ms', report.lab.perSetup.every((r) => r.onTime17_7 >= TARGETS.onTimeShare && r.longTasksOver50 === 0), `worst ${worst.name}: ${pct(worst.onTime17_7)} on time, longest task ${Math.round(Math.max(...report.lab.perSetup.map((r) => r.longestTask)))} ms`);
	}
	if (report.scroll) {
		const o = report.scroll.overall;
		add('>= 95% of frames on time (<=17.7 ms), CPU 4x slower', o.onTime17_7 !== null && o.onTime17_7 >= TARGETS.onTimeShare, `${pct(o.onTime17_7)} of ${o.frames} frames`);
		add('no long task over 50 ms while scrolling', o.longTasksOver50 === 0, `${o.longTasksOver50} tasks, longest ${fmt(o.longestTask)} ms`);
	}
	if (report.memory) {
		add('no heap growth pass 2 -> 3 beyond noise', report.memory.withinNoise, `${fmt(mib(report.memory.growth2to3Bytes), 2)} MiB`);
	}
	return lines;
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const started = Date.now();
	const errors = [];
	const report = {
		startedAt: new Date(started).toISOString(),
		options: {
			build: options.build,
			runs: options.runs,
			quick: options.quick,
			routes: options.routes,
			skip: [...options.skip],
			without: options.without,
			twin: options.twinAll ? 'all four categories' : 'performance score audits only'
		},
		environment: { node: process.version, platform: `${process.platform} ${process.arch}`, loadAverageAtStart: loadavg() },
		targets: TARGETS
	};

	if (options.build) report.buildMs = buildSite(root, buildDir, OUT_DIR, options.without);
	else {
		checkBuild(buildDir);
		log('--no-build: measuring the existing bench/.build');
	}

	const discovered = discoverRoutes(root, buildDir);
	let routes = discovered;
	if (options.routes) {
		const unknown = options.routes.filter((r) => !discovered.includes(r));
		if (unknown.length) throw new Error(`unknown route(s) ${unknown.join(', ')}; the build has: ${discovered.join(' ')}`);
		routes = options.routes;
	}
	if (options.quick) {
		const firstChapter = routes.find(isChapter);
		routes = routes.filter((r) => r === '/' || r === firstChapter);
	}
	const chapters = routes.filter(isChapter);
	report.routes = routes;
	log(`routes (${routes.length}): ${routes.join(' ')}`);

	const needTwin = !options.skip.has('lighthouse') && !options.skip.has('twin');
	if (needTwin) {
		report.twinBuild = makeTwin(buildDir, twinDir);
		log(`twin: ${report.twinBuild.files} html files, ${report.twinBuild.scriptsRemoved} scripts and ${report.twinBuild.modulepreloadsRemoved} modulepreload links removed`);
	}
	const pageServer = await startServer(root, buildDir, PAGE_PORT);
	const twinServer = needTwin ? await startServer(root, twinDir, TWIN_PORT) : null;

	const section = async (name, fn) => {
		const t = Date.now();
		try {
			const value = await fn();
			report.timings = { ...report.timings, [name]: Date.now() - t };
			return value;
		} catch (error) {
			log(`${name} failed: ${error.stack ?? error}`);
			errors.push({ section: name, error: String(error.message ?? error) });
			return null;
		}
	};

	// Timed sections measure this machine's main thread: a build that has just finished (or any
	// other work) still holding the cores makes tasks look longer than they are. Wait, within reason,
	// for the one-minute load average to come down, and record what it was when each section began.
	const settle = async (name) => {
		const busy = availableParallelism() * 0.75;
		const until = Date.now() + 120_000;
		if (loadavg()[0] > busy) log(`waiting for the machine to settle before ${name} (load ${loadavg()[0].toFixed(1)})`);
		while (loadavg()[0] > busy && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5000));
		report.environment.loadAverageBefore = { ...report.environment.loadAverageBefore, [name]: loadavg()[0] };
	};

	try {
		if (!options.skip.has('lighthouse')) {
			await settle('lighthouse');
			report.lighthouse = await section('lighthouse', () =>
				runLighthouse({
					routes,
					pageBase: pageServer.url,
					twinBase: twinServer?.url ?? null,
					runs: options.runs,
					twinAll: options.twinAll
				})
			);
			for (const r of report.lighthouse ?? []) for (const e of r.errors) errors.push({ section: 'lighthouse', error: `${r.route} ${e}` });
		}
		const needBrowser = ['js', 'scroll', 'memory', 'lab'].some((s) => !options.skip.has(s));
		if (needBrowser) {
			const browser = await launchBrowser();
			report.environment.chromium = browser.browser.version();
			try {
				if (!options.skip.has('js')) {
					const figureMap = figureChunks(root, buildDir, [OUT_DIR, '.svelte-kit']);
					report.js = await section('js', () => measureJs({ browser: browser.browser, routes, base: pageServer.url, buildDir, figureMap }));
				}
				if (!options.skip.has('scroll') && chapters.length) {
					await settle('scroll');
					report.scroll = await section('scroll', () => measureScroll({ browser: browser.browser, chapters, base: pageServer.url }));
				}
				if (!options.skip.has('memory') && chapters.length) {
					report.memory = await section('memory', () => measureMemory({ browser: browser.browser, chapters, base: pageServer.url }));
				}
				if (!options.skip.has('lab') && routes.includes('/lab/')) {
					await settle('lab');
					report.lab = await section('lab', () => measureLab({ browser: browser.browser, base: pageServer.url }));
				}
			} finally {
				await browser.close();
			}
		}
	} finally {
		pageServer.stop();
		twinServer?.stop();
	}

	report.environment.loadAverageAtEnd = loadavg();
	report.durationMs = Date.now() - started;
	report.errors = errors;

	// ---- the tables ----
	console.log();
	if (report.lighthouse) {
		printLighthouse(report.lighthouse, options.runs, needTwin, options.twinAll);
		console.log();
	}
	if (report.js) {
		printJs(report.js);
		console.log();
	}
	if (report.scroll) {
		printScroll(report.scroll);
		console.log();
	}
	if (report.memory) {
		printMemory(report.memory);
		console.log();
	}
	if (report.lab) {
		printLab(report.lab);
		console.log();
	}
	report.summary = targetSummary(report).map(([target, result, detail]) => ({ target, result, detail }));
	console.log(table('Targets', ['target', 'result', 'detail'], targetSummary(report), 'lll'));
	const minutes = (report.durationMs / 60000).toFixed(1);
	console.log(
		`\n${routes.length} route(s)${report.lighthouse ? `, ${options.runs} Lighthouse run(s) each` : ''}, ${minutes} min; ` +
			`load average at start ${report.environment.loadAverageAtStart.map((l) => l.toFixed(1)).join(' ')}, ` +
			Object.entries(report.environment.loadAverageBefore ?? {})
				.map(([name, load]) => `before ${name} ${load.toFixed(1)}, `)
				.join('') +
			`at end ${report.environment.loadAverageAtEnd.map((l) => l.toFixed(1)).join(' ')} ` +
			`(${availableParallelism()} cores: above ${availableParallelism()} means other work competed)`
	);

	mkdirSync(resultsDir, { recursive: true });
	// A build without some tricks is not the site: its results never become latest.json.
	const stamp = report.startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z') + (options.without.length ? `-without-${options.without.join('-')}` : '');
	const json = `${JSON.stringify(report, null, '\t')}\n`;
	writeFileSync(join(resultsDir, `${stamp}.json`), json);
	if (!options.without.length) writeFileSync(join(resultsDir, 'latest.json'), json);
	console.log(`results: bench/results/${stamp}.json${options.without.length ? '' : ' (and bench/results/latest.json)'}`);

	if (errors.length) {
		console.error(`\n[bench] tooling errors (${errors.length}):\n${errors.map((e) => `  ${e.section}: ${e.error}`).join('\n')}`);
		process.exitCode = 1;
	}
}

main()
	.catch((error) => {
		console.error(`\n[bench] failed: ${error.message ?? error}`);
		process.exitCode = 1;
	})
	.finally(() => runCleanups());
