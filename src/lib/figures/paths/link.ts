import type { Point } from './point';

/** A coordinate as d3-path writes it: rounded to 3 decimals. (Repeated in each shape's file: a
 * module of its own would be one more file to fetch for a one-line function.) */
function n(value: number): string {
	return String(Math.round(value * 1000) / 1000);
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
