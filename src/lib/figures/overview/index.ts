import type { FigureModule } from '../types';
import { describeOverview } from './describe';
import { defaultParams, overviewScene, type OverviewParams, type OverviewScene } from './model';
import Overview from './Overview.svelte';
import { overviewSteps, overviewTitle } from './steps';

export const figure: FigureModule<OverviewScene, OverviewParams> = {
	id: 'overview',
	title: overviewTitle,
	steps: overviewSteps,
	defaultParams,
	// No settings to read: whatever the URL holds, the map is the same.
	parseParams: () => defaultParams,
	scene: overviewScene,
	describe: describeOverview,
	note: (scene) => scene.illustrative,
	View: Overview
};
