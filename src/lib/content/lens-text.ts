import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { StepSegment } from './chapter-types.ts';
import type { Lens } from './lenses.ts';

// The words each lens reads, as plain text: what the readability and originality checks measure.

/** Captions are what a patient reads under the figure, so they count as patient text. */
export function withCaptions(text: Record<Lens, string>, steps: StepSegment[]): Record<Lens, string> {
	const captions = steps.map((step) => step.caption).join('\n\n');
	return { ...text, patient: [captions, text.patient].filter(Boolean).join('\n\n') };
}

export function lensText(tree: Root): Record<Lens, string> {
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
