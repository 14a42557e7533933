import { evidenceLevels } from '../../content/lenses';
import { scaleLog } from 'd3';
import { overviewScene, type BandId, type EvidenceLevel, type OverviewScene, type SceneBand } from './model';

/**
 * The overview draws in a box 480 units wide; the SVG scales it to the screen. At a 390 px
 * phone the box is about 358 px wide, so a 19-unit label is about 14 px: every label must fit in
 * the width without shrinking. The height follows from the rows (computed below, the same for
 * every step), and stays under about 330 units so the drawing is width-limited, not
 * height-limited, in a phone's figure pane.
 */
const width = 480;
const margin = { left: 14, right: 466 } as const;
const edge = { left: 6, right: width - 6 } as const;

/**
 * A generous estimate of label width per character for 19-unit text, measured on DejaVu Sans
 * (the widest common fallback face; Inter and the phone system faces are narrower): regular
 * text up to about 11.3 units a character, bold up to 12.6 on short words.
 */
const charWidth = { regular: 11.2, bold: 12.4 } as const;
/** Ascent and descent of a 19-unit label, for overlap checks. */
export const textAscent = 14;
export const textDescent = 5;
/** The evidence mark: a small circle, filled by how strong the evidence is. */
export const markSize = 18;
const markRadius = 7;
const barHalf = 6;
const gap = 8;
/** Line pitch for stacked text (19-unit labels). */
const linePitch = 20;
/** Line pitch inside the boxed note: a little more air for three lines of running text. */
const notePitch = 21;

export function estimateTextWidth(text: string, bold = false): number {
	return text.length * (bold ? charWidth.bold : charWidth.regular);
}

export function timeScale(domain: readonly [number, number]) {
	return scaleLog([domain[0], domain[1]], [margin.left, margin.right]);
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

// ------------------------------------------------------------------------------------------
// Evidence marks
// ------------------------------------------------------------------------------------------

/**
 * How much of the mark is filled, by level: full = established, half = shown in animals, empty =
 * contested. Keyed by string so that a level added to the shared list (lenses.ts) still draws:
 * 'limited' (early evidence in people) sits between animal and established, so three quarters;
 * an unknown level draws an empty ring and is named in words by the describer and the legend.
 */
const fillByLevel: Readonly<Record<string, number>> = { established: 1, limited: 0.75, animal: 0.5, contested: 0 };

export function evidenceFill(level: EvidenceLevel): number {
	return fillByLevel[level] ?? 0;
}

/** The filled part of the mark, centred on 0,0: a pie from 12 o'clock, anticlockwise. Null = empty ring. */
export function markFillPath(fraction: number, r = markRadius): string | null {
	if (fraction <= 0) return null;
	if (fraction >= 1) return `M0 ${-r} A${r} ${r} 0 1 0 0 ${r} A${r} ${r} 0 1 0 0 ${-r} Z`;
	const angle = -Math.PI / 2 - fraction * 2 * Math.PI;
	const x = +(r * Math.cos(angle)).toFixed(3);
	const y = +(r * Math.sin(angle)).toFixed(3);
	return `M0 0 L0 ${-r} A${r} ${r} 0 ${fraction > 0.5 ? 1 : 0} 0 ${x} ${y} Z`;
}

/** The legend's words: the site's level names in lower case (EvidenceMark.svelte), known or not. */
const legendWords: Readonly<Record<string, string>> = {
	established: 'established',
	limited: 'early evidence in people',
	animal: 'shown in animals',
	contested: 'contested'
};

export function legendText(level: EvidenceLevel): string {
	return legendWords[level] ?? String(level);
}

// ------------------------------------------------------------------------------------------
// Layout
// ------------------------------------------------------------------------------------------

/** One label as drawn: the view draws these, the tests check these for overlap. */
export interface PlacedText {
	text: string;
	x: number;
	/** Baseline. */
	y: number;
	anchor: 'start' | 'middle' | 'end';
	bold: boolean;
}

export function textBox(t: PlacedText): { left: number; right: number; top: number; bottom: number } {
	const w = estimateTextWidth(t.text, t.bold);
	const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
	return { left, right: left + w, top: t.y - textAscent, bottom: t.y + textDescent };
}

export interface LegendItem {
	level: EvidenceLevel;
	markX: number;
	markY: number;
	label: PlacedText;
}

/** A band as drawn; its label is placed text (the band's name is label.text). */
export interface BandLayout extends Omit<SceneBand, 'label'> {
	x: number;
	width: number;
	/** Where the fade starts, as a share of the bar's width (1 = no fade). */
	fadeAt: number;
	/** The bar's vertical centre. */
	y: number;
	/** Label and mark go after the bar, before it, or (when neither fits in the box) above it. */
	side: 'after' | 'before' | 'above';
	markX: number;
	markY: number;
	label: PlacedText;
}

export interface MarkerLayout {
	id: string;
	x: number;
	y: number;
	lit: boolean;
	label: PlacedText;
}

export interface TickLayout {
	at: number;
	x: number;
	/** 0 = first line under the axis; 1 = second line, when the first is taken. */
	row: 0 | 1;
	label: PlacedText;
}

export interface OverviewLayout {
	legend: LegendItem[];
	bands: BandLayout[];
	markers: MarkerLayout[];
	axisY: number;
	ticks: TickLayout[];
	tickRowY: readonly [number, number];
	axisTitle: PlacedText;
	/** The course note: a box apart from the axis, with no time position. */
	course: { x: number; y: number; width: number; height: number; lines: PlacedText[]; lit: boolean };
	height: number;
}

function legendLayout(levels: readonly EvidenceLevel[], top: number): { items: LegendItem[]; bottom: number } {
	const items: LegendItem[] = [];
	let x = edge.left;
	let baseline = top + textAscent;
	for (const level of levels) {
		const text = legendText(level);
		const itemWidth = markSize + 2 + estimateTextWidth(text);
		if (x > edge.left && x + itemWidth > edge.right) {
			x = edge.left;
			baseline += linePitch + 2;
		}
		items.push({ level, markX: x + markSize / 2 - 1, markY: baseline - 6, label: { text, x: x + markSize + 2, y: baseline, anchor: 'start', bold: false } });
		x += itemWidth + 16;
	}
	return { items, bottom: baseline + textDescent };
}

/** The levels the bands use, in the site's order (strongest first); unknown ones last. */
function levelsUsed(bands: readonly { evidence: EvidenceLevel }[]): EvidenceLevel[] {
	const order = (level: EvidenceLevel) => {
		const index = (evidenceLevels as readonly string[]).indexOf(level);
		return index < 0 ? Infinity : index;
	};
	return [...new Set(bands.map((band) => band.evidence))].sort((a, b) => order(a) - order(b));
}

export function overviewLayout(scene: OverviewScene): OverviewLayout {
	const x = timeScale(scene.domain);
	const legend = legendLayout(levelsUsed(scene.bands), 3);

	// Bands, one row each, earliest first. A label beside its bar needs no extra height; a
	// label above it (when neither side has room) costs a text line.
	let cursor = legend.bottom + 3;
	const bands: BandLayout[] = scene.bands.map((band) => {
		const start = x(band.start);
		const end = x(band.end);
		const labelWidth = estimateTextWidth(band.label, true);
		const fade = band.fadeFrom === null ? 1 : (x(band.fadeFrom) - start) / Math.max(1, end - start);
		const common = { ...band, x: start, width: Math.max(4, end - start), fadeAt: clamp(fade, 0, 1) };
		if (end + gap + markSize + labelWidth <= edge.right) {
			const y = cursor + textAscent - 2;
			cursor += 26;
			return { ...common, y, side: 'after', markX: end + gap + markSize / 2 - 2, markY: y, label: { text: band.label, x: end + gap + markSize, y: y + 6.5, anchor: 'start', bold: true } };
		}
		if (start - gap - markSize - labelWidth >= edge.left) {
			const y = cursor + textAscent - 2;
			cursor += 26;
			return { ...common, y, side: 'before', markX: start - gap - markSize / 2 + 2, markY: y, label: { text: band.label, x: start - gap - markSize, y: y + 6.5, anchor: 'end', bold: true } };
		}
		const baseline = cursor + textAscent;
		const y = baseline + 12;
		cursor += 36;
		const markX = clamp(start + markRadius, edge.left + markRadius, edge.right - labelWidth - 2 * markRadius - 6);
		return { ...common, y, side: 'above', markX, markY: baseline - 6, label: { text: band.label, x: markX + markRadius + 6, y: baseline, anchor: 'start', bold: true } };
	});

	// Facts on the one-drip axis, marked on their band; their words go on a line under the rows.
	const markerBaseline = cursor + textAscent + 1;
	const markers: MarkerLayout[] = scene.markers.map((marker) => {
		const mx = x(marker.at);
		const on = bands.filter((band) => band.start <= marker.at && marker.at <= band.end).pop();
		const labelX = Math.min(edge.right, mx + 8);
		return { id: marker.id, x: mx, y: on?.y ?? cursor, lit: marker.lit, label: { text: marker.label, x: labelX, y: markerBaseline, anchor: 'end', bold: false } };
	});
	cursor = markers.length > 0 ? markerBaseline + textDescent : cursor;

	const axisY = cursor + 8;
	const tickRowY = [axisY + 8 + textAscent, axisY + 8 + textAscent + linePitch + 1] as const;
	const rowEnds = [-Infinity, -Infinity];
	const ticks: TickLayout[] = scene.ticks.map((tick) => {
		const half = estimateTextWidth(tick.label, true) / 2;
		const labelX = clamp(x(tick.at), edge.left + half, edge.right - half);
		const row: 0 | 1 = labelX - half > rowEnds[0]! + 10 ? 0 : 1;
		rowEnds[row] = labelX + half;
		return { at: tick.at, x: x(tick.at), row, label: { text: tick.label, x: labelX, y: tickRowY[row], anchor: 'middle', bold: true } };
	});
	const axisTitle: PlacedText = { text: scene.axisTitle, x: edge.left, y: tickRowY[1], anchor: 'start', bold: false };

	const courseTop = tickRowY[1] + textDescent + 3;
	const course = {
		x: edge.left,
		y: courseTop,
		width: edge.right - edge.left,
		height: scene.course.lines.length * notePitch + 8,
		lines: scene.course.lines.map((text, i): PlacedText => ({ text, x: edge.left + 8, y: courseTop + 6 + textAscent + i * notePitch, anchor: 'start', bold: false })),
		lit: scene.course.lit
	};
	return { legend: legend.items, bands, markers, axisY, ticks, tickRowY, axisTitle, course, height: Math.ceil(course.y + course.height + 3) };
}

/** Every label the view draws for a scene: for overlap checks. */
export function placedTexts(layout: OverviewLayout): PlacedText[] {
	return [
		...layout.legend.map((item) => item.label),
		...layout.bands.map((band) => band.label),
		...layout.markers.map((marker) => marker.label),
		...layout.ticks.map((tick) => tick.label),
		layout.axisTitle,
		...layout.course.lines
	];
}

/**
 * The drawing box. Every step has the same rows (a step only lights, fades or shows parts), so
 * one height fits all and the figure keeps its size from step to step.
 */
export const viewBox = { width, height: overviewLayout(overviewScene('timeline')).height } as const;

/** The lit band's span, shaded down to the axis so the reader sees where on the timeline we are. */
export function focusSpan(layout: OverviewLayout, focus: BandId | null) {
	if (focus === null) return null;
	const band = layout.bands.find((b) => b.id === focus)!;
	const top = band.side === 'above' ? band.label.y - textAscent - 3 : band.y - 11;
	return { x: band.x, width: band.width, top, bottom: layout.axisY };
}
