import type { ElementContent } from 'hast';
import type { Link, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { lineOf, type CompileState } from './chapter-types.ts';
import type { Lens } from './lenses.ts';

// Inline and block markers inside a chapter: lens blocks, check questions, crisis boxes, glossary
// terms, citations and links, each checked and turned into its HTML shape in place.

const citationGroup = /\[(@[^\]]*)\]/g;
const citationKey = /^@([a-z][a-z0-9_-]*)$/;
const lensLabels: Record<Exclude<Lens, 'patient'>, string> = {
	student: 'For students',
	clinician: 'For clinicians'
};

/** Citations, glossary terms, lens blocks and links: checked and turned into their HTML shape. */
export function transformInline(tree: Root, state: CompileState): void {
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
