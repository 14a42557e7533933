import { figureCatalog, isFigureId, type FigureId } from './catalog';
import type { FigureModule } from './types';

// Each figure is its own chunk: a page downloads only the figures it shows, when it shows them.
const loaders: Record<FigureId, () => Promise<{ figure: object }>> = {
	'nmda-blockade': () => import('./nmda-blockade/index'),
	// loader: overview
	// loader: glutamate-surge
	// loader: mtor-signalling
	// loader: synapse-regrowth
	// loader: time-course
	// loader: infusion-session
	// loader: pain-windup
};

export async function loadFigure(id: string): Promise<FigureModule> {
	if (!isFigureId(id)) throw new Error(`unknown figure "${id}" (known: ${Object.keys(figureCatalog).join(', ')})`);
	const { figure } = await loaders[id]();
	return figure as unknown as FigureModule;
}
