import { growth, type PainWindupScene, type Series } from './model';

/** "4" for 4.0, "1.1" for 1.1: a reader hears the number as the chart shows it. */
export function times(value: number): string {
	const rounded = Math.round(value * 10) / 10;
	return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

function seriesById(scene: PainWindupScene, id: Series['id']): Series {
	return scene.chart!.series.find((series) => series.id === id)!;
}

/** Plain words for what the figure shows now: read by screen readers, printed in the handout. */
export function describePainWindup(scene: PainWindupScene): string {
	switch (scene.step) {
		case 'pain-signals':
			return 'A pain signal starts in the skin of a limb, travels along a nerve to the dorsal horn at the back of the spinal cord, and is passed on up to the brain. Arrows show the way it goes.';
		case 'wind-up': {
			const control = seriesById(scene, 'control');
			const last = control.values.length;
			return `A chart of the spinal cord's reply to ${last} identical pulses on a slow pain nerve (C fibre). The response grows with each pulse: by the ${ordinal(last)} pulse the response is ${times(growth(control))} times the first. This build-up is called wind-up. The shape is illustrative, based on rat experiments.`;
		}
		case 'nmda-blocked': {
			const control = seriesById(scene, 'control');
			const blocked = seriesById(scene, 'blocked');
			return `A second line shows the same ${blocked.values.length} pulses with NMDA receptors blocked by NMDA antagonists. The first response is the same, but it hardly grows: the ${ordinal(blocked.values.length)} response is ${times(growth(blocked))} times the first, against ${times(growth(control))} times without the block. In rats, blocking NMDA receptors prevented wind-up. The numbers are illustrative.`;
		}
		case 'central-sensitization': {
			const control = seriesById(scene, 'control');
			return `The same chart. When the spinal cord keeps turning the volume up, from 1 to ${times(growth(control))} times the first response here, pain can outlast its cause. This is central sensitization, thought to play a part in chronic pain such as CRPS. With NMDA receptors blocked, the line stays near 1 times.`;
		}
		case 'central-not-peripheral':
			return 'Back to the path from limb to spinal cord to brain. The block that matters for pain relief is central, in the spinal cord and the brain, where a ring marks the site. A crossed-out mark on the nerve in the limb says "not here": blocking the nerve out in the limb is not how ketamine is thought to ease pain.';
		case 'evidence-in-people': {
			const labels = scene.chart!.evidence.map((item) => item.label).join('; and ');
			const control = seriesById(scene, 'control');
			return `The wind-up chart again (control rising to ${times(growth(control))} times the first response, blocked staying near 1), with two labels for the evidence in people: ${labels}. The chart itself comes from rat experiments and is illustrative.`;
		}
	}
}
