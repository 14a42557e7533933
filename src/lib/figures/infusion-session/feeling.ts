/**
 * The illustrative "floaty, detached" band: the modelled drug level of one standard drip
 * (./drug-level.ts), put on a 0-1 scale with the only dose-response the fact sheet gives:
 * psychedelic effects rise linearly with plasma ketamine between 50 and 200 ng/mL in healthy
 * volunteers (Anesthesiology 1998). Below 50 the band is empty; at 200 or more it is full.
 *
 * So the band tracks the level: strongest when the drip ends, then easing as the level falls.
 * In the three-compartment model the level is still a third of its peak at 80-110 minutes
 * (79 and 60 ng/mL) and drops below 50 ng/mL a little over 2 hours after the drip starts, about
 * 1.5 hours after it ends. That agrees with TRANSFORM-2, where adverse events of the esketamine
 * spray had resolved by 1.5 hours after dosing. The one-compartment summary (Kamp 2020) has no
 * fast distribution phase and would keep the band high for hours longer; either way the timing
 * is an illustration of "eases over the first hour or two after the drip", not a prediction.
 */
import { feelingRange, levelAt, minutesUntilBelow, standardDrip } from './drug-level';

export { feelingRange, standardDrip };

export interface FeelingPoint {
	t: number;
	/** Drug level, ng/mL (model). */
	c: number;
	/** 0 = none, 1 = as strong as at 200 ng/mL. */
	level: number;
}

export function feelingLevel(ngPerMl: number): number {
	const share = (ngPerMl - feelingRange.fromNgPerMl) / (feelingRange.toNgPerMl - feelingRange.fromNgPerMl);
	return Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
}

/** Minutes from the start of the drip until the band is empty: the level falls below 50 ng/mL. */
export function feelingEndsMin(): number {
	return minutesUntilBelow(feelingRange.fromNgPerMl);
}

/** The band from the start of the drip to toMin, one point every stepMin. */
export function feelingCurve(toMin: number, stepMin = 2): FeelingPoint[] {
	return Array.from({ length: Math.floor(toMin / stepMin) + 1 }, (_, i) => {
		const t = i * stepMin;
		const c = levelAt(t);
		return { t, c, level: feelingLevel(c) };
	});
}
