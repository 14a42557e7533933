import type { FigureModule } from '../types';
import { figureCatalog } from '../catalog';
import { describeOverview } from './describe';
import { defaultParams, overviewScene, type OverviewParams, type OverviewScene } from './model';
import Overview from './Overview.svelte';
import { overviewSteps } from './steps';

export const figure: FigureModule<OverviewScene, OverviewParams> = {
	id: 'overview',
	title: figureCatalog['overview'].title,
	steps: overviewSteps,
	defaultParams,
	// No settings to read: whatever the URL holds, the map is the same.
	parseParams: () => defaultParams,
	scene: overviewScene,
	describe: describeOverview,
	note: (scene) => scene.illustrative,
	View: Overview
};
