// The site under test: a private build, its no-JS twin, the routes, and the figure chunks.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { log, servedGzipBytes } from './util.mjs';

/** Builds into bench/.build with its own SvelteKit working folder, so other builds are never disturbed. */
export function buildSite(root, buildDir, outDir, without = []) {
	log(`building the site into ${relative(root, buildDir)} (SVELTEKIT_OUT_DIR=${outDir}${without.length ? `, PERF_OFF=${without.join(',')}` : ''})`);
	const started = Date.now();
	// The content check reads the figure catalog through Vite's module runner, which needs the
	// tsconfig that `svelte-kit sync` writes into the default working folder.
	spawnSync('npx', ['svelte-kit', 'sync'], { cwd: root, stdio: ['ignore', 2, 2] });
	const result = spawnSync('npx', ['vite', 'build'], {
		cwd: root,
		// The build's output goes to stderr with the progress lines, so stdout holds only the tables.
		stdio: ['ignore', 2, 2],
		env: { ...process.env, SVELTEKIT_OUT_DIR: outDir, BUILD_DIR: relative(root, buildDir), PERF_OFF: without.join(',') }
	});
	if (result.error) throw new Error(`could not run "npx vite build": ${result.error.message}`);
	if (result.status !== 0) {
		throw new Error(
			`the build failed ("npx vite build" exited with ${result.status ?? result.signal}): see its output above. ` +
				'Fix the build, or measure an existing one with --no-build.'
		);
	}
	checkBuild(buildDir);
	return Date.now() - started;
}

export function checkBuild(buildDir) {
	for (const file of ['index.html', '404.html', '_app']) {
		if (!existsSync(join(buildDir, file))) {
			throw new Error(`${buildDir} has no ${file}: build first (run without --no-build)`);
		}
	}
}

function walk(dir, found = []) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) walk(full, found);
		else found.push(full);
	}
	return found;
}

/**
 * Every index.html under the build is a route (/, /chapters/<slug>/, ...), plus 404.html as /404.html.
 * Chapters come in reading order when content/chapters/NN-slug.md tells it, else by name.
 */
export function discoverRoutes(root, buildDir) {
	const routes = [];
	for (const file of walk(buildDir)) {
		const rel = relative(buildDir, file).split(sep).join('/');
		if (rel.startsWith('_app/')) continue;
		if (rel === 'index.html') routes.push('/');
		else if (rel.endsWith('/index.html')) routes.push(`/${rel.slice(0, -'index.html'.length)}`);
	}
	if (existsSync(join(buildDir, '404.html'))) routes.push('/404.html');
	const chapterOrder = new Map();
	const chaptersDir = join(root, 'content', 'chapters');
	if (existsSync(chaptersDir)) {
		for (const name of readdirSync(chaptersDir)) {
			const match = /^(\d+)-(.+)\.md$/.exec(name);
			if (match) chapterOrder.set(match[2], Number(match[1]));
		}
	}
	const rank = (route) => {
		if (route === '/') return [0, 0, route];
		const chapter = /^\/chapters\/([^/]+)\/$/.exec(route);
		if (chapter) return [1, chapterOrder.get(chapter[1]) ?? 999, route];
		if (route === '/404.html') return [3, 0, route];
		return [2, 0, route];
	};
	return routes.sort((a, b) => {
		const [ga, na, sa] = rank(a);
		const [gb, nb, sb] = rank(b);
		return ga - gb || na - nb || sa.localeCompare(sb);
	});
}

export const isChapter = (route) => /^\/chapters\/[^/]+\/$/.test(route);

/**
 * The no-JS twin: a copy of the build where every .html file has lost its <script> elements and
 * <link rel="modulepreload"> tags. Everything else (the CSP meta, CSS, fonts, images) stays. The
 * build's precompressed .br/.gz copies of each page are made again from the stripped page (with the
 * settings adapter-static uses), or the server would send the twin the original page.
 */
export function makeTwin(buildDir, twinDir) {
	rmSync(twinDir, { recursive: true, force: true });
	cpSync(buildDir, twinDir, { recursive: true });
	let files = 0;
	let scripts = 0;
	let preloads = 0;
	for (const file of walk(twinDir)) {
		if (!file.endsWith('.html')) continue;
		const html = readFileSync(file, 'utf8');
		const out = html
			.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, () => {
				scripts++;
				return '';
			})
			.replace(/<link\b[^>]*\brel\s*=\s*["']?modulepreload\b[^>]*>/gi, () => {
				preloads++;
				return '';
			});
		if (/<script\b/i.test(out)) throw new Error(`twin: a <script> survived in ${file}`);
		writeFileSync(file, out);
		if (existsSync(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(out, { level: zlibConstants.Z_BEST_COMPRESSION }));
		if (existsSync(`${file}.br`)) {
			const params = {
				[zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
				[zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
				[zlibConstants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(out)
			};
			writeFileSync(`${file}.br`, brotliCompressSync(out, { params }));
		}
		files++;
	}
	return { files, scriptsRemoved: scripts, modulepreloadsRemoved: preloads };
}

/**
 * Vite's client manifest, when it belongs to this build (every file it names exists there): it
 * tells which chunks make up each figure (src/lib/figures/<id>/index.ts and its static imports).
 * Returns null when no matching manifest is found; the figure split then falls back to page diffs.
 */
export function figureChunks(root, buildDir, outDirs) {
	for (const outDir of outDirs) {
		const path = join(root, outDir, 'output', 'client', '.vite', 'manifest.json');
		if (!existsSync(path)) continue;
		let manifest;
		try {
			manifest = JSON.parse(readFileSync(path, 'utf8'));
		} catch {
			continue;
		}
		const figures = {};
		for (const [key, entry] of Object.entries(manifest)) {
			const match = /^src\/lib\/figures\/([^/]+)\/index\.[jt]s$/.exec(key);
			if (match) figures[match[1]] = key;
			// The channel lab (data-figure="nmda-lab") loads like a figure: with /lab/'s data.
			if (key === 'src/lib/lab/Lab.svelte') figures['nmda-lab'] = key;
		}
		if (Object.keys(figures).length === 0) continue;
		const closure = (key, seen = new Set()) => {
			const entry = manifest[key];
			if (!entry || seen.has(entry.file)) return seen;
			seen.add(entry.file);
			for (const dep of entry.imports ?? []) closure(dep, seen);
			return seen;
		};
		// What every page loads anyway: SvelteKit's start and app entries and the root layout (node 0).
		const baseline = new Set();
		for (const [key, entry] of Object.entries(manifest)) {
			if (entry.isEntry && /(client-optimized\/app\.js|client-optimized\/nodes\/0\.js|runtime\/client\/entry\.js)$/.test(key)) {
				for (const file of closure(key)) baseline.add(file);
			}
		}
		const result = {};
		let fresh = true;
		for (const [id, key] of Object.entries(figures)) {
			const files = [...closure(key)].map((f) => `/${f}`);
			if (!files.every((f) => existsSync(join(buildDir, f)) && statSync(join(buildDir, f)).isFile())) {
				fresh = false;
				break;
			}
			// The figure's own code: its chunks minus those every page loads anyway.
			const own = files.filter((f) => !baseline.has(f.slice(1)));
			const ownGzip = own.reduce((sum, f) => sum + servedGzipBytes(buildDir, `/${f}`), 0);
			result[id] = { entry: `/${manifest[key].file}`, files, own, ownGzip };
		}
		if (fresh) return { manifest: relative(root, path), figures: result };
	}
	return null;
}
