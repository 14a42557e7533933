import { ketamine } from './parameters.ts';
import type { GlutamateMode, LabSetup, Readouts } from './model.ts';

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

const glutamateWords: Record<GlutamateMode, (setup: LabSetup) => string> = {
	none: () => 'no glutamate',
	puff: () => 'one puff of glutamate',
	train: (setup) => `glutamate puffs ${setup.frequency === 1 ? 'once a second' : `${setup.frequency} times a second`}`,
	continuous: () => 'glutamate held on'
};

const formWords = { racemic: 'racemic ketamine', S: 'S-ketamine', R: 'R-ketamine' } as const;

/** The experiment as set up, in one sentence: what a screen reader hears first and the page prints. */
export function describeSetup(setup: LabSetup): string {
	const drug =
		setup.ketamine === 0
			? 'no ketamine'
			: `${setup.ketamine} µM ${formWords[setup.form]}${setup.form === 'racemic' && Math.abs(setup.ketamine - ketamine.infusionPlasma.value) < 0.005 ? ' (the plasma level reported in one depression trial)' : ''}`;
	return `${setup.channels} NMDA channels held at ${setup.voltage} mV, with ${setup.magnesium} mM magnesium, ${drug} and ${glutamateWords[setup.glutamate](setup)}.`;
}

/** A change made during a guided experiment, in words: "ketamine washed out; glutamate stopped". */
export function describeChanges(changes: Partial<LabSetup>): string {
	const parts: string[] = [];
	if (changes.voltage !== undefined) parts.push(`voltage set to ${changes.voltage} mV`);
	if (changes.magnesium !== undefined) parts.push(changes.magnesium === 0 ? 'magnesium washed out' : `magnesium set to ${changes.magnesium} mM`);
	if (changes.ketamine !== undefined) parts.push(changes.ketamine === 0 ? 'ketamine washed out' : `ketamine set to ${changes.ketamine} µM`);
	if (changes.form !== undefined) parts.push(`switched to ${formWords[changes.form]}`);
	if (changes.frequency !== undefined && changes.glutamate === undefined) parts.push(`puffs ${changes.frequency} times a second`);
	if (changes.glutamate !== undefined) parts.push(changes.glutamate === 'none' ? 'glutamate stopped' : glutamateWords[changes.glutamate]({ ...defaultWordsSetup, ...changes }));
	return parts.join('; ') || 'no change';
}

const defaultWordsSetup = { frequency: 1 } as LabSetup;

/**
 * What the simulation is doing now, in plain words, for the live region (the page announces it
 * every few seconds while running, and on demand) and the static picture's caption.
 */
export function describeState(readouts: Readouts): string {
	const seconds = readouts.t / 1000;
	const time = seconds < 1 ? `${Math.round(readouts.t)} ms` : `${seconds.toFixed(1)} s`;
	const parts = [`At ${time}: ${percent(readouts.open)} of channels are open`];
	if (readouts.mgBlocked >= 0.005) parts.push(`${percent(readouts.mgBlocked)} are open but plugged by magnesium`);
	if (readouts.ketamineBlocked >= 0.005) {
		parts.push(`${percent(readouts.ketamineBlocked)} hold ketamine${readouts.trapped >= 0.005 ? ` (${percent(readouts.trapped)} of all channels trapped behind a closed gate)` : ''}`);
	}
	const current = Math.abs(readouts.current) < 0.05 ? 'no current flows' : `the current is ${readouts.current.toFixed(1)} pA (${readouts.current < 0 ? 'inward' : 'outward'})`;
	return `${parts.join('; ')}; ${current}.`;
}
