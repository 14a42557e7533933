import * as v from 'valibot';
import type { List, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { describeChanges } from '../lab/describe.ts';
import { labQueryKeys, parseLabChanges, parseLabQuery } from '../lab/setup.ts';
import type { LabSetup } from '../lab/model.ts';
import { lineOf, type ChapterContext, type CompileState } from './chapter-types.ts';
import { parseLocated } from './data-file.ts';
import { transformInline } from './directives.ts';
import type { IssueList } from './errors.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { compileState, parseBody } from './markdown.ts';
import { renderHtml } from './render.ts';
import { issueMessage, issuePath } from './schemas.ts';

// The lab's prose (content/lab/*.md): the same markdown, citations and glossary terms as the
// chapters, and in experiments.md the guided experiments, each a set-up, a protocol, a prediction
// to make before running it and the explanation after.

export interface ProtocolChange {
	/** Simulated time in ms from the start of the run. */
	atMs: number;
	changes: Partial<LabSetup>;
	/** What changes, in words, for the reader (and the screen reader) while it runs. */
	label: string;
}

export interface LabExperiment {
	id: string;
	title: string;
	setup: LabSetup;
	/** The set-up as a query string, for the no-JavaScript link to the lab. */
	query: string;
	protocol: ProtocolChange[];
	/** How long the run lasts, in simulated ms. */
	runMs: number;
	introHtml: string;
	questionHtml: string;
	choicesHtml: string[];
	/** 1-based number of the right choice. */
	answer: number;
	explanationHtml: string;
	line: number;
}

export interface LabPage {
	file: string;
	lastReviewed: string;
	html: string;
	experiments: LabExperiment[];
	/** Citation keys in order of first use on this part of the page. */
	citations: string[];
	links: { href: string; line: number }[];
}

const LabFrontmatter = v.strictObject({
	lastReviewed: v.pipe(v.string(), v.isoDate('lastReviewed must be a date written YYYY-MM-DD'))
});

const experimentAttributes = new Set(['id', 'title', 'setup', 'protocol', 'runFor']);
const maxRunMs = 120_000;

/**
 * Compiles one lab file. Citation numbers continue from `citations` (the page's earlier parts),
 * so one reference list serves the whole page. Returns null when the file has problems, which
 * are all in `issues` with file and line.
 */
export function compileLabPage(file: string, source: string, context: ChapterContext, issues: IssueList, citations: string[] = []): LabPage | null {
	const before = issues.items.length;
	const split = splitFrontmatter(source);
	if (!split) {
		issues.add(file, 1, 'missing frontmatter: start the file with "---", a line "lastReviewed: YYYY-MM-DD", and "---"');
		return null;
	}
	const doc = parseLocated(split.yaml, file, issues, { firstLine: 2 });
	const frontmatter = doc ? v.safeParse(LabFrontmatter, doc.value ?? {}) : null;
	if (doc && frontmatter && !frontmatter.success) {
		for (const issue of frontmatter.issues) issues.add(file, doc.lineOf(issuePath(issue)), issueMessage(issue, 'frontmatter'));
	}

	const tree = parseBody(split.body);
	const state = compileState(file, context, issues, 'lab', citations);

	const intro: RootContent[] = [];
	const segments: { marker: LeafDirective; nodes: RootContent[] }[] = [];
	for (const node of tree.children) {
		if (node.type === 'leafDirective' && node.name === 'experiment') segments.push({ marker: node, nodes: [] });
		else if (node.type === 'leafDirective') issues.add(file, lineOf(node), `unknown marker "::${node.name}" (line markers here: ::experiment)`);
		else (segments.at(-1)?.nodes ?? intro).push(node);
	}
	const html = renderPiece(intro, state);
	const experiments = segments.map((segment) => readExperiment(segment.marker, segment.nodes, state));
	const ids = new Map<string, number>();
	for (const experiment of experiments) {
		if (!experiment) continue;
		const first = ids.get(experiment.id);
		if (first !== undefined) issues.add(file, experiment.line, `experiment id "${experiment.id}" is already used on line ${first}`);
		else ids.set(experiment.id, experiment.line);
	}

	if (issues.items.length > before || !frontmatter?.success) return null;
	return {
		file,
		lastReviewed: frontmatter.output.lastReviewed,
		html,
		experiments: experiments as LabExperiment[],
		citations: state.citations,
		links: state.links
	};
}

function renderPiece(nodes: RootContent[], state: CompileState): string {
	const root: Root = { type: 'root', children: nodes };
	transformInline(root, state);
	return renderHtml(root.children);
}

function readExperiment(marker: LeafDirective, nodes: RootContent[], state: CompileState): LabExperiment | null {
	const line = lineOf(marker);
	const { file, issues } = state;
	const errorsBefore = issues.items.length;
	const attributes = marker.attributes ?? {};
	for (const key of Object.keys(attributes)) {
		if (!experimentAttributes.has(key)) issues.add(file, line, `unknown experiment attribute "${key}" (allowed: #id, title, setup, protocol, runFor)`);
	}
	const id = attributes.id ?? '';
	if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) issues.add(file, line, 'an experiment needs an id of lowercase words joined by hyphens: ::experiment{#id title="..." setup="..." runFor=...}');
	const title = (attributes.title ?? '').trim();
	if (title === '') issues.add(file, line, `experiment "${id}" needs a title="..."`);

	const query = attributes.setup ?? '';
	const setup = readSetup(query, `experiment "${id}" setup`, line, state);
	const protocol = (attributes.protocol ?? '')
		.split(';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => readProtocolChange(part, id, line, state));

	const runMs = Number(attributes.runFor);
	if (!(Number.isInteger(runMs) && runMs > 0 && runMs <= maxRunMs)) {
		issues.add(file, line, `experiment "${id}" needs runFor=N: the run's length in simulated ms, a whole number from 1 to ${maxRunMs}`);
	}
	protocol.forEach((change, index) => {
		if (!change) return;
		if (change.atMs >= runMs) issues.add(file, line, `experiment "${id}": protocol change ${index + 1} at ${change.atMs} ms comes after the run ends (runFor=${attributes.runFor})`);
		const previous = protocol[index - 1];
		if (previous && previous.atMs >= change.atMs) issues.add(file, line, `experiment "${id}": protocol changes must come in time order (${previous.atMs} ms, then ${change.atMs} ms)`);
	});

	const predictions = nodes.filter((node): node is ContainerDirective => node.type === 'containerDirective' && node.name === 'predict');
	if (predictions.length !== 1) {
		issues.add(file, line, `experiment "${id}" needs exactly one :::predict{answer=N} block (the question, the numbered choices, then the explanation); it has ${predictions.length}`);
		return null;
	}
	const predict = predictions[0]!;
	const predictLine = lineOf(predict);
	const after = nodes.slice(nodes.indexOf(predict) + 1);
	if (after.length > 0) issues.add(file, lineOf(after[0]!), `experiment "${id}": nothing may follow its :::predict block (put the explanation inside it, after the choices)`);
	const [question, choices, ...explanation] = predict.children;
	if (question?.type !== 'paragraph' || choices?.type !== 'list' || !choices.ordered || choices.children.length < 2) {
		issues.add(file, predictLine, ':::predict needs a question paragraph, then a numbered list of at least two choices, then the explanation');
		return null;
	}
	const answer = Number(predict.attributes?.answer);
	if (!(Number.isInteger(answer) && answer >= 1 && answer <= choices.children.length)) {
		issues.add(file, predictLine, `:::predict needs {answer=N} with N from 1 to ${choices.children.length} (the number of the right choice)`);
	}
	if (explanation.length === 0) issues.add(file, predictLine, ':::predict needs an explanation after the choices (why the answer is right, with a citation)');
	else if (!hasCitation(explanation)) issues.add(file, predictLine, `experiment "${id}": the explanation cites no source (write [@key])`);

	const introHtml = renderPiece(nodes.slice(0, nodes.indexOf(predict)), state);
	const questionHtml = renderPiece(question.children as RootContent[], state);
	const choicesHtml = (choices as List).children.map((item) => renderPiece(unwrapParagraph(item.children as RootContent[]), state));
	const explanationHtml = renderPiece(explanation as RootContent[], state);
	if (issues.items.length > errorsBefore || !setup || protocol.some((change) => change === null)) return null;
	return {
		id,
		title,
		setup,
		query,
		protocol: protocol as ProtocolChange[],
		runMs,
		introHtml,
		questionHtml,
		choicesHtml,
		answer,
		explanationHtml,
		line
	};
}

/** A one-paragraph list item renders as its text, not as a paragraph inside a button. */
function unwrapParagraph(children: RootContent[]): RootContent[] {
	return children.length === 1 && children[0]!.type === 'paragraph' ? (children[0]!.children as RootContent[]) : children;
}

function hasCitation(nodes: readonly RootContent[]): boolean {
	return JSON.stringify(nodes).includes('[@');
}

function readSetup(query: string, what: string, line: number, state: CompileState): LabSetup | null {
	const raw = Object.fromEntries(new URLSearchParams(query));
	if (Object.keys(raw).length === 0) {
		state.issues.add(state.file, line, `${what} is empty: write it as the lab's address does, e.g. setup="v=-70&mg=1&ket=0&glu=continuous"`);
		return null;
	}
	if (!readQueryKeys(raw, what, line, state)) return null;
	const parsed = parseLabQuery(raw);
	for (const message of parsed.messages) state.issues.add(state.file, line, `${what}: ${message}`);
	return parsed.messages.length === 0 ? parsed.setup : null;
}

function readQueryKeys(raw: Record<string, string>, what: string, line: number, state: CompileState): boolean {
	const unknown = Object.keys(raw).filter((key) => !labQueryKeys.includes(key) || key === 't');
	for (const key of unknown) state.issues.add(state.file, line, `${what}: unknown key "${key}" (known: ${labQueryKeys.filter((k) => k !== 't').join(', ')})`);
	return unknown.length === 0;
}

/** "20000: ket=0&glu=none" -> at 20 s, wash out ketamine and stop the glutamate. */
function readProtocolChange(part: string, id: string, line: number, state: CompileState): ProtocolChange | null {
	const match = /^(\d+)\s*:\s*(.+)$/.exec(part);
	const what = `experiment "${id}" protocol "${part}"`;
	if (!match) {
		state.issues.add(state.file, line, `${what}: write each change as "time in ms: key=value&key=value", changes separated by ";"`);
		return null;
	}
	const raw = Object.fromEntries(new URLSearchParams(match[2]!.trim()));
	if (!readQueryKeys(raw, what, line, state)) return null;
	const { changes, messages } = parseLabChanges(raw);
	for (const message of messages) state.issues.add(state.file, line, `${what}: ${message}`);
	if (messages.length) return null;
	if (changes.channels !== undefined || changes.seed !== undefined) {
		state.issues.add(state.file, line, `${what}: the channel count and seed are set once, in setup, not changed during a run`);
		return null;
	}
	return { atMs: Number(match[1]), changes, label: describeChanges(changes) };
}
