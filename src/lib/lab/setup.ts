import { defaultSetup, type GlutamateMode, type LabSetup } from './model.ts';
import type { KetamineForm } from './parameters.ts';

/**
 * The lab's set-up in a URL (?v=-70&mg=1&ket=0.78&form=racemic&glu=continuous&n=500&seed=1&t=5000),
 * so a teacher can share an experiment. Anything out of range is clamped and anything unreadable
 * falls back to the default, and either way the reader is told which value and why: a link never
 * gives a blank page, a NaN or a silently different experiment.
 */

interface NumberField {
	key: string;
	name: string;
	min: number;
	max: number;
	unit: string;
	integer?: boolean;
}

export const numberFields = {
	voltage: { key: 'v', name: 'Voltage', min: -100, max: 40, unit: 'mV' },
	magnesium: { key: 'mg', name: 'Magnesium', min: 0, max: 2, unit: 'mM' },
	ketamine: { key: 'ket', name: 'Ketamine', min: 0, max: 10, unit: 'µM' },
	frequency: { key: 'hz', name: 'Train frequency', min: 0.2, max: 50, unit: 'Hz' },
	channels: { key: 'n', name: 'Channels', min: 1, max: 500, unit: 'channels', integer: true },
	seed: { key: 'seed', name: 'Seed', min: 0, max: 2 ** 31 - 1, unit: '', integer: true }
} as const satisfies Record<string, NumberField>;

type NumberKey = keyof typeof numberFields;

const forms: readonly KetamineForm[] = ['racemic', 'S', 'R'];
const glutamateModes: readonly GlutamateMode[] = ['none', 'puff', 'train', 'continuous'];

/** Every query key the lab reads and writes (so it can rewrite its own and leave others alone). */
export const labQueryKeys: readonly string[] = [...Object.values(numberFields).map((field) => field.key), 'form', 'glu', 't'];

/** How far to run before pausing (`&t=`), in simulated ms; at most ten minutes. */
export const runToRange = { min: 0, max: 600_000 } as const;

export interface ParsedSetup {
	setup: LabSetup;
	/** Simulated ms to run to and pause at, if the link asks for a frozen state. */
	runTo: number | null;
	/** One sentence per value that was changed, naming the parameter, what it was and what it became. */
	messages: string[];
}

/**
 * Only the values the query names, each checked as parseLabQuery checks it: what a guided
 * experiment's protocol changes in the middle of a run. A bad value is left out with a message.
 */
export function parseLabChanges(raw: Record<string, string | undefined>): { changes: Partial<LabSetup>; messages: string[] } {
	const messages: string[] = [];
	const changes: Partial<LabSetup> = {};
	for (const [field, spec] of Object.entries(numberFields) as [NumberKey, NumberField][]) {
		const text = raw[spec.key];
		if (text === undefined) continue;
		const value = Number(text.trim());
		if (text.trim() === '' || Number.isNaN(value)) {
			messages.push(`${spec.name}: "${shorten(text)}" is not a number, so the lab uses ${defaultSetup[field]} ${spec.unit}.`.replace(' .', '.'));
			continue;
		}
		const rounded = spec.integer ? Math.round(value) : value;
		const clamped = Math.min(spec.max, Math.max(spec.min, rounded));
		if (clamped !== rounded) messages.push(`${spec.name}: ${shorten(text)} is outside ${spec.min} to ${spec.max} ${spec.unit}, so the lab uses ${clamped} ${spec.unit}.`.replace(' ,', ',').replace(' .', '.'));
		else if (rounded !== value) messages.push(`${spec.name}: ${shorten(text)} is not a whole number, so the lab uses ${clamped} ${spec.unit}.`.replace(' .', '.'));
		changes[field] = clamped;
	}
	const form = raw.form;
	if (form !== undefined) {
		if ((forms as readonly string[]).includes(form)) changes.form = form as KetamineForm;
		else messages.push(`Ketamine form: "${shorten(form)}" is not racemic, S or R, so the lab uses racemic.`);
	}
	const glutamate = raw.glu;
	if (glutamate !== undefined) {
		if ((glutamateModes as readonly string[]).includes(glutamate)) changes.glutamate = glutamate as GlutamateMode;
		else messages.push(`Glutamate: "${shorten(glutamate)}" is not none, puff, train or continuous, so the lab uses a train.`);
	}
	return { changes, messages };
}

export function parseLabQuery(raw: Record<string, string | undefined>): ParsedSetup {
	const { changes, messages } = parseLabChanges(raw);
	const setup: LabSetup = { ...defaultSetup, ...changes };
	let runTo: number | null = null;
	if (raw.t !== undefined) {
		const value = Number(raw.t.trim());
		if (raw.t.trim() === '' || Number.isNaN(value)) messages.push(`Run to: "${shorten(raw.t)}" is not a time in ms, so the lab starts at 0.`);
		else {
			// Whole milliseconds: a frozen state is reproduced to the digit, so `t` must round-trip.
			const rounded = Math.round(value);
			runTo = Math.min(runToRange.max, Math.max(runToRange.min, rounded));
			if (runTo !== rounded) messages.push(`Run to: ${shorten(raw.t)} ms is outside 0 to ${runToRange.max} ms, so the lab runs to ${runTo} ms.`);
		}
	}
	return { setup, runTo, messages };
}

/** The query that reproduces a set-up (only what differs from the default, plus the seed). */
export function labQuery(setup: LabSetup, runTo: number | null = null): Record<string, string> {
	const query: Record<string, string> = {};
	for (const [field, spec] of Object.entries(numberFields) as [NumberKey, NumberField][]) {
		if (setup[field] !== defaultSetup[field] || field === 'seed') query[spec.key] = String(setup[field]);
	}
	if (setup.form !== defaultSetup.form) query.form = setup.form;
	if (setup.glutamate !== defaultSetup.glutamate) query.glu = setup.glutamate;
	if (runTo !== null) query.t = String(Math.round(runTo));
	return query;
}

/** A hostile or mistyped value is quoted back, but never at length. */
function shorten(text: string): string {
	return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/**
 * The ketamine slider moves on a log scale, 0.01 to 10 µM in 300 positions (100 a decade), with
 * position 0 meaning none: concentrations compare by ratio, so one press of + multiplies by the
 * same factor anywhere on the scale, and the drip's 0.78 µM is not squeezed into the first few
 * pixels of a 0-10 µM line. Values land on two significant digits.
 */
export const ketamineSlider = { lowest: 0.01, decades: 3, positions: 300 } as const;

export function ketamineFromPosition(position: number): number {
	if (!(position > 0)) return 0;
	const { lowest, decades, positions } = ketamineSlider;
	const value = lowest * 10 ** ((Math.min(position, positions) / positions) * decades);
	return Number(value.toPrecision(2));
}

export function ketaminePosition(micromolar: number): number {
	if (!(micromolar > 0)) return 0;
	const { lowest, decades, positions } = ketamineSlider;
	return Math.min(positions, Math.max(1, Math.round((Math.log10(micromolar / lowest) / decades) * positions)));
}
