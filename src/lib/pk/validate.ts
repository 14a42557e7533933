/**
 * Validation of the three numbers a reader can change: weight, dose per kg, infusion time.
 *
 * Accepts what an <input> gives (a string, or for type="number" a number, null or undefined).
 * Every rejection message names the field, its bounds and what was typed, so it can be shown
 * as-is next to the box.
 */
import type { Kilograms, Minutes } from './units.ts';

export type Validation<T> = { ok: true; value: T } | { ok: false; message: string };

export interface NumberRule {
	/** Field name as shown to the reader, capitalised: it starts the message. */
	readonly field: string;
	readonly min: number;
	readonly max: number;
	readonly unit: string;
}

export const weightRule: NumberRule = { field: 'Weight', min: 30, max: 200, unit: 'kg' };
export const doseRule: NumberRule = { field: 'Dose', min: 0.1, max: 1.0, unit: 'mg/kg' };
export const durationRule: NumberRule = { field: 'Infusion time', min: 10, max: 120, unit: 'min' };

export type RawInput = string | number | null | undefined;

/**
 * Plain decimal numbers, optionally signed, optionally with an exponent. Deliberately stricter
 * than Number(): Number("0x10") is 16, Number("") is 0 and Number("1_0") is NaN, none of which a
 * reader means. Out-of-range exponents like "1e9" parse here and fail the bound check.
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Echo what was typed, but keep a pasted novel out of the message. */
function shown(text: string): string {
	return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

function range(rule: NumberRule): string {
	return `between ${rule.min} and ${rule.max} ${rule.unit}`;
}

function notANumber(rule: NumberRule, what: string): Validation<number> {
	return { ok: false, message: `${rule.field} must be a number ${range(rule)}; ${what}.` };
}

function checkBounds(value: number, typed: string, rule: NumberRule): Validation<number> {
	if (!Number.isFinite(value) || value < rule.min || value > rule.max) {
		return { ok: false, message: `${rule.field} must be ${range(rule)}; you typed ${shown(typed)}.` };
	}
	return { ok: true, value };
}

/** Parse and bound-check one field. Bounds are inclusive. */
export function parseBounded(input: RawInput, rule: NumberRule): Validation<number> {
	if (input === null || input === undefined) return notANumber(rule, 'the box is empty');
	if (typeof input === 'number') {
		if (Number.isNaN(input)) return notANumber(rule, 'you typed something that is not a number (NaN)');
		return checkBounds(input, String(input), rule);
	}
	if (typeof input !== 'string') return notANumber(rule, 'the value is not text or a number');
	const text = input.trim();
	if (text === '') return notANumber(rule, 'the box is empty');
	if (!DECIMAL.test(text)) return notANumber(rule, `you typed "${shown(text)}"`);
	return checkBounds(Number(text), text, rule);
}

export function validateWeightKg(input: RawInput): Validation<Kilograms> {
	return parseBounded(input, weightRule);
}

export function validateDoseMgPerKg(input: RawInput): Validation<number> {
	return parseBounded(input, doseRule);
}

export function validateInfusionMinutes(input: RawInput): Validation<Minutes> {
	return parseBounded(input, durationRule);
}

export interface ReaderInputs {
	readonly weightKg: Kilograms;
	readonly mgPerKg: number;
	readonly minutes: Minutes;
}

export type ReaderInputsValidation =
	| { ok: true; value: ReaderInputs }
	| { ok: false; message: string; fieldMessages: Partial<Record<keyof ReaderInputs, string>> };

/** All three fields at once; on failure, one message per bad field plus all of them joined. */
export function validateReaderInputs(raw: {
	weightKg: RawInput;
	mgPerKg: RawInput;
	minutes: RawInput;
}): ReaderInputsValidation {
	const weight = validateWeightKg(raw.weightKg);
	const dose = validateDoseMgPerKg(raw.mgPerKg);
	const minutes = validateInfusionMinutes(raw.minutes);
	if (weight.ok && dose.ok && minutes.ok) {
		return { ok: true, value: { weightKg: weight.value, mgPerKg: dose.value, minutes: minutes.value } };
	}
	const fieldMessages: Partial<Record<keyof ReaderInputs, string>> = {};
	if (!weight.ok) fieldMessages.weightKg = weight.message;
	if (!dose.ok) fieldMessages.mgPerKg = dose.message;
	if (!minutes.ok) fieldMessages.minutes = minutes.message;
	return { ok: false, message: Object.values(fieldMessages).join(' '), fieldMessages };
}
