import { curveMonotoneX, line, scaleLinear, scaleLog } from 'd3';
import type { DoseChart, GlutamateScene } from './model';

/** Every view of this figure draws in this coordinate box; the SVG scales it to the screen. */
export const viewBox = { width: 480, height: 360 } as const;

/** The circuit: cells down the left, a spike row beside each, the next cell at the bottom. */
export const circuitGeometry = {
	interneuron: { x: 54, y: 74, r: 28 },
	pyramidal: { x: 54, y: 200, halfWidth: 36, top: 164, base: 236 },
	raster: { x0: 134, x1: 466, height: 36, interneuronTop: 46, pyramidalTop: 170 },
	brake: { x: 54, from: 106, to: 152, barHalf: 18 },
	terminal: { x: 16, y: 256, width: 186, height: 18 },
	nextCell: { x: 16, y: 304, width: 186, height: 52 },
	cleft: { y: 284 }
} as const;

/**
 * A row's spikes as one strip, drawn once: second t sits at x0 + t / window * lane width, so the
 * previous step's window lies on the lane and this step's window to its right. Scrolling the row
 * is then one translate of the strip (rasterShift) under a clip to the lane, instead of moving
 * every tick on every frame.
 */
export function rasterStrip(spikes: readonly number[], windowSeconds: number, top: number): string {
	const g = circuitGeometry.raster;
	const x = scaleLinear([0, windowSeconds], [g.x0, g.x1]);
	return spikes.map((t) => `M${x(t)} ${top + 3}V${top + g.height - 3}`).join('');
}

/** How far left the strip moves so the lane shows seconds offset .. offset + window. */
export function rasterShift(offsetSeconds: number, windowSeconds: number): number {
	const g = circuitGeometry.raster;
	return (offsetSeconds / windowSeconds) * (g.x1 - g.x0);
}

/** Glutamate circles in the gap between the pyramidal ending and the next cell, centred, evenly spaced. */
export function cleftGlutamate(count: number) {
	const g = circuitGeometry;
	const safe = Number.isFinite(count) ? Math.max(0, Math.min(6, Math.floor(count))) : 0;
	const spacing = 30;
	const centre = g.terminal.x + g.terminal.width / 2;
	return Array.from({ length: safe }, (_, i) => ({
		key: `cleft-glu-${i}`,
		x: centre + (i - (safe - 1) / 2) * spacing,
		y: g.cleft.y
	}));
}

export function nextCellReceptors(count: number) {
	const g = circuitGeometry.nextCell;
	return Array.from({ length: count }, (_, i) => ({ key: `ampa-${i}`, x: g.x + ((i + 1) * g.width) / (count + 1), y: g.y }));
}

/** The dose chart: a log dose axis (doses compare by ratio) and a shape-only vertical axis. */
export const doseGeometry = { left: 56, right: 444, top: 96, bottom: 256, axisY: 276, restX: 40 } as const;

export function doseLayout(chart: DoseChart) {
	const g = doseGeometry;
	const x = scaleLog([7, 260], [g.left + 34, g.right]);
	const y = scaleLinear([-1, 1], [g.bottom - 16, g.top + 14]);
	const baselineY = y(0);
	// No drug is baseline by definition; it sits left of a break in the log axis.
	const rest = { x: g.restX, y: baselineY };
	const points = chart.points.map((point) => ({ ...point, key: `dose-${point.dose}`, x: x(point.dose), y: y(point.shape), selected: point.dose === chart.dose }));
	const curve = line<{ x: number; y: number }>(
		(point) => point.x,
		(point) => point.y
	).curve(curveMonotoneX)([rest, ...points]);
	const selected = points.find((point) => point.selected)!;
	// The readout keeps one place (top right), so it never lands on the curve or the axis.
	return { points, rest, baselineY, curve: curve ?? '', selected, readout: { x: g.right, y: g.top - 12 } };
}

/** The AMPA close-up: two side-by-side panels, ketamine alone and ketamine with NBQX. */
export const ampaGeometry = {
	panels: [
		{ key: 'ketamine', x: 0, width: 236 },
		{ key: 'nbqx', x: 244, width: 236 }
	],
	terminalTop: 44,
	terminalBottom: 100,
	membraneTop: 176,
	membraneBottom: 206,
	receptorTop: 150,
	receptorBottom: 232,
	cellBottom: 262
} as const;

export function ampaLayout(receptors: number) {
	const g = ampaGeometry;
	return g.panels.map((panel) => {
		const xs = Array.from({ length: receptors }, (_, i) => panel.x + ((i + 1) * panel.width) / (receptors + 1));
		const blocked = panel.key === 'nbqx';
		return {
			...panel,
			blocked,
			receptors: xs.map((x, i) => ({ key: `${panel.key}-ampa-${i}`, x })),
			// Glutamate sits on open receptors, and hangs unbound above blocked ones.
			glutamate: xs.map((x, i) => ({ key: `${panel.key}-glu-${i}`, x, y: blocked ? 124 : g.receptorTop - 10 }))
		};
	});
}

/** Open-question cards stacked over the faded circuit. */
export function questionCards(scene: GlutamateScene) {
	return scene.questions.map((question, i) => ({ ...question, x: 36, y: 70 + i * 86, width: 408, height: 64 }));
}
