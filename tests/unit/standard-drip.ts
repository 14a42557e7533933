import { concentrationAt, fanta2015, modelFor, standardInfusion } from '../../src/lib/pk/index';

/**
 * The PK library's level for one standard drip (0.5 mg/kg over 40 min, 70 kg, three-compartment
 * set), read straight from the library so the figures' derivations are checked, not copied.
 */
const pk = modelFor(fanta2015, 70);
const drip = standardInfusion(70, 0.5, 40);
export const level = (tMin: number) => concentrationAt(pk, drip, tMin);

/** First minute (on a 0.1-minute scan after the drip) at which the level is below ngPerMl. */
export function scanBelow(ngPerMl: number): number {
	for (let t = 40; t < 24 * 60; t += 0.1) if (level(t) < ngPerMl) return t;
	throw new Error('never below');
}
