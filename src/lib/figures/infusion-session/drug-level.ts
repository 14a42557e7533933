/**
 * The modelled drug level of one standard drip, and the times it falls below a level. One source
 * for every figure that draws how long a drip's effects last: the session's "feeling" band here,
 * and the channel-block band of the overview (../overview/model.ts), so the two cannot disagree
 * with each other or with the PK curve of chapter 6.
 *
 * The level is the three-compartment set (Fanta 2015, via Otto 2021; fact sheet section 3(b)),
 * 0.5 mg/kg over 40 minutes for 70 kg. Its values are the fact sheet's table 3(c): 158 ng/mL at
 * 40 min, 79 at 80, 60 at 110, 27 at 230. An S-ketamine model applied to racemic ketamine: an
 * illustration, never a prediction for one person.
 */
import { concentrationAt, fanta2015, modelFor, standardInfusion } from '../../pk/index';

export const standardDrip = { weightKg: 70, mgPerKg: 0.5, minutes: 40 } as const;

/**
 * Psychedelic (dissociative) effects rise linearly with venous plasma ketamine between 50 and
 * 200 ng/mL in healthy volunteers (Anesthesiology 1998, fact sheet section 3). 50 ng/mL, the
 * bottom of that range, is what the figures call a "substantial" level: above it the drug's
 * effects are strong enough to be felt and to track the level. It is a drawing convention taken
 * from that study, not a measured end of the channel block.
 */
export const feelingRange = { fromNgPerMl: 50, toNgPerMl: 200 } as const;
export const substantialNgPerMl = feelingRange.fromNgPerMl;

const model = modelFor(fanta2015, standardDrip.weightKg);
const doses = standardInfusion(standardDrip.weightKg, standardDrip.mgPerKg, standardDrip.minutes);

/** Modelled plasma level (ng/mL) at tMin minutes after the drip starts. */
export function levelAt(tMin: number): number {
	return concentrationAt(model, doses, tMin);
}

/** The level peaks when the pump stops: after that there is no input, only distribution and clearance. */
export const peakNgPerMl = levelAt(standardDrip.minutes);

/**
 * Minutes from the start of the drip until the modelled level, falling after the drip, first
 * drops below ngPerMl. Bisection on the exact solution (no sampling grid), to 0.01 minute. A
 * level at or above the peak is never "reached after", so it answers the drip's end.
 */
export function minutesUntilBelow(ngPerMl: number): number {
	if (!(ngPerMl > 0)) throw new RangeError(`A level must be positive; got ${ngPerMl}.`);
	let low: number = standardDrip.minutes;
	if (levelAt(low) < ngPerMl) return low;
	let high = low * 2;
	while (levelAt(high) >= ngPerMl) {
		low = high;
		high *= 2;
		if (high > 60 * 24 * 30) throw new RangeError(`The level never falls below ${ngPerMl} ng/mL within a month.`);
	}
	while (high - low > 0.01) {
		const mid = (low + high) / 2;
		if (levelAt(mid) >= ngPerMl) low = mid;
		else high = mid;
	}
	return high;
}

/**
 * Where the figures fade a drip's effects out: when the modelled level is a tenth of its peak
 * (about 5 hours). The drug is not gone then (the terminal half-life is hours), which is why the
 * bands fade rather than stop; the line has to be drawn somewhere, and a tenth of the peak is
 * well below the level at which effects are felt.
 */
export const fadedNgPerMl = peakNgPerMl / 10;
