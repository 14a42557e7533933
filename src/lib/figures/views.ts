import type { FigureModule } from './types';

// Each figure is its own chunk: a page downloads only the figures it shows, when it shows them.
// Found by folder, like the catalog: a new figure's index.ts is picked up without a list to edit.
const loaders = import.meta.glob<{ figure: FigureModule }>('./*/index.ts');

export async function loadFigure(id: string): Promise<FigureModule> {
	const loader = loaders[`./${id}/index.ts`];
	if (!loader) throw new Error(`unknown figure "${id}" (known: ${Object.keys(loaders).map((path) => path.split('/')[1]).join(', ')})`);
	return (await loader()).figure;
}
