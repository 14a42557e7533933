import type { FigureModule } from '../types';
import { describeInfusionSession } from './describe';
import InfusionSession from './InfusionSession.svelte';
import { defaultParams, infusionSessionScene, type InfusionSessionParams, type InfusionSessionScene } from './model';
import { infusionSessionSteps, infusionSessionTitle } from './steps';

export const figure: FigureModule<InfusionSessionScene, InfusionSessionParams> = {
	id: 'infusion-session',
	title: infusionSessionTitle,
	steps: infusionSessionSteps,
	defaultParams,
	// No settings to read: every URL gives the same session.
	parseParams: () => defaultParams,
	scene: infusionSessionScene,
	describe: describeInfusionSession,
	note: (scene) => scene.illustrative,
	View: InfusionSession
};
