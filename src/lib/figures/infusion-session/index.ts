import { defineFigure } from '../define';
import { describeInfusionSession } from './describe';
import InfusionSession from './InfusionSession.svelte';
import { infusionSessionScene } from './model';
import { info } from './steps';

// No settings: every URL gives the same session.
export const figure = defineFigure({ info, scene: infusionSessionScene, describe: describeInfusionSession, View: InfusionSession });
