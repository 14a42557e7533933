import { nmdaSteps, nmdaTitle } from './nmda-blockade/steps.ts';
import { overviewSteps, overviewTitle } from './overview/steps.ts';
import { glutamateSteps, glutamateTitle } from './glutamate-surge/steps.ts';
import { mtorSteps, mtorTitle } from './mtor-signalling/steps.ts';
import { synapseSteps, synapseTitle } from './synapse-regrowth/steps.ts';
import { timeCourseSteps, timeCourseTitle } from './time-course/steps.ts';
import { infusionSessionSteps, infusionSessionTitle } from './infusion-session/steps.ts';
import { painWindupSteps, painWindupTitle } from './pain-windup/steps.ts';

/**
 * What the content pipeline needs to know about each figure: its title and the step ids its
 * model understands. Kept free of Svelte and the DOM so the build-time content checker (which
 * runs in Node) can import it; the views themselves load lazily through ./views.ts.
 * Each figure's title and steps live in its own steps.ts: the figure's code takes them from
 * there, so no page downloads this list of all eight.
 */
export interface FigureInfo {
	title: string;
	steps: readonly string[];
}

export const figureCatalog = {
	'nmda-blockade': { title: nmdaTitle, steps: nmdaSteps },
	'overview': { title: overviewTitle, steps: overviewSteps },
	'glutamate-surge': { title: glutamateTitle, steps: glutamateSteps },
	'mtor-signalling': { title: mtorTitle, steps: mtorSteps },
	'synapse-regrowth': { title: synapseTitle, steps: synapseSteps },
	'time-course': { title: timeCourseTitle, steps: timeCourseSteps },
	'infusion-session': { title: infusionSessionTitle, steps: infusionSessionSteps },
	'pain-windup': { title: painWindupTitle, steps: painWindupSteps },
} as const satisfies Record<string, FigureInfo>;

export type FigureId = keyof typeof figureCatalog;

export function isFigureId(id: string): id is FigureId {
	return Object.hasOwn(figureCatalog, id);
}
