import { overviewSteps, type OverviewStep } from './steps';

/** The overview has no reader settings: it is a map, not a simulation. */
export type OverviewParams = Record<string, never>;
export const defaultParams: OverviewParams = {};

export type EvidenceLevel = 'established' | 'animal' | 'contested';
export type BandId = 'channel-block' | 'glutamate-surge' | 'signalling' | 'new-spines' | 'mood-change';

/** Seconds, so every band and tick shares one unit on the log axis. */
export const minute = 60;
export const hour = 60 * minute;
export const day = 24 * hour;
export const week = 7 * day;

/** One link of the chain, placed on the time axis. Times are approximate edges, not measurements. */
export interface Band {
	id: BandId;
	/** Name drawn on the figure, with who it was seen in where that is not obvious. */
	label: string;
	/** Shorter name, for the chapter links under the figure and the describer. */
	shortLabel: string;
	/** When it starts and ends, in seconds after the drip starts. */
	start: number;
	end: number;
	/** The span in words, as the prose says it. */
	spanWords: string;
	evidence: EvidenceLevel;
	/** The evidence as a word on the figure (never colour alone). */
	evidenceText: string;
	/** The chapter that explains this link. */
	chapterSlug: string;
	chapterNumber: number;
}

/**
 * The chain, earliest first. Edges follow shared/science/ketamine-facts.md: the block lasts through
 * a 40-minute drip; the glutamate surge is a rat finding over tens of minutes (Moghaddam 1997);
 * signalling and protein synthesis unfold over hours (Li 2010, Autry 2011); new spines form at
 * 12-24 h in mice (Moda-Sava 2019); mood lifts within 110 min and about a third still respond at
 * a week (Zarate 2006).
 */
export const bands: readonly Band[] = [
	{
		id: 'channel-block',
		label: 'Channel block',
		shortLabel: 'Channel block',
		start: minute,
		end: hour,
		spanWords: 'from about 1 minute to 1 hour',
		evidence: 'established',
		evidenceText: 'established',
		chapterSlug: 'the-lock-on-the-channel',
		chapterNumber: 2
	},
	{
		id: 'glutamate-surge',
		label: 'Glutamate surge',
		shortLabel: 'Glutamate surge',
		start: 10 * minute,
		end: 2 * hour,
		spanWords: 'from about 10 minutes to 2 hours',
		evidence: 'animal',
		evidenceText: 'in rats',
		chapterSlug: 'quiet-the-brakes',
		chapterNumber: 3
	},
	{
		id: 'signalling',
		label: 'Signals, proteins',
		shortLabel: 'Signalling',
		start: hour,
		end: 12 * hour,
		spanWords: 'from about 1 hour to 12 hours',
		evidence: 'animal',
		evidenceText: 'in animals',
		chapterSlug: 'from-signal-to-building-blocks',
		chapterNumber: 4
	},
	{
		id: 'new-spines',
		label: 'New spines (rodents)',
		shortLabel: 'New spines',
		start: 12 * hour,
		end: day,
		spanWords: 'from about 12 to 24 hours',
		evidence: 'animal',
		evidenceText: 'in rodents',
		chapterSlug: 'rebuilding-connections',
		chapterNumber: 5
	},
	{
		id: 'mood-change',
		label: 'Mood change (people)',
		shortLabel: 'Mood change',
		start: 110 * minute,
		end: week,
		spanWords: 'from about 2 hours to about 1 week',
		evidence: 'established',
		evidenceText: 'in people',
		chapterSlug: 'hours-days-weeks',
		chapterNumber: 6
	}
];

/** Responders to a six-infusion course relapsed after a median of 18 days (Murrough 2013, Biol Psychiatry). */
export const relapseMarker = {
	at: 18 * day,
	days: 18,
	label: 'median relapse 18 days after a six-infusion course',
	evidence: 'established' as EvidenceLevel
};

/** From seconds to weeks: the axis starts at 10 s and ends at 4 weeks. */
export const timeDomain: readonly [number, number] = [10, 4 * week];

export const timeTicks: readonly { at: number; label: string }[] = [
	{ at: minute, label: '1 min' },
	{ at: hour, label: '1 h' },
	{ at: day, label: '1 day' },
	{ at: week, label: '1 week' },
	{ at: 3 * week, label: '3 weeks' }
];

export interface SceneBand extends Band {
	/** Drawn at full strength (the step's band, or every band on the first step). */
	lit: boolean;
}

export interface OverviewScene {
	step: OverviewStep;
	/** The band this step is about, or null when the whole chain is shown. */
	focus: BandId | null;
	bands: SceneBand[];
	relapse: typeof relapseMarker & { lit: boolean };
	domain: readonly [number, number];
	ticks: readonly { at: number; label: string }[];
	illustrative: string;
}

const focusByStep: Record<OverviewStep, BandId | null> = {
	timeline: null,
	'channel-block': 'channel-block',
	'glutamate-surge': 'glutamate-surge',
	signalling: 'signalling',
	'new-spines': 'new-spines',
	'mood-change': 'mood-change'
};

export function isOverviewStep(step: string): step is OverviewStep {
	return (overviewSteps as readonly string[]).includes(step);
}

/** The whole picture for a step: which band is lit. Pure; the params are accepted and ignored. */
export function overviewScene(step: string, _params: OverviewParams = defaultParams): OverviewScene {
	if (!isOverviewStep(step)) throw new Error(`overview has no step "${step}" (steps: ${overviewSteps.join(', ')})`);
	const focus = focusByStep[step];
	return {
		step,
		focus,
		bands: bands.map((band) => ({ ...band, lit: focus === null || focus === band.id })),
		relapse: { ...relapseMarker, lit: focus === null || focus === 'mood-change' },
		domain: timeDomain,
		ticks: timeTicks,
		illustrative: 'Illustrative: band edges are approximate.'
	};
}
