import type { Pathway, PathwayExperiment } from '$lib/content/pathway';
import { knockout, layerOf } from './graph';
import { mtorPathway } from './pathway';
import { mtorSteps, type MtorStep } from './steps';

export interface MtorParams {
	/** Experiment ids switched on (rapamycin, nbqx, bdnf-loss); only the experiments step uses them. */
	blockers: string[];
}

export const defaultParams: MtorParams = { blockers: [] };

export interface SceneNode {
	id: string;
	label: string;
	role: string;
	term: string | null;
	layer: number;
	/** Reached by the signal at this step (lighting adds up from step to step). */
	lit: boolean;
	/** Lit for the first time at this step. */
	fresh: boolean;
	/** Knocked out: the blocked node itself or anything downstream of it. */
	dimmed: boolean;
	/** The experiments that block this very node (it carries the cross). */
	blockedBy: string[];
}

export interface SceneEdge {
	key: string;
	from: string;
	to: string;
	lit: boolean;
	dimmed: boolean;
	cite: string[];
	/** Our wiring rather than a tested link, with the reason; null for a link a cited study showed. */
	model: string | null;
}

export interface SceneExperiment extends PathwayExperiment {
	on: boolean;
	blocksLabel: string;
	/** How many nodes this experiment alone darkens. */
	darkens: number;
}

export interface MtorScene {
	step: MtorStep;
	nodes: SceneNode[];
	edges: SceneEdge[];
	litCount: number;
	dimmedCount: number;
	total: number;
	/** The blocking experiments: offered on the experiments step only, null before it. */
	experiments: SceneExperiment[] | null;
}

export function isMtorStep(step: string): step is MtorStep {
	return (mtorSteps as readonly string[]).includes(step);
}

/** Known experiment ids only, each once, in the pathway file's order; anything else is dropped. */
export function cleanBlockers(blockers: unknown, pathway: Pathway = mtorPathway): string[] {
	const wanted = new Set(Array.isArray(blockers) ? blockers.filter((id): id is string => typeof id === 'string') : []);
	return pathway.experiments.map((experiment) => experiment.id).filter((id) => wanted.has(id));
}

/** The whole picture for a step: a pure function of the step, the reader's blockers and the pathway. */
export function mtorScene(step: string, params: MtorParams = defaultParams, pathway: Pathway = mtorPathway): MtorScene {
	if (!isMtorStep(step)) throw new Error(`mtor-signalling has no step "${step}" (steps: ${mtorSteps.join(', ')})`);
	const index = mtorSteps.indexOf(step);
	const litBefore = new Set(mtorSteps.slice(0, index).flatMap((earlier) => pathway.steps[earlier] ?? []));
	const freshNow = new Set((pathway.steps[step] ?? []).filter((id) => !litBefore.has(id)));
	const lit = new Set([...litBefore, ...freshNow]);
	const layer = layerOf(pathway);
	const offered = step === 'experiments';
	const on = offered ? new Set(cleanBlockers(params?.blockers, pathway)) : new Set<string>();
	const active = pathway.experiments.filter((experiment) => on.has(experiment.id));
	const dark = knockout(pathway, active.map((experiment) => experiment.blocks));
	const labelOf = new Map(pathway.nodes.map((node) => [node.id, node.label]));

	const nodes: SceneNode[] = pathway.nodes.map((node) => ({
		id: node.id,
		label: node.label,
		role: node.role,
		term: node.term ?? null,
		layer: layer.get(node.id) ?? 0,
		lit: lit.has(node.id),
		fresh: freshNow.has(node.id),
		dimmed: dark.has(node.id),
		blockedBy: active.filter((experiment) => experiment.blocks === node.id).map((experiment) => experiment.id)
	}));
	const edges: SceneEdge[] = pathway.edges.map((edge) => ({
		key: `${edge.from}->${edge.to}`,
		from: edge.from,
		to: edge.to,
		lit: lit.has(edge.from) && lit.has(edge.to),
		dimmed: dark.has(edge.to),
		cite: [...edge.cite],
		model: edge.model ?? null
	}));
	return {
		step,
		nodes,
		edges,
		litCount: nodes.filter((node) => node.lit && !node.dimmed).length,
		dimmedCount: dark.size,
		total: nodes.length,
		experiments: offered
			? pathway.experiments.map((experiment) => ({
					...experiment,
					on: on.has(experiment.id),
					blocksLabel: labelOf.get(experiment.blocks) ?? experiment.blocks,
					darkens: knockout(pathway, [experiment.blocks]).size
				}))
			: null
	};
}

/** From the URL: ?experiments=rapamycin,nbqx. Unknown ids and junk are ignored; never throws. */
export function parseParams(raw: Record<string, string>): MtorParams {
	const list = typeof raw?.experiments === 'string' ? raw.experiments.split(',').map((id) => id.trim()) : [];
	return { blockers: cleanBlockers(list) };
}

/** The reverse of parseParams, for the URL: nothing switched on leaves the query empty. */
export function serializeParams(params: MtorParams): Record<string, string> {
	const blockers = cleanBlockers(params?.blockers);
	return blockers.length > 0 ? { experiments: blockers.join(',') } : {};
}
