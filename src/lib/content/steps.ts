import type { Root, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { evidenceMismatch } from './evidence.ts';
import { evidenceLevels, type EvidenceLevel } from './lenses.ts';
import { lineOf, type CompiledStep, type CompileState, type StepSegment } from './chapter-types.ts';

// A chapter's ::step markers: where each step starts, its attributes (caption, evidence mark,
// finding) and the checks that tie the steps to the figure that draws them.

const stepAttributes = new Set(['id', 'caption', 'evidence', 'evidenceNote', 'finding']);

/** Top-level `::step{...}` lines cut the body into the intro and the steps. */
export function splitSteps(tree: Root, state: CompileState): { intro: RootContent[]; steps: StepSegment[] } {
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

export function checkDuplicateSteps(steps: StepSegment[], state: CompileState): void {
	const seen = new Map<string, number>();
	for (const step of steps) {
		const first = seen.get(step.id);
		if (first !== undefined) state.issues.add(state.file, step.line, `duplicate step id "${step.id}" (first used on line ${first})`);
		else seen.set(step.id, step.line);
	}
}

export function checkFigureSteps(figure: string, figureLine: number, steps: StepSegment[], state: CompileState): void {
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
