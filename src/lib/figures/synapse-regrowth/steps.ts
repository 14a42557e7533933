import { defineFigureInfo } from '../define';

// The steps, in storyboard order (../shared/design/STORYBOARD.md, chapter 5).
export const synapseSteps = ['healthy', 'stress-loss', 'ketamine-regrowth', 'mood-before-spines', 'rodent-caveat'] as const;
export type SynapseStep = (typeof synapseSteps)[number];
export const info = defineFigureInfo({ id: 'synapse-regrowth', title: 'Synapse regrowth after ketamine', steps: synapseSteps });
