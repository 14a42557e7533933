import { nmdaSteps } from './nmda-blockade/steps.ts';
// figure imports: overview
// figure imports: glutamate-surge
// figure imports: mtor-signalling
// figure imports: synapse-regrowth
// figure imports: time-course
// figure imports: infusion-session
// figure imports: pain-windup

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
	'nmda-blockade': { title: 'How ketamine blocks the NMDA receptor', steps: nmdaSteps },
	// catalog: overview
	// catalog: glutamate-surge
	// catalog: mtor-signalling
	// catalog: synapse-regrowth
	// catalog: time-course
	// catalog: infusion-session
	// catalog: pain-windup
} as const satisfies Record<string, FigureInfo>;

export type FigureId = keyof typeof figureCatalog;

export function isFigureId(id: string): id is FigureId {
	return Object.hasOwn(figureCatalog, id);
}
