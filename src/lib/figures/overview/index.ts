import { defineFigure } from '../define';
import { describeOverview } from './describe';
import { overviewScene } from './model';
import Overview from './Overview.svelte';
import { info } from './steps';

// No settings: whatever the URL holds, the map is the same.
export const figure = defineFigure({ info, scene: overviewScene, describe: describeOverview, View: Overview });
