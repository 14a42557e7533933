import { line, scaleLinear } from 'd3';
import type { ChartState } from './model';

/** Both views draw in this box; the SVG scales it to the screen. */
export const viewBox = { width: 480, height: 320 } as const;

export const plot = { left: 64, right: 456, top: 36, bottom: 256 } as const;
/** Headroom above 4×, so the evidence labels sit clear of the control line. */
export const responseDomain = [0, 5.5] as const;
export const pulseTicks = [1, 4, 8, 12, 16] as const;
export const responseTicks = [1, 2, 3, 4] as const;

export function chartScales(chart: ChartState) {
	const x = scaleLinear([1, chart.pulses.length], [plot.left + 10, plot.right - 10]);
	const y = scaleLinear(responseDomain, [plot.bottom, plot.top]);
	return { x, y };
}

export interface SeriesLayout {
	id: 'control' | 'blocked';
	label: string;
	path: string;
	points: { key: string; x: number; y: number }[];
	/** Where the series' name sits: beside the line, clear of the other series. */
	labelX: number;
	labelY: number;
	labelAnchor: 'start' | 'end';
}

export function seriesLayout(chart: ChartState): SeriesLayout[] {
	const { x, y } = chartScales(chart);
	const path = (values: readonly number[]) => line<number>((_, index) => x(chart.pulses[index]!), y)(values);
	return chart.series.map((series) => {
		const points = series.values.map((value, index) => ({ key: `${series.id}-${index}`, x: x(chart.pulses[index]!), y: y(value) }));
		// Control rises to the right: name it above-left of its middle. Blocked is flat: name it under its right end.
		const middle = points[Math.floor(points.length / 2) - 1]!;
		const last = points.at(-1)!;
		return series.id === 'control'
			? { id: series.id, label: series.label, path: path(series.values) ?? '', points, labelX: middle.x - 14, labelY: middle.y - 14, labelAnchor: 'end' as const }
			: { id: series.id, label: series.label, path: path(series.values) ?? '', points, labelX: last.x, labelY: last.y + 28, labelAnchor: 'end' as const };
	});
}

/** The "volume turned up" arrow: from the blocked line up to the control line, at pulse 13. */
export function volumeArrow(chart: ChartState) {
	const { x, y } = chartScales(chart);
	const pulse = 13;
	const [control, blocked] = [chart.series.find((s) => s.id === 'control'), chart.series.find((s) => s.id === 'blocked')];
	const top = y(control ? control.values[pulse - 1]! : 3) + 12;
	const bottom = y(blocked ? blocked.values[pulse - 1]! : 1) - 10;
	return { x: x(pulse), top, bottom, labelX: x(pulse) - 12, labelY: (top + bottom) / 2 };
}

/** The pathway sketch: limb on the left, spinal cord low right, brain high right. */
export const pathway = {
	limb: { x: 14, y: 200, width: 92, height: 60 },
	nerve: 'M106 232 C 170 274, 240 274, 300 220',
	/** Points along the nerve (t = 0.2 and 0.72 on its curve) and the ascending tract, with their heading. */
	arrows: [
		{ key: 'arrow-nerve-1', x: 145, y: 252, angle: 25 },
		{ key: 'arrow-nerve-2', x: 248, y: 253, angle: -25 },
		{ key: 'arrow-up', x: 330, y: 160, angle: -90 }
	],
	cord: { x: 330, y: 236, rx: 66, ry: 48 },
	dorsalHorn: { x: 304, y: 220 },
	ascending: { x: 330, y1: 188, y2: 124 },
	brain: { x: 330, y: 70, rx: 118, ry: 52 },
	/** On the nerve at t = 0.4: the wrong site. */
	peripheralSite: { x: 185, y: 262 },
	centralSites: [
		{ key: 'site-cord', x: 304, y: 220, label: 'here', labelX: 278, labelY: 200, anchor: 'end' },
		{ key: 'site-brain', x: 318, y: 84, label: 'and here', labelX: 344, labelY: 91, anchor: 'start' }
	]
} as const;
