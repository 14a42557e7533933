import type { CurvePoint, Infusion } from '../../pk/index';
import { parameterSets } from '../../pk/index';
import {
	courseDays,
	courseInfusions,
	drugCurve,
	MIN_PER_DAY,
	MIN_PER_HOUR,
	pkModel,
	sampleTimes,
	singleInfusion,
	summariseSingleDrip
} from './drug-level';
import { formatClock } from './format';
import { cleanParams, defaultParams, type TimeCourseParams } from './params';
import { timeCourseSteps, type TimeCourseStep } from './steps';

export { defaultParams, type TimeCourseParams };

export interface TimeAxis {
	unit: 'hours' | 'days';
	toMin: number;
	/** Tick spacing in the axis unit. */
	tickEvery: number;
	title: string;
}

/** A trial result drawn as a point with a label; never joined into a curve. */
export interface ResponseMarker {
	id: 'lift' | 'zarate-day1' | 'zarate-week' | 'course-end';
	tMin: number;
	/** Share of people with a response; null for "better than placebo" (no rate to plot). */
	percent: number | null;
	label: string;
	/** single = one drip (Zarate 2006, circles); course = six drips (Murrough 2013, squares). */
	study: 'single' | 'course';
	/** The step's new fact, drawn heavier. */
	emphasised: boolean;
}

export interface RelapseSpan {
	fromMin: number;
	toMin: number;
	days: number;
	label: string;
}

export interface TableRow {
	tMin: number;
	when: string;
	c: number;
}

export interface TimeCourseScene {
	step: TimeCourseStep;
	params: TimeCourseParams;
	modelLabel: string;
	compartments: number;
	regimen: 'single' | 'course';
	axis: TimeAxis;
	doses: Infusion[];
	/** Exactly what is drawn: (minutes, ng/mL) from the library's concentrationAt. */
	curve: CurvePoint[];
	peak: CurvePoint;
	terminalHalfLifeMin: number;
	halfFallMin: number;
	/** The level the day after (24 h from the start of the drip), or null where the step does not point at it. */
	dayAfter: CurvePoint | null;
	/** Lowest level just before the last drip of a course (how close to zero it falls between drips). */
	troughBeforeLastDrip: number | null;
	/** ~185 ng/mL reported at the end of a 0.5 mg/kg, 40-minute drip (Zanos 2018 Table 1, from Zarate 2006). */
	reported: { tMin: number; c: number } | null;
	showHalfFall: boolean;
	/** The mood panel (trial results) is drawn from the third step on. */
	showMood: boolean;
	markers: ResponseMarker[];
	relapse: RelapseSpan | null;
	table: TableRow[];
	/** The boxes for weight, dose, time and model are shown on the hour-scale steps. */
	showInputs: boolean;
}

export const reportedEndOfInfusion = { tMin: 40, c: 185 } as const;

/** Zarate 2006 (n = 17 on ketamine) and Murrough 2013 Biol Psychiatry (n = 24): the fact sheet's numbers. */
export const trialFacts = {
	liftMin: 110,
	dayAfterPercent: 71,
	dayAfterN: 17,
	oneWeekPercent: 35,
	courseDrips: 6,
	courseDays: 12,
	coursePercent: 70.8,
	courseN: 24,
	relapseMedianDays: 18,
	followUpDays: 83
} as const;

interface StepPlan {
	axis: TimeAxis;
	/**
	 * Sample spacing. About two samples per unit of the 480-unit-wide drawing: finer adds nothing
	 * visible, and every sample is computed and drawn again at each step change (with 10 min over
	 * the 32-day window, 4,600 samples made one step change a 60-90 ms task on a slowed phone CPU).
	 */
	gridMin: number;
	regimen: 'single' | 'course';
	showHalfFall: boolean;
	showReported: boolean;
	showMood: boolean;
	showDayAfter: boolean;
	showInputs: boolean;
}

const hoursAxis = (hours: number, every: number): TimeAxis => ({
	unit: 'hours',
	toMin: hours * MIN_PER_HOUR,
	tickEvery: every,
	title: 'Hours from the start of the drip'
});
const daysAxis = (days: number, every: number, title: string): TimeAxis => ({ unit: 'days', toMin: days * MIN_PER_DAY, tickEvery: every, title });

/*
 * Linear time on every step, but a wider window as the story moves on (8 hours, a day, a week,
 * the course). A log axis would fit all of it at once, but it would stretch the 40-minute drip
 * and squash the week, so the drug would look as lasting as the mood: the opposite of the point.
 * The six drips must also look evenly spaced, three a week, which only a linear axis shows.
 */
const plans: Record<TimeCourseStep, StepPlan> = {
	'infusion-level': { axis: hoursAxis(8, 2), gridMin: 2, regimen: 'single', showHalfFall: false, showReported: false, showMood: false, showDayAfter: false, showInputs: true },
	'end-of-infusion': { axis: hoursAxis(8, 2), gridMin: 2, regimen: 'single', showHalfFall: true, showReported: true, showMood: false, showDayAfter: false, showInputs: true },
	'mood-outlasts-drug': { axis: hoursAxis(26, 6), gridMin: 5, regimen: 'single', showHalfFall: false, showReported: true, showMood: true, showDayAfter: true, showInputs: true },
	'one-week': { axis: daysAxis(8, 1, 'Days after the drip'), gridMin: 15, regimen: 'single', showHalfFall: false, showReported: false, showMood: true, showDayAfter: false, showInputs: false },
	'infusion-course': { axis: daysAxis(14, 2, 'Days from the first drip'), gridMin: 30, regimen: 'course', showHalfFall: false, showReported: false, showMood: true, showDayAfter: false, showInputs: false },
	relapse: { axis: daysAxis(32, 7, 'Days from the first drip'), gridMin: 60, regimen: 'course', showHalfFall: false, showReported: false, showMood: true, showDayAfter: false, showInputs: false }
};

const lastDripDay = courseDays[courseDays.length - 1]!;

function markersFor(step: TimeCourseStep): ResponseMarker[] {
	const lift: ResponseMarker = { id: 'lift', tMin: trialFacts.liftMin, percent: null, label: 'Mood lifts by 110 min', study: 'single', emphasised: true };
	const dayAfter = (emphasised: boolean): ResponseMarker => ({
		id: 'zarate-day1',
		tMin: MIN_PER_DAY,
		percent: trialFacts.dayAfterPercent,
		label: `${trialFacts.dayAfterPercent}% responded the next day`,
		study: 'single',
		emphasised
	});
	const courseEnd = (emphasised: boolean): ResponseMarker => ({
		id: 'course-end',
		// Response was rated at the end of the 12-day course, the day after the last drip.
		tMin: (lastDripDay + 1) * MIN_PER_DAY,
		percent: trialFacts.coursePercent,
		label: `${trialFacts.coursePercent}% responded`,
		study: 'course',
		emphasised
	});
	switch (step) {
		case 'infusion-level':
		case 'end-of-infusion':
			return [];
		case 'mood-outlasts-drug':
			return [lift, dayAfter(true)];
		case 'one-week':
			return [
				dayAfter(false),
				{ id: 'zarate-week', tMin: 7 * MIN_PER_DAY, percent: trialFacts.oneWeekPercent, label: `${trialFacts.oneWeekPercent}% at 1 week`, study: 'single', emphasised: true }
			];
		case 'infusion-course':
			return [courseEnd(true)];
		case 'relapse':
			return [courseEnd(false)];
	}
}

/** Rows for "Show the numbers": every 10 min to 2 h, then hourly (or coarser on longer windows). */
function tableTimes(plan: StepPlan, doses: readonly Infusion[]): number[] {
	const upTo = (to: number, every: number, from = 0) => Array.from({ length: Math.floor((to - from) / every) + 1 }, (_, i) => from + i * every);
	if (plan.regimen === 'course') {
		const around = doses.flatMap((dose) => [dose.startMin, dose.startMin + dose.durationMin, dose.startMin + 12 * MIN_PER_HOUR]);
		const after = upTo(plan.axis.toMin, MIN_PER_DAY, (lastDripDay + 1) * MIN_PER_DAY);
		return [...around, ...after];
	}
	const ends = doses.map((dose) => dose.startMin + dose.durationMin);
	const early = upTo(2 * MIN_PER_HOUR, 10);
	if (plan.axis.unit === 'hours') return [...early, ...ends, ...upTo(plan.axis.toMin, MIN_PER_HOUR, 3 * MIN_PER_HOUR)];
	return [...early, ...ends, ...upTo(MIN_PER_DAY, 2 * MIN_PER_HOUR, 4 * MIN_PER_HOUR), ...upTo(plan.axis.toMin, MIN_PER_DAY, 2 * MIN_PER_DAY)];
}

export function isTimeCourseStep(step: string): step is TimeCourseStep {
	return (timeCourseSteps as readonly string[]).includes(step);
}

/** The whole picture for a step: a pure function of the step and the reader's settings. */
export function timeCourseScene(step: string, rawParams: TimeCourseParams = defaultParams): TimeCourseScene {
	if (!isTimeCourseStep(step)) throw new Error(`time-course has no step "${step}" (steps: ${timeCourseSteps.join(', ')})`);
	const params = cleanParams(rawParams);
	const plan = plans[step];
	const model = pkModel(params);
	const doses = plan.regimen === 'course' ? courseInfusions(params) : singleInfusion(params);
	const rowTimes = [...new Set(tableTimes(plan, doses))].filter((t) => t <= plan.axis.toMin).sort((a, b) => a - b);
	const times = sampleTimes(plan.axis.toMin, plan.gridMin, doses, [...rowTimes, MIN_PER_DAY]);
	const curve = drugCurve(model, doses, times);
	const single = summariseSingleDrip(model, params);
	const byTime = new Map(curve.map((point) => [point.t, point]));
	const table = rowTimes.map((t) => {
			const point = byTime.get(t);
		if (!point) throw new Error(`time-course: table time ${t} min is not a drawn point`);
		return { tMin: t, when: formatClock(t, plan.axis.unit === 'days'), c: point.c };
	});
	const lastDrip = doses[doses.length - 1]!;
	return {
		step,
		params,
		modelLabel: parameterSets[params.model].label,
		compartments: model.compartmentCount,
		regimen: plan.regimen,
		axis: plan.axis,
		doses,
		curve,
		peak: single.peak,
		terminalHalfLifeMin: single.terminalHalfLifeMin,
		halfFallMin: single.halfFallMin,
		dayAfter: plan.showDayAfter ? (byTime.get(MIN_PER_DAY) ?? null) : null,
		troughBeforeLastDrip: plan.regimen === 'course' ? (byTime.get(lastDrip.startMin)?.c ?? null) : null,
		reported: plan.showReported ? { ...reportedEndOfInfusion } : null,
		showHalfFall: plan.showHalfFall,
		showMood: plan.showMood,
		markers: markersFor(step),
		relapse:
			step === 'relapse'
				? {
						// Counted from the last drip: the course is over and responders are followed.
						fromMin: lastDripDay * MIN_PER_DAY,
						toMin: (lastDripDay + trialFacts.relapseMedianDays) * MIN_PER_DAY,
						days: trialFacts.relapseMedianDays,
						label: `Half of responders relapsed by ${trialFacts.relapseMedianDays} days`
					}
				: null,
		table,
		showInputs: plan.showInputs
	};
}

/**
 * The figure's own warning, printed under it by the frame at every step. Kept to one line on a
 * phone; which model draws the curve is named in the chart title and the model box.
 */
export function timeCourseNote(scene: TimeCourseScene): string {
	return scene.params.model === 'kamp2020'
		? 'Illustrative model, not dosing advice.'
		: 'Illustrative model, not dosing advice. Measured for S-ketamine.';
}
