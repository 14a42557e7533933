import type { FigureModule } from '../types';
import { describeMtor } from './describe';
import { defaultParams, mtorScene, parseParams, serializeParams, type MtorParams, type MtorScene } from './model';
import MtorSignalling from './MtorSignalling.svelte';
import { mtorSteps, mtorTitle } from './steps';

export const figure: FigureModule<MtorScene, MtorParams> = {
	id: 'mtor-signalling',
	title: mtorTitle,
	steps: mtorSteps,
	defaultParams,
	parseParams,
	serializeParams,
	scene: (step, params) => mtorScene(step, params),
	describe: describeMtor,
	// Knock-outs are drawn by graph reachability, not from measured effect sizes: say so on the figure.
	note: (scene) =>
		scene.experiments?.some((experiment) => experiment.on)
			? 'Illustrative: the reach of a block, not its size.'
			: null,
	View: MtorSignalling
};
