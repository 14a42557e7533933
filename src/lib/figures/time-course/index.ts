import { defineFigure } from '../define';
import { describeTimeCourse } from './describe';
import { timeCourseNote, timeCourseScene } from './model';
import { defaultParams, parseParams } from './params';
import { info } from './steps';
import TimeCourse from './TimeCourse.svelte';

export const figure = defineFigure({
	info,
	settings: { defaults: defaultParams, parse: parseParams },
	scene: (step, params) => timeCourseScene(step, params),
	describe: describeTimeCourse,
	note: timeCourseNote,
	View: TimeCourse
});
