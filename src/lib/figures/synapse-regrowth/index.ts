import { defineFigure } from '../define';
import { queryNumber } from '../url-settings';
import { describeSynapse } from './describe';
import { clampHours, defaultParams, isSynapseStep, synapseScene, type SynapseParams } from './model';
import SynapseRegrowth from './SynapseRegrowth.svelte';
import { info } from './steps';

/** A scrubbed time from a URL or storage, and the step it was chosen on; junk gives the step's own time. */
export function parseSynapseParams(raw: Record<string, string>): SynapseParams {
	const value = queryNumber(raw, 'hours');
	const hours = value === null ? null : clampHours(value);
	if (hours === null) return defaultParams;
	const chosenOn = raw.step !== undefined && isSynapseStep(raw.step) ? raw.step : null;
	return { hours, chosenOn };
}

export const figure = defineFigure({
	info,
	settings: { defaults: defaultParams, parse: parseSynapseParams },
	scene: (step, params) => synapseScene(step, params),
	describe: describeSynapse,
	View: SynapseRegrowth
});
