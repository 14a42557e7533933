import { nmdaSteps } from './nmda-blockade/steps.ts';

/**
 * What the content pipeline needs to know about each figure: its title and the step ids its
 * model understands. Kept free of Svelte and the DOM so the build-time content checker (which
 * runs in Node) can import it; the views themselves load lazily through ./views.ts.
 */
export interface FigureInfo {
	title: string;
	steps: readonly string[];
}

export const figureCatalog = {
	'nmda-blockade': { title: 'How ketamine blocks the NMDA receptor', steps: nmdaSteps }
} as const satisfies Record<string, FigureInfo>;

export type FigureId = keyof typeof figureCatalog;

export function isFigureId(id: string): id is FigureId {
	return Object.hasOwn(figureCatalog, id);
}
