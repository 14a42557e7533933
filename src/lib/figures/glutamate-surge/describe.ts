import { joinWords } from '../words';
import type { Direction } from './dose';
import type { CellState, GlutamateScene } from './model';

/** Plain words for what the figure shows now: read by screen readers, printed in the handout. */
export function describeGlutamate(scene: GlutamateScene): string {
	switch (scene.step) {
		case 'circuit-at-rest':
			return describeRest(scene);
		case 'interneuron-quiets':
			return describeQuiets(scene);
		case 'pyramidal-fires':
			return describeFires(scene);
		case 'dose-inverted-u':
			return describeDose(scene);
		case 'ampa-receptors':
			return describeAmpa(scene);
		case 'open-questions':
			return describeQuestions(scene);
	}
}

function describeRest(scene: GlutamateScene): string {
	const { interneuron, pyramidal } = scene.cells;
	return (
		`A small circuit in the front of the brain. A GABA interneuron (round, with a flat-ended line) acts as a brake on a pyramidal neuron (triangle), ` +
		`which passes glutamate (green circles) to AMPA receptors on the next cell. ` +
		`Each row of ticks shows a cell's spikes: the interneuron fires about ${interneuron.rate} spikes a second and the pyramidal neuron about ${pyramidal.rate}, ` +
		`so the brake cell fires ${timesWords(interneuron.rate, pyramidal.rate)} as often. ${windowCounts(scene)} (simulated)`
	);
}

function describeQuiets(scene: GlutamateScene): string {
	const { interneuron, pyramidal } = scene.cells;
	return (
		`With NMDA blockade, the interneuron fires ${fractionWords(interneuron.rate, interneuron.restingRate)} as often: ` +
		`${interneuron.rate} spikes a second instead of ${interneuron.restingRate} (simulated), and its row of ticks thins out. The brake eases. ` +
		`The pyramidal neuron has ${pyramidal.change === 'resting' ? `not sped up yet: still ${pyramidal.rate} spikes a second` : `changed to ${pyramidal.rate} spikes a second`}. ${windowCounts(scene)}`
	);
}

function describeFires(scene: GlutamateScene): string {
	const { pyramidal } = scene.cells;
	return (
		`After a delay, the pyramidal neuron, freed from its brake, fires ${timesWords(pyramidal.rate, pyramidal.restingRate)} as often: ` +
		`${pyramidal.rate} spikes a second instead of ${pyramidal.restingRate} (simulated), and its row of ticks fills. ` +
		`More glutamate reaches the next cell: ${scene.glutamateCircles} green circles in the gap instead of ${scene.glutamateAtRest}. ${windowCounts(scene)}`
	);
}

function describeDose(scene: GlutamateScene): string {
	const chart = scene.dose!;
	const byDirection = (direction: Direction) => chart.points.filter((point) => point.direction === direction).map((point) => point.dose);
	return (
		`A chart of glutamate outflow in the front of the brain of awake rats against ketamine dose. ` +
		`Glutamate rose at ${joinWords(byDirection('rose'))} mg/kg, did not change at ${joinWords(byDirection('no change'))} mg/kg ` +
		`and fell at ${joinWords(byDirection('fell'))} mg/kg, a dose that puts rats under: an upside-down U. ` +
		`${doseWords(chart.dose, chart.direction)} These are rat doses, not human doses, and the curve shows the shape, not measured amounts.`
	);
}

export function doseWords(dose: number, direction: Direction): string {
	const what = direction === 'rose' ? 'rose above baseline' : direction === 'fell' ? 'fell below baseline' : 'did not change from baseline';
	return `At ${dose} mg/kg, glutamate ${what}.`;
}

function describeAmpa(scene: GlutamateScene): string {
	const ampa = scene.ampa!;
	return (
		`Close-up of the gap between the pyramidal neuron and the next cell, twice. Left, ketamine only: glutamate (green circles) sits on ` +
		`${ampa.openWithoutBlocker} of ${ampa.receptors} AMPA receptors and they are open, because ketamine blocks NMDA receptors, not AMPA receptors. ` +
		`Right, with NBQX, a drug that blocks AMPA receptors: ${ampa.blockedByNbqx} of ${ampa.receptors} are blocked (faded, hatched and crossed out) and the glutamate cannot act. ` +
		`In mice, NBQX weakened ketamine's antidepressant-like effect (Maeng 2008).`
	);
}

function describeQuestions(scene: GlutamateScene): string {
	const contested = scene.questions.filter((question) => question.contested).length;
	const items = scene.questions.map((question) => question.text.replace('?', '')).join('; ');
	return (
		`The circuit fades into the background and ${scene.questions.length} open questions appear, ${contested} of them marked contested with a dashed outline: ${items}. ` +
		`Disinhibition is a leading idea, not the only one.`
	);
}

function windowCounts(scene: GlutamateScene): string {
	const { interneuron, pyramidal } = scene.cells;
	return `In the ${seconds(interneuron)} seconds shown: ${interneuron.raster.shownCount} ticks for the interneuron, ${pyramidal.raster.shownCount} for the pyramidal neuron.`;
}

const seconds = (cell: CellState) => cell.raster.windowSeconds;

/** "about 3 times", "2.5 times": how many times a is of b. */
export function timesWords(a: number, b: number): string {
	if (b <= 0) return 'far more';
	const ratio = a / b;
	const rounded = Math.abs(ratio - Math.round(ratio)) < 0.1 ? `${Math.round(ratio)}` : ratio.toFixed(1);
	return `about ${rounded} times`;
}

/** "about a third", "about half": a as a share of b, in words where there is a plain word. */
export function fractionWords(a: number, b: number): string {
	if (b <= 0) return 'just as';
	const share = a / b;
	const words: [number, string][] = [
		[1 / 4, 'a quarter'],
		[1 / 3, 'a third'],
		[1 / 2, 'half'],
		[2 / 3, 'two thirds'],
		[3 / 4, 'three quarters']
	];
	const named = words.find(([value]) => Math.abs(share - value) < 0.04);
	return named ? `about ${named[1]}` : `about ${Math.round(share * 100)}%`;
}

