import type { NmdaScene } from './model';
import { infusionPlasmaMicromolar, toNanogramsPerMl } from './occupancy';

/** Plain words for what the figure shows now: read by screen readers, printed in the handout. */
export function describeNmda(scene: NmdaScene): string {
	switch (scene.step) {
		case 'synapse':
			return 'A synapse. At the top, the end of a sending nerve cell holds small sacs of glutamate, drawn as green circles. Below a narrow gap, the receiving cell has two kinds of receptor in its surface: an AMPA receptor and an NMDA receptor.';
		case 'coincidence-detector':
			return 'Close-up of one NMDA receptor, made of four parts: two GluN1 and two GluN2. Glutamate sits on both GluN2 parts and glycine on both GluN1 parts, but the cell is still at rest, so a magnesium ion (grey hexagon) plugs the pore. Nothing flows yet.';
		case 'channel-opens':
			return 'The cell is now depolarised, so the magnesium ion has been pushed out of the pore. With glutamate and glycine still bound, the channel is open and calcium and sodium ions (blue dots with a plus sign) flow into the cell.';
		case 'ketamine-binds':
			return 'Ketamine (orange capsule) has entered the open pore and sits in its central vestibule, between the gate and the selectivity filter. The ions above it can no longer pass: the open channel is blocked from inside.';
		case 'use-dependence':
			return describePopulation(scene);
		case 'interneurons-first':
			return describeCircuit(scene);
	}
}

function describePopulation(scene: NmdaScene): string {
	const level = concentrationWords(scene.concentration);
	const busiest = scene.channels.slice(0, 3).filter((channel) => channel.blocked).length;
	const quietest = scene.channels.slice(-3).filter((channel) => channel.blocked).length;
	const pattern =
		scene.blockedCount === 0
			? 'none of the ten channels is blocked.'
			: `${scene.blockedCount} of 10 channels are blocked: ${busiest} of the 3 busiest and ${quietest} of the 3 quietest. Channels that open more often are blocked sooner.`;
	return `Ten NMDA channels, from the busiest to the quietest. At ${level}, ${pattern} This count is our own sketch from binding strength, not a measurement: with ketamine trapped in closed channels, quiet channels would catch up given time.`;
}

function describeCircuit(scene: NmdaScene): string {
	const circuit = scene.circuit!;
	return (
		`Two cells: a GABA interneuron that acts as a brake on a pyramidal neuron. In our sketch (not a measurement), early in an exposure at ${concentrationWords(scene.concentration)}, ` +
		`about ${circuit.interneuron.blocked} of 10 channels are blocked on the steadily firing interneuron, ` +
		`against ${circuit.pyramidal.blocked} of 10 on the quieter pyramidal neuron. ` +
		`${ratioWords(circuit.interneuron.blocked, circuit.pyramidal.blocked)} The brake weakens; the next chapter shows what the released pyramidal neuron does.`
	);
}

function concentrationWords(micromolar: number): string {
	if (micromolar === 0) return 'no ketamine';
	const value = `${micromolar.toFixed(2)} micromolar (about ${Math.round(toNanogramsPerMl(micromolar))} ng/mL)`;
	if (Math.abs(micromolar - infusionPlasmaMicromolar) < 0.011) return `${value}, the blood level reported for a standard antidepressant infusion`;
	return value;
}

function ratioWords(interneuron: number, pyramidal: number): string {
	if (interneuron === pyramidal) return 'Both cells lose the same share of channels at this level.';
	if (pyramidal === 0) return 'Only the interneuron loses channels at this level.';
	const ratio = interneuron / pyramidal;
	return ratio >= 1.5 ? `The interneuron loses about ${Math.round(ratio)} times as many.` : 'The interneuron loses a few more.';
}
