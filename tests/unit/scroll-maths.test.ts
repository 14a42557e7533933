import { describe, expect, it } from 'vitest';
import { activeIndexAt, activeIndexForScroll, atScrollEnd, neighbourStep, stepFromHash, triggerLineY } from '../../src/lib/scrolly/trigger';

const steps = ['a', 'b', 'c', 'd'];

describe('the trigger line', () => {
	it('sits at the offset of the viewport height', () => {
		expect(triggerLineY(900, 0.5)).toBe(450);
		expect(triggerLineY(844, 0.72)).toBeCloseTo(607.68);
	});

	it('stays inside the viewport for offsets at or past the ends, and for junk', () => {
		expect(triggerLineY(800, 1)).toBe(800);
		expect(triggerLineY(800, 3)).toBe(800);
		expect(triggerLineY(800, -3)).toBe(0);
		expect(triggerLineY(800, Number.NaN)).toBe(0);
	});
});

describe('the active step at a line', () => {
	// Four steps with gaps between them, as in a chapter: tops at 100, 400, 700 and 1000.
	const tops = [100, 400, 700, 1000];

	it('is the first step while the line is above every step', () => {
		expect(activeIndexAt(tops, 0)).toBe(0);
		expect(activeIndexAt(tops, -5000)).toBe(0);
	});

	it('is a step once the line reaches its top exactly', () => {
		expect(activeIndexAt(tops, 400)).toBe(1);
		expect(activeIndexAt(tops, 399.9)).toBe(0);
	});

	it('is the step above in the gap between two steps, whichever way the reader came', () => {
		expect(activeIndexAt(tops, 650)).toBe(1);
	});

	it('is the last step past the last top', () => {
		expect(activeIndexAt(tops, 1000)).toBe(3);
		expect(activeIndexAt(tops, 1e9)).toBe(3);
	});

	it('is -1 with no steps, so a caller cannot take it for a step', () => {
		expect(activeIndexAt([], 500)).toBe(-1);
	});

	it('never counts a step with an unknown (NaN) top as reached', () => {
		expect(activeIndexAt([100, Number.NaN, 700], 500)).toBe(0);
		expect(activeIndexAt([100, 400, Number.NaN], 5000)).toBe(1);
		expect(activeIndexAt([Number.NaN, Number.NaN], 500)).toBe(0);
	});

	it('reaches no step with a NaN line', () => {
		expect(activeIndexAt(tops, Number.NaN)).toBe(0);
	});

	it('takes the last step in document order whose own top is reached, even if the tops are out of order', () => {
		expect(activeIndexAt([100, 800, 300], 500)).toBe(2);
		expect(activeIndexAt([600, 100], 200)).toBe(1);
	});
});

describe('the active step at a scroll position', () => {
	// Document coordinates: steps at 1000, 1600 and 2200 in a 4000 px page, an 800 px viewport.
	const layout = { stepTops: [1000, 1600, 2200], documentHeight: 4000 };

	it('puts the line at the offset below scrollY', () => {
		expect(activeIndexForScroll(layout, 0, 800, 0.5)).toBe(0);
		expect(activeIndexForScroll(layout, 1200, 800, 0.5)).toBe(1);
		expect(activeIndexForScroll(layout, 1199, 800, 0.5)).toBe(0);
		expect(activeIndexForScroll(layout, 1200, 800, 0.72)).toBe(1);
		expect(activeIndexForScroll(layout, 1024, 800, 0.72)).toBe(1);
	});

	it('is the last step at the bottom of the page, even if its top cannot reach the line', () => {
		const short = { stepTops: [1000, 1600, 3700], documentHeight: 4000 };
		expect(activeIndexForScroll(short, 3200, 800, 0.5)).toBe(2);
		expect(activeIndexForScroll(short, 3199.5, 800, 0.5)).toBe(2);
		expect(activeIndexForScroll(short, 3150, 800, 0.5)).toBe(1);
	});

	it('knows the bottom of the page within a pixel, and never with NaN', () => {
		expect(atScrollEnd(3200, 800, 4000)).toBe(true);
		expect(atScrollEnd(3199, 800, 4000)).toBe(true);
		expect(atScrollEnd(3198, 800, 4000)).toBe(false);
		expect(atScrollEnd(Number.NaN, 800, 4000)).toBe(false);
		expect(atScrollEnd(3200, 800, Number.NaN)).toBe(false);
	});

	it('is -1 with no steps, also at the bottom of the page', () => {
		expect(activeIndexForScroll({ stepTops: [], documentHeight: 800 }, 0, 800, 0.5)).toBe(-1);
	});
});

describe('moving by steps', () => {
	it('moves by steps and stops at the ends', () => {
		expect(neighbourStep(steps, 'b', 1)).toBe('c');
		expect(neighbourStep(steps, 'd', 1)).toBe('d');
		expect(neighbourStep(steps, 'a', -1)).toBe('a');
		expect(neighbourStep(steps, 'unknown', 1)).toBe('b');
	});
});

describe('steps from the URL hash', () => {
	it('accepts only the chapter own step ids', () => {
		expect(stepFromHash(steps, '#c')).toBe('c');
		expect(stepFromHash(steps, 'c')).toBe('c');
		expect(stepFromHash(steps, '#../../etc')).toBeNull();
		expect(stepFromHash(steps, '#%E0%A4%A')).toBeNull();
		expect(stepFromHash(steps, `#${'x'.repeat(5000)}`)).toBeNull();
		expect(stepFromHash(steps, '')).toBeNull();
	});
});
