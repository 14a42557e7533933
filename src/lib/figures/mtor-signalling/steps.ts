import { defineFigureInfo } from '../define';

// The steps, in chapter order (content/chapters/04-from-signal-to-building-blocks.md).
export const mtorSteps = ['ampa-activation', 'bdnf-release', 'trkb-signalling', 'mtorc1', 'synaptic-proteins', 'eef2-route', 'experiments'] as const;
export type MtorStep = (typeof mtorSteps)[number];
export const info = defineFigureInfo({ id: 'mtor-signalling', title: 'From AMPA to new synapse proteins: the BDNF–mTOR chain', steps: mtorSteps });
