import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { paintFirst } from '../../src/lib/perf/paint-first';

// The shape SvelteKit 2 prerenders (CSP in hash mode, service worker on), cut down to one chunk.
const startScript = `
				{
					__sveltekit_abc123 = {
						base: ""
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("/_app/immutable/entry/start.A.js"),
						import("/_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2] });
					});

					if ('serviceWorker' in navigator) {
						const script_url = '/service-worker.js';
						addEventListener('load', function () {
							navigator.serviceWorker.register(script_url);
						});
					}
				}
			`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (script: string, hash = sha(script)) => `<!doctype html>
<html><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-boot=' ${hash}">
		<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/C.js" rel="modulepreload">
		<link href="/_app/immutable/entry/app.B.js" rel="modulepreload">
<title>t</title></head>
<body><div style="display: contents"><main>Text</main>
			<script>${script}</script>
		</div></body></html>`;

const settle = () => new Promise((resolve) => setImmediate(resolve));
const inlineScript = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

type PaintEntries = { getEntriesByName: (name: string) => unknown[] };

/**
 * Runs the rewritten start script against a stand-in browser and records what it does, in order.
 * With `paintTiming`, the browser reports paints through PerformanceObserver (as Chromium,
 * Firefox and Safari do); without it, the script has only animation frames to go by.
 */
function run(script: string, paintTiming = false) {
	const log: string[] = [];
	const frames: (() => void)[] = [];
	const timers: { run: () => void; ms: number }[] = [];
	const paintObservers: ((entries: PaintEntries) => void)[] = [];
	class PerformanceObserver {
		constructor(private readonly callback: (entries: PaintEntries) => void) {}
		observe(options: { type: string }) {
			log.push(`observe ${options.type}`);
			paintObservers.push(this.callback);
		}
		disconnect() {
			paintObservers.splice(paintObservers.indexOf(this.callback), 1);
		}
	}
	const head = { append: (link: { rel: string; href: string }) => log.push(`${link.rel} ${link.href}`) };
	const context = {
		document: { currentScript: { parentElement: 'BODY-DIV' }, head, createElement: () => ({ rel: '', href: '' }) },
		navigator: { serviceWorker: { register: (url: string) => log.push(`register ${url}`) } },
		addEventListener: (type: string, listener: () => void) => {
			log.push(`listen ${type}`);
			timers.push({ run: listener, ms: -1 });
		},
		requestAnimationFrame: (frame: () => void) => frames.push(frame),
		setTimeout: (callback: () => void, ms: number) => timers.push({ run: callback, ms }),
		...(paintTiming ? { PerformanceObserver } : {}),
		__import: (url: string) => {
			log.push(`import ${url}`);
			return Promise.resolve({ start: (_app: unknown, element: unknown) => log.push(`start in ${element}`) });
		}
	};
	// vm scripts cannot use import(); the stand-in records the call instead.
	runInNewContext(script.replaceAll('import("', '__import("'), context);
	const paint = (name: string) => {
		for (const observer of [...paintObservers]) observer({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
	};
	return { log, frames, timers, paint };
}

describe('paintFirst: JavaScript is fetched after the first paint', () => {
	it('takes the modulepreload links out of the page and keeps the policy matching the new script', () => {
		const out = paintFirst(page(startScript), '/x/');
		expect(out).not.toMatch(/rel="modulepreload"/);
		const script = inlineScript(out);
		expect(out).toContain(sha(script));
		expect(out).not.toContain(sha(startScript));
		expect(out).toContain("'sha256-boot='");
		expect(out).toContain('<main>Text</main>');
	});

	it('starts nothing before the first frame, then preloads every chunk in parallel and starts the app', async () => {
		const { log, frames, timers } = run(inlineScript(paintFirst(page(startScript), '/x/')));
		// The worker registration still waits for the load event, as SvelteKit wrote it.
		expect(log).toEqual(['listen load']);
		expect(frames).toHaveLength(1);
		frames[0]!();
		const afterPaint = timers.find((timer) => timer.ms === 0)!;
		afterPaint.run();
		await settle();
		expect(log).toEqual([
			'listen load',
			'modulepreload /_app/immutable/entry/start.A.js',
			'modulepreload /_app/immutable/chunks/C.js',
			'modulepreload /_app/immutable/entry/app.B.js',
			'import /_app/immutable/entry/start.A.js',
			'import /_app/immutable/entry/app.B.js',
			'start in BODY-DIV'
		]);
		// The fallback timer (a background tab gets no frames) must not start the app twice.
		for (const timer of timers.filter((timer) => timer.ms > 0)) timer.run();
		await settle();
		expect(log.filter((line) => line.startsWith('import'))).toHaveLength(2);
	});

	it('where the browser reports paints, waits for the first contentful paint, then a frame', async () => {
		const { log, frames, timers, paint } = run(inlineScript(paintFirst(page(startScript), '/x/')), true);
		expect(log).toEqual(['observe paint', 'listen load']);
		expect(frames).toHaveLength(0);
		paint('first-paint'); // a background colour is not the reader's text
		expect(frames).toHaveLength(0);
		paint('first-contentful-paint');
		expect(frames).toHaveLength(1);
		frames[0]!();
		timers.find((timer) => timer.ms === 0)!.run();
		await settle();
		expect(log.slice(2, 5)).toEqual([
			'modulepreload /_app/immutable/entry/start.A.js',
			'modulepreload /_app/immutable/chunks/C.js',
			'modulepreload /_app/immutable/entry/app.B.js'
		]);
		expect(log.at(-1)).toBe('start in BODY-DIV');
	});

	it('starts the app from the fallback timer when no frame comes (a tab opened in the background)', async () => {
		const { log, timers } = run(inlineScript(paintFirst(page(startScript), '/x/')));
		timers.find((timer) => timer.ms === 500)!.run();
		await settle();
		expect(log.at(-1)).toBe('start in BODY-DIV');
	});

	it('leaves a page without client-side code alone', () => {
		const html = '<!doctype html><html><head><title>t</title></head><body><p>no js</p></body></html>';
		expect(paintFirst(html, '/handout/')).toBe(html);
	});

	it('stops the build, naming the page, when SvelteKit writes something it does not expect', () => {
		const renamed = startScript.replace('Promise.all([', 'Promise.allSettled([');
		expect(() => paintFirst(page(renamed), '/chapters/pain/')).toThrow(/\/chapters\/pain\/: SvelteKit's start script has an unexpected shape/);
		expect(() => paintFirst(page(startScript, "'sha256-other='"), '/about/')).toThrow(/\/about\/: the Content Security Policy/);
		const reordered = page(startScript).replace('<link href="/_app/immutable/chunks/C.js" rel="modulepreload">', '<link rel="modulepreload" href="/_app/immutable/chunks/C.js">');
		expect(() => paintFirst(reordered, '/references/')).toThrow(/\/references\/: a modulepreload link in a shape paintFirst does not know/);
		const orphanPreload = '<html><head><link href="/a.js" rel="modulepreload"></head><body></body></html>';
		expect(() => paintFirst(orphanPreload, '/glossary/')).toThrow(/\/glossary\/: modulepreload links but no SvelteKit start script/);
	});
});
