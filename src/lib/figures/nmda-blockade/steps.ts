import { defineFigureInfo } from '../define';

// The steps, in storyboard order (../shared/design/STORYBOARD.md, chapter 2).
export const nmdaSteps = ['synapse', 'coincidence-detector', 'channel-opens', 'ketamine-binds', 'use-dependence', 'interneurons-first'] as const;
export type NmdaStep = (typeof nmdaSteps)[number];
export const info = defineFigureInfo({ id: 'nmda-blockade', title: 'How ketamine blocks the NMDA receptor', steps: nmdaSteps });
