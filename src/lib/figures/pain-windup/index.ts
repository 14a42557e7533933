import { defineFigure } from '../define';
import { describePainWindup } from './describe';
import { painWindupScene } from './model';
import PainWindup from './PainWindup.svelte';
import { info } from './steps';

// No settings: whatever the URL holds, the chart is the same.
export const figure = defineFigure({ info, scene: painWindupScene, describe: describePainWindup, View: PainWindup });
