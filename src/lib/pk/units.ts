/**
 * Units for the pharmacokinetic (PK) library.
 *
 * The conventions are fixed so that no caller has to guess:
 *   amounts in mg, body weight in kg, time in min, volumes in L, clearances in L/h,
 *   concentrations in ng/mL.
 * The aliases below are plain numbers. They document intent in signatures; they do not
 * enforce it, which keeps the library dependency-free and easy to call from Svelte.
 */

export type Milligrams = number;
export type Kilograms = number;
export type Minutes = number;
export type Hours = number;
export type Liters = number;
export type LitersPerHour = number;
export type LitersPerMinute = number;
export type PerMinute = number;
export type MilligramsPerLiter = number;
export type NanogramsPerMl = number;
export type Micromolar = number;

/** Molar mass of ketamine (free base, C13H16ClNO), g/mol. Fact sheet section 3. */
export const KETAMINE_MOLAR_MASS_G_PER_MOL = 237.7;

export const MINUTES_PER_HOUR = 60;

export function hoursToMinutes(hours: Hours): Minutes {
	return hours * MINUTES_PER_HOUR;
}

export function minutesToHours(minutes: Minutes): Hours {
	return minutes / MINUTES_PER_HOUR;
}

/** Published clearances are per hour; the solver works per minute. */
export function litersPerHourToLitersPerMinute(clearance: LitersPerHour): LitersPerMinute {
	return clearance / MINUTES_PER_HOUR;
}

/** 1 mg/L = 1 µg/mL = 1000 ng/mL. */
export function mgPerLToNgPerMl(concentration: MilligramsPerLiter): NanogramsPerMl {
	return concentration * 1000;
}

export function ngPerMlToMgPerL(concentration: NanogramsPerMl): MilligramsPerLiter {
	return concentration / 1000;
}

/**
 * ng/mL is the same as µg/L, and µg/L divided by g/mol is µmol/L (µM).
 * Example: 185 ng/mL / 237.7 g/mol = 0.78 µM.
 */
export function ngPerMlToMicromolar(
	concentration: NanogramsPerMl,
	molarMassGPerMol: number = KETAMINE_MOLAR_MASS_G_PER_MOL
): Micromolar {
	return concentration / molarMassGPerMol;
}

export function micromolarToNgPerMl(
	concentration: Micromolar,
	molarMassGPerMol: number = KETAMINE_MOLAR_MASS_G_PER_MOL
): NanogramsPerMl {
	return concentration * molarMassGPerMol;
}
