import { linkHorizontal, linkVertical } from 'd3';
import { layers, type GraphEdge } from './graph';

/**
 * Where every node and edge goes, computed from the graph alone: layers from graph.ts become
 * columns (wide screens, left to right) or rows (phones, top to bottom). No coordinates are
 * written by hand, so a node added to the pathway file finds its own place.
 */

export type Orientation = 'horizontal' | 'vertical';

/** Phones and narrow panes get the top-to-bottom drawing; matches the page's 55.99rem breakpoint. */
export const narrowMaxPx = 895;

export function orientationFor(viewportWidthPx: number): Orientation {
	return viewportWidthPx <= narrowMaxPx ? 'vertical' : 'horizontal';
}

/** Label size in SVG units (Label.svelte size 1 = --fig-label = 19px) and the line pitch. */
export const labelSize = 19;
const lineHeight = 22;

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PlacedLine {
	text: string;
	x: number;
	y: number;
}

export interface PlacedNode {
	id: string;
	x: number;
	y: number;
	r: number;
	lines: PlacedLine[];
	anchor: 'middle' | 'start';
	/** What the node draws: its dot and its label. No part may touch a part of another node. */
	parts: Box[];
	/** Both parts together (the focus ring). */
	box: Box;
}

export interface PlacedEdge {
	key: string;
	from: string;
	to: string;
	path: string;
}

export interface PathwayLayout {
	orientation: Orientation;
	width: number;
	height: number;
	nodes: PlacedNode[];
	edges: PlacedEdge[];
}

/**
 * Width of a label in Inter at `size`, from rough per-glyph advances of the bold cut (lit labels
 * are bold, and the layout must not move when a label turns bold). Errs wide, never narrow.
 */
export function textWidth(text: string, size = labelSize): number {
	let ems = 0;
	for (const char of text) {
		if ('iljI.,:;!|\' '.includes(char)) ems += 0.3;
		else if ('ft()-r1'.includes(char)) ems += 0.42;
		else if ('mwMW'.includes(char)) ems += 0.92;
		else if (char === '–') ems += 0.62;
		else if (/[A-Z]/.test(char)) ems += 0.74;
		else if (/[0-9]/.test(char)) ems += 0.65;
		else ems += 0.6;
	}
	return ems * size;
}

/** Greedy word wrap into lines no wider than `max` (a single long word keeps its own line). */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	// Break after spaces, and after a dash between names (PI3K–Akt), so columns stay narrow.
	const words = text.split(/\s+|(?<=–)/);
	for (const [index, word] of words.entries()) {
		const last = lines.at(-1);
		const joined = last?.endsWith('–') ? `${last}${word}` : `${last} ${word}`;
		// A last word of one or two letters (Synapsin I) never stands on a line of its own.
		const orphan = index === words.length - 1 && word.length <= 2;
		if (last !== undefined && (textWidth(joined) <= max || orphan)) lines[lines.length - 1] = joined;
		else lines.push(word);
	}
	return lines;
}

interface Extent {
	lo: number;
	hi: number;
}

/** A rectangle a node draws (its dot, or its label), relative to the node's centre. */
interface Part {
	main: Extent;
	cross: Extent;
}

interface Shape {
	r: number;
	lines: string[];
	labelSide: 'below' | 'above' | 'right';
	dot: Part;
	label: Part;
	/** Both parts together. */
	cross: Extent;
}

const settings = {
	// Labels alternate above and below the dots, so neighbouring columns can share width.
	horizontal: { r: 10, labelMax: 86, minPitch: 52, mainGap: 10, crossGap: 52, margin: 4 },
	// Labels sit to the right of the dots, one row per layer.
	vertical: { r: 7, labelMax: Infinity, minPitch: 26, mainGap: 4, crossGap: 20, margin: 4 }
} as const;

const labelGap = 4;

function shapeOf(label: string, orientation: Orientation, side: Shape['labelSide']): Shape {
	const { r, labelMax } = settings[orientation];
	const lines = wrap(label, labelMax);
	const labelWidth = Math.max(...lines.map((line) => textWidth(line)));
	const dot: Part = { main: { lo: -r, hi: r }, cross: { lo: -r, hi: r } };
	const block = lines.length * lineHeight;
	let part: Part;
	if (side === 'right') part = { main: { lo: -lineHeight / 2, hi: lineHeight / 2 }, cross: { lo: r + labelGap, hi: r + labelGap + labelWidth } };
	else if (side === 'below') part = { main: { lo: -labelWidth / 2, hi: labelWidth / 2 }, cross: { lo: r + labelGap, hi: r + labelGap + block } };
	else part = { main: { lo: -labelWidth / 2, hi: labelWidth / 2 }, cross: { lo: -r - labelGap - block, hi: -r - labelGap } };
	return { r, lines, labelSide: side, dot, label: part, cross: { lo: Math.min(dot.cross.lo, part.cross.lo), hi: Math.max(dot.cross.hi, part.cross.hi) } };
}

/** Horizontal: outer nodes of a column put labels outward; others alternate by column. */
function labelSide(orientation: Orientation, layer: number, index: number, count: number): Shape['labelSide'] {
	if (orientation === 'vertical') return 'right';
	if (count >= 2 && index === 0) return 'above';
	if (count >= 2 && index === count - 1) return 'below';
	return layer % 2 === 0 ? 'below' : 'above';
}

function overlaps(a: Extent, b: Extent, gap = 0): boolean {
	return a.lo < b.hi + gap && b.lo < a.hi + gap;
}

export function layoutPathway(graph: { nodes: readonly { id: string; label: string }[]; edges: readonly GraphEdge[] }, orientation: Orientation): PathwayLayout {
	const { minPitch, mainGap, crossGap, margin } = settings[orientation];
	const rows = layers(graph);
	const labelOf = new Map(graph.nodes.map((node) => [node.id, node.label]));
	const shapes = new Map<string, Shape>();
	rows.forEach((row, layer) => row.forEach((id, index) => shapes.set(id, shapeOf(labelOf.get(id)!, orientation, labelSide(orientation, layer, index, row.length)))));
	const shape = (id: string) => shapes.get(id)!;

	// Across the flow: start stacked around 0, then let each node drift toward the mean of its
	// neighbours (a few sweeps), keeping order and a minimum gap. Straight runs stay straight.
	const cross = new Map<string, number>();
	const linked = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
	for (const edge of graph.edges) {
		linked.get(edge.from)?.push(edge.to);
		linked.get(edge.to)?.push(edge.from);
	}
	const separation = (before: string, after: string) => shape(before).cross.hi + crossGap - shape(after).cross.lo;
	const settle = (row: string[], desired: number[]) => {
		const placed = [desired[0]!];
		for (let i = 1; i < row.length; i++) placed.push(Math.max(desired[i]!, placed[i - 1]! + separation(row[i - 1]!, row[i]!)));
		// Shift the group back so its centre matches where its members wanted to be.
		const drift = desired.reduce((sum, want, i) => sum + want - placed[i]!, 0) / row.length;
		row.forEach((id, i) => cross.set(id, placed[i]! + drift));
	};
	for (const row of rows) settle(row, row.map(() => 0));
	const sweep = (row: string[]) =>
		settle(
			row,
			row.map((id) => {
				const around = linked.get(id)!.map((other) => cross.get(other)!);
				return around.length > 0 ? around.reduce((a, b) => a + b, 0) / around.length : cross.get(id)!;
			})
		);
	for (let pass = 0; pass < 12; pass++) {
		for (const row of rows) sweep(row);
		for (const row of [...rows].reverse()) sweep(row);
	}

	// Along the flow: each layer goes as close to the previous one as the edges allow, then
	// further only where one of its parts would touch a part of a node in any earlier layer.
	const mainAt: number[] = [];
	const partsOf = (id: string) => {
		const s = shape(id);
		const c = cross.get(id)!;
		return [s.dot, s.label].map((part) => ({ main: part.main, cross: { lo: c + part.cross.lo, hi: c + part.cross.hi } }));
	};
	rows.forEach((row, k) => {
		let at = k === 0 ? 0 : mainAt[k - 1]! + minPitch;
		for (let j = 0; j < k; j++) {
			for (const a of rows[j]!) {
				for (const b of row) {
					for (const pa of partsOf(a)) {
						for (const pb of partsOf(b)) {
							if (overlaps(pa.cross, pb.cross, 2)) at = Math.max(at, mainAt[j]! + pa.main.hi + mainGap - pb.main.lo);
						}
					}
				}
			}
		}
		mainAt.push(at);
	});

	const mainOf = new Map<string, number>();
	rows.forEach((row, index) => row.forEach((id) => mainOf.set(id, mainAt[index]!)));
	const horizontal = orientation === 'horizontal';
	const toBox = (x: number, y: number, part: Part): Box =>
		horizontal
			? { x: x + part.main.lo, y: y + part.cross.lo, width: part.main.hi - part.main.lo, height: part.cross.hi - part.cross.lo }
			: { x: x + part.cross.lo, y: y + part.main.lo, width: part.cross.hi - part.cross.lo, height: part.main.hi - part.main.lo };
	const raw = graph.nodes.map((node) => {
		const s = shape(node.id);
		const m = mainOf.get(node.id)!;
		const c = cross.get(node.id)!;
		const [x, y] = horizontal ? [m, c] : [c, m];
		return { id: node.id, x, y, s, parts: [toBox(x, y, s.dot), toBox(x, y, s.label)] };
	});

	// Fit the view box to the drawing.
	const all = raw.flatMap((node) => node.parts);
	const left = Math.min(...all.map((box) => box.x)) - margin;
	const top = Math.min(...all.map((box) => box.y)) - margin;
	const width = Math.max(...all.map((box) => box.x + box.width)) - left + margin;
	const height = Math.max(...all.map((box) => box.y + box.height)) - top + margin;

	const nodes: PlacedNode[] = raw.map(({ id, x: rawX, y: rawY, s, parts }) => {
		const x = rawX - left;
		const y = rawY - top;
		const shifted = parts.map((box) => ({ ...box, x: box.x - left, y: box.y - top }));
		const labelBox = shifted[1]!;
		// Baselines sit 15 units below the top of each 22-unit line (Inter's cap height at 19 units).
		const lines = horizontal
			? s.lines.map((text, i) => ({ text, x, y: labelBox.y + 15 + i * lineHeight }))
			: s.lines.map((text) => ({ text, x: labelBox.x, y: y + 7 }));
		return { id, x, y, r: s.r, lines, anchor: horizontal ? 'middle' : 'start', parts: shifted, box: union(shifted) };
	});

	const at = new Map(nodes.map((node) => [node.id, node]));
	const arrowRoom = 4;
	const edges: PlacedEdge[] = graph.edges.map((edge) => {
		const a = at.get(edge.from)!;
		const b = at.get(edge.to)!;
		const path = horizontal
			? (linkHorizontal()({ source: [a.x + a.r, a.y], target: [b.x - b.r - arrowRoom, b.y] }) ?? '')
			: (linkVertical()({ source: [a.x, a.y + a.r], target: [b.x, b.y - b.r - arrowRoom] }) ?? '');
		return { key: `${edge.from}->${edge.to}`, from: edge.from, to: edge.to, path };
	});

	return { orientation, width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}

function union(boxes: readonly Box[]): Box {
	const x = Math.min(...boxes.map((box) => box.x));
	const y = Math.min(...boxes.map((box) => box.y));
	return { x, y, width: Math.max(...boxes.map((box) => box.x + box.width)) - x, height: Math.max(...boxes.map((box) => box.y + box.height)) - y };
}

export function boxesOverlap(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
