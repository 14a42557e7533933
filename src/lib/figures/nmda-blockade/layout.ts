import { range, scaleBand, scaleLinear } from 'd3';
import type { NmdaScene, ReceptorState } from './model';

/** Every NMDA view draws in this coordinate box; the SVG scales it to the screen. */
export const viewBox = { width: 480, height: 360 } as const;

export interface Point {
	key: string;
	x: number;
	y: number;
}

export interface Subunit {
	kind: 'GluN1' | 'GluN2';
	x: number;
	width: number;
}

/** The receptor close-up: membrane band, four subunits around a central pore. */
export const receptorGeometry = {
	membraneTop: 150,
	membraneBottom: 232,
	subunitTop: 88,
	subunitBottom: 290,
	poreX: 240,
	poreHalfWidth: 13,
	gateY: 150,
	vestibuleY: 182,
	filterY: 214,
	subunits: [
		{ kind: 'GluN1', x: 100, width: 62 },
		{ kind: 'GluN2', x: 166, width: 61 },
		{ kind: 'GluN2', x: 253, width: 61 },
		{ kind: 'GluN1', x: 318, width: 62 }
	] as Subunit[]
} as const;

export function receptorLayout(state: ReceptorState) {
	const g = receptorGeometry;
	const top = g.subunitTop - 14;
	const glutamate: Point[] = state.glutamateBound
		? g.subunits.filter((s) => s.kind === 'GluN2').map((s, i) => ({ key: `glu-${i}`, x: s.x + s.width / 2, y: top }))
		: [
				{ key: 'glu-0', x: 170, y: 24 },
				{ key: 'glu-1', x: 300, y: 34 }
			];
	const glycine: Point[] = state.glycineBound
		? g.subunits.filter((s) => s.kind === 'GluN1').map((s, i) => ({ key: `gly-${i}`, x: s.x + s.width / 2, y: top }))
		: [
				{ key: 'gly-0', x: 80, y: 40 },
				{ key: 'gly-1', x: 400, y: 30 }
			];
	const magnesium: Point = state.magnesium === 'in-pore' ? { key: 'mg', x: g.poreX, y: g.vestibuleY } : { key: 'mg', x: 430, y: 60 };
	const ketamine: Point | null = state.ketamine === 'bound' ? { key: 'ketamine', x: g.poreX, y: g.vestibuleY } : null;
	// Ions: passing through the pore when it conducts; queued above a blocker; absent when shut.
	const ionYs = state.ionsFlowing ? [110, 200, 262, 318] : state.ketamine === 'bound' ? [70, 110, 140] : [];
	const ions: (Point & { kind: 'Ca' | 'Na' })[] = ionYs.map((y, i) => ({
		key: `ion-${i}`,
		x: g.poreX + (i % 2 === 0 ? -3 : 3),
		y,
		kind: i % 2 === 0 ? 'Ca' : 'Na'
	}));
	return { glutamate, glycine, magnesium, ketamine, ions, open: state.open };
}

/** Ten channels in two rows of five, busiest first, with a bar for how often each opens. */
export function populationLayout(scene: NmdaScene) {
	const columns = scaleBand(range(5), [20, 460]).paddingInner(0.25);
	const rowY = [112, 222];
	const bar = scaleLinear([0, 1], [0, columns.bandwidth()]);
	return scene.channels.map((channel, index) => ({
		key: `channel-${index}`,
		x: columns(index % 5)! + columns.bandwidth() / 2,
		y: rowY[Math.floor(index / 5)]!,
		width: columns.bandwidth(),
		barWidth: bar(channel.activity),
		...channel
	}));
}

/** Two cells side by side; each carries a row of ten channel pips. */
export function circuitLayout(scene: NmdaScene) {
	const pips = (blocked: number, cx: number) =>
		Array.from({ length: 10 }, (_, i) => ({ key: `pip-${cx}-${i}`, x: cx - 81 + i * 18, blocked: i < blocked }));
	const circuit = scene.circuit ?? { interneuron: { blocked: 0, of: 10 }, pyramidal: { blocked: 0, of: 10 } };
	return {
		interneuron: { x: 120, y: 130, pips: pips(circuit.interneuron.blocked, 120), ...circuit.interneuron },
		pyramidal: { x: 360, y: 130, pips: pips(circuit.pyramidal.blocked, 360), ...circuit.pyramidal }
	};
}
