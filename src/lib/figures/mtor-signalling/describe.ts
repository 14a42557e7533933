import { joinWords } from '../words';
import type { MtorScene, SceneNode } from './model';
import type { MtorStep } from './steps';

/** What each step adds to the story, before the counts that follow it. */
const leads: Record<MtorStep, string> = {
	'ampa-activation': 'The signalling chain inside one nerve cell, from the gates on its surface to new synapse proteins. It starts with glutamate opening AMPA receptors, which excites the cell.',
	'bdnf-release': 'The excited cell lets out BDNF, a growth signal.',
	'trkb-signalling': 'BDNF lands on its receiver, TrkB, which passes the signal along two relay lines toward mTOR.',
	mtorc1: 'Both relay lines reach mTORC1, the mechanistic (formerly mammalian) target of rapamycin complex 1: a switch for making proteins.',
	'synaptic-proteins': 'mTORC1 acts through two regulators of protein making, and the cell makes more of three synapse proteins.',
	'eef2-route': 'A second route: blocking NMDA receptors at rest switches eEF2 kinase off, eEF2 is set free, and the cell makes more BDNF. The two routes meet at BDNF.',
	experiments: 'The whole chain is drawn. Each experiment blocks one step, and everything downstream of it goes dark.'
};

function list(nodes: readonly SceneNode[]): string {
	return joinWords(nodes.map((node) => node.label));
}

/** Lit links that are our wiring rather than a tested result, said as such (they are drawn dashed), one sentence per reason. */
function modelLinks(scene: MtorScene): string {
	const label = new Map(scene.nodes.map((node) => [node.id, node.label]));
	const byReason = new Map<string, string[]>();
	for (const edge of scene.edges) {
		if (edge.model === null || !edge.lit) continue;
		byReason.set(edge.model, [...(byReason.get(edge.model) ?? []), `${label.get(edge.from)} to ${label.get(edge.to)}`]);
	}
	return [...byReason]
		.map(([reason, links]) => ` Dashed ${links.length === 1 ? 'link' : 'links'} (our model, not a tested result): ${joinWords(links)}. ${reason}`)
		.join('');
}


/** Plain words for what the figure shows now: read by screen readers, printed in the handout. */
export function describeMtor(scene: MtorScene): string {
	const lead = leads[scene.step] + modelLinks(scene);
	if (scene.experiments === null) {
		const fresh = scene.nodes.filter((node) => node.fresh);
		const grey = scene.total - scene.litCount;
		return (
			`${lead} Newly lit: ${list(fresh)}. ` +
			`${scene.litCount} of ${scene.total} steps are lit; ${grey === 0 ? 'none is' : `${grey} ${grey === 1 ? 'is' : 'are'}`} still grey.`
		);
	}
	const on = scene.experiments.filter((experiment) => experiment.on);
	if (on.length === 0) {
		return `${lead} All ${scene.total} steps are lit. ${scene.experiments.length} blockers can be switched on: ${scene.experiments.map((experiment) => experiment.label).join(', ')}. None is on yet.`;
	}
	const dark = scene.nodes.filter((node) => node.dimmed);
	const blocks = on.map((experiment) => `${experiment.label} stops ${experiment.blocksLabel}`).join('; ');
	const findings = on
		.map((experiment) => `In ${experiment.species} (${experiment.source}): ${experiment.finding}${experiment.inPeople ? ` In people: ${experiment.inPeople}` : ''}`)
		.join(' ');
	return (
		`${lead} ${blocks}. ${dark.length} of ${scene.total} steps go dark: ${list(dark)}; ${scene.litCount} stay lit. ` +
		`${findings} The picture shows what lies downstream of a block, not how strong each effect was.`
	);
}
