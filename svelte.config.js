import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

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

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		paths: { base: basePath, relative: false },
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
