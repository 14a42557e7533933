import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { injectedCssFiles, tricksOff } from './src/lib/perf/switches.js';

// The boot script in app.html runs before first paint (it applies the saved lens and motion
// choice so nothing jumps). It is inline, so the Content Security Policy must allow exactly it:
// hash the same bytes the browser will hash.
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const bootScript = appHtml.match(/<script data-boot>([\s\S]*?)<\/script>/)?.[1];
if (bootScript === undefined) throw new Error('src/app.html: the <script data-boot> block is missing');
const bootHash = `sha256-${createHash('sha256').update(bootScript).digest('base64')}`;

const basePath = process.env.BASE_PATH ?? '';
if (basePath !== '' && !/^\/[\w-]+(\/[\w-]+)*$/.test(basePath)) {
	throw new Error(`BASE_PATH must look like /explainer (no trailing slash), got "${basePath}"`);
}

// Where the static site is written; the tests build a second copy under a base path beside it.
const buildDir = process.env.BUILD_DIR ?? 'build';

// Which components carry their styles in their JavaScript: see src/lib/perf/switches.js.
const injectCss = tricksOff(process.env.PERF_OFF).includes('injected-css') ? () => false : (/** @type {string} */ filename) => injectedCssFiles.test(filename);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	// Svelte adds its major version to window.__svelte.v for browser extensions to find: a 0.1 KiB
	// module plus an import of it in every component's chunk, on every page. Nothing of ours reads it.
	compilerOptions: { discloseVersion: false },
	vitePlugin: {
		// Our components are all runes-mode Svelte. Without this, the few that use no rune (the site
		// header, lens and motion switches ...) compile in legacy mode, which pulls legacy-mode setup
		// into their code and a legacy flag module into every page. Markdown pages keep the default.
		dynamicCompileOptions: ({ filename }) =>
			/\.svelte$/.test(filename) ? { runes: true, ...(injectCss(filename) ? { css: 'injected' } : {}) } : undefined
	},
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, precompress: true, strict: true }),
		paths: { base: basePath, relative: false },
		// Our stylesheets are small (the largest, the site-wide one, is ~11 KB before compression):
		// written into each page they cost less than the round trip a render-blocking <link> costs
		// on a slow phone connection, and the page paints as soon as its HTML arrives.
		inlineStyleThreshold: 16 * 1024,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', handleUnseenRoutes: 'fail' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', bootHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self']
			}
		},
		// Separate working folders let two builds run side by side (the tests build twice).
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		alias: { $content: 'content' }
	}
};

export default config;
