import { describe, expect, it } from 'vitest';
import { neighbourStep, pickActive, progressRootMargin, progressWithin, stepFromHash, triggerRootMargin } from '../../src/lib/scrolly/trigger';

const steps = ['a', 'b', 'c', 'd'];

describe('trigger line', () => {
	it('is a thin band at the offset, in percent so the browser tracks viewport changes', () => {
		expect(triggerRootMargin(0.5)).toBe('-50% 0px -49.5% 0px');
		expect(triggerRootMargin(0.72)).toBe('-72% 0px -27.5% 0px');
	});

	it('never produces a negative band for offsets at or past the ends', () => {
		expect(triggerRootMargin(1)).toBe('-100% 0px 0% 0px');
		expect(triggerRootMargin(-3)).toBe('0% 0px -99.5% 0px');
		expect(triggerRootMargin(Number.NaN)).toBe('0% 0px -99.5% 0px');
	});

	it('reads progress in the region above the line', () => {
		expect(progressRootMargin(0.5)).toBe('0px 0px -50% 0px');
		expect(progressRootMargin(0.72)).toBe('0px 0px -28% 0px');
	});
});

describe('progress within a step', () => {
	it('runs from 0 at the top edge to 1 at the bottom edge', () => {
		expect(progressWithin(400, 200, 400)).toBe(0);
		expect(progressWithin(300, 200, 400)).toBe(0.5);
		expect(progressWithin(200, 200, 400)).toBe(1);
	});

	it('is clamped, and 0 for an empty step', () => {
		expect(progressWithin(600, 200, 400)).toBe(0);
		expect(progressWithin(0, 200, 400)).toBe(1);
		expect(progressWithin(300, 0, 400)).toBe(0);
	});
});

describe('choosing the active step', () => {
	it('is the step crossing the line; the later one if two touch it', () => {
		expect(pickActive(steps, new Set(['b']), 'a')).toBe('b');
		expect(pickActive(steps, new Set(['b', 'c']), 'a')).toBe('c');
	});

	it('keeps the previous step in the gap between steps', () => {
		expect(pickActive(steps, new Set(), 'c')).toBe('c');
	});

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
