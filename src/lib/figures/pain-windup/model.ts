import { painWindupSteps, type PainWindupStep } from './steps';

/** The figure has no reader settings: the chart is an illustrative shape, not a simulation to tune. */
export type PainWindupParams = Record<string, never>;
export const defaultParams: PainWindupParams = {};

/** Repeated C-fibre pulses at the same strength, numbered 1..16. */
export const stimulusCount = 16;

/**
 * Illustrative wind-up, in multiples of the first response. The shape follows Woolf & Thompson
 * 1991 (rats): repeated C-fibre input makes a dorsal-horn response grow, and NMDA antagonists
 * (MK-801, D-CPP) leave the first response alone but prevent the growth. The numbers are ours.
 */
export const controlGrowthTo = 4;
export const blockedDriftTo = 1.1;

export function controlResponse(pulse: number): number {
	return 1 + ((controlGrowthTo - 1) * (pulse - 1)) / (stimulusCount - 1);
}

export function blockedResponse(pulse: number): number {
	return 1 + ((blockedDriftTo - 1) * (pulse - 1)) / (stimulusCount - 1);
}

export type SeriesId = 'control' | 'blocked';

export interface Series {
	id: SeriesId;
	label: string;
	/** One response per pulse, pulse 1 first. */
	values: number[];
}

export const pulses = Array.from({ length: stimulusCount }, (_, index) => index + 1);

export const controlSeries: Series = { id: 'control', label: 'control', values: pulses.map(controlResponse) };
export const blockedSeries: Series = { id: 'blocked', label: 'NMDA receptors blocked', values: pulses.map(blockedResponse) };

/** Evidence in people, as short labels on the chart. */
export const peopleEvidence = [
	{ key: 'crps', label: 'CRPS trial: Schwartzman 2009' },
	{ key: 'surgery', label: 'Surgery: Cochrane review, Brinck 2018' }
] as const;

export interface PathwayState {
	/** Arrows show the pain signal travelling limb -> spinal cord -> brain. */
	signals: boolean;
	/** The correction: the block that matters is central; the peripheral nerve is crossed out. */
	sites: boolean;
}

export interface ChartState {
	pulses: number[];
	series: Series[];
	/** "Volume turned up": the gap between the two series, in the chronic-pain step. */
	volume: boolean;
	evidence: { key: string; label: string }[];
	/** Short lines written over the chart's empty top-left corner, or none. */
	headline: string[];
}

export interface PainWindupScene {
	step: PainWindupStep;
	view: 'pathway' | 'chart';
	pathway: PathwayState | null;
	chart: ChartState | null;
	illustrative: string | null;
}

export function isPainWindupStep(step: string): step is PainWindupStep {
	return (painWindupSteps as readonly string[]).includes(step);
}

const chart = (series: Series[], extra: Partial<ChartState> = {}): ChartState => ({
	pulses,
	series,
	volume: false,
	evidence: [],
	headline: [],
	...extra
});

const sceneByStep: Record<PainWindupStep, Omit<PainWindupScene, 'step' | 'illustrative'>> = {
	'pain-signals': { view: 'pathway', pathway: { signals: true, sites: false }, chart: null },
	'wind-up': { view: 'chart', pathway: null, chart: chart([controlSeries]) },
	'nmda-blocked': { view: 'chart', pathway: null, chart: chart([controlSeries, blockedSeries]) },
	'central-sensitization': { view: 'chart', pathway: null, chart: chart([controlSeries, blockedSeries], { volume: true, headline: ['Chronic pain, such as CRPS:', 'the volume can stay turned up'] }) },
	'central-not-peripheral': { view: 'pathway', pathway: { signals: true, sites: true }, chart: null },
	'evidence-in-people': {
		view: 'chart',
		pathway: null,
		chart: chart([controlSeries, blockedSeries], { evidence: peopleEvidence.map((item) => ({ ...item })) })
	}
};

/** The whole picture for a step. Pure; the params are accepted and ignored. */
export function painWindupScene(step: string, _params: PainWindupParams = defaultParams): PainWindupScene {
	if (!isPainWindupStep(step)) throw new Error(`pain-windup has no step "${step}" (steps: ${painWindupSteps.join(', ')})`);
	const state = sceneByStep[step];
	return {
		step,
		...state,
		// Fresh arrays, so a caller that changes a scene cannot change the next one.
		chart: state.chart && { ...state.chart, headline: [...state.chart.headline], evidence: state.chart.evidence.map((e) => ({ ...e })), pulses: [...state.chart.pulses], series: state.chart.series.map((s) => ({ ...s, values: [...s.values] })) },
		illustrative:
			state.view === 'chart'
				? 'Illustrative: a shape seen in rats, not data.'
				: null
	};
}

/** How many times the first response a series reaches at its last pulse. */
export function growth(series: Series): number {
	return series.values.at(-1)! / series.values[0]!;
}
