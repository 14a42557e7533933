/**
 * mulberry32: a tiny seeded generator. The same seed always gives the same sequence, so the same
 * spines are drawn on the server, in the browser, in tests and in screenshots. Each call returns
 * a fresh generator; nothing is shared between callers.
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
