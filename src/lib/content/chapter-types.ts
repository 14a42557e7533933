import type { RootContent } from 'mdast';
import type { FigureInfo } from '../figures/types.ts';
import type { IssueList } from './errors.ts';
import type { EvidenceRule } from './evidence.ts';
import type { EvidenceLevel, Lens } from './lenses.ts';
import type { GlossaryEntry } from './schemas.ts';

// The shapes shared by the chapter compiler's parts (chapter.ts runs them in order).

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
	/** What the content checker needs of each figure, keyed by id (src/lib/figures/catalog.ts). */
	figures: Readonly<Record<string, Pick<FigureInfo, 'title' | 'steps'>>>;
	articleHeadings: ReadonlySet<string>;
	/** Deployment base path ('' or '/explainer'), prefixed to root-relative links. */
	base: string;
	/** What each evidence mark means; a step's mark must follow from its note. Null if the rule file is broken. */
	evidenceRule: EvidenceRule | null;
}


export interface CompileState {
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

export interface StepSegment {
	id: string;
	caption: string;
	evidence: CompiledStep['evidence'];
	finding: string | null;
	line: number;
	nodes: RootContent[];
}

export function lineOf(node: { position?: { start: { line: number } } }): number {
	return node.position?.start.line ?? 1;
}
