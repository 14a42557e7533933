import { defineFigure } from '../define';
import { numberSettings } from '../url-settings';
import { describeNmda } from './describe';
import { defaultParams, nmdaScene } from './model';
import NmdaBlockade from './NmdaBlockade.svelte';
import { clampConcentration } from './occupancy';
import { info } from './steps';

// The ketamine level, clamped to the slider's range; junk gives the infusion level.
export const figure = defineFigure({ info, settings: numberSettings('concentration', clampConcentration, defaultParams), scene: nmdaScene, describe: describeNmda, View: NmdaBlockade });
