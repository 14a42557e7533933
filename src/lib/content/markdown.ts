import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ChapterContext, CompileState } from './chapter-types.ts';
import type { IssueList } from './errors.ts';

/** A markdown body (frontmatter already blanked out) as a tree, with GFM tables and directives. */
export function parseBody(body: string): Root {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
	return processor.runSync(processor.parse(body)) as Root;
}

/** What the inline transforms collect while compiling one file; `citations` may continue a page's list. */
export function compileState(file: string, context: ChapterContext, issues: IssueList, slug: string, citations: string[] = []): CompileState {
	return { file, context, issues, citations, terms: [], links: [], termCount: 0, checkCount: 0, crisisCount: 0, slug };
}
