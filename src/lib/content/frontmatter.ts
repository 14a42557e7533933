import * as v from 'valibot';
import type { ChapterContext } from './chapter-types.ts';
import { parseLocated } from './data-file.ts';
import type { IssueList } from './errors.ts';
import { FrontmatterSchema, issueMessage, issuePath } from './schemas.ts';

/**
 * Separates frontmatter from the body. The body keeps the frontmatter's lines as blank lines so
 * every markdown position is already a line number in the file.
 */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | null {
	const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
	if (!match) return null;
	const lines = match[0].split('\n').length - 1;
	return {
		yaml: match[1]!,
		body: '\n'.repeat(lines) + source.slice(match[0].length),
		bodyLine: lines + 1
	};
}

export function readFrontmatter(file: string, yaml: string, context: ChapterContext, issues: IssueList) {
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
