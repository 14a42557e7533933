import { defineFigureInfo } from '../define';

// The steps, in storyboard order (../shared/design/STORYBOARD.md, chapter 3).
export const glutamateSteps = ['circuit-at-rest', 'interneuron-quiets', 'pyramidal-fires', 'dose-inverted-u', 'ampa-receptors', 'open-questions'] as const;
export type GlutamateStep = (typeof glutamateSteps)[number];
export const info = defineFigureInfo({ id: 'glutamate-surge', title: 'The glutamate surge: easing the brakes', steps: glutamateSteps });
