import * as v from 'valibot';
import type { IssueList } from './errors.ts';
import { parseLocated, type LocatedDocument } from './data-file.ts';
import { issueMessage, issuePath } from './schemas.ts';

/**
 * A signalling pathway kept as data in content/pathways/<figure-id>.json: the nodes a figure
 * draws, the cited links between them, which nodes each scroll step lights, and the blocking
 * experiments a reader can switch on. The figure computes layout and knock-outs from this.
 */

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = (what: string) => v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));
const id = (what: string) => v.pipe(v.string(`${what} must be text`), v.regex(kebab, `${what} must be lowercase words joined by hyphens`));
const citations = v.array(v.string('each citation must be a citation key such as li2010'), 'cite must be a list of citation keys');

const NodeSchema = v.strictObject(
	{
		id: id('id'),
		label: text('label'),
		term: v.optional(v.string('term must be a glossary id')),
		role: text('role')
	},
	(issue) => `unknown field "${lastKey(issue)}" (allowed: id, label, term, role)`
);

const EdgeSchema = v.strictObject(
	{
		from: text('from'),
		to: text('to'),
		cite: citations,
		/** Set when no cited study showed this link: our wiring, and why (drawn dashed, said in words). */
		model: v.optional(text('model'))
	},
	(issue) => `unknown field "${lastKey(issue)}" (allowed: from, to, cite, model)`
);

const ExperimentSchema = v.strictObject(
	{
		id: id('id'),
		label: text('label'),
		blocks: text('blocks'),
		finding: text('finding'),
		species: text('species'),
		/** The short reference the figure prints, such as "Li et al. 2010". */
		source: text('source'),
		/** What the same block did when it was tried in people, if it was. */
		inPeople: v.optional(text('inPeople')),
		cite: citations
	},
	(issue) => `unknown field "${lastKey(issue)}" (allowed: id, label, blocks, finding, species, source, inPeople, cite)`
);

const PathwaySchema = v.strictObject(
	{
		about: v.optional(v.string('about must be text')),
		nodes: v.pipe(v.array(v.unknown(), 'nodes must be a list'), v.minLength(1, 'nodes must not be empty')),
		edges: v.array(v.unknown(), 'edges must be a list'),
		steps: v.record(v.string(), v.array(v.string('each step lists node ids'), 'each step must be a list of node ids'), 'steps must map step ids to lists of node ids'),
		experiments: v.optional(v.array(v.unknown(), 'experiments must be a list'), [])
	},
	(issue) => `unknown field "${lastKey(issue)}" (allowed: about, nodes, edges, steps, experiments)`
);

export type PathwayNode = v.InferOutput<typeof NodeSchema>;
export type PathwayEdge = v.InferOutput<typeof EdgeSchema>;
export type PathwayExperiment = v.InferOutput<typeof ExperimentSchema>;

export interface Pathway {
	nodes: PathwayNode[];
	edges: PathwayEdge[];
	/** Step id -> the node ids that step lights for the first time (lighting accumulates). */
	steps: Record<string, string[]>;
	experiments: PathwayExperiment[];
}

export interface PathwayKnowns {
	references: ReadonlySet<string>;
	glossary: ReadonlySet<string>;
	/** The figure's step ids, in order; when given, the file must name exactly these. */
	steps?: readonly string[];
}

/**
 * Reads and checks one pathway file. Every problem is added to `issues` as file:line; returns
 * null when anything is wrong, so a broken pathway stops the build instead of drawing nonsense.
 */
export function readPathway(file: string, source: string, issues: IssueList, known: PathwayKnowns): Pathway | null {
	const before = issues.items.length;
	const doc = parseLocated(source, file, issues, { json: true });
	if (!doc) return null;
	if (typeof doc.value !== 'object' || doc.value === null || Array.isArray(doc.value)) {
		issues.add(file, 1, 'must be a JSON object with nodes, edges, steps and experiments');
		return null;
	}
	const top = v.safeParse(PathwaySchema, doc.value);
	if (!top.success) {
		for (const issue of top.issues) issues.add(file, doc.lineOf(issuePath(issue)), issueMessage(issue, 'pathway'));
		return null;
	}
	const nodes = readItems(doc, file, issues, top.output.nodes, NodeSchema, 'nodes', 'node');
	const edges = readItems(doc, file, issues, top.output.edges, EdgeSchema, 'edges', 'edge');
	const experiments = readItems(doc, file, issues, top.output.experiments, ExperimentSchema, 'experiments', 'experiment');
	// Ids of malformed nodes count as known too: their own error is the one worth reading, not
	// a second "unknown node" on every edge that names them.
	const nodeIds = new Set(top.output.nodes.map((raw) => (raw as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'));
	const seenIds = new Set<string>();

	nodes.forEach(({ item, index }) => {
		const line = doc.lineOf(['nodes', index, 'id']);
		if (seenIds.has(item.id)) issues.add(file, line, `duplicate node id "${item.id}"`);
		seenIds.add(item.id);
		if (item.term !== undefined && !known.glossary.has(item.term)) {
			issues.add(file, doc.lineOf(['nodes', index, 'term']), `node "${item.id}": unknown glossary term "${item.term}" (not in content/glossary.json)`);
		}
	});
	const unknownNode = (name: string) => `unknown node "${name}"${nodeIds.size > 0 ? ` (nodes: ${[...nodeIds].join(', ')})` : ''}`;

	edges.forEach(({ item, index }) => {
		for (const end of ['from', 'to'] as const) {
			if (!nodeIds.has(item[end])) issues.add(file, doc.lineOf(['edges', index, end]), `edge ${index + 1} ${end} ${unknownNode(item[end])}`);
		}
		checkCitations(item.cite, ['edges', index], `edge ${item.from} -> ${item.to}`);
	});

	const experimentIds = new Set<string>();
	experiments.forEach(({ item, index }) => {
		if (experimentIds.has(item.id)) issues.add(file, doc.lineOf(['experiments', index, 'id']), `duplicate experiment id "${item.id}"`);
		experimentIds.add(item.id);
		if (!nodeIds.has(item.blocks)) issues.add(file, doc.lineOf(['experiments', index, 'blocks']), `experiment "${item.id}" blocks ${unknownNode(item.blocks)}`);
		checkCitations(item.cite, ['experiments', index], `experiment "${item.id}"`);
	});

	for (const [step, lit] of Object.entries(top.output.steps)) {
		if (known.steps && !known.steps.includes(step)) {
			issues.add(file, doc.lineOf(['steps', step]), `unknown step "${step}" (the figure's steps: ${known.steps.join(', ')})`);
		}
		lit.forEach((name, index) => {
			if (!nodeIds.has(name)) issues.add(file, doc.lineOf(['steps', step, index]), `step "${step}" lights ${unknownNode(name)}`);
		});
	}
	for (const step of known.steps ?? []) {
		if (!Object.hasOwn(top.output.steps, step)) issues.add(file, doc.lineOf(['steps']), `step "${step}" is missing (list [] if it lights nothing new)`);
	}

	const cycle = findCycle(
		[...nodeIds],
		edges.map(({ item }) => item)
	);
	if (cycle) {
		const closing = edges.find(({ item }) => item.from === cycle.at(-2) && item.to === cycle.at(-1));
		issues.add(file, doc.lineOf(closing ? ['edges', closing.index] : ['edges']), `the edges form a cycle: ${cycle.join(' -> ')} (a pathway must flow one way)`);
	}

	if (issues.items.length > before) return null;
	return {
		nodes: nodes.map(({ item }) => item),
		edges: edges.map(({ item }) => item),
		steps: top.output.steps,
		experiments: experiments.map(({ item }) => item)
	};

	function checkCitations(cite: readonly string[], at: (string | number)[], what: string): void {
		if (cite.length === 0) issues.add(file, doc!.lineOf([...at, 'cite']), `${what} cites nothing: every link needs at least one reference`);
		cite.forEach((key, index) => {
			if (!known.references.has(key)) issues.add(file, doc!.lineOf([...at, 'cite', index]), `${what} cites unknown reference "${key}" (not in content/references.json)`);
		});
	}
}

function readItems<T>(
	doc: LocatedDocument,
	file: string,
	issues: IssueList,
	raws: readonly unknown[],
	schema: v.GenericSchema<unknown, T>,
	field: string,
	what: string
): { item: T; index: number }[] {
	const out: { item: T; index: number }[] = [];
	raws.forEach((raw, index) => {
		const result = v.safeParse(schema, raw);
		if (result.success) out.push({ item: result.output, index });
		else for (const issue of result.issues) issues.add(file, doc.lineOf([field, index, ...issuePath(issue)]), issueMessage(issue, `${what} ${index + 1}`));
	});
	return out;
}

/**
 * One cycle in the graph, as the node ids around it with the first repeated at the end
 * (a -> b -> a), or null. Depth-first search with the usual three colours.
 */
export function findCycle(nodeIds: readonly string[], edges: readonly { from: string; to: string }[]): string[] | null {
	const next = new Map<string, string[]>(nodeIds.map((node) => [node, []]));
	for (const edge of edges) next.get(edge.from)?.push(edge.to);
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const visit = (node: string): string[] | null => {
		state.set(node, 'open');
		path.push(node);
		for (const target of next.get(node) ?? []) {
			if (!next.has(target)) continue;
			if (state.get(target) === 'open') return [...path.slice(path.indexOf(target)), target];
			if (state.get(target) === undefined) {
				const found = visit(target);
				if (found) return found;
			}
		}
		path.pop();
		state.set(node, 'done');
		return null;
	};
	for (const node of nodeIds) {
		if (state.get(node) === undefined) {
			const found = visit(node);
			if (found) return found;
		}
	}
	return null;
}

function lastKey(issue: { path?: { key: unknown }[] | undefined }): string {
	return String(issue.path?.at(-1)?.key ?? '');
}
