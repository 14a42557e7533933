import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { figureCatalog } from './src/lib/figures/catalog.ts';
import { ContentError } from './src/lib/content/errors.ts';
import { readContentDir } from './src/lib/content/read-dir.ts';
import { compileSite } from './src/lib/content/site.ts';

/**
 * Checks all content before anything is built, so a broken chapter stops the build with one
 * list of file:line messages instead of a stack trace from the middle of prerendering.
 */
function contentCheck(): Plugin {
	return {
		name: 'ketamine-explainer:content-check',
		apply: 'build',
		buildStart() {
			try {
				compileSite(readContentDir(process.cwd()), { base: '', figures: figureCatalog });
			} catch (error) {
				if (error instanceof ContentError) this.error(error.message);
				throw error;
			}
		}
	};
}

export default defineConfig({
	plugins: [contentCheck(), sveltekit()],
	build: process.env.NO_MINIFY ? { minify: false } : {},
	server: { port: 5173, strictPort: true },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node'
	}
});
