import type { Point } from './point';

/** A coordinate as d3-path writes it: rounded to 3 decimals. (Repeated in each shape's file: a
 * module of its own would be one more file to fetch for a one-line function.) */
function n(value: number): string {
	return String(Math.round(value * 1000) / 1000);
}

/**
 * A smooth curve that never overshoots the data between points (Steffen 1990; d3's
 * `curveMonotoneX`): a cubic Bézier per segment with tangents limited by the neighbouring slopes.
 * Coincident points are skipped, as in d3.
 */
export function monotoneXPath(points: readonly Point[]): string | null {
	let path = '';
	let x0 = NaN;
	let y0 = NaN;
	let x1 = NaN;
	let y1 = NaN;
	let t0 = NaN;
	let count = 0;
	const sign = (v: number) => (v < 0 ? -1 : 1);
	// Slope at (x1, y1) from both neighbours; a zero-width side divides by a signed zero as in d3.
	const slope3 = (x2: number, y2: number) => {
		const h0 = x1 - x0;
		const h1 = x2 - x1;
		const s0 = (y1 - y0) / (h0 || (h1 < 0 ? -0 : 0));
		const s1 = (y2 - y1) / (h1 || (h0 < 0 ? -0 : 0));
		const p = (s0 * h1 + s1 * h0) / (h0 + h1);
		return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
	};
	// One-sided slope at an end of the curve.
	const slope2 = (t: number) => {
		const h = x1 - x0;
		return h ? ((3 * (y1 - y0)) / h - t) / 2 : t;
	};
	const segment = (ta: number, tb: number) => {
		const dx = (x1 - x0) / 3;
		path += `C${n(x0 + dx)},${n(y0 + dx * ta)},${n(x1 - dx)},${n(y1 - dx * tb)},${n(x1)},${n(y1)}`;
	};
	for (const [px, py] of points) {
		const x = +px;
		const y = +py;
		let t1 = NaN;
		if (x === x1 && y === y1) continue;
		if (count === 0) path += `M${n(x)},${n(y)}`;
		else if (count === 2) segment(slope2((t1 = slope3(x, y))), t1);
		else if (count > 2) segment(t0, (t1 = slope3(x, y)));
		count += 1;
		x0 = x1;
		x1 = x;
		y0 = y1;
		y1 = y;
		t0 = t1;
	}
	if (count === 1) path += 'Z';
	else if (count === 2) path += `L${n(x1)},${n(y1)}`;
	else if (count > 2) segment(t0, slope2(t0));
	return path || null;
}
