import type { Point } from './point';

/** A coordinate as d3-path writes it: rounded to 3 decimals. (Repeated in each shape's file: a
 * module of its own would be one more file to fetch for a one-line function.) */
function n(value: number): string {
	return String(Math.round(value * 1000) / 1000);
}

/** A polyline through the points (d3's `line()` with `curveLinear`); null when there are none. */
export function linePath(points: readonly Point[]): string | null {
	let path = '';
	for (const [x, y] of points) path += `${path ? 'L' : 'M'}${n(x)},${n(y)}`;
	// d3 closes a one-point line, which then draws as a dot with round caps.
	if (points.length === 1) path += 'Z';
	return path || null;
}

/** The closed region between a top and a bottom edge sharing x (d3's `area()` with `curveLinear`). */
export function areaPath(points: readonly { x: number; top: number; bottom: number }[]): string | null {
	if (points.length === 0) return null;
	let path = '';
	for (const p of points) path += `${path ? 'L' : 'M'}${n(p.x)},${n(p.top)}`;
	for (let i = points.length - 1; i >= 0; i--) path += `L${n(points[i]!.x)},${n(points[i]!.bottom)}`;
	return `${path}Z`;
}
