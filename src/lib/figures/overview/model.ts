import type { EvidenceLevel } from '../../content/lenses';
// The channel block's length comes from the same modelled drug level as the session figure's
// "feeling" band (chapter 7), so the two figures and the PK curve of chapter 6 cannot disagree.
import { fadedNgPerMl, minutesUntilBelow, standardDrip, substantialNgPerMl } from '../infusion-session/drug-level';
import { overviewSteps, type OverviewStep } from './steps';

/** The overview has no reader settings: it is a map, not a simulation. */
export type OverviewParams = Record<string, never>;
export const defaultParams: OverviewParams = {};

/** The site's evidence levels (src/lib/content/lenses.ts): a level added there is a level here. */
export type { EvidenceLevel };
export type BandId = 'channel-block' | 'glutamate-surge' | 'signalling' | 'new-spines' | 'mood-change';

/** Seconds, so every band and tick shares one unit on the log axis. */
export const minute = 60;
export const hour = 60 * minute;
export const day = 24 * hour;
export const week = 7 * day;

/**
 * One link of the chain, placed on the time axis of ONE drip (0.5 mg/kg over 40 minutes).
 * Times are approximate edges, not measurements.
 */
export interface Band {
	id: BandId;
	/** Name drawn on the figure, with who it was seen in where that is not obvious. */
	label: string;
	/** Shorter name, for the chapter links under the figure and the describer. */
	shortLabel: string;
	/** When it starts and ends, in seconds after the drip starts. */
	start: number;
	end: number;
	/** Where the band starts to fade out (seconds), for an effect that wanes rather than stops; null = full to its end. */
	fadeFrom: number | null;
	/** The span in words, as the prose says it. */
	spanWords: string;
	evidence: EvidenceLevel;
	/** The evidence as a word on the figure (never colour alone). */
	evidenceText: string;
	/** The chapter that explains this link. */
	chapterSlug: string;
	chapterNumber: number;
}

/** "about 2 hours": a time in seconds as rounded words (half hours up to 3 hours), because the edges are approximate. */
export function aboutHours(seconds: number): string {
	const hours = seconds / hour;
	const rounded = hours < 3 ? Math.max(0.5, Math.round(hours * 2) / 2) : Math.round(hours);
	return rounded === 0.5 ? 'about half an hour' : rounded === 1 ? 'about 1 hour' : `about ${rounded} hours`;
}

/**
 * The channel block lasts as long as there is enough drug to block channels, so its band follows
 * the modelled level of one drip (../infusion-session/drug-level.ts) instead of a guessed time:
 * full while the level is at or above 50 ng/mL (the bottom of the range in which the drug's felt
 * effects track the level, Anesthesiology 1998), which is the 40-minute drip and about 1.5 hours
 * after it; then fading until the level is a tenth of its peak, about 5 hours in. The model still
 * has about a third of the peak level at 80-110 minutes (fact sheet 3(c)), so a band that stopped
 * at 1 hour would contradict it.
 */
export const channelBlockTimes = {
	fadeFrom: minutesUntilBelow(substantialNgPerMl) * minute,
	end: minutesUntilBelow(fadedNgPerMl) * minute,
	fromNgPerMl: substantialNgPerMl,
	dripEnds: standardDrip.minutes * minute
} as const;

/**
 * After ONE drip (Zarate 2006, 17 people given ketamine): 71% had responded the day after, and
 * 35% of the 17 still responded at one week, about half of the day-after responders. The mood
 * band is full to the day after and fades to the one-week marker.
 */
export const oneDripResponse = { people: 17, dayAfterShare: 0.71, weekShare: 0.35, weekAt: week } as const;

/** A share as "7 in 10" or, for a half or less, "1 in 3": the words the prose uses. */
export function shareWords(share: number): string {
	return share > 0.5 ? `${Math.round(share * 10)} in 10` : `1 in ${Math.round(1 / share)}`;
}

/**
 * The chain, earliest first. Edges follow the fact sheet (../shared/science/ketamine-facts.md): the block follows the
 * modelled drug level (above); the glutamate surge is a rat finding over tens of minutes
 * (Moghaddam 1997); signalling and protein synthesis unfold over hours (Li 2010, Autry 2011); new
 * spines form at 12-24 h in mice (Moda-Sava 2019); mood lifts within 110 min and about a third of
 * the 17 still respond at a week (Zarate 2006).
 */
export const bands: readonly Band[] = [
	{
		id: 'channel-block',
		label: 'Channel block',
		shortLabel: 'Channel block',
		start: minute,
		end: channelBlockTimes.end,
		fadeFrom: channelBlockTimes.fadeFrom,
		spanWords: `from about 1 minute to ${aboutHours(channelBlockTimes.fadeFrom)}, then fading by ${aboutHours(channelBlockTimes.end)}`,
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
		fadeFrom: null,
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
		fadeFrom: null,
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
		fadeFrom: null,
		spanWords: 'from about 12 to 24 hours',
		evidence: 'animal',
		evidenceText: 'in rodents',
		chapterSlug: 'rebuilding-connections',
		chapterNumber: 5
	},
	{
		id: 'mood-change',
		label: 'Mood lifts (people)',
		shortLabel: 'Mood change',
		start: 110 * minute,
		end: oneDripResponse.weekAt,
		fadeFrom: day,
		spanWords: 'from about 2 hours to about 1 week, fading after the first day',
		evidence: 'established',
		evidenceText: 'in people',
		chapterSlug: 'hours-days-weeks',
		chapterNumber: 6
	}
];

/**
 * A point on the one-drip axis: only facts about one drip belong here. The marker sits on the
 * mood band at one week.
 */
export interface AxisMarker {
	id: 'one-week-response';
	at: number;
	/** Drawn under the mood band. */
	label: string;
	/** The same fact in a sentence, for the describer. */
	words: string;
}

export const oneWeekMarker: AxisMarker = {
	id: 'one-week-response',
	at: oneDripResponse.weekAt,
	label: `about ${shareWords(oneDripResponse.weekShare)} still responding at 1 week`,
	words:
		`about ${shareWords(oneDripResponse.dayAfterShare)} of the ${oneDripResponse.people} people in one small trial had responded the day after one drip, ` +
		`and about ${shareWords(oneDripResponse.weekShare)} still did a week after it`
};

/**
 * A COURSE, not one drip (Murrough 2013, Biol Psychiatry): up to six infusions over 12 days;
 * among responders the median time to relapse was 18 days, counted from the END of the course,
 * so about day 30 after the first drip. It has no place on the one-drip axis (which ends before
 * it anyway), so the figure shows it as a separate boxed note under the axis, with no time position.
 */
export const courseRelapse = { infusions: 6, courseDays: 12, medianRelapseDays: 18 } as const;

export interface CourseNote {
	/** Day after the first drip at which the median relapse falls: the course plus the median. */
	aboutDayFromFirstDrip: number;
	/** The boxed note's lines, drawn apart from the axis. */
	lines: readonly string[];
	/** Drawn on every step (apart from the axis); lit with the whole chain and on the mood step. */
	lit: boolean;
}

/** From seconds to two weeks after one drip: the one-week marker is the last fact on it. */
export const timeDomain: readonly [number, number] = [5, 2 * week];

export const timeTicks: readonly { at: number; label: string }[] = [
	{ at: minute, label: '1 min' },
	{ at: hour, label: '1 h' },
	{ at: day, label: '1 day' },
	{ at: week, label: '1 week' }
];

export const axisTitle = 'time after one drip (log scale)';

export interface SceneBand extends Band {
	/** Drawn at full strength (the step's band, or every band on the first step). */
	lit: boolean;
}

export interface OverviewScene {
	step: OverviewStep;
	/** The band this step is about, or null when the whole chain is shown. */
	focus: BandId | null;
	bands: SceneBand[];
	/** Facts placed on the one-drip axis. */
	markers: (AxisMarker & { lit: boolean })[];
	course: CourseNote & typeof courseRelapse;
	domain: readonly [number, number];
	ticks: readonly { at: number; label: string }[];
	axisTitle: string;
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

const aboutDayFromFirstDrip = courseRelapse.courseDays + courseRelapse.medianRelapseDays;

/** The whole picture for a step: which band is lit. Pure; the params are accepted and ignored. */
export function overviewScene(step: string, _params: OverviewParams = defaultParams): OverviewScene {
	if (!isOverviewStep(step)) throw new Error(`overview has no step "${step}" (steps: ${overviewSteps.join(', ')})`);
	const focus = focusByStep[step];
	const moodLit = focus === null || focus === 'mood-change';
	return {
		step,
		focus,
		bands: bands.map((band) => ({ ...band, lit: focus === null || focus === band.id })),
		markers: [{ ...oneWeekMarker, lit: moodLit }],
		course: {
			...courseRelapse,
			aboutDayFromFirstDrip,
			lines: [
				`A course, not one drip (${courseRelapse.infusions} in ${courseRelapse.courseDays} days):`,
				`median relapse ${courseRelapse.medianRelapseDays} days after it ended,`,
				`about day ${aboutDayFromFirstDrip} from the first drip`
			],
			lit: moodLit
		},
		domain: timeDomain,
		ticks: timeTicks,
		axisTitle,
		illustrative: 'Illustrative: band edges are approximate.'
	};
}
