import { mulberry32 } from '../figures/random.ts';
import { magnesiumUnblocked, states, type LabSetup } from './model.ts';

/**
 * How the channel grid looks, for both of its drawings (the prerendered SVG and the live canvas):
 * where each channel sits, and what each shows. Pure.
 */

export type ChannelLook = 'closed' | 'desensitised' | 'open' | 'mg' | 'ketamine' | 'trapped';

/** The drawing's unit: one channel is drawn in a 48 x 48 box and scaled to its cell. */
export const channelBox = 48;

export function gridLayout(count: number): { columns: number; rows: number; cell: number; width: number; height: number } {
	const columns = count <= 20 ? 10 : count <= 100 ? 20 : 25;
	const cell = count <= 20 ? 48 : count <= 100 ? 24 : 19;
	const rows = Math.ceil(count / columns);
	return { columns, rows, cell, width: columns * cell, height: rows * cell };
}

/**
 * Each channel's look. Mg2+ flickers in and out of open pores far faster than a frame, so each
 * frame draws which open channels it plugs, with the chance 1 − B(V), seeded by time (a frozen
 * link looks the same); with reduced motion the plugged pores stay put (seeded by the set-up
 * alone): no flicker.
 */
export function channelLooks(stateIndices: ArrayLike<number>, setup: LabSetup, t: number, reducedMotion: boolean): ChannelLook[] {
	const chance = 1 - magnesiumUnblocked(setup.voltage, setup.magnesium);
	const random = mulberry32(setup.seed * 7919 + (reducedMotion ? 0 : Math.round(t)));
	return Array.from(stateIndices, (index) => {
		const state = states[index]!;
		if (state === 'O') return random() < chance ? 'mg' : 'open';
		if (state === 'OK') return 'ketamine';
		if (state.endsWith('K')) return 'trapped';
		return state === 'D' ? 'desensitised' : 'closed';
	});
}

/** Open, plugged and ketamine-held channels show their halves apart. */
export const isApart = (look: ChannelLook) => look === 'open' || look === 'mg' || look === 'ketamine';
