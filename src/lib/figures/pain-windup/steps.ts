import { defineFigureInfo } from '../define';

// The steps, in the order chapter 8's prose reaches them.
export const painWindupSteps = ['pain-signals', 'wind-up', 'nmda-blocked', 'central-sensitization', 'central-not-peripheral', 'evidence-in-people'] as const;
export type PainWindupStep = (typeof painWindupSteps)[number];
export const info = defineFigureInfo({ id: 'pain-windup', title: 'Wind-up: how the spinal cord turns pain up', steps: painWindupSteps });
