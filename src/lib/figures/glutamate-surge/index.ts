import { defineFigure } from '../define';
import { numberSettings } from '../url-settings';
import { describeGlutamate } from './describe';
import { clampDose } from './dose';
import GlutamateSurge from './GlutamateSurge.svelte';
import { defaultParams, glutamateScene } from './model';
import { info } from './steps';

// A dose, snapped to a tested dose; junk gives the default.
export const figure = defineFigure({
	info,
	settings: numberSettings('dose', clampDose, defaultParams),
	scene: (step, params) => glutamateScene(step, params),
	describe: describeGlutamate,
	View: GlutamateSurge
});
export const parseGlutamateParams = figure.settings.parse;
