import { n, type Point } from './number';

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
