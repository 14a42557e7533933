import { defineFigure } from '../define';
import { describeMtor } from './describe';
import { defaultParams, mtorScene, parseParams, serializeParams } from './model';
import MtorSignalling from './MtorSignalling.svelte';
import { info } from './steps';

export const figure = defineFigure({
	info,
	// Which experiments are switched on travels in the URL (?experiments=rapamycin,nbqx), so a
	// student can send a classmate the same knock-out.
	settings: { defaults: defaultParams, parse: parseParams, share: { keys: ['experiments'], write: serializeParams } },
	scene: (step, params) => mtorScene(step, params),
	describe: describeMtor,
	// Knock-outs are drawn by graph reachability, not from measured effect sizes: say so on the figure.
	note: (scene) => (scene.experiments?.some((experiment) => experiment.on) ? 'Illustrative: the reach of a block, not its size.' : null),
	View: MtorSignalling
});
