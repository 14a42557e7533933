import type { FigureModule } from '../types';
import { figureCatalog } from '../catalog';
import { describeTimeCourse } from './describe';
import { defaultParams, timeCourseNote, timeCourseScene, type TimeCourseScene } from './model';
import { parseParams, type TimeCourseParams } from './params';
import { timeCourseSteps } from './steps';
import TimeCourse from './TimeCourse.svelte';

export const figure: FigureModule<TimeCourseScene, TimeCourseParams> = {
	id: 'time-course',
	title: figureCatalog['time-course'].title,
	steps: timeCourseSteps,
	defaultParams,
	parseParams,
	scene: timeCourseScene,
	describe: describeTimeCourse,
	note: timeCourseNote,
	View: TimeCourse
};
