import { defineFigureInfo } from '../define';

// The steps, in the order of chapter 6 (content/chapters/06-hours-days-weeks.md).
export const timeCourseSteps = ['infusion-level', 'end-of-infusion', 'mood-outlasts-drug', 'one-week', 'infusion-course', 'relapse'] as const;
export type TimeCourseStep = (typeof timeCourseSteps)[number];
export const info = defineFigureInfo({ id: 'time-course', title: 'Hours, days, weeks: drug level and mood', steps: timeCourseSteps });
