import { defineFigureInfo } from '../define';

// The steps, in the order chapter 1's prose reaches them.
export const overviewSteps = ['timeline', 'channel-block', 'glutamate-surge', 'signalling', 'new-spines', 'mood-change'] as const;
export type OverviewStep = (typeof overviewSteps)[number];
export const info = defineFigureInfo({ id: 'overview', title: 'The chain at a glance, from minutes to weeks', steps: overviewSteps });
