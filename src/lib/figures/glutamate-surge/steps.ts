/** The glutamate surge figure's steps, in storyboard order (shared/design/STORYBOARD.md, chapter 3). */
export const glutamateSteps = [
	'circuit-at-rest',
	'interneuron-quiets',
	'pyramidal-fires',
	'dose-inverted-u',
	'ampa-receptors',
	'open-questions'
] as const;

export type GlutamateStep = (typeof glutamateSteps)[number];

export const glutamateTitle = 'The glutamate surge: easing the brakes';
