import * as v from 'valibot';
import type { FigureInfo } from '../figures/types.ts';
import { compileChapter, type CompiledChapter } from './chapter.ts';
import { compileLabPage, type LabPage } from './lab-page.ts';
import { IssueList } from './errors.ts';
import { checkFindings, readEvidenceRule, type EvidenceRule } from './evidence.ts';
import { parseLocated } from './data-file.ts';
import { readPathway } from './pathway.ts';
import { formatReference, readReferences, type FormattedReference } from './references.ts';
import { ArticleSectionSchema, GlossaryEntrySchema, issueMessage, issuePath, type ArticleSection, type GlossaryEntry } from './schemas.ts';

export interface SourceFile {
	/** Path from the project root, e.g. content/chapters/02-the-lock-on-the-channel.md */
	path: string;
	text: string;
}

export interface SiteOptions {
	base: string;
	/** What the content checker needs of each figure, keyed by id (src/lib/figures/catalog.ts). */
	figures: Readonly<Record<string, Pick<FigureInfo, 'title' | 'steps'>>>;
}

export interface Site {
	chapters: CompiledChapter[];
	references: FormattedReference[];
	glossary: GlossaryEntry[];
	articleSections: ArticleSection[];
	/** What each evidence mark means (shown on the about page). */
	evidenceRule: EvidenceRule | null;
	/** The newest lastReviewed date of any chapter: the site's own review date. */
	lastReviewed: string;
	/** The NMDA channel lab's prose, in page order, sharing one numbering of notes. */
	lab: { intro: LabPage; experiments: LabPage; limits: LabPage; citations: string[]; lastReviewed: string } | null;
}

export const contentFiles = {
	references: 'content/references.json',
	glossary: 'content/glossary.json',
	articleSections: 'content/article-sections.json',
	evidenceMarks: 'content/evidence-marks.json',
	chapters: 'content/chapters/',
	pathways: 'content/pathways/',
	/** The lab page's parts, in the order the page shows them. */
	lab: ['content/lab/intro.md', 'content/lab/experiments.md', 'content/lab/limits.md']
} as const;

/** Pages outside the chapters that prose may link to. */
export const fixedPages = ['/', '/references/', '/glossary/', '/about/', '/handout/', '/consult/', '/lab/'] as const;

/**
 * Reads and checks all content. Throws one ContentError listing every problem as file:line,
 * so a broken file stops the build instead of shipping a half-right page.
 */
export function compileSite(sources: readonly SourceFile[], options: SiteOptions): Site {
	const issues = new IssueList();
	const byPath = new Map(sources.map((source) => [source.path, source.text]));
	const required = (path: string): string | undefined => {
		const text = byPath.get(path);
		if (text === undefined) issues.add(path, 1, 'file is missing');
		return text;
	};

	const referenceSource = required(contentFiles.references);
	const referenceSet = referenceSource === undefined ? { items: [], ids: new Set<string>() } : readReferences(contentFiles.references, referenceSource, issues);
	const references = referenceSet.items.map(formatReference);
	const glossary = readList(contentFiles.glossary, required(contentFiles.glossary), GlossaryEntrySchema, 'glossary entry', issues);
	const articleSections = readList(contentFiles.articleSections, required(contentFiles.articleSections), ArticleSectionSchema, 'article section', issues);

	// Pathway graphs drawn by figures are content too: checked here with the same file:line errors.
	for (const source of sources.filter((file) => file.path.startsWith(contentFiles.pathways) && file.path.endsWith('.json'))) {
		const figureId = source.path.slice(contentFiles.pathways.length, -'.json'.length);
		readPathway(source.path, source.text, issues, {
			references: referenceSet.ids,
			glossary: new Set(glossary.map((entry) => entry.id)),
			steps: options.figures[figureId]?.steps
		});
	}

	const evidenceRule = readEvidenceRule(contentFiles.evidenceMarks, required(contentFiles.evidenceMarks), issues);
	const context = {
		references: new Map([...referenceSet.ids].map((id) => [id, references.find((reference) => reference.id === id)?.text ?? id])),
		glossary: new Map(glossary.map((entry) => [entry.id, entry])),
		figures: options.figures,
		articleHeadings: new Set(articleSections.map((section) => section.heading)),
		base: options.base,
		evidenceRule
	};

	const chapterSources = sources
		.filter((source) => source.path.startsWith(contentFiles.chapters) && source.path.endsWith('.md'))
		.sort((a, b) => a.path.localeCompare(b.path));
	if (chapterSources.length === 0) issues.add(contentFiles.chapters, 1, 'there are no chapters (content/chapters/NN-slug.md)');
	const chapters = chapterSources
		.map((source) => compileChapter(source.path, source.text, context, issues))
		.filter((chapter): chapter is CompiledChapter => chapter !== null);

	// The lab's three parts number their notes as one page: one list under the lab. A content
	// folder without any of them (a test fixture) has no lab; one with some has to have all.
	const labCitations: string[] = [];
	const hasLab = contentFiles.lab.some((path) => byPath.has(path));
	const labParts = contentFiles.lab.map((path) => {
		const text = hasLab ? required(path) : undefined;
		return text === undefined ? null : compileLabPage(path, text, context, issues, labCitations);
	});
	const [labIntro, labExperiments, labLimits] = labParts;
	const lab =
		labIntro && labExperiments && labLimits
			? {
					intro: labIntro,
					experiments: labExperiments,
					limits: labLimits,
					citations: labCitations,
					lastReviewed: [labIntro, labExperiments, labLimits].map((part) => part.lastReviewed).sort()[0]!
				}
			: null;

	checkChapterSet(chapters, issues);
	checkFindings(
		chapters.flatMap((chapter) =>
			chapter.steps.flatMap((step) => (step.finding && step.evidence ? [{ finding: step.finding, level: step.evidence.level, file: chapter.file, line: step.line }] : []))
		),
		issues
	);
	checkLinks(chapters, [...chapters, ...labParts.filter((part): part is LabPage => part !== null)], issues);
	issues.throwIfAny();

	return {
		chapters,
		references,
		glossary,
		articleSections,
		evidenceRule,
		lastReviewed: chapters.map((chapter) => chapter.lastReviewed).sort().at(-1) ?? '',
		lab
	};
}

function readList<T>(
	file: string,
	source: string | undefined,
	schema: v.GenericSchema<unknown, T>,
	what: string,
	issues: IssueList
): T[] {
	if (source === undefined) return []; // already reported as missing
	const doc = parseLocated(source, file, issues, { json: true });
	if (!doc) return [];
	if (!Array.isArray(doc.value) || doc.value.length === 0) {
		issues.add(file, 1, `must be a non-empty JSON array of ${what}s`);
		return [];
	}
	const out: T[] = [];
	const seen = new Map<string, number>();
	doc.value.forEach((raw, index) => {
		const result = v.safeParse(schema, raw);
		if (!result.success) {
			for (const issue of result.issues) issues.add(file, doc.lineOf([index, ...issuePath(issue)]), issueMessage(issue, `${what} ${index + 1}`));
			return;
		}
		const id = (result.output as { id: string }).id;
		const line = doc.lineOf([index, 'id']);
		const first = seen.get(id);
		if (first !== undefined) issues.add(file, line, `duplicate id "${id}" (first on line ${first})`);
		else seen.set(id, line);
		out.push(result.output);
	});
	return out;
}

function checkChapterSet(chapters: CompiledChapter[], issues: IssueList): void {
	const slugs = new Map<string, string>();
	const numbers = new Map<number, string>();
	for (const chapter of chapters) {
		const sameSlug = slugs.get(chapter.slug);
		if (sameSlug) issues.add(chapter.file, 1, `slug "${chapter.slug}" is already used by ${sameSlug}`);
		slugs.set(chapter.slug, chapter.file);
		const sameNumber = numbers.get(chapter.number);
		if (sameNumber) issues.add(chapter.file, 1, `chapter number ${chapter.number} is already used by ${sameNumber}`);
		numbers.set(chapter.number, chapter.file);
	}
}

/** Every root-relative link in `linking` goes to a fixed page or one of the chapters. */
function checkLinks(chapters: readonly CompiledChapter[], linking: readonly Pick<CompiledChapter, 'file' | 'links'>[], issues: IssueList): void {
	const pages = new Set<string>([...fixedPages, ...chapters.map((chapter) => `/chapters/${chapter.slug}/`)]);
	for (const { file, links } of linking) {
		for (const link of links) {
			const path = link.href.split('#')[0]!;
			if (!pages.has(path)) issues.add(file, link.line, `link to "${link.href}" goes to no page (pages end with a slash, e.g. /chapters/slug/)`);
		}
	}
}
