/** The NMDA blockade figure's steps, in storyboard order (shared/design/STORYBOARD.md, chapter 2). */
export const nmdaSteps = [
	'synapse',
	'coincidence-detector',
	'channel-opens',
	'ketamine-binds',
	'use-dependence',
	'interneurons-first'
] as const;

export type NmdaStep = (typeof nmdaSteps)[number];

export const nmdaTitle = 'How ketamine blocks the NMDA receptor';
