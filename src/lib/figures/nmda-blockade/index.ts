import type { FigureModule } from '../types';
import { describeNmda } from './describe';
import { defaultParams, nmdaScene, type NmdaParams, type NmdaScene } from './model';
import NmdaBlockade from './NmdaBlockade.svelte';
import { clampConcentration } from './occupancy';
import { nmdaSteps, nmdaTitle } from './steps';

export const figure: FigureModule<NmdaScene, NmdaParams> = {
	id: 'nmda-blockade',
	title: nmdaTitle,
	steps: nmdaSteps,
	defaultParams,
	parseParams: (raw) => {
		const value = Number(raw.concentration);
		return raw.concentration !== undefined && raw.concentration.trim() !== '' && Number.isFinite(value)
			? { concentration: clampConcentration(value) }
			: defaultParams;
	},
	scene: nmdaScene,
	describe: describeNmda,
	note: (scene) => scene.illustrative,
	View: NmdaBlockade
};
