import { channelBox, gridLayout, isApart, type ChannelLook } from './grid.ts';

/**
 * The live channel grid on a canvas: the same drawing as the prerendered SVG (ChannelGrid.svelte),
 * in a form that costs the same whether 10 channels change in a frame or 500. Shapes that share a
 * style go into one path, so a frame is a dozen fills and strokes, not thousands of SVG nodes.
 */

export interface GridColours {
	nmda: string;
	nmdaFill: string;
	ion: string;
	ionStroke: string;
	magnesium: string;
	magnesiumStroke: string;
	ketamine: string;
	ketamineStroke: string;
	/** Trapped channels' hatching: diagonal lines, as the SVG's pattern. */
	hatch: CanvasPattern | string;
}

const colourVariables: Record<Exclude<keyof GridColours, 'hatch'>, string> = {
	nmda: '--fig-nmda',
	nmdaFill: '--fig-nmda-fill',
	ion: '--fig-ion',
	ionStroke: '--fig-ion-stroke',
	magnesium: '--fig-magnesium',
	magnesiumStroke: '--fig-magnesium-stroke',
	ketamine: '--fig-ketamine',
	ketamineStroke: '--fig-ketamine-stroke'
};

/** The figure palette where the canvas sits (light or dark, as the page is). */
export function readColours(canvas: HTMLCanvasElement, context: CanvasRenderingContext2D): GridColours {
	const style = getComputedStyle(canvas);
	const colour = (variable: string) => style.getPropertyValue(variable).trim() || 'currentColor';
	const named = Object.fromEntries(Object.entries(colourVariables).map(([name, variable]) => [name, colour(variable)]));
	return { ...named, hatch: hatchPattern(context, colour('--ink-soft')) } as GridColours;
}

/**
 * Where an ion is along an open pore: 0 at the outer mouth, 1 at the inner. `flow` is the real
 * time the lab has played (ms); ions pass inward at negative voltages and outward above 0 mV.
 * With reduced motion (`flow` null) the ion sits still in the middle, as in the static picture.
 */
export function ionPositions(channelIndex: number, flow: number | null, inward: boolean): number[] {
	if (flow === null) return [0.5];
	// Each channel its own phase (the golden ratio spreads them evenly), two ions a pore.
	const phase = (flow / 700 + channelIndex * 0.618) % 1;
	return [phase, (phase + 0.5) % 1].map((p) => (inward ? p : 1 - p));
}

export function drawChannelGrid(context: CanvasRenderingContext2D, looks: readonly ChannelLook[], colours: GridColours, flow: number | null, inward: boolean, pixelRatio: number): void {
	const layout = gridLayout(looks.length);
	const scale = (layout.cell / channelBox) * pixelRatio;
	context.setTransform(1, 0, 0, 1, 0, 0);
	context.clearRect(0, 0, context.canvas.width, context.canvas.height);
	context.setTransform(scale, 0, 0, scale, 0, 0);
	const halves = { plain: new Path2D(), faded: new Path2D(), dashed: new Path2D() };
	const ions = new Path2D();
	const plugs = new Path2D();
	const capsules = new Path2D();
	const hatched = new Path2D();
	looks.forEach((look, i) => {
		const x = (i % layout.columns) * channelBox + channelBox / 2;
		const y = Math.floor(i / layout.columns) * channelBox + channelBox / 2;
		const path = look === 'desensitised' ? halves.dashed : look === 'trapped' || look === 'ketamine' ? halves.faded : halves.plain;
		const [left, right] = isApart(look) ? [-17, 5] : [-13, 1];
		path.roundRect(x + left, y - 18, 12, 36, 5);
		path.roundRect(x + right, y - 18, 12, 36, 5);
		if (look === 'open') {
			for (const along of ionPositions(i, flow, inward)) {
				ions.moveTo(x + 4, y - 18 + along * 36);
				ions.arc(x, y - 18 + along * 36, 4, 0, Math.PI * 2);
			}
		}
		if (look === 'mg') {
			plugs.moveTo(x + 5, y);
			for (let k = 1; k < 6; k++) plugs.lineTo(x + 5 * Math.cos((k * Math.PI) / 3), y + 5 * Math.sin((k * Math.PI) / 3));
			plugs.closePath();
		}
		if (look === 'ketamine' || look === 'trapped') capsules.roundRect(x - 3.5, y - 8, 7, 16, 3);
		if (look === 'trapped') hatched.roundRect(x - 13, y - 18, 26, 36, 5);
	});
	context.lineWidth = 2.5;
	context.fillStyle = colours.nmdaFill;
	context.strokeStyle = colours.nmda;
	context.fill(halves.plain);
	context.stroke(halves.plain);
	context.globalAlpha = 0.75;
	context.fill(halves.faded);
	context.stroke(halves.faded);
	context.globalAlpha = 0.6;
	context.setLineDash([4, 3]);
	context.fill(halves.dashed);
	context.stroke(halves.dashed);
	context.setLineDash([]);
	context.globalAlpha = 1;
	context.lineWidth = 1;
	paint(context, ions, colours.ion, colours.ionStroke);
	paint(context, plugs, colours.magnesium, colours.magnesiumStroke);
	context.lineWidth = 1.5;
	paint(context, capsules, colours.ketamine, colours.ketamineStroke);
	context.fillStyle = colours.hatch;
	context.fill(hatched);
}

function paint(context: CanvasRenderingContext2D, path: Path2D, fill: string, stroke: string): void {
	context.fillStyle = fill;
	context.strokeStyle = stroke;
	context.fill(path);
	context.stroke(path);
}

/**
 * Diagonal lines 5 units apart, as the SVG's hatch pattern. A pattern is drawn in the space of the
 * fill that uses it, so it scales with the channels.
 */
function hatchPattern(context: CanvasRenderingContext2D, colour: string): CanvasPattern | string {
	const tile = new OffscreenCanvas(5, 5).getContext('2d');
	if (!tile) return 'transparent';
	tile.strokeStyle = colour;
	tile.lineWidth = 1.5;
	tile.beginPath();
	for (const offset of [-5, 0, 5]) {
		tile.moveTo(offset, 5);
		tile.lineTo(offset + 5, 0);
	}
	tile.stroke();
	return context.createPattern(tile.canvas, 'repeat') ?? 'transparent';
}
