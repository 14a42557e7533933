import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Link, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import * as v from 'valibot';
import type { FigureInfo } from '../figures/catalog.ts';
import type { IssueList } from './errors.ts';
import { parseLocated } from './data-file.ts';
import { FrontmatterSchema, issueMessage, issuePath, type GlossaryEntry } from './schemas.ts';
import { evidenceMismatch, type EvidenceRule } from './evidence.ts';

import { evidenceLevels, type EvidenceLevel, type Lens } from './lenses.ts';

export { evidenceLevels, lenses, type EvidenceLevel, type Lens } from './lenses.ts';

export interface CompiledStep {
	id: string;
	caption: string;
	evidence: { level: EvidenceLevel; note: string } | null;
	/** A finding told in more than one chapter shares an id, so its mark can be checked to agree. */
	finding: string | null;
	html: string;
	line: number;
}

export interface CompiledChapter {
	file: string;
	number: number;
	slug: string;
	title: string;
	sourceSections: string[];
	figure: string | null;
	summary: string;
	/** The step the printed handout shows. */
	keyStep: string;
	lastReviewed: string;
	introHtml: string;
	steps: CompiledStep[];
	/** Citation keys in order of first use: note n is citations[n - 1]. */
	citations: string[];
	/** Glossary ids used, in order of first use. */
	terms: string[];
	/** Plain text per lens (patient = everything outside lens blocks), for readability checks. */
	text: Record<Lens, string>;
	/** Root-relative links, checked against the site's pages once every chapter is read. */
	links: { href: string; line: number }[];
}

export interface ChapterContext {
	/** Citation key -> one-line reference text for the in-place note. */
	references: ReadonlyMap<string, string>;
	glossary: ReadonlyMap<string, GlossaryEntry>;
	figures: Readonly<Record<string, FigureInfo>>;
	articleHeadings: ReadonlySet<string>;
	/** Deployment base path ('' or '/explainer'), prefixed to root-relative links. */
	base: string;
	/** What each evidence mark means; a step's mark must follow from its note. Null if the rule file is broken. */
	evidenceRule: EvidenceRule | null;
}

const fileName = /(?:^|\/)(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const citationGroup = /\[(@[^\]]*)\]/g;
const citationKey = /^@([a-z][a-z0-9_-]*)$/;
const stepAttributes = new Set(['id', 'caption', 'evidence', 'evidenceNote', 'finding']);
const lensLabels: Record<Exclude<Lens, 'patient'>, string> = {
	student: 'For students',
	clinician: 'For clinicians'
};

/** Reads one chapter file; reports every problem to `issues` and returns null if it cannot be used. */
export function compileChapter(
	file: string,
	source: string,
	context: ChapterContext,
	issues: IssueList
): CompiledChapter | null {
	const before = issues.items.length;
	const nameMatch = fileName.exec(file);
	if (!nameMatch) {
		issues.add(file, 1, 'chapter files are named NN-slug.md (two digits, a hyphen, the slug)');
	}

	const split = splitFrontmatter(source);
	if (!split) {
		issues.add(file, 1, 'missing frontmatter: start the file with a line "---", the fields, and a closing "---"');
		return null;
	}

	const frontmatter = readFrontmatter(file, split.yaml, context, issues);
	if (frontmatter && nameMatch && nameMatch[2] !== frontmatter.value.slug) {
		issues.add(file, frontmatter.lineOf('slug'), `slug "${frontmatter.value.slug}" does not match the file name (expected "${nameMatch[2]}")`);
	}

	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
	const tree = processor.runSync(processor.parse(split.body)) as Root;
	const state: CompileState = {
		file,
		context,
		issues,
		citations: [],
		terms: [],
		links: [],
		termCount: 0,
		checkCount: 0,
		crisisCount: 0,
		slug: frontmatter?.value.slug ?? nameMatch?.[2] ?? 'chapter'
	};
	transformInline(tree, state);
	const { intro, steps } = splitSteps(tree, state);

	if (steps.length === 0) {
		issues.add(file, split.bodyLine, 'chapter has no steps: mark each step with a line such as ::step{#synapse caption="..."}');
	}
	checkDuplicateSteps(steps, state);
	if (frontmatter?.value.figure !== undefined) {
		checkFigureSteps(frontmatter.value.figure, frontmatter.lineOf('figure'), steps, state);
	}
	const keyStep = frontmatter?.value.keyStep;
	if (keyStep !== undefined && !steps.some((step) => step.id === keyStep)) {
		issues.add(file, frontmatter!.lineOf('keyStep'), `keyStep "${keyStep}" is not a step of this chapter`);
	}

	if (issues.items.length > before || !frontmatter || !nameMatch) return null;
	const fm = frontmatter.value;
	return {
		file,
		number: Number(nameMatch[1]),
		slug: fm.slug,
		title: fm.title,
		sourceSections: fm.sourceSection,
		figure: fm.figure ?? null,
		summary: fm.summary,
		keyStep: fm.keyStep ?? steps.at(-1)!.id,
		lastReviewed: fm.lastReviewed,
		introHtml: renderHtml(intro),
		steps: steps.map((step) => ({
			id: step.id,
			caption: step.caption,
			evidence: step.evidence,
			finding: step.finding,
			line: step.line,
			html: renderHtml(step.nodes)
		})),
		citations: state.citations,
		terms: state.terms,
		text: withCaptions(lensText(tree), steps),
		links: state.links
	};
}

interface CompileState {
	file: string;
	context: ChapterContext;
	issues: IssueList;
	citations: string[];
	terms: string[];
	links: { href: string; line: number }[];
	termCount: number;
	checkCount: number;
	crisisCount: number;
	slug: string;
}

interface StepSegment {
	id: string;
	caption: string;
	evidence: CompiledStep['evidence'];
	finding: string | null;
	line: number;
	nodes: RootContent[];
}

/**
 * Separates frontmatter from the body. The body keeps the frontmatter's lines as blank lines so
 * every markdown position is already a line number in the file.
 */
function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | null {
	const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
	if (!match) return null;
	const lines = match[0].split('\n').length - 1;
	return {
		yaml: match[1]!,
		body: '\n'.repeat(lines) + source.slice(match[0].length),
		bodyLine: lines + 1
	};
}

function readFrontmatter(file: string, yaml: string, context: ChapterContext, issues: IssueList) {
	const doc = parseLocated(yaml, file, issues, { firstLine: 2 });
	if (!doc) return null;
	if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
		issues.add(file, 2, 'frontmatter must be a list of "field: value" lines');
		return null;
	}
	const result = v.safeParse(FrontmatterSchema, doc.value);
	if (!result.success) {
		for (const issue of result.issues) {
			issues.add(file, doc.lineOf(issuePath(issue)), issueMessage(issue, 'frontmatter'));
		}
		return null;
	}
	let ok = true;
	result.output.sourceSection.forEach((heading, index) => {
		if (!context.articleHeadings.has(heading)) {
			const path = Array.isArray((doc.value as Record<string, unknown>).sourceSection) ? ['sourceSection', index] : ['sourceSection'];
			issues.add(file, doc.lineOf(path), `sourceSection "${heading}" is not a heading in content/article-sections.json`);
			ok = false;
		}
	});
	const figure = result.output.figure;
	if (figure !== undefined && !Object.hasOwn(context.figures, figure)) {
		const known = Object.keys(context.figures).join(', ');
		issues.add(file, doc.lineOf(['figure']), `unknown figure "${figure}" (known figures: ${known})`);
		ok = false;
	}
	return ok ? { value: result.output, lineOf: (key: string) => doc.lineOf([key]) } : null;
}

/** Citations, glossary terms, lens blocks and links: checked and turned into their HTML shape. */
function transformInline(tree: Root, state: CompileState): void {
	visit(tree, (node, index, parent) => {
		if (node.type === 'containerDirective') return lensBlock(node, parent, state);
		if (node.type === 'textDirective') return textDirective(node, index, parent, state);
		if (node.type === 'link') return link(node, state);
		if (node.type === 'text' && parent && index !== undefined) return citations(node, index, parent, state);
		return undefined;
	});
}

function lensBlock(node: ContainerDirective, parent: unknown, state: CompileState) {
	const line = lineOf(node);
	if (node.name === 'check') return checkBlock(node, state);
	if (node.name === 'crisis') return crisisBlock(node, state);
	if (node.name !== 'student' && node.name !== 'clinician') {
		state.issues.add(state.file, line, `unknown block ":::${node.name}" (blocks: :::student, :::clinician, :::check, :::crisis)`);
		return undefined;
	}
	if ((parent as { type?: string } | null)?.type === 'containerDirective') {
		state.issues.add(state.file, line, `a :::${node.name} block cannot sit inside another lens block`);
	}
	if (Object.keys(node.attributes ?? {}).length > 0) {
		state.issues.add(state.file, line, `:::${node.name} takes no attributes`);
	}
	const lens = node.name;
	node.data = { hName: 'details', hProperties: { className: ['lens-block'], dataLens: lens } };
	node.children = [
		{ type: 'paragraph', children: [{ type: 'text', value: lensLabels[lens] }], data: { hName: 'summary' } },
		{ type: 'blockquote', children: node.children, data: { hName: 'div', hProperties: { className: ['lens-body'] } } }
	] as ContainerDirective['children'];
	return undefined;
}

/**
 * Where to get help now: a box that stands out from the prose (never a sentence mid-paragraph),
 * titled by its label, :::crisis[If you are in crisis]. Every lens sees it.
 */
function crisisBlock(node: ContainerDirective, state: CompileState) {
	const line = lineOf(node);
	const [label, ...body] = node.children;
	if (Object.keys(node.attributes ?? {}).length > 0) state.issues.add(state.file, line, ':::crisis takes no attributes');
	if (label?.type !== 'paragraph' || !(label.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) {
		state.issues.add(state.file, line, ':::crisis needs a title: write :::crisis[If you are in crisis]');
		return undefined;
	}
	if (body.length === 0) {
		state.issues.add(state.file, line, ':::crisis needs the words to show under its title');
		return undefined;
	}
	state.crisisCount += 1;
	const id = `crisis-${state.slug}-${state.crisisCount}`;
	node.data = { hName: 'aside', hProperties: { className: ['crisis-box'], ariaLabelledBy: id } };
	label.data = { hName: 'p', hProperties: { className: ['crisis-title'], id } };
	return undefined;
}

/**
 * A predict-before-reveal question: a question paragraph, a numbered list of choices, then the
 * explanation. Without JavaScript the answer opens in a <details>; with it, choosing first gives
 * feedback (src/lib/ui/enhance-checks.ts).
 */
function checkBlock(node: ContainerDirective, state: CompileState) {
	const line = lineOf(node);
	const [question, choices, ...explanation] = node.children;
	const answer = Number(node.attributes?.answer);
	const extra = Object.keys(node.attributes ?? {}).filter((key) => key !== 'answer');
	if (extra.length > 0) state.issues.add(state.file, line, `:::check takes only {answer=N}, not ${extra.join(', ')}`);
	if (question?.type !== 'paragraph' || choices?.type !== 'list' || !choices.ordered || choices.children.length < 2) {
		state.issues.add(state.file, line, ':::check needs a question paragraph, then a numbered list of at least two choices, then the explanation');
		return undefined;
	}
	if (!Number.isInteger(answer) || answer < 1 || answer > choices.children.length) {
		state.issues.add(state.file, line, `:::check needs {answer=N} with N from 1 to ${choices.children.length} (the number of the right choice)`);
		return undefined;
	}
	if (explanation.length === 0) {
		state.issues.add(state.file, line, ':::check needs an explanation after the choices (why the answer is right, with a citation)');
		return undefined;
	}
	state.checkCount += 1;
	const id = `check-${state.slug}-${state.checkCount}`;
	const correct = toString(choices.children[answer - 1]!).trim();
	choices.data = { hName: 'ol', hProperties: { className: ['check-choices'], dataAnswer: String(answer) } };
	choices.children.forEach((item, index) => {
		item.data = { hName: 'li', hProperties: { className: ['check-choice'] } };
		const words = item.children;
		item.children = [
			{
				type: 'paragraph',
				children: (words[0]?.type === 'paragraph' ? words[0].children : []) as never,
				data: { hName: 'button', hProperties: { type: 'button', className: ['check-button'], dataChoice: String(index + 1), ariaPressed: 'false' } }
			}
		];
	});
	node.data = { hName: 'section', hProperties: { className: ['check'], id, ariaLabelledBy: `${id}-question` } };
	node.children = [
		{ type: 'paragraph', children: [{ type: 'text', value: 'Check your idea' }], data: { hName: 'p', hProperties: { className: ['check-label'] } } },
		{ ...question, data: { hName: 'p', hProperties: { className: ['check-question'], id: `${id}-question` } } },
		choices,
		{ type: 'paragraph', children: [], data: { hName: 'p', hProperties: { className: ['check-feedback'], ariaLive: 'polite' } } },
		{
			type: 'blockquote',
			data: { hName: 'details', hProperties: { className: ['check-reveal'] } },
			children: [
				{ type: 'paragraph', children: [{ type: 'text', value: 'Show the answer' }], data: { hName: 'summary' } },
				{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `Answer: ${correct}` }] }] },
				...explanation
			]
		}
	] as ContainerDirective['children'];
	return undefined;
}

function textDirective(node: TextDirective, index: number | undefined, parent: unknown, state: CompileState) {
	const line = lineOf(node);
	if (node.name !== 'term') {
		// "ratio 2:1" or "GluN1:GluN2" parse as text directives; give plain prose back its colon.
		const plain = node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0;
		if (plain && parent && index !== undefined) {
			(parent as { children: RootContent[] }).children[index] = { type: 'text', value: `:${node.name}` } as Text;
			return SKIP;
		}
		state.issues.add(state.file, line, `unknown marker ":${node.name}[...]" (inline markers: :term[...])`);
		return undefined;
	}
	const label = toString(node).trim();
	const attributes = node.attributes ?? {};
	const extra = Object.keys(attributes).filter((key) => key !== 'id');
	if (extra.length > 0) state.issues.add(state.file, line, `:term takes only {#glossary-id}, not ${extra.join(', ')}`);
	const id = attributes.id ?? singularIfKnown(slugify(label), state.context.glossary);
	if (label === '') {
		state.issues.add(state.file, line, ':term needs the words to show, as :term[NMDA receptor]');
		return undefined;
	}
	const entry = state.context.glossary.get(id);
	if (!entry) {
		state.issues.add(state.file, line, `unknown glossary term "${id}" (add it to content/glossary.json, or name an existing one with :term[${label}]{#id})`);
		return undefined;
	}
	if (!state.terms.includes(id)) state.terms.push(id);
	state.termCount += 1;
	const tipId = `term-${state.slug}-${state.termCount}`;
	node.data = {
		hName: 'span',
		hProperties: { className: ['term'], dataTerm: id },
		hChildren: [
			{
				type: 'element',
				tagName: 'button',
				properties: { type: 'button', className: ['term-label'], ariaDescribedBy: tipId, ariaExpanded: 'false' },
				children: [{ type: 'text', value: label }]
			},
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['term-tip'], role: 'tooltip', id: tipId },
				children: [
					{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: `${entry.term}: ` }] },
					{ type: 'text', value: entry.plain }
				]
			}
		]
	};
	return SKIP;
}

function link(node: Link, state: CompileState) {
	if (node.url.startsWith('/') && !node.url.startsWith('//')) {
		state.links.push({ href: node.url, line: lineOf(node) });
		node.url = state.context.base + node.url;
	}
	return undefined;
}

function citations(node: Text, index: number, parent: { children: RootContent[] }, state: CompileState) {
	const value = node.value;
	const pieces: RootContent[] = [];
	let last = 0;
	for (const match of value.matchAll(citationGroup)) {
		const line = lineOf(node) + countNewlines(value.slice(0, match.index));
		const keys = match[1]!.split(';').map((part) => part.trim());
		const resolved: string[] = [];
		for (const part of keys) {
			const key = citationKey.exec(part)?.[1];
			if (!key) {
				state.issues.add(state.file, line, `malformed citation "${part}" in "${match[0]}" (write [@key] or [@key1; @key2])`);
			} else if (!state.context.references.has(key)) {
				state.issues.add(state.file, line, `unknown citation key "${key}" (not in content/references.json)`);
			} else {
				resolved.push(key);
			}
		}
		// Pandoc style: "in the pore [@key]." prints the note mark against the word, not after a space.
		const before = value.slice(last, match.index).replace(/[ \t]+$/, '');
		if (before !== '') pieces.push({ type: 'text', value: before });
		pieces.push(citationNode(resolved, state));
		last = match.index + match[0].length;
	}
	if (pieces.length === 0) return undefined;
	if (last < value.length) pieces.push({ type: 'text', value: value.slice(last) });
	parent.children.splice(index, 1, ...pieces);
	return [SKIP, index + pieces.length] satisfies [typeof SKIP, number];
}

function citationNode(keys: string[], state: CompileState): RootContent {
	const children: ElementContent[] = [];
	keys.forEach((key, position) => {
		if (!state.citations.includes(key)) state.citations.push(key);
		const number = state.citations.indexOf(key) + 1;
		if (position > 0) children.push({ type: 'text', value: ',' });
		children.push({
			type: 'element',
			tagName: 'span',
			properties: { className: ['cite'] },
			children: [
				{
					type: 'element',
					tagName: 'a',
					properties: { href: `#ref-${key}`, className: ['cite-link'], dataCite: key },
					children: [
						{ type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: 'note ' }] },
						{ type: 'text', value: String(number) }
					]
				},
				{
					type: 'element',
					tagName: 'span',
					properties: { className: ['cite-tip'], ariaHidden: 'true' },
					children: [{ type: 'text', value: state.context.references.get(key) ?? key }]
				}
			]
		});
	});
	return { type: 'citation', data: { hName: 'sup', hProperties: { className: ['cites'] }, hChildren: children } } as unknown as RootContent;
}

/** Top-level `::step{...}` lines cut the body into the intro and the steps. */
function splitSteps(tree: Root, state: CompileState): { intro: RootContent[]; steps: StepSegment[] } {
	const intro: RootContent[] = [];
	const steps: StepSegment[] = [];
	visit(tree, (node, _index, parent) => {
		const isStep = (node.type === 'leafDirective' || node.type === 'containerDirective' || node.type === 'textDirective') && node.name === 'step';
		if (!isStep) return;
		if (node.type !== 'leafDirective') {
			state.issues.add(state.file, lineOf(node), 'a step marker is a line of its own written ::step{#id caption="..."} (two colons)');
		} else if (parent !== tree) {
			state.issues.add(state.file, lineOf(node), 'a step marker cannot sit inside a lens block or a list');
		}
	});
	for (const node of tree.children) {
		if (node.type === 'leafDirective' && node.name === 'step') {
			steps.push(readStepMarker(node, state));
		} else if (node.type === 'leafDirective') {
			state.issues.add(state.file, lineOf(node), `unknown marker "::${node.name}" (line markers: ::step)`);
		} else {
			(steps.at(-1)?.nodes ?? intro).push(node);
		}
	}
	return { intro, steps };
}

function readStepMarker(node: LeafDirective, state: CompileState): StepSegment {
	const line = lineOf(node);
	const attributes = node.attributes ?? {};
	for (const key of Object.keys(attributes)) {
		if (!stepAttributes.has(key)) state.issues.add(state.file, line, `unknown step attribute "${key}" (allowed: #id, caption, evidence, evidenceNote, finding)`);
	}
	const id = attributes.id ?? '';
	if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) {
		state.issues.add(state.file, line, id === '' ? 'step has no id: write ::step{#step-id caption="..."}' : `step id "${id}" must be lowercase words joined by hyphens`);
	}
	const caption = (attributes.caption ?? '').trim();
	if (caption === '') state.issues.add(state.file, line, `step "${id}" needs a caption="..." (one line shown under the figure)`);
	let evidence: CompiledStep['evidence'] = null;
	const level = attributes.evidence;
	if (level !== undefined && level !== null) {
		const note = (attributes.evidenceNote ?? '').trim();
		if (!(evidenceLevels as readonly string[]).includes(level)) {
			state.issues.add(state.file, line, `evidence "${level}" must be one of ${evidenceLevels.join(', ')}`);
		} else if (note === '') {
			state.issues.add(state.file, line, `step "${id}" gives evidence but no evidenceNote="..." (one line saying why)`);
		} else {
			evidence = { level: level as EvidenceLevel, note };
			const rule = state.context.evidenceRule;
			const mismatch = rule ? evidenceMismatch(rule, evidence.level, note) : null;
			if (mismatch) state.issues.add(state.file, line, `step "${id}": ${mismatch}`);
		}
	} else if (attributes.evidenceNote !== undefined) {
		state.issues.add(state.file, line, `step "${id}" has an evidenceNote but no evidence level`);
	}
	const finding = attributes.finding?.trim() || null;
	if (finding !== null && !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(finding)) {
		state.issues.add(state.file, line, `finding "${finding}" must be lowercase words joined by hyphens`);
	}
	if (finding !== null && evidence === null) state.issues.add(state.file, line, `step "${id}" names a finding but has no evidence mark`);
	if (node.children.length > 0) state.issues.add(state.file, line, 'a step marker takes no [label]; put the text on the lines below it');
	return { id, caption, evidence, finding, line, nodes: [] };
}

function checkDuplicateSteps(steps: StepSegment[], state: CompileState): void {
	const seen = new Map<string, number>();
	for (const step of steps) {
		const first = seen.get(step.id);
		if (first !== undefined) state.issues.add(state.file, step.line, `duplicate step id "${step.id}" (first used on line ${first})`);
		else seen.set(step.id, step.line);
	}
}

function checkFigureSteps(figure: string, figureLine: number, steps: StepSegment[], state: CompileState): void {
	const known = state.context.figures[figure]?.steps;
	if (!known) return;
	for (const step of steps) {
		if (step.id !== '' && !known.includes(step.id)) {
			state.issues.add(state.file, step.line, `step "${step.id}" is not a step of figure "${figure}" (its steps: ${known.join(', ')})`);
		}
	}
	const used = new Set(steps.map((step) => step.id));
	const missing = known.filter((id) => !used.has(id));
	if (missing.length > 0) {
		state.issues.add(state.file, figureLine, `figure "${figure}" has steps no prose reaches: ${missing.join(', ')}`);
	}
}

/** Captions are what a patient reads under the figure, so they count as patient text. */
function withCaptions(text: Record<Lens, string>, steps: StepSegment[]): Record<Lens, string> {
	const captions = steps.map((step) => step.caption).join('\n\n');
	return { ...text, patient: [captions, text.patient].filter(Boolean).join('\n\n') };
}

function lensText(tree: Root): Record<Lens, string> {
	const parts: Record<Lens, string[]> = { patient: [], student: [], clinician: [] };
	for (const node of tree.children) {
		if (node.type === 'leafDirective') continue;
		collectText(node, 'patient', parts);
	}
	return { patient: parts.patient.join('\n\n'), student: parts.student.join('\n\n'), clinician: parts.clinician.join('\n\n') };
}

function collectText(node: RootContent, lens: Lens, parts: Record<Lens, string[]>): void {
	if (node.type === 'containerDirective') {
		const inner = node.name === 'student' || node.name === 'clinician' ? node.name : lens;
		// Skip the generated <summary> label: it is chrome, not prose.
		for (const child of node.children.slice(1)) collectText(child as RootContent, inner, parts);
		return;
	}
	if (node.type === 'paragraph' && node.data?.hName === 'summary') return;
	if (node.type === 'blockquote' && node.data?.hName === 'div') {
		for (const child of node.children) collectText(child, lens, parts);
		return;
	}
	if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
		for (const child of node.children as RootContent[]) collectText(child, lens, parts);
		return;
	}
	const text = plainText(node);
	if (text !== '') parts[lens].push(text);
}

/** Visible words of a node: glossary labels kept, citation numbers and tooltips left out. */
function plainText(node: RootContent): string {
	const words: string[] = [];
	visit(node, (child) => {
		if ((child as { type: string }).type === 'citation') return SKIP;
		if (child.type === 'textDirective') {
			words.push(toString(child));
			return SKIP;
		}
		if (child.type === 'text' || child.type === 'inlineCode') words.push(child.value);
		return undefined;
	});
	return words.join('').replace(/\s+/g, ' ').replace(/ ([.,;:!?])/g, '$1').trim();
}

function renderHtml(nodes: RootContent[]): string {
	const root: Root = { type: 'root', children: nodes };
	const hast = toHast(root) as HastRoot;
	wrapTables(hast);
	return toHtml(hast);
}

/**
 * A wide table scrolls inside its own box instead of widening the page (reflow at 320 px); the
 * box is focusable and named so keyboard users can scroll it too.
 */
function wrapTables(tree: HastRoot): void {
	visit(tree, 'element', (node: Element, index, parent) => {
		if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
		parent.children[index] = {
			type: 'element',
			tagName: 'div',
			properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Table (scrolls sideways on small screens)' },
			children: [node]
		};
		return SKIP;
	});
}

function lineOf(node: { position?: { start: { line: number } } }): number {
	return node.position?.start.line ?? 1;
}

function countNewlines(text: string): number {
	return text.split('\n').length - 1;
}

/** ":term[synapses]" finds the entry "synapse" without an explicit id. */
function singularIfKnown(id: string, glossary: ReadonlyMap<string, unknown>): string {
	if (glossary.has(id) || !id.endsWith('s')) return id;
	return glossary.has(id.slice(0, -1)) ? id.slice(0, -1) : id;
}

export function slugify(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
