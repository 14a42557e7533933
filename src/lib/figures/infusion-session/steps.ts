/** The infusion-session figure's steps, in the order of chapter 7 (content/chapters/07-during-an-infusion.md). */
export const infusionSessionSteps = ['before', 'during', 'blood-pressure', 'after', 'going-home', 'who-should-ask'] as const;

export type InfusionSessionStep = (typeof infusionSessionSteps)[number];

export const infusionSessionTitle = 'What happens during one session';
