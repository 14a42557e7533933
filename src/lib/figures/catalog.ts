import type { FigureInfo } from './types';

/**
 * Every figure's info, found by folder: a figure is a folder here with a steps.ts that exports
 * `info` (see README.md), and nothing else lists it. Kept free of Svelte and the DOM so the
 * content checker can use it; Node code outside Vite reads it through ./catalog-node.ts. The
 * views load lazily through ./views.ts, so no page downloads this list.
 */
export const figureCatalog: Readonly<Record<string, FigureInfo>> = catalogFrom(
	import.meta.glob<FigureInfo>('./*/steps.ts', { eager: true, import: 'info' })
);

/** Keys the infos by id, and holds each figure to living in the folder named by its id. */
export function catalogFrom(infos: Record<string, FigureInfo | undefined>): Record<string, FigureInfo> {
	const catalog: Record<string, FigureInfo> = {};
	for (const [path, info] of Object.entries(infos)) {
		const folder = path.split('/').at(-2);
		if (!info) throw new Error(`${path} does not export the figure's info (export const info = defineFigureInfo({...}))`);
		if (info.id !== folder) throw new Error(`${path}: the figure's id "${info.id}" must be its folder's name "${folder}"`);
		catalog[info.id] = info;
	}
	return catalog;
}

