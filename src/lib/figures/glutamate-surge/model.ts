import { clampDose, defaultDose, testedDose, testedDoses, type Direction } from './dose';
import { mulberry32 } from '../random';
import { mixSeed, poissonSpikes } from './spikes';
import { glutamateSteps, type GlutamateStep } from './steps';

export interface GlutamateParams {
	/** Ketamine dose in rats, mg/kg; always one of the tested doses (the dose chart's control). */
	dose: number;
}

export const defaultParams: GlutamateParams = { dose: defaultDose };

export type CellName = 'interneuron' | 'pyramidal';

/**
 * Firing rates (spikes a second) per step. ILLUSTRATIVE, not the recorded values: chosen to show
 * the pattern Homayoun & Moghaddam (2007) describe in awake rats under NMDA blockade. At rest the
 * interneuron fires about 3 times as often as the pyramidal neuron; blockade cuts the interneuron
 * to about a third; the pyramidal neuron speeds up only after a delay, so on the step where the
 * interneuron quiets it is still at its resting rate. Later steps keep the blocked-state rates.
 */
export const firingRates: Record<GlutamateStep, Record<CellName, number>> = {
	'circuit-at-rest': { interneuron: 18, pyramidal: 6 },
	'interneuron-quiets': { interneuron: 6, pyramidal: 6 },
	'pyramidal-fires': { interneuron: 6, pyramidal: 15 },
	'dose-inverted-u': { interneuron: 6, pyramidal: 15 },
	'ampa-receptors': { interneuron: 6, pyramidal: 15 },
	'open-questions': { interneuron: 6, pyramidal: 15 }
};

/**
 * The default seed of the spike generator. Any fixed number gives a stable picture; this one was
 * picked because its windows on the three circuit steps all land within half a standard
 * deviation of rate × time, so the still picture is a typical draw, not a lucky or unlucky one.
 */
export const rasterSeed = 384;
/** Seconds of simulated time a raster row shows. */
export const rasterWindowSeconds = 3;
/** One glutamate circle in the gap per this many pyramidal spikes a second (illustrative). */
export const spikesPerGlutamateCircle = 3;
/** AMPA receptors drawn on the next cell (circuit) and in each panel of the close-up. */
export const ampaReceptorCount = 2;

export type RateChange = 'resting' | 'down' | 'up';

export interface Raster {
	/**
	 * Spike times in [0, 2 × window): the first window is the previous step's firing, the second
	 * this step's. The still picture shows the second window; the scroll slides from the first.
	 */
	spikes: number[];
	windowSeconds: number;
	/** Spikes in the window the still picture shows. */
	shownCount: number;
}

export interface CellState {
	rate: number;
	restingRate: number;
	change: RateChange;
	raster: Raster;
}

export type GlutamateView = 'circuit' | 'dose' | 'ampa';

export interface DoseChart {
	dose: number;
	direction: Direction;
	points: readonly { dose: number; direction: Direction; shape: number }[];
}

export interface OpenQuestion {
	key: string;
	text: string;
	contested: boolean;
}

export interface GlutamateScene {
	step: GlutamateStep;
	view: GlutamateView;
	cells: Record<CellName, CellState>;
	/** The cell whose firing this step changes, or null. */
	focus: CellName | null;
	/** The GABA brake on the pyramidal neuron: full at rest, eased once the interneuron slows. */
	brake: 'full' | 'eased';
	/** Glutamate circles in the gap to the next cell, from the pyramidal rate. */
	glutamateCircles: number;
	glutamateAtRest: number;
	/** The circuit drawn faded behind the open questions. */
	circuitDimmed: boolean;
	dose: DoseChart | null;
	/** The close-up: AMPA receptors opened by glutamate, and the same with NBQX. */
	ampa: { receptors: number; openWithoutBlocker: number; blockedByNbqx: number } | null;
	questions: OpenQuestion[];
	illustrative: string | null;
}

const viewByStep: Record<GlutamateStep, GlutamateView> = {
	'circuit-at-rest': 'circuit',
	'interneuron-quiets': 'circuit',
	'pyramidal-fires': 'circuit',
	'dose-inverted-u': 'dose',
	'ampa-receptors': 'ampa',
	'open-questions': 'circuit'
};

const focusByStep: Record<GlutamateStep, CellName | null> = {
	'circuit-at-rest': null,
	'interneuron-quiets': 'interneuron',
	'pyramidal-fires': 'pyramidal',
	'dose-inverted-u': null,
	'ampa-receptors': null,
	'open-questions': null
};

/** Other routes scientists are testing (chapter 3, last step); contested ones say so in words. */
export const openQuestions: readonly OpenQuestion[] = [
	{ key: 'rest', text: 'Block at rest? (Autry 2011)', contested: false },
	{ key: 'hnk', text: 'HNK metabolite? (contested)', contested: true },
	{ key: 'opioid', text: 'Opioid system? (contested)', contested: true }
];

const cellIndex: Record<CellName, number> = { interneuron: 0, pyramidal: 1 };

export function isGlutamateStep(step: string): step is GlutamateStep {
	return (glutamateSteps as readonly string[]).includes(step);
}

/**
 * Two windows of simulated spikes for one cell: the previous step's rate, then this step's. Each
 * window has its own seed (by step position), so step n's first window is exactly the window
 * step n - 1 showed, and the scroll between them is seamless.
 */
export function cellRaster(cell: CellName, step: GlutamateStep, seed: number = rasterSeed): Raster {
	const index = glutamateSteps.indexOf(step);
	const previousRate = index > 0 ? firingRates[glutamateSteps[index - 1]!][cell] : firingRates[step][cell];
	const window = rasterWindowSeconds;
	const before = poissonSpikes(previousRate, window, mulberry32(mixSeed(seed, cellIndex[cell], index - 1)));
	const now = poissonSpikes(firingRates[step][cell], window, mulberry32(mixSeed(seed, cellIndex[cell], index)), window);
	return { spikes: [...before, ...now], windowSeconds: window, shownCount: now.length };
}

function cellState(cell: CellName, step: GlutamateStep, seed: number): CellState {
	const rate = firingRates[step][cell];
	const restingRate = firingRates['circuit-at-rest'][cell];
	return {
		rate,
		restingRate,
		change: rate < restingRate ? 'down' : rate > restingRate ? 'up' : 'resting',
		raster: cellRaster(cell, step, seed)
	};
}

export function glutamateCirclesFor(pyramidalRate: number): number {
	return Math.max(0, Math.round(pyramidalRate / spikesPerGlutamateCircle));
}

/** The whole picture for a step: a pure function of the step, the reader's dose and the seed. */
export function glutamateScene(step: string, params: GlutamateParams = defaultParams, seed: number = rasterSeed): GlutamateScene {
	if (!isGlutamateStep(step)) throw new Error(`glutamate-surge has no step "${step}" (steps: ${glutamateSteps.join(', ')})`);
	const view = viewByStep[step];
	const cells = { interneuron: cellState('interneuron', step, seed), pyramidal: cellState('pyramidal', step, seed) };
	const dose = clampDose(params.dose);
	return {
		step,
		view,
		cells,
		focus: focusByStep[step],
		brake: cells.interneuron.change === 'down' ? 'eased' : 'full',
		glutamateCircles: glutamateCirclesFor(cells.pyramidal.rate),
		glutamateAtRest: glutamateCirclesFor(cells.pyramidal.restingRate),
		circuitDimmed: step === 'open-questions',
		dose: view === 'dose' ? { dose, direction: testedDose(dose).direction, points: testedDoses } : null,
		ampa: view === 'ampa' ? { receptors: ampaReceptorCount, openWithoutBlocker: ampaReceptorCount, blockedByNbqx: ampaReceptorCount } : null,
		questions: step === 'open-questions' ? [...openQuestions] : [],
		illustrative:
			view === 'circuit'
				? 'Illustrative: simulated spikes, not recordings.'
				: view === 'dose'
					? 'Illustrative: directions from rat data; the heights are a shape only.'
					: null
	};
}
