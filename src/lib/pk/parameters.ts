/**
 * Pharmacokinetic parameter sets, kept as data with their source.
 *
 * Every value here is copied from the fact sheet, ../shared/science/ketamine-facts.md, section 3,
 * "Pharmacokinetic parameters that could drive a simulation". Citation keys match
 * content/references.json.
 */
import type { Kilograms, Liters, LitersPerHour } from './units.ts';

/** A peripheral compartment: its volume and the intercompartmental clearance Q to it. */
export interface PeripheralCompartment {
	readonly volumeL: Liters;
	readonly clearanceLPerH: LitersPerHour;
}

export interface ParameterSet {
	readonly id: 'kamp2020' | 'fanta2015';
	/** Human-readable label for figure captions. */
	readonly label: string;
	/** Keys into content/references.json. */
	readonly citationKeys: readonly string[];
	/** Fact-sheet evidence label for the numbers themselves. */
	readonly evidence: 'VERIFIED' | 'VERIFIED-2';
	/** The drug the parameters were measured for. */
	readonly measuredFor: 'racemic ketamine' | 'S-ketamine';
	readonly referenceWeightKg: Kilograms;
	readonly centralVolumeL: Liters;
	readonly clearanceLPerH: LitersPerHour;
	/** Allometric exponents: value(w) = value(ref) * (w / ref)^exponent. */
	readonly centralVolumeExponent: number;
	readonly clearanceExponent: number;
	/** Peripheral compartments. They are NOT scaled with weight (as in Otto 2021). */
	readonly peripherals: readonly PeripheralCompartment[];
}

/** Parameters for one person, already scaled: absolute L and L/h. */
export interface AbsoluteParameters {
	readonly centralVolumeL: Liters;
	readonly clearanceLPerH: LitersPerHour;
	readonly peripherals: readonly PeripheralCompartment[];
}

/**
 * Kamp et al. 2020 meta-analysis (VERIFIED): weighted mean volume 252 L/70 kg and clearance
 * 79 L/h at 70 kg, used as a one-compartment summary. The fact sheet marks the one-compartment
 * model itself as DERIVED and illustrative, not a published model.
 *
 * Scaling is a modelling choice of ours: the fact sheet gives both numbers "per 70 kg" only.
 * We apply the same allometric rule as Otto 2021 / Fanta 2015 (volume linear in weight,
 * clearance to the power 0.75) so that both sets respond to weight in the same way.
 */
export const kamp2020: ParameterSet = {
	id: 'kamp2020',
	label: 'Kamp 2020 meta-analysis, one-compartment summary (racemic ketamine)',
	citationKeys: ['kamp2020'],
	evidence: 'VERIFIED',
	measuredFor: 'racemic ketamine',
	referenceWeightKg: 70,
	centralVolumeL: 252,
	clearanceLPerH: 79,
	centralVolumeExponent: 1,
	clearanceExponent: 0.75,
	peripherals: []
};

/**
 * Fanta et al. 2015 three-compartment model, measured for S-ketamine in 11 healthy men
 * (venous sampling). The full set is VERIFIED-2: read from Otto et al. 2021, Table 3, which
 * fixed these values. Scaling follows Otto: exponent 1 on V1, 0.75 on CL, peripheral terms
 * unscaled. Using it for a racemic dose is an illustration only: S-ketamine is cleared faster
 * than R-ketamine.
 */
export const fanta2015: ParameterSet = {
	id: 'fanta2015',
	label:
		'Fanta 2015 three-compartment model for S-ketamine (parameters via Otto 2021), applied to racemic ketamine for illustration',
	citationKeys: ['fanta2015', 'otto2021'],
	evidence: 'VERIFIED-2',
	measuredFor: 'S-ketamine',
	referenceWeightKg: 70,
	centralVolumeL: 133,
	clearanceLPerH: 95.2,
	centralVolumeExponent: 1,
	clearanceExponent: 0.75,
	peripherals: [
		{ volumeL: 187, clearanceLPerH: 23.2 }, // V2, Q1
		{ volumeL: 98.8, clearanceLPerH: 157 } // V3, Q2
	]
};

export const parameterSets = { kamp2020, fanta2015 } as const;

export const defaultParameterSet: ParameterSet = kamp2020;

/** Absolute parameters for a person of the given weight (allometric scaling from the reference weight). */
export function scaleToWeight(set: ParameterSet, weightKg: Kilograms): AbsoluteParameters {
	if (!Number.isFinite(weightKg) || weightKg <= 0) {
		throw new RangeError(`Weight must be a positive number of kg; got ${weightKg}.`);
	}
	const ratio = weightKg / set.referenceWeightKg;
	return {
		centralVolumeL: set.centralVolumeL * ratio ** set.centralVolumeExponent,
		clearanceLPerH: set.clearanceLPerH * ratio ** set.clearanceExponent,
		peripherals: set.peripherals.map((p) => ({ ...p }))
	};
}
