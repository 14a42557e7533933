/** The synapse regrowth figure's steps, in storyboard order (shared/design/STORYBOARD.md, chapter 5). */
export const synapseSteps = ['healthy', 'stress-loss', 'ketamine-regrowth', 'mood-before-spines', 'rodent-caveat'] as const;

export type SynapseStep = (typeof synapseSteps)[number];

export const synapseTitle = 'Synapse regrowth after ketamine';
