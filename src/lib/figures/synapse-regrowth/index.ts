import type { FigureModule } from '../types';
import { describeSynapse } from './describe';
import { clampHours, defaultParams, isSynapseStep, synapseScene, type SynapseParams, type SynapseScene } from './model';
import SynapseRegrowth from './SynapseRegrowth.svelte';
import { synapseSteps, synapseTitle } from './steps';

/** Reader settings from URL strings: `hours` (0..168, clamped, whole hours) and optional `step`. Junk gives the defaults. */
export function parseSynapseParams(raw: Record<string, string>): SynapseParams {
	const text = raw.hours?.trim() ?? '';
	const hours = text === '' ? null : clampHours(Number(text));
	if (hours === null) return defaultParams;
	const chosenOn = raw.step !== undefined && isSynapseStep(raw.step) ? raw.step : null;
	return { hours, chosenOn };
}

export const figure: FigureModule<SynapseScene, SynapseParams> = {
	id: 'synapse-regrowth',
	title: synapseTitle,
	steps: synapseSteps,
	defaultParams,
	parseParams: parseSynapseParams,
	scene: synapseScene,
	describe: describeSynapse,
	note: (scene) => scene.illustrative,
	View: SynapseRegrowth
};
