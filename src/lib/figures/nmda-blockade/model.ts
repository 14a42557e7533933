import { blockedChannels, cellActivity, channelActivity, clampConcentration, infusionPlasmaMicromolar } from './occupancy';
import { nmdaSteps, type NmdaStep } from './steps';

export interface NmdaParams {
	/** Racemic ketamine, µM (the slider on the use-dependence step). */
	concentration: number;
}

export const defaultParams: NmdaParams = { concentration: infusionPlasmaMicromolar };

export type NmdaView = 'synapse' | 'receptor' | 'population' | 'circuit';

export interface ReceptorState {
	glutamateBound: boolean;
	glycineBound: boolean;
	depolarised: boolean;
	magnesium: 'in-pore' | 'expelled';
	open: boolean;
	ketamine: 'absent' | 'bound';
	ionsFlowing: boolean;
}

export interface CellBlock {
	blocked: number;
	of: number;
}

export interface NmdaScene {
	step: NmdaStep;
	view: NmdaView;
	receptor: ReceptorState;
	concentration: number;
	/** One entry per illustrative channel, busiest first (population view). */
	channels: { activity: number; blocked: boolean }[];
	blockedCount: number;
	circuit: { interneuron: CellBlock; pyramidal: CellBlock } | null;
	/** What the figure marks as illustrative, or null when it shows textbook structure. */
	illustrative: string | null;
}

const closed: ReceptorState = {
	glutamateBound: false,
	glycineBound: false,
	depolarised: false,
	magnesium: 'in-pore',
	open: false,
	ketamine: 'absent',
	ionsFlowing: false
};

const receptorByStep: Record<NmdaStep, ReceptorState> = {
	synapse: closed,
	'coincidence-detector': { ...closed, glutamateBound: true, glycineBound: true },
	'channel-opens': { ...closed, glutamateBound: true, glycineBound: true, depolarised: true, magnesium: 'expelled', open: true, ionsFlowing: true },
	'ketamine-binds': { ...closed, glutamateBound: true, glycineBound: true, depolarised: true, magnesium: 'expelled', open: true, ketamine: 'bound' },
	'use-dependence': { ...closed, glutamateBound: true, glycineBound: true, depolarised: true, magnesium: 'expelled', open: true, ketamine: 'bound' },
	'interneurons-first': { ...closed, glutamateBound: true, glycineBound: true, depolarised: true, magnesium: 'expelled', open: true, ketamine: 'bound' }
};

const viewByStep: Record<NmdaStep, NmdaView> = {
	synapse: 'synapse',
	'coincidence-detector': 'receptor',
	'channel-opens': 'receptor',
	'ketamine-binds': 'receptor',
	'use-dependence': 'population',
	'interneurons-first': 'circuit'
};

export function isNmdaStep(step: string): step is NmdaStep {
	return (nmdaSteps as readonly string[]).includes(step);
}

/** The whole picture for a step: a pure function of the step and the reader's settings. */
export function nmdaScene(step: string, params: NmdaParams = defaultParams): NmdaScene {
	if (!isNmdaStep(step)) throw new Error(`nmda-blockade has no step "${step}" (steps: ${nmdaSteps.join(', ')})`);
	const concentration = clampConcentration(params.concentration);
	const view = viewByStep[step];
	const blocked = blockedChannels(concentration, channelActivity);
	const channels = channelActivity.map((activity, index) => ({ activity, blocked: blocked[index]! }));
	const cell = (activity: number): CellBlock => ({
		blocked: blockedChannels(concentration, Array(10).fill(activity)).filter(Boolean).length,
		of: 10
	});
	return {
		step,
		view,
		receptor: receptorByStep[step],
		concentration,
		channels,
		blockedCount: blocked.filter(Boolean).length,
		circuit: view === 'circuit' ? { interneuron: cell(cellActivity.interneuron), pyramidal: cell(cellActivity.pyramidal) } : null,
		illustrative:
			view === 'population' || view === 'circuit'
				? 'Illustrative, our own sketch: which channels block first, from binding strength (Ki); not measured.'
				: null
	};
}
