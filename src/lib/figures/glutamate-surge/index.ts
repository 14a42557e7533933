import type { FigureModule } from '../types';
import { describeGlutamate } from './describe';
import { clampDose } from './dose';
import GlutamateSurge from './GlutamateSurge.svelte';
import { defaultParams, glutamateScene, type GlutamateParams, type GlutamateScene } from './model';
import { glutamateSteps, glutamateTitle } from './steps';

/** Reader settings from URL strings: a number is snapped to a tested dose; anything else is the default. */
export function parseGlutamateParams(raw: Record<string, string>): GlutamateParams {
	const text = raw.dose?.trim() ?? '';
	const value = Number(text);
	return text !== '' && !Number.isNaN(value) ? { dose: clampDose(value) } : defaultParams;
}

export const figure: FigureModule<GlutamateScene, GlutamateParams> = {
	id: 'glutamate-surge',
	title: glutamateTitle,
	steps: glutamateSteps,
	defaultParams,
	parseParams: parseGlutamateParams,
	scene: (step, params) => glutamateScene(step, params),
	describe: describeGlutamate,
	note: (scene) => scene.illustrative,
	View: GlutamateSurge
};
