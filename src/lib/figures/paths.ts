// SVG path strings for the figures' lines, areas and links. d3-shape ships as one file whose
// curve factories run at load time (cardinal, Catmull-Rom, bundle ... are built by top-level
// calls), so the bundler keeps nearly all of it whatever a figure uses: 3.7 KiB gzipped in every
// figure chapter, to draw straight lines, one monotone curve and two link shapes. These are those
// four, written the way d3-shape v3 writes them (same commands, coordinates rounded to 3 decimals
// as d3-path does by default), so every figure draws the same path; tests/unit/paths.test.ts
// checks them against d3-shape.

export type Point = readonly [x: number, y: number];

/** A coordinate as d3-path writes it: rounded to 3 decimals. */
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

/**
 * A link between two points that leaves and arrives level (d3's `linkHorizontal()`), or upright
 * with `vertical` (d3's `linkVertical()`): one cubic Bézier with both handles at the midpoint.
 */
export function linkPath(source: Point, target: Point, vertical = false): string {
	const [sx, sy] = source;
	const [tx, ty] = target;
	if (vertical) {
		const my = (sy + ty) / 2;
		return `M${n(sx)},${n(sy)}C${n(sx)},${n(my)},${n(tx)},${n(my)},${n(tx)},${n(ty)}`;
	}
	const mx = (sx + tx) / 2;
	return `M${n(sx)},${n(sy)}C${n(mx)},${n(sy)},${n(mx)},${n(ty)},${n(tx)},${n(ty)}`;
}
