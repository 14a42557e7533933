import type { ChapterContext, CompiledChapter } from './chapter-types.ts';
import { transformInline } from './directives.ts';
import type { IssueList } from './errors.ts';
import { readFrontmatter, splitFrontmatter } from './frontmatter.ts';
import { lensText, withCaptions } from './lens-text.ts';
import { compileState, parseBody } from './markdown.ts';
import { renderHtml } from './render.ts';
import { checkDuplicateSteps, checkFigureSteps, splitSteps } from './steps.ts';

export type { ChapterContext, CompiledChapter, CompiledStep } from './chapter-types.ts';
export { evidenceLevels, lenses, type EvidenceLevel, type Lens } from './lenses.ts';

const fileName = /(?:^|\/)(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

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

	const tree = parseBody(split.body);
	const state = compileState(file, context, issues, frontmatter?.value.slug ?? nameMatch?.[2] ?? 'chapter');
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
