import type { FigureId } from './catalog';
import type { FigureModule } from './types';

// Each figure is its own chunk: a page downloads only the figures it shows, when it shows them.
const loaders: Record<FigureId, () => Promise<{ figure: object }>> = {
	'nmda-blockade': () => import('./nmda-blockade/index'),
	'overview': () => import('./overview/index'),
	'glutamate-surge': () => import('./glutamate-surge/index'),
	'mtor-signalling': () => import('./mtor-signalling/index'),
	'synapse-regrowth': () => import('./synapse-regrowth/index'),
	'time-course': () => import('./time-course/index'),
	'infusion-session': () => import('./infusion-session/index'),
	'pain-windup': () => import('./pain-windup/index'),
};

export async function loadFigure(id: string): Promise<FigureModule> {
	// The loaders' own keys, not the catalog: the catalog would bring every figure's steps and title into every page.
	if (!Object.hasOwn(loaders, id)) throw new Error(`unknown figure "${id}" (known: ${Object.keys(loaders).join(', ')})`);
	const { figure } = await loaders[id as FigureId]();
	return figure as unknown as FigureModule;
}
