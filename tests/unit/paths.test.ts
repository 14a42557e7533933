import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/lib/figures/random';
import { areaPath, linePath } from '../../src/lib/figures/paths/linear';
import { linkPath } from '../../src/lib/figures/paths/link';
import { monotoneXPath } from '../../src/lib/figures/paths/monotone';
import type { Point } from '../../src/lib/figures/paths/point';

// The figures' path strings replace d3-shape's; d3-shape (a dev-time reference here) is the truth,
// to the character, so every figure draws exactly what it drew before. The point sets are seeded
// (the figures' own generator), so a failure replays.

/** Point sets with the awkward cases: empty, one point, two, repeats, flat runs, steps back in x. */
function pointSets(): Point[][] {
	const next = mulberry32(7);
	const sets: Point[][] = [[], [[3.14159, 2.71828]], [[0, 0], [10, 5]], [[0, 1], [0, 1], [5, 1], [5, 1], [9, 4]], [[0, 2], [1, 2], [2, 2], [3, 7]], [[0, 0], [4, 3], [2, 5], [8, 1]]];
	for (let k = 0; k < 40; k++) {
		const length = 1 + Math.floor(next() * 60);
		let x = next() * 100;
		sets.push(Array.from({ length }, () => [(x += next() * 20), next() * 400 - 50] as const));
	}
	return sets;
}

describe('figure paths agree with d3-shape', () => {
	it('polyline (line, curveLinear)', () => {
		for (const points of pointSets()) expect(linePath(points)).toBe(d3.line()(points as [number, number][]));
	});

	it('monotone curve (line, curveMonotoneX)', () => {
		for (const points of pointSets()) expect(monotoneXPath(points)).toBe(d3.line().curve(d3.curveMonotoneX)(points as [number, number][]));
	});

	it('area between a top and a bottom edge (area, curveLinear)', () => {
		for (const points of pointSets()) {
			const rows = points.map(([x, y], i) => ({ x, top: y, bottom: i % 3 === 0 ? 300 : 280.0004 }));
			const theirs = d3.area<{ x: number; top: number; bottom: number }>().x((p) => p.x).y0((p) => p.bottom).y1((p) => p.top)(rows);
			expect(areaPath(rows)).toBe(theirs);
		}
	});

	it('links, level and upright (linkHorizontal, linkVertical)', () => {
		const next = mulberry32(11);
		const horizontal = d3.linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
		const vertical = d3.linkVertical<{ source: [number, number]; target: [number, number] }, [number, number]>();
		for (let k = 0; k < 50; k++) {
			const source: [number, number] = [next() * 500, next() * 500];
			const target: [number, number] = [next() * 500 - 20, next() * 500];
			expect(linkPath(source, target)).toBe(horizontal({ source, target }));
			expect(linkPath(source, target, true)).toBe(vertical({ source, target }));
		}
	});
});
