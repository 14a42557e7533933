import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { loadFigureCatalog } from './src/lib/figures/catalog-node.ts';
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
		async buildStart() {
			try {
				compileSite(readContentDir(process.cwd()), { base: '', figures: await loadFigureCatalog() });
			} catch (error) {
				if (error instanceof ContentError) this.error(error.message);
				throw error;
			}
		}
	};
}

/**
 * `import Part from 'server-only:./Part.svelte'` gives the component when rendering on the server
 * (prerendering, the handout, the no-JavaScript page) and `undefined` in the browser's build. A
 * figure's later parts (src/lib/figures/later-part.svelte.ts) use it to be server-rendered wherever
 * a page shows them while the browser fetches them by dynamic import: a plain static import, even
 * one only used behind `import.meta.env.SSR`, would keep them in the figure's first chunk.
 */
function serverOnlyImports(): Plugin {
	const prefix = 'server-only:';
	const absent = '\0server-only:absent';
	return {
		name: 'ketamine-explainer:server-only-imports',
		enforce: 'pre',
		resolveId(source, importer, options) {
			if (!source.startsWith(prefix)) return null;
			const onServer = this.environment ? this.environment.config.consumer === 'server' : options?.ssr === true;
			return onServer ? this.resolve(source.slice(prefix.length), importer, { ...options, skipSelf: true }) : absent;
		},
		load(id) {
			return id === absent ? 'export default undefined;' : null;
		}
	};
}

export default defineConfig({
	plugins: [contentCheck(), serverOnlyImports(), sveltekit()],
	// NO_MINIFY=1 npx vite build: readable function names in a profile.
	build: process.env.NO_MINIFY ? { minify: false } : {},
	server: { port: 5173, strictPort: true },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node'
	}
});
