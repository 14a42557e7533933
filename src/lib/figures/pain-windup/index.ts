import type { FigureModule } from '../types';
import { describePainWindup } from './describe';
import { defaultParams, painWindupScene, type PainWindupParams, type PainWindupScene } from './model';
import PainWindup from './PainWindup.svelte';
import { painWindupSteps, painWindupTitle } from './steps';

export const figure: FigureModule<PainWindupScene, PainWindupParams> = {
	id: 'pain-windup',
	title: painWindupTitle,
	steps: painWindupSteps,
	defaultParams,
	// No settings to read: whatever the URL holds, the chart is the same.
	parseParams: () => defaultParams,
	scene: painWindupScene,
	describe: describePainWindup,
	note: (scene) => scene.illustrative,
	View: PainWindup
};
