/**
 * The drug curves the figure draws, computed with the tested PK library (src/lib/pk). Nothing
 * here solves anything: it chooses the doses and the sample times and asks the library.
 */
import {
	concentrationAt,
	modelFor,
	parameterSets,
	peak,
	standardInfusion,
	terminalHalfLifeMin,
	type CompartmentModel,
	type CurvePoint,
	type Infusion
} from '../../pk/index';
import type { TimeCourseParams } from './params';

export const MIN_PER_HOUR = 60;
export const MIN_PER_DAY = 24 * MIN_PER_HOUR;

/**
 * Six drips, three a week, over 12 days (Murrough 2013, Biol Psychiatry). The study gives the
 * rhythm, not the weekdays; Monday-Wednesday-Friday from day 0 puts the last drip on day 11.
 */
export const courseDays = [0, 2, 4, 7, 9, 11] as const;

export function pkModel(params: TimeCourseParams): CompartmentModel {
	return modelFor(parameterSets[params.model], params.weightKg);
}

export function singleInfusion(params: TimeCourseParams): Infusion[] {
	return standardInfusion(params.weightKg, params.mgPerKg, params.minutes);
}

export function courseInfusions(params: TimeCourseParams): Infusion[] {
	return courseDays.map((day) => ({
		startMin: day * MIN_PER_DAY,
		durationMin: params.minutes,
		doseMg: params.weightKg * params.mgPerKg
	}));
}

/**
 * A regular grid from 0 to toMin, plus every drip's start and end, so each peak (the end of a
 * drip) is a drawn point and not something between two samples, plus any times the caller must
 * read off the curve (the table's rows).
 */
export function sampleTimes(toMin: number, stepMin: number, doses: readonly Infusion[], alsoAt: readonly number[] = []): number[] {
	const grid = Array.from({ length: Math.floor(toMin / stepMin + 1e-9) + 1 }, (_, i) => i * stepMin);
	const edges = doses.flatMap((dose) => [dose.startMin, dose.startMin + dose.durationMin]);
	return [...new Set([...grid, ...edges, ...alsoAt, toMin])].filter((t) => t >= 0 && t <= toMin).sort((a, b) => a - b);
}

/** The drawn curve: the library's concentrationAt at every sample time. */
export function drugCurve(model: CompartmentModel, doses: readonly Infusion[], times: readonly number[]): CurvePoint[] {
	return times.map((t) => ({ t, c: concentrationAt(model, doses, t) }));
}

export interface SingleDripSummary {
	peak: CurvePoint;
	/** ln 2 over the slowest rate: how fast the tail halves. */
	terminalHalfLifeMin: number;
	/** Time from the peak until the level is half the peak (equals the half-life for one compartment). */
	halfFallMin: number;
}

/**
 * Peak, half-life and the time to fall to half, for one drip. The peak of a constant-rate drip
 * into the central compartment is at its end; taking it from a fine curve (the library's peak())
 * checks that rather than assuming it.
 */
export function summariseSingleDrip(model: CompartmentModel, params: TimeCourseParams): SingleDripSummary {
	const doses = singleInfusion(params);
	const fine = drugCurve(model, doses, sampleTimes(params.minutes + 2 * MIN_PER_HOUR, 0.5, doses));
	const top = peak(fine);
	const half = top.c / 2;
	// After the drip the level only falls, so bisection finds the single crossing.
	let low = top.t;
	let high = top.t + 4 * MIN_PER_DAY;
	for (let i = 0; i < 60; i++) {
		const middle = (low + high) / 2;
		if (concentrationAt(model, doses, middle) > half) low = middle;
		else high = middle;
	}
	return { peak: top, terminalHalfLifeMin: terminalHalfLifeMin(model), halfFallMin: (low + high) / 2 - top.t };
}
