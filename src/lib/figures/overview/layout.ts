import { scaleLog } from '../scale';
import type { OverviewScene, SceneBand } from './model';

/**
 * The overview draws in this box; the SVG scales it to the screen. Wider than tall, and compact,
 * so the drawing stays legible in a phone's figure pane with the chapter links below it, and on
 * the landing page at a smaller size.
 */
export const viewBox = { width: 480, height: 278 } as const;

const margin = { left: 14, right: 466 } as const;
/** Label text is 19 units; this (generous) estimate of a character's width keeps labels inside the box. */
const charWidth = 10.5;
/** The evidence mark: a small circle, full (established), half (animal) or empty (contested). */
export const markSize = 18;
const rowHeight = 29;
const firstBarY = 44;

export const legendY = 20;
export const axisY = 226;
/** Tick labels: first and second line under the axis. */
export const tickRowY = [248, 270] as const;

export function estimateTextWidth(text: string): number {
	return text.length * charWidth;
}

export function timeScale(domain: readonly [number, number]) {
	return scaleLog([domain[0], domain[1]], [margin.left, margin.right]);
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export interface BandLayout extends SceneBand {
	x: number;
	width: number;
	/** The bar's vertical centre. */
	y: number;
	/** Label and mark go after the bar when they fit in the box, else before it. */
	side: 'after' | 'before';
	markX: number;
	labelX: number;
	labelAnchor: 'start' | 'end';
}

export function bandsLayout(scene: OverviewScene): BandLayout[] {
	const x = timeScale(scene.domain);
	return scene.bands.map((band, index) => {
		const start = x(band.start);
		const end = x(band.end);
		const fitsAfter = end + 8 + markSize + estimateTextWidth(band.label) <= viewBox.width - 6;
		return {
			...band,
			x: start,
			width: Math.max(4, end - start),
			y: firstBarY + index * rowHeight,
			side: fitsAfter ? 'after' : 'before',
			markX: fitsAfter ? end + 8 + markSize / 2 - 2 : start - 8 - markSize / 2 + 2,
			labelX: fitsAfter ? end + 8 + markSize : start - 8 - markSize,
			labelAnchor: fitsAfter ? 'start' : 'end'
		};
	});
}

/** The left and right edge of a band's label, for overlap checks. */
export function labelSpan(band: BandLayout): [number, number] {
	const width = estimateTextWidth(band.label);
	return band.labelAnchor === 'start' ? [band.labelX, band.labelX + width] : [band.labelX - width, band.labelX];
}

export interface TickLayout {
	at: number;
	label: string;
	x: number;
	labelX: number;
	/** 0 = first line under the axis; 1 = second line, when the first is taken. */
	row: 0 | 1;
}

/** Ticks, with labels moved to a second line where a log axis crowds them (1 week, 3 weeks). */
export function ticksLayout(scene: OverviewScene): TickLayout[] {
	const x = timeScale(scene.domain);
	const rowEnds = [-Infinity, -Infinity];
	return scene.ticks.map((tick) => {
		const half = estimateTextWidth(tick.label) / 2;
		const labelX = clamp(x(tick.at), 6 + half, viewBox.width - 6 - half);
		const row: 0 | 1 = labelX - half > rowEnds[0]! + 10 ? 0 : 1;
		rowEnds[row] = labelX + half;
		return { ...tick, x: x(tick.at), labelX, row };
	});
}

export function relapseLayout(scene: OverviewScene) {
	const x = timeScale(scene.domain);
	const mood = bandsLayout(scene).find((band) => band.id === 'mood-change')!;
	return { x: x(scene.relapse.at), top: mood.y - 6, bottom: axisY, textX: x(scene.relapse.at) - 12, textY: [mood.y + 30, mood.y + 51] as const };
}

/** The lit band's span, shaded down to the axis so the reader sees where on the timeline we are. */
export function focusSpan(scene: OverviewScene) {
	if (scene.focus === null) return null;
	const band = bandsLayout(scene).find((b) => b.id === scene.focus)!;
	return { x: band.x, width: band.width, top: band.y - 11, bottom: axisY };
}
