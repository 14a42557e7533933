/**
 * The trigger line: a thin band across the viewport at `offset` (0 = top, 1 = bottom). A step is
 * active while it crosses the band. Expressed as an IntersectionObserver rootMargin in percent,
 * so the browser recomputes it on every resize, rotation and mobile address-bar change; no
 * viewport height is ever read and kept.
 */
export const bandPercent = 0.5;

export function triggerRootMargin(offset: number): string {
	const top = clamp01(offset) * 100;
	const bottom = Math.max(0, 100 - top - bandPercent);
	return `${-round(top)}% 0px ${-round(bottom)}% 0px`;
}

/** Root margin for the region above the trigger line, where progress through a step is read. */
export function progressRootMargin(offset: number): string {
	return `0px 0px ${-round((1 - clamp01(offset)) * 100)}% 0px`;
}

/** How far the trigger line has travelled through a step: 0 at its top edge, 1 at its bottom. */
export function progressWithin(stepTop: number, stepHeight: number, lineY: number): number {
	if (!(stepHeight > 0)) return 0;
	return clamp01((lineY - stepTop) / stepHeight);
}

/**
 * Which step is active, given the steps now crossing the band (in document order). Between two
 * steps (none crossing) the previous choice stands, so the figure never blanks in a gap.
 */
export function pickActive(order: readonly string[], crossing: ReadonlySet<string>, previous: string): string {
	for (let index = order.length - 1; index >= 0; index -= 1) {
		const id = order[index]!;
		if (crossing.has(id)) return id;
	}
	return previous;
}

/** The step reached by moving `delta` steps from `current`, clamped to the ends. */
export function neighbourStep(order: readonly string[], current: string, delta: number): string {
	const index = Math.max(0, order.indexOf(current));
	return order[Math.min(order.length - 1, Math.max(0, index + delta))] ?? current;
}

/** A hash such as "#use-dependence" names a step only if the chapter has that step. */
export function stepFromHash(order: readonly string[], hash: string): string | null {
	let id: string;
	try {
		id = decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return null;
	}
	return order.includes(id) ? id : null;
}

function clamp01(value: number): number {
	return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
