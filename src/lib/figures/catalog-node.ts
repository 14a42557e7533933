import type { FigureInfo } from './types';

/**
 * The figure catalog for Node code that Vite does not transform (vite.config.ts, scripts, the
 * browser tests' site index): ./catalog.ts finds the figures with `import.meta.glob`, which only
 * Vite understands, so it is loaded through Vite's module runner.
 */
export async function loadFigureCatalog(root: string = process.cwd()): Promise<Readonly<Record<string, FigureInfo>>> {
	const { runnerImport } = await import('vite');
	const { module } = await runnerImport<typeof import('./catalog')>('/src/lib/figures/catalog.ts', { root, configFile: false, logLevel: 'error' });
	return module.figureCatalog;
}
