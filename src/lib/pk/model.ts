/**
 * Exact solution of linear mammillary compartment models (1, 2 or 3 compartments,
 * elimination from the central compartment only), driven by IV boluses and zero-order infusions.
 *
 * Method (no time stepping anywhere):
 *
 * 1. Rate constants per minute: k10 = CL/V1, and for each peripheral compartment j
 *    k1j = Qj/V1 (central to j) and kj1 = Qj/Vj (j back to central).
 *
 * 2. The disposition rate constants λ_i are the eigenvalues of minus the system matrix, i.e. the
 *    roots of the characteristic polynomial
 *        q(λ) = (λ - k10 - Σ k1j) Π_j (λ - kj1)  -  Σ_j k1j kj1 Π_{l≠j} (λ - kl1).
 *    Solved in closed form: linear (1 compartment), quadratic (2), trigonometric cubic (3),
 *    then polished by two Newton steps on q to remove the rounding of the closed forms.
 *    For positive rate constants these roots are real, positive and distinct.
 *
 * 3. Unit-impulse responses by partial fractions of the Laplace transform (the residues at
 *    s = -λ_i, equivalent to an eigen-decomposition of this system). After 1 mg into the
 *    central compartment at t = 0:
 *        central(t)      = Σ_i A_i e^{-λ_i t},      A_i   = Π_j (kj1 - λ_i) / Π_{m≠i} (λ_m - λ_i)
 *        peripheral j(t) = Σ_i P_ji e^{-λ_i t},     P_ji  = k1j Π_{l≠j} (kl1 - λ_i) / Π_{m≠i} (λ_m - λ_i)
 *        eliminated(t)   = k10 ∫_0^t central.
 *
 * 4. Each dose is the impulse response convolved with its input, in closed form (bolus: scaled
 *    impulse; infusion: exact integral during and after), and all doses are superposed.
 */
import type { AbsoluteParameters, ParameterSet } from './parameters.ts';
import { scaleToWeight } from './parameters.ts';
import type { Kilograms, Milligrams, Minutes, NanogramsPerMl, PerMinute } from './units.ts';
import { litersPerHourToLitersPerMinute, mgPerLToNgPerMl } from './units.ts';
import { dispositionRates, type RateConstants } from './disposition.ts';

/** An instantaneous IV injection. */
export interface Bolus {
	readonly timeMin: Minutes;
	readonly doseMg: Milligrams;
}

/** A constant-rate IV infusion of doseMg spread evenly over durationMin. */
export interface Infusion {
	readonly startMin: Minutes;
	readonly durationMin: Minutes;
	readonly doseMg: Milligrams;
}

export type Dose = Bolus | Infusion;

export interface CompartmentModel {
	readonly parameters: AbsoluteParameters;
	/** 1, 2 or 3. Compartment 0 is the central (sampled) one. */
	readonly compartmentCount: number;
	readonly centralVolumeL: number;
	readonly k10PerMin: PerMinute;
	/** Disposition rate constants λ_i, fastest first, so the last one is terminal. */
	readonly lambdasPerMin: readonly PerMinute[];
	/**
	 * responses[j][i]: coefficient of e^{-λ_i t} in the amount (mg) in compartment j after a
	 * 1 mg bolus into the central compartment. Row 0 is central.
	 */
	readonly responses: readonly (readonly number[])[];
}

export interface CompartmentAmounts {
	readonly centralMg: Milligrams;
	/** One entry per peripheral compartment, in parameter order. */
	readonly peripheralMg: readonly Milligrams[];
	readonly eliminatedMg: Milligrams;
	/** Amount that has entered the body by this time (a running infusion counts in part). */
	readonly dosedMg: Milligrams;
}

export interface CurvePoint {
	readonly t: Minutes;
	readonly c: NanogramsPerMl;
}

export interface CurveOptions {
	readonly fromMin: Minutes;
	readonly toMin: Minutes;
	readonly stepMin: Minutes;
}

/** Safety cap so a typo in the step cannot freeze the page. */
const MAX_CURVE_POINTS = 100_000;

// ---------------------------------------------------------------------------------------------
// Building the model
// ---------------------------------------------------------------------------------------------

function rateConstants(params: AbsoluteParameters): RateConstants {
	const v1 = params.centralVolumeL;
	return {
		k10: litersPerHourToLitersPerMinute(params.clearanceLPerH) / v1,
		toPeripheral: params.peripherals.map((p) => litersPerHourToLitersPerMinute(p.clearanceLPerH) / v1),
		fromPeripheral: params.peripherals.map(
			(p) => litersPerHourToLitersPerMinute(p.clearanceLPerH) / p.volumeL
		)
	};
}

function assertPositive(value: number, name: string): void {
	if (!Number.isFinite(value) || value <= 0) {
		throw new RangeError(`${name} must be a positive finite number; got ${value}.`);
	}
}

function validateParameters(params: AbsoluteParameters): void {
	assertPositive(params.centralVolumeL, 'Central volume (L)');
	assertPositive(params.clearanceLPerH, 'Clearance (L/h)');
	if (params.peripherals.length > 2) {
		throw new RangeError(`At most 2 peripheral compartments are supported; got ${params.peripherals.length}.`);
	}
	params.peripherals.forEach((p, j) => {
		assertPositive(p.volumeL, `Peripheral compartment ${j + 2} volume (L)`);
		assertPositive(p.clearanceLPerH, `Peripheral compartment ${j + 2} clearance (L/h)`);
	});
}

/** Build the exact solution for one person's (already scaled) parameters. */
export function createModel(params: AbsoluteParameters): CompartmentModel {
	validateParameters(params);
	const rates = rateConstants(params);
	const lambdas = dispositionRates(rates);
	return {
		parameters: params,
		compartmentCount: 1 + params.peripherals.length,
		centralVolumeL: params.centralVolumeL,
		k10PerMin: rates.k10,
		lambdasPerMin: lambdas,
		responses: impulseResponses(rates, lambdas)
	};
}

/** Convenience: scale a parameter set to a weight and build its model. */
export function modelFor(set: ParameterSet, weightKg: Kilograms): CompartmentModel {
	return createModel(scaleToWeight(set, weightKg));
}

// ---------------------------------------------------------------------------------------------
// Impulse responses (residues)
// ---------------------------------------------------------------------------------------------

function productOver(values: readonly number[], f: (v: number) => number): number {
	return values.reduce((acc, v) => acc * f(v), 1);
}

function impulseResponses(rates: RateConstants, lambdas: readonly number[]): number[][] {
	const denominators = lambdas.map((li, i) =>
		productOver(
			lambdas.filter((_, m) => m !== i),
			(lm) => lm - li
		)
	);
	const central = lambdas.map(
		(li, i) => productOver(rates.fromPeripheral, (k) => k - li) / (denominators[i] ?? NaN)
	);
	const peripherals = rates.fromPeripheral.map((_, j) => {
		const others = rates.fromPeripheral.filter((__, l) => l !== j);
		const k1j = rates.toPeripheral[j] ?? NaN;
		return lambdas.map(
			(li, i) => (k1j * productOver(others, (k) => k - li)) / (denominators[i] ?? NaN)
		);
	});
	return [central, ...peripherals];
}

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

function isInfusion(dose: Dose): dose is Infusion {
	return 'durationMin' in dose;
}

function assertDose(dose: Dose): void {
	if (!Number.isFinite(dose.doseMg) || dose.doseMg < 0) {
		throw new RangeError(`Dose must be a non-negative number of mg; got ${dose.doseMg}.`);
	}
	if (isInfusion(dose)) {
		if (!Number.isFinite(dose.startMin)) throw new RangeError(`Infusion start must be finite; got ${dose.startMin}.`);
		if (!Number.isFinite(dose.durationMin) || dose.durationMin <= 0) {
			throw new RangeError(`Infusion duration must be positive; got ${dose.durationMin}. Use a bolus for an injection.`);
		}
	} else if (!Number.isFinite(dose.timeMin)) {
		throw new RangeError(`Bolus time must be finite; got ${dose.timeMin}.`);
	}
}

/** 1 - e^{-x} without cancellation for small x. */
function oneMinusExp(x: number): number {
	return -Math.expm1(-x);
}

/**
 * One dose seen through one exponential mode e^{-λt}:
 *   level    = (input * e^{-λt})(t), mg       (the mode's share of the amount)
 *   integral = ∫ level dt up to t, mg·min     (needed for the amount eliminated)
 */
interface ModeExposure {
	readonly level: number;
	readonly integral: number;
}

function bolusExposure(dose: Bolus, t: number, lambda: number): ModeExposure {
	const s = t - dose.timeMin;
	if (s < 0) return { level: 0, integral: 0 };
	return {
		level: dose.doseMg * Math.exp(-lambda * s),
		integral: (dose.doseMg * oneMinusExp(lambda * s)) / lambda
	};
}

function infusionExposure(dose: Infusion, t: number, lambda: number): ModeExposure {
	const s = t - dose.startMin;
	if (s <= 0) return { level: 0, integral: 0 };
	const rate = dose.doseMg / dose.durationMin;
	const running = Math.min(s, dose.durationMin); // time the pump has run so far
	const sinceStop = s - running; // 0 while it is still running
	const decay = Math.exp(-lambda * sinceStop);
	const filled = oneMinusExp(lambda * running) / lambda; // ∫_0^running e^{-λu} du
	return {
		level: rate * filled * decay,
		// ∫ of the level: R/λ [ running - e^{-λ·sinceStop} (1 - e^{-λ·running}) / λ ]
		integral: (rate * (running - decay * filled)) / lambda
	};
}

function exposure(dose: Dose, t: number, lambda: number): ModeExposure {
	return isInfusion(dose) ? infusionExposure(dose, t, lambda) : bolusExposure(dose, t, lambda);
}

function dosedBy(dose: Dose, t: number): number {
	if (!isInfusion(dose)) return t >= dose.timeMin ? dose.doseMg : 0;
	const running = Math.min(Math.max(t - dose.startMin, 0), dose.durationMin);
	return (dose.doseMg / dose.durationMin) * running;
}

// ---------------------------------------------------------------------------------------------
// Public evaluation functions
// ---------------------------------------------------------------------------------------------

/**
 * Exact amounts (mg) in every compartment and eliminated at time tMin, by superposition.
 * A bolus given exactly at tMin is counted as already given.
 */
export function amounts(model: CompartmentModel, doses: readonly Dose[], tMin: Minutes): CompartmentAmounts {
	if (!Number.isFinite(tMin)) throw new RangeError(`Time must be finite; got ${tMin}.`);
	doses.forEach(assertDose);
	const perCompartment = model.responses.map(() => 0);
	let eliminated = 0;
	let dosed = 0;
	for (const dose of doses) {
		dosed += dosedBy(dose, tMin);
		model.lambdasPerMin.forEach((lambda, i) => {
			const { level, integral } = exposure(dose, tMin, lambda);
			model.responses.forEach((row, j) => (perCompartment[j] = (perCompartment[j] ?? 0) + (row[i] ?? 0) * level));
			eliminated += model.k10PerMin * (model.responses[0]?.[i] ?? 0) * integral;
		});
	}
	return {
		centralMg: perCompartment[0] ?? 0,
		peripheralMg: perCompartment.slice(1),
		eliminatedMg: eliminated,
		dosedMg: dosed
	};
}

/** Central (plasma) concentration in ng/mL at tMin. */
export function concentrationAt(model: CompartmentModel, doses: readonly Dose[], tMin: Minutes): NanogramsPerMl {
	return mgPerLToNgPerMl(amounts(model, doses, tMin).centralMg / model.centralVolumeL);
}

/** Times from, from+step, ... and always toMin itself as the last point. */
function sampleTimes({ fromMin, toMin, stepMin }: CurveOptions): number[] {
	if (![fromMin, toMin, stepMin].every(Number.isFinite) || stepMin <= 0 || toMin < fromMin) {
		throw new RangeError(`Curve needs finite fromMin <= toMin and stepMin > 0; got ${fromMin}, ${toMin}, ${stepMin}.`);
	}
	const steps = Math.floor((toMin - fromMin) / stepMin + 1e-9);
	if (steps + 2 > MAX_CURVE_POINTS) throw new RangeError(`Curve would have more than ${MAX_CURVE_POINTS} points.`);
	// Multiply rather than accumulate, so the 40th minute is exactly 40 and not 39.99999.
	const times = Array.from({ length: steps + 1 }, (_, i) => fromMin + i * stepMin);
	const last = times[times.length - 1] ?? fromMin;
	if (toMin - last > 1e-9 * Math.max(1, Math.abs(toMin))) times.push(toMin);
	return times;
}

export function curve(model: CompartmentModel, doses: readonly Dose[], options: CurveOptions): CurvePoint[] {
	return sampleTimes(options).map((t) => ({ t, c: concentrationAt(model, doses, t) }));
}

/** Highest sampled point (the first one, if several tie). Only as exact as the sampling grid. */
export function peak(points: readonly CurvePoint[]): CurvePoint {
	const first = points[0];
	if (first === undefined) throw new RangeError('Cannot find the peak of an empty curve.');
	return points.reduce((best, p) => (p.c > best.c ? p : best), first);
}

/** Half-lives of every exponential phase, fastest first (min). */
export function halfLivesMin(model: CompartmentModel): number[] {
	return model.lambdasPerMin.map((l) => Math.LN2 / l);
}

/** ln 2 divided by the smallest disposition rate constant (min). */
export function terminalHalfLifeMin(model: CompartmentModel): Minutes {
	return Math.LN2 / Math.min(...model.lambdasPerMin);
}

/** The usual regimen shape: one infusion of mgPerKg × weight, starting at 0, over `minutes`. */
export function standardInfusion(weightKg: Kilograms, mgPerKg: number, minutes: Minutes): Infusion[] {
	return [{ startMin: 0, durationMin: minutes, doseMg: weightKg * mgPerKg }];
}
