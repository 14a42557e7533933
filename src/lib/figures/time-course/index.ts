import type { FigureModule } from '../types';
import { describeTimeCourse } from './describe';
import { defaultParams, timeCourseNote, timeCourseScene, type TimeCourseScene } from './model';
import { parseParams, type TimeCourseParams } from './params';
import { timeCourseSteps, timeCourseTitle } from './steps';
import TimeCourse from './TimeCourse.svelte';

export const figure: FigureModule<TimeCourseScene, TimeCourseParams> = {
	id: 'time-course',
	title: timeCourseTitle,
	steps: timeCourseSteps,
	defaultParams,
	parseParams,
	scene: timeCourseScene,
	describe: describeTimeCourse,
	note: timeCourseNote,
	View: TimeCourse
};
