import { doseRule, durationRule, parseBounded, weightRule, type NumberRule, type RawInput } from '../../pk/index';

/** Which published parameter set draws the drug curve. */
export type ModelChoice = 'kamp2020' | 'fanta2015';
export const modelChoices: readonly ModelChoice[] = ['kamp2020', 'fanta2015'];

/** The reader's settings: one infusion of mgPerKg × weightKg over `minutes`, drawn with `model`. */
export interface TimeCourseParams {
	weightKg: number;
	mgPerKg: number;
	minutes: number;
	model: ModelChoice;
}

/** The trials' regimen (0.5 mg/kg over 40 min) for a 70 kg adult, drawn with the pooled one-compartment summary. */
export const defaultParams: TimeCourseParams = { weightKg: 70, mgPerKg: 0.5, minutes: 40, model: 'kamp2020' };

export type NumberField = 'weightKg' | 'mgPerKg' | 'minutes';
export const numberFields: readonly NumberField[] = ['weightKg', 'mgPerKg', 'minutes'];
export const fieldRules: Record<NumberField, NumberRule> = { weightKg: weightRule, mgPerKg: doseRule, minutes: durationRule };

export function isModelChoice(value: unknown): value is ModelChoice {
	return typeof value === 'string' && (modelChoices as readonly string[]).includes(value);
}

/**
 * Settings from a URL, or built in code, or anything untrusted: each field goes through the PK
 * library's own validation; junk or an out-of-range value falls back to that field's default, so
 * nothing outside the library's bounds is ever drawn. Never throws.
 */
export function cleanParams(raw: Partial<Record<keyof TimeCourseParams, RawInput>> | null | undefined): TimeCourseParams {
	const given = raw ?? {};
	const field = (name: NumberField): number => {
		const result = parseBounded(given[name], fieldRules[name]);
		return result.ok ? result.value : defaultParams[name];
	};
	return {
		weightKg: field('weightKg'),
		mgPerKg: field('mgPerKg'),
		minutes: field('minutes'),
		model: isModelChoice(given.model) ? given.model : defaultParams.model
	};
}

/** Settings from a URL's query: the same checks as cleanParams. */
export const parseParams = (raw: Record<string, string | undefined>): TimeCourseParams => cleanParams(raw);

/** What the reader has typed into the three boxes, exactly as typed. */
export type InputDraft = Record<NumberField, string>;

export function draftFrom(params: TimeCourseParams): InputDraft {
	return { weightKg: String(params.weightKg), mgPerKg: String(params.mgPerKg), minutes: String(params.minutes) };
}

export interface DraftResult {
	/** The settings to draw: every valid box taken, every invalid box left at its last valid value. */
	params: TimeCourseParams;
	/** One message per invalid box, worded by the PK library (field, bounds, what was typed). */
	messages: Partial<Record<NumberField, string>>;
}

/**
 * Apply the boxes to the last valid settings. A bad box never reaches the chart: it keeps the
 * value it had, so the curve never turns to NaN or disappears while someone is typing.
 */
export function applyDraft(last: TimeCourseParams, draft: InputDraft): DraftResult {
	const params = { ...last };
	const messages: Partial<Record<NumberField, string>> = {};
	for (const name of numberFields) {
		const result = parseBounded(draft[name], fieldRules[name]);
		if (result.ok) params[name] = result.value;
		else messages[name] = result.message;
	}
	return { params, messages };
}
