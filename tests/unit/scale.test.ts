import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { bands, niceDomain, scaleLinear, scaleLog } from '../../src/lib/figures/scale';

// The figures' scales replace d3-scale's for numbers; d3-scale (a dev-time reference here) is the truth.
const samples = [-50, 0, 0.5, 3, 24, 100, 168, 300];

describe('figure scales agree with d3-scale', () => {
	it('linear, rising and falling ranges, inside and outside the domain', () => {
		const ours = scaleLinear([0, 100], [350, 40]);
		const theirs = d3.scaleLinear().domain([0, 100]).range([350, 40]);
		for (const v of samples) expect(ours(v)).toBeCloseTo(theirs(v), 9);
		expect(ours.ticks(3)).toEqual(theirs.ticks(3));
	});

	it('piecewise with clamping (the synapse chart: the first day takes half the width)', () => {
		const ours = scaleLinear([0, 24, 168], [60, 300, 540], { clamp: true });
		const theirs = d3.scaleLinear().domain([0, 24, 168]).range([60, 300, 540]).clamp(true);
		for (const v of samples) expect(ours(v)).toBeCloseTo(theirs(v), 9);
		const falling = scaleLinear([168, 24, 0], [0, 10, 20]);
		const fallingRef = d3.scaleLinear().domain([168, 24, 0]).range([0, 10, 20]);
		for (const v of samples) expect(falling(v)).toBeCloseTo(fallingRef(v), 9);
	});

	it('nice domain, as the time-course chart widens for a high peak', () => {
		expect(niceDomain([0, 312.7], 3)).toEqual(d3.scaleLinear().domain([0, 312.7]).nice(3).domain());
	});

	it('log', () => {
		const ours = scaleLog([7, 260], [80, 560]);
		const theirs = d3.scaleLog().domain([7, 260]).range([80, 560]);
		for (const v of [1, 7, 30, 260, 1000]) expect(ours(v)).toBeCloseTo(theirs(v), 9);
		expect(scaleLog([0.1, 1e5], [0, 1]).ticks()).toEqual([0.1, 1, 10, 100, 1000, 10000, 100000]);
	});

	it('bands with inner padding', () => {
		const ours = bands(5, [20, 460], 0.25);
		const theirs = d3.scaleBand<number>().domain([0, 1, 2, 3, 4]).range([20, 460]).paddingInner(0.25);
		for (let i = 0; i < 5; i++) expect(ours.start(i)).toBeCloseTo(theirs(i)!, 9);
		expect(ours.bandwidth).toBeCloseTo(theirs.bandwidth(), 9);
	});

	it('refuses shapes that would draw nonsense, naming them', () => {
		expect(() => scaleLinear([0, 1], [0])).toThrow(/same number of points/);
		expect(() => scaleLinear([0, 5, 3], [0, 1, 2])).toThrow(/strictly one way, got \[0,5,3\]/);
		expect(() => scaleLinear([0, Number.NaN], [0, 1])).toThrow(/finite/);
		expect(() => scaleLog([0, 10], [0, 1])).toThrow(/positive, got \[0,10\]/);
		expect(() => bands(0, [0, 1], 0.1)).toThrow(/count/);
	});
});
