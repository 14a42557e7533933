import { mulberry32 } from '../random';

/**
 * Simulated spikes for the rasters. Nothing here is a recording: a Poisson process at a chosen
 * rate, driven by a seeded generator so the same seed always draws the same picture (stable
 * screenshots, tests and server render).
 */

/** One seed per (figure seed, cell, stretch of time), so each stretch can be redrawn on its own. */
export function mixSeed(seed: number, cell: number, stretch: number): number {
	return (Math.imul(seed >>> 0, 2654435761) ^ Math.imul(cell + 1, 40503) ^ Math.imul(stretch + 7, 97379)) >>> 0;
}

/**
 * Spike times (seconds) in [start, start + seconds) for a Poisson process at `ratePerSecond`:
 * the gaps between spikes are exponential with mean 1 / rate.
 */
export function poissonSpikes(ratePerSecond: number, seconds: number, random: () => number, start = 0): number[] {
	const rate = Number.isFinite(ratePerSecond) ? Math.max(0, ratePerSecond) : 0;
	const length = Number.isFinite(seconds) ? Math.max(0, seconds) : 0;
	const spikes: number[] = [];
	if (rate === 0) return spikes;
	let t = 0;
	for (;;) {
		// 1 - u is in (0, 1], so the logarithm is finite.
		t += -Math.log(1 - random()) / rate;
		if (t >= length) return spikes;
		spikes.push(start + t);
	}
}
