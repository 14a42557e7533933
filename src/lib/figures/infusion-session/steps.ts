import { defineFigureInfo } from '../define';

// The steps, in the order of chapter 7 (content/chapters/07-during-an-infusion.md).
export const infusionSessionSteps = ['before', 'during', 'blood-pressure', 'after', 'going-home', 'who-should-ask'] as const;
export type InfusionSessionStep = (typeof infusionSessionSteps)[number];
export const info = defineFigureInfo({ id: 'infusion-session', title: 'What happens during one session', steps: infusionSessionSteps });
