/**
 * The scroll engine's rule, as pure functions: which step the reader is at is computed from where
 * the steps are and where the reader is, never remembered from how they got there (issue #16: an
 * engine that kept "the last step that crossed the line" showed a step the reader had left after
 * End, Home, a resize or a jump into the gap between two steps).
 */

/** The trigger line, in px from the top of the viewport: `offset` 0 is the top, 1 the bottom. */
export function triggerLineY(viewportHeight: number, offset: number): number {
	return viewportHeight * clamp01(offset);
}

/**
 * The active step: the last step, in document order, whose top is at or above the trigger line;
 * the first step while the line is above every step. Tops and line are in the same coordinates
 * (viewport or document, either works).
 *
 * Returns -1 only for an empty list. A top that is NaN (a step missing from the page) never
 * counts as reached, and a NaN line reaches no step (so the first step is active). The tops need
 * not be sorted: the scan runs from the last step back, so a step is reached by its own top,
 * whatever the others do; in a real chapter they are in document order and so ascending.
 */
export function activeIndexAt(stepTops: readonly number[], lineY: number): number {
	for (let index = stepTops.length - 1; index >= 0; index -= 1) {
		if (stepTops[index]! <= lineY) return index;
	}
	return stepTops.length > 0 ? 0 : -1;
}

/**
 * Scrolled to the end of the page: within a pixel of the largest scrollY (browsers round scroll
 * positions, and innerHeight is at least the scrolling viewport's height, so this also holds
 * with a horizontal scrollbar). NaN anywhere gives false.
 */
export function atScrollEnd(scrollY: number, viewportHeight: number, documentHeight: number): boolean {
	return scrollY + viewportHeight >= documentHeight - 1;
}

/** Where the steps are, in px from the top of the document, as last measured. */
export interface StepLayout {
	/** Each step's top edge, in document order. */
	stepTops: readonly number[];
	/** The height of the whole scrollable page (document.documentElement.scrollHeight). */
	documentHeight: number;
}

/**
 * The reader's step at a scroll position. Past the bottom of the page the last step is active,
 * whatever the geometry says: a reader who presses End must see the last step. The chapter page
 * leaves room under its steps for every step's top to reach the line (so a link or key that
 * brings a step to the line makes it the active one by this same rule); this case decides only
 * what a page without that room would otherwise leave to the step above.
 */
export function activeIndexForScroll(layout: StepLayout, scrollY: number, viewportHeight: number, lineOffset: number): number {
	if (layout.stepTops.length > 0 && atScrollEnd(scrollY, viewportHeight, layout.documentHeight)) return layout.stepTops.length - 1;
	return activeIndexAt(layout.stepTops, scrollY + triggerLineY(viewportHeight, lineOffset));
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
