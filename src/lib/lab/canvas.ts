import { channelBox, gridLayout, isApart, type ChannelLook } from './grid.ts';

/**
 * The live channel grid on a canvas: the same drawing as the prerendered SVG (ChannelGrid.svelte),
 * at a cost that does not depend on what changed. Each look is drawn once into a small sprite at
 * the screen's pixel size; a frame is one copy per channel plus the moving ions. (Drawing a
 * thousand stroked, rounded halves every frame cost more than the whole rest of the page in
 * software rendering: 25-40 ms a frame at 4x CPU slowdown.)
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
	hatch: string;
}

const colourVariables: Record<keyof GridColours, string> = {
	nmda: '--fig-nmda',
	nmdaFill: '--fig-nmda-fill',
	ion: '--fig-ion',
	ionStroke: '--fig-ion-stroke',
	magnesium: '--fig-magnesium',
	magnesiumStroke: '--fig-magnesium-stroke',
	ketamine: '--fig-ketamine',
	ketamineStroke: '--fig-ketamine-stroke',
	hatch: '--ink-soft'
};

/** The figure palette where the canvas sits (light or dark, as the page is). */
export function readColours(element: Element): GridColours {
	const style = getComputedStyle(element);
	const colours = {} as GridColours;
	for (const name of Object.keys(colourVariables) as (keyof GridColours)[]) colours[name] = style.getPropertyValue(colourVariables[name]).trim() || 'currentColor';
	return colours;
}

const looks: readonly ChannelLook[] = ['closed', 'desensitised', 'open', 'mg', 'ketamine', 'trapped'];

export type Sprites = Record<ChannelLook, OffscreenCanvas>;

/** Each look drawn once, `cellPixels` square, in the page's colours (the open pore without its ions). */
export function makeSprites(colours: GridColours, cellPixels: number): Sprites {
	const size = Math.max(1, Math.ceil(cellPixels));
	const scale = cellPixels / channelBox;
	return Object.fromEntries(
		looks.map((look) => {
			const sprite = new OffscreenCanvas(size, size);
			const context = sprite.getContext('2d');
			if (context) {
				context.setTransform(scale, 0, 0, scale, (channelBox / 2) * scale, (channelBox / 2) * scale);
				drawChannel(context, look, colours);
			}
			return [look, sprite];
		})
	) as Sprites;
}

/** One channel centred on (0, 0) in the 48-unit box: ChannelGrid.svelte's SVG, shape for shape. */
function drawChannel(context: OffscreenCanvasRenderingContext2D, look: ChannelLook, colours: GridColours): void {
	const halves = new Path2D();
	const [left, right] = isApart(look) ? [-17, 5] : [-13, 1];
	halves.roundRect(left, -18, 12, 36, 5);
	halves.roundRect(right, -18, 12, 36, 5);
	context.globalAlpha = look === 'desensitised' ? 0.6 : look === 'trapped' || look === 'ketamine' ? 0.75 : 1;
	if (look === 'desensitised') context.setLineDash([4, 3]);
	context.lineWidth = 2.5;
	paint(context, halves, colours.nmdaFill, colours.nmda);
	context.setLineDash([]);
	context.globalAlpha = 1;
	if (look === 'mg') {
		const hexagon = new Path2D();
		hexagon.moveTo(5, 0);
		for (let k = 1; k < 6; k++) hexagon.lineTo(5 * Math.cos((k * Math.PI) / 3), 5 * Math.sin((k * Math.PI) / 3));
		hexagon.closePath();
		context.lineWidth = 1;
		paint(context, hexagon, colours.magnesium, colours.magnesiumStroke);
	}
	if (look === 'ketamine' || look === 'trapped') {
		const capsule = new Path2D();
		capsule.roundRect(-3.5, -8, 7, 16, 3);
		context.lineWidth = 1.5;
		paint(context, capsule, colours.ketamine, colours.ketamineStroke);
	}
	if (look === 'trapped') {
		// The SVG's hatch: lines 5 units apart at 45°, inside the closed pair's outline.
		context.save();
		const outline = new Path2D();
		outline.roundRect(-13, -18, 26, 36, 5);
		context.clip(outline);
		context.strokeStyle = colours.hatch;
		context.lineWidth = 1.5;
		context.beginPath();
		for (let offset = -40; offset <= 40; offset += 5 * Math.SQRT2) {
			context.moveTo(offset - 20, 20);
			context.lineTo(offset + 20, -20);
		}
		context.stroke();
		context.restore();
	}
}

function paint(context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D, path: Path2D, fill: string, stroke: string): void {
	context.fillStyle = fill;
	context.strokeStyle = stroke;
	context.fill(path);
	context.stroke(path);
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

export function drawChannelGrid(context: CanvasRenderingContext2D, channelLooks: readonly ChannelLook[], sprites: Sprites, colours: GridColours, cellPixels: number, flow: number | null, inward: boolean): void {
	const { columns } = gridLayout(channelLooks.length);
	context.setTransform(1, 0, 0, 1, 0, 0);
	context.clearRect(0, 0, context.canvas.width, context.canvas.height);
	const ions = new Path2D();
	const scale = cellPixels / channelBox;
	channelLooks.forEach((look, i) => {
		// Whole pixels, so every copy is as sharp as the sprite.
		const x = Math.round((i % columns) * cellPixels);
		const y = Math.round(Math.floor(i / columns) * cellPixels);
		context.drawImage(sprites[look], x, y);
		if (look !== 'open') return;
		for (const along of ionPositions(i, flow, inward)) {
			const cx = x + (channelBox / 2) * scale;
			const cy = y + (6 + along * 36) * scale;
			ions.moveTo(cx + 4 * scale, cy);
			ions.arc(cx, cy, 4 * scale, 0, Math.PI * 2);
		}
	});
	context.lineWidth = scale;
	paint(context, ions, colours.ion, colours.ionStroke);
}
