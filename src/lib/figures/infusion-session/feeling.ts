/**
 * The illustrative "floaty, detached" band: the modelled drug level of one standard drip, put
 * on a 0-1 scale with the only dose-response the fact sheet gives: psychedelic effects rise
 * linearly with plasma ketamine between 50 and 200 ng/mL in healthy volunteers (Anesthesiology
 * 1998). Below 50 the band is empty; at 200 or more it is full.
 *
 * The level comes from the three-compartment set (Fanta 2015). Its fast distribution phase is
 * what makes the level drop quickly in the first hour after a short drip; the one-compartment
 * summary leaves that phase out and would keep the band high for hours, against what trials
 * report (dissociation seen only at the 40-minute rating, Diazgranados 2010).
 */
import { concentrationAt, fanta2015, modelFor, standardInfusion } from '../../pk/index';

export const standardDrip = { weightKg: 70, mgPerKg: 0.5, minutes: 40 } as const;
export const feelingRange = { fromNgPerMl: 50, toNgPerMl: 200 } as const;

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

/** The band from the start of the drip to toMin, one point every stepMin. */
export function feelingCurve(toMin: number, stepMin = 2): FeelingPoint[] {
	const model = modelFor(fanta2015, standardDrip.weightKg);
	const doses = standardInfusion(standardDrip.weightKg, standardDrip.mgPerKg, standardDrip.minutes);
	return Array.from({ length: Math.floor(toMin / stepMin) + 1 }, (_, i) => {
		const t = i * stepMin;
		const c = concentrationAt(model, doses, t);
		return { t, c, level: feelingLevel(c) };
	});
}
