import { nmdaSteps } from './nmda-blockade/steps.ts';
import { overviewSteps } from './overview/steps.ts';
import { glutamateSteps } from './glutamate-surge/steps.ts';
import { mtorSteps } from './mtor-signalling/steps.ts';
import { synapseSteps } from './synapse-regrowth/steps.ts';
import { timeCourseSteps } from './time-course/steps.ts';
import { infusionSessionSteps } from './infusion-session/steps.ts';
import { painWindupSteps } from './pain-windup/steps.ts';

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
	'overview': { title: 'The chain at a glance, from minutes to weeks', steps: overviewSteps },
	'glutamate-surge': { title: 'The glutamate surge: easing the brakes', steps: glutamateSteps },
	'mtor-signalling': { title: 'From AMPA to new synapse proteins: the BDNF–mTOR chain', steps: mtorSteps },
	'synapse-regrowth': { title: 'Synapse regrowth after ketamine', steps: synapseSteps },
	'time-course': { title: 'Hours, days, weeks: drug level and mood', steps: timeCourseSteps },
	'infusion-session': { title: 'What happens during one session', steps: infusionSessionSteps },
	'pain-windup': { title: 'Wind-up: how the spinal cord turns pain up', steps: painWindupSteps },
} as const satisfies Record<string, FigureInfo>;

export type FigureId = keyof typeof figureCatalog;

export function isFigureId(id: string): id is FigureId {
	return Object.hasOwn(figureCatalog, id);
}
