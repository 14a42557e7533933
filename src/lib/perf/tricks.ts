import type { Trick } from './switches.js';

// Replaced at build time by vite.config.ts from PERF_OFF (see ./switches.js); empty in production.
declare const __PERF_OFF__: readonly Trick[];

/** Whether this build uses the trick; false only in a bench build that measures its absence. */
export function trickOn(trick: Trick): boolean {
	return !__PERF_OFF__.includes(trick);
}
