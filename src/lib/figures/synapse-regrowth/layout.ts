import { curveMonotoneX, line, scaleLinear } from 'd3';
import type { DrawnSpine, SynapseScene } from './model';

/** The figure draws in this coordinate box; the SVG scales it to the screen. */
export const viewBox = { width: 480, height: 360 } as const;

/**
 * The dendrite: a short trunk from the left that forks into three branches. Each branch's
 * centre line is y(x) = tip + (fork - tip)·e^(-(x - forkX)/spread) plus a small wave, so the
 * branches leave the fork quickly and run nearly level, far enough apart for spines on both sides.
 */
export const dendriteGeometry = {
	trunkStart: { x: 4, y: 128 },
	fork: { x: 84, y: 120 },
	tipX: 372,
	tipYs: [54, 118, 182],
	spread: 24,
	wave: { amplitude: 3, length: 46 },
	/** The stretch of each branch that carries spines (spine position 0..1 maps onto it). */
	spineFrom: 128,
	spineTo: 364,
	halfWidth: [5.5, 5.5, 5.5],
	trunkHalfWidth: 8
} as const;

/** A smooth curve through the points that never overshoots them between points. */
const smooth = line().curve(curveMonotoneX);

export function branchY(branch: number, x: number): number {
	const g = dendriteGeometry;
	const tip = g.tipYs[branch] ?? g.fork.y;
	const approach = Math.exp(-(x - g.fork.x) / g.spread);
	const wave = g.wave.amplitude * Math.sin((x - g.fork.x) / g.wave.length + branch * 2.1) * (1 - approach);
	return tip + (g.fork.y - tip) * approach + wave;
}

export function branchPaths(): { branch: number; d: string; tip: { x: number; y: number } }[] {
	const g = dendriteGeometry;
	return g.tipYs.map((_, branch) => {
		const points: [number, number][] = Array.from({ length: 49 }, (_, i) => {
			const x = g.fork.x + ((g.tipX - g.fork.x) * i) / 48;
			return [x, branchY(branch, x)];
		});
		return { branch, d: smooth(points) ?? '', tip: { x: g.tipX, y: branchY(branch, g.tipX) } };
	});
}

export function trunkPath(): string {
	const g = dendriteGeometry;
	return (
		smooth([
			[g.trunkStart.x, g.trunkStart.y],
			[(g.trunkStart.x + g.fork.x) / 2, (g.trunkStart.y + g.fork.y) / 2 + 1],
			[g.fork.x + 6, g.fork.y]
		]) ?? ''
	);
}

export interface PlacedSpine extends DrawnSpine {
	/** Neck from the branch surface to the head. */
	neckFrom: { x: number; y: number };
	neckTo: { x: number; y: number };
	headAt: { x: number; y: number };
}

/** Where each spine sits: on its branch's surface, pointing away from it, leaning by its tilt. */
export function placeSpines(spines: DrawnSpine[]): PlacedSpine[] {
	const g = dendriteGeometry;
	return spines.map((spine) => {
		const x = g.spineFrom + spine.position * (g.spineTo - g.spineFrom);
		const y = branchY(spine.branch, x);
		const slope = (branchY(spine.branch, x + 0.5) - branchY(spine.branch, x - 0.5)) / 1;
		// Unit normal pointing up (side 1) or down (side -1), then turned by the spine's tilt.
		const length = Math.hypot(1, slope);
		const normal = { x: (slope / length) * spine.side, y: (-1 / length) * spine.side };
		const angle = (spine.tilt * Math.PI) / 180;
		const direction = {
			x: normal.x * Math.cos(angle) - normal.y * Math.sin(angle),
			y: normal.x * Math.sin(angle) + normal.y * Math.cos(angle)
		};
		const surface = g.halfWidth[spine.branch] ?? 5;
		const at = (distance: number) => ({ x: x + direction.x * distance, y: y + direction.y * distance });
		return {
			...spine,
			neckFrom: at(surface - 1),
			neckTo: at(surface + spine.neck),
			headAt: at(surface + spine.neck + spine.head * 0.85)
		};
	});
}

/** The chart under the dendrite: a label gutter on the left, then a time axis of 0 h to 7 days. */
export const chartGeometry = {
	gutterX: 8,
	plotLeft: 112,
	plotRight: 460,
	plotTop: 232,
	plotBottom: 280,
	/** The row under the plot for the step's annotation (dose, growth window, behaviour). */
	rowY: 306,
	/** The time axis runs under both the plot and the row, so they read as one time line. */
	axisY: 328,
	tickY: 351
} as const;

/**
 * Time runs on two scales: the first day takes half the width, so the 3 to 6 h and 12 to 24 h
 * windows can be told apart; days 2 to 7 share the other half. A divider marks the change.
 */
export const timeScale = scaleLinear(
	[0, 24, 168],
	[chartGeometry.plotLeft, (chartGeometry.plotLeft + chartGeometry.plotRight) / 2, chartGeometry.plotRight]
).clamp(true);

/** Spines as % of the healthy count; the axis starts at 50% so the changes are visible. */
export const percentScale = scaleLinear([50, 100], [chartGeometry.plotBottom, chartGeometry.plotTop]).clamp(true);

export const timeTicks = [
	{ hours: 0, label: '0 h' },
	{ hours: 6, label: '6 h' },
	{ hours: 12, label: '12 h' },
	{ hours: 24, label: '24 h' },
	{ hours: 72, label: '3 d' },
	{ hours: 168, label: '7 d' }
] as const;

const curveLine = (points: readonly { hours: number; percent: number }[]) =>
	smooth(points.map((point) => [timeScale(point.hours), percentScale(point.percent)]));

export interface ChartLayout {
	/** The whole 7-day curve (drawn faint) and the part up to the current time (drawn strong). */
	future: string | null;
	elapsed: string | null;
	now: { x: number; y: number } | null;
	healthyY: number;
	/** The growth window, as x positions. */
	window: { from: number; to: number };
	dividerX: number;
	moodOnsetX: number | null;
}

export function chartLayout(scene: SynapseScene): ChartLayout {
	const curve = scene.curve;
	const hours = scene.hours;
	const elapsedPoints = curve && hours !== null ? curve.filter((point) => point.hours <= hours) : null;
	return {
		future: curve ? curveLine(curve) : null,
		elapsed: elapsedPoints && elapsedPoints.length > 1 ? curveLine(elapsedPoints) : null,
		now: hours === null ? null : { x: timeScale(hours), y: percentScale(scene.percentOfHealthy) },
		healthyY: percentScale(100),
		window: { from: timeScale(scene.formationWindow.from), to: timeScale(scene.formationWindow.to) },
		dividerX: timeScale(24),
		moodOnsetX: scene.mood ? timeScale(scene.mood.onsetHours) : null
	};
}
