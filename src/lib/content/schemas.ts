import * as v from 'valibot';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const text = (what: string) =>
	v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));

export const FrontmatterSchema = v.strictObject(
	{
		title: text('title'),
		slug: v.pipe(text('slug'), v.regex(kebab, 'slug must be lowercase words joined by hyphens')),
		sourceSection: v.pipe(
			v.union(
				[text('sourceSection'), v.pipe(v.array(text('each sourceSection')), v.minLength(1))],
				'sourceSection must be an article heading or a list of them'
			),
			v.transform((value) => (Array.isArray(value) ? value : [value]))
		),
		figure: v.optional(v.pipe(text('figure'), v.regex(kebab, 'figure must be a figure id such as nmda-blockade'))),
		summary: text('summary'),
		/** The step whose picture stands for the chapter in the printed handout (default: the last). */
		keyStep: v.optional(text('keyStep')),
		lastReviewed: v.pipe(
			v.string('lastReviewed must be a date written as YYYY-MM-DD'),
			v.regex(isoDate, 'lastReviewed must be a date written as YYYY-MM-DD'),
			v.check((value) => !Number.isNaN(Date.parse(value)), 'lastReviewed is not a real date')
		)
	},
	(issue) => `unknown field "${pathKey(issue)}" (allowed: title, slug, sourceSection, figure, summary, keyStep, lastReviewed)`
);

export type Frontmatter = v.InferOutput<typeof FrontmatterSchema>;

const Name = v.looseObject({ family: v.optional(v.string()), given: v.optional(v.string()), literal: v.optional(v.string()) });

export const ReferenceSchema = v.looseObject({
	id: v.pipe(v.string('id must be text'), v.regex(/^[a-z][a-z0-9_-]*$/, 'id must be a lowercase citation key such as li2010')),
	type: text('type'),
	title: text('title'),
	author: v.optional(v.array(Name, 'author must be a list of names')),
	issued: v.optional(
		v.looseObject({ 'date-parts': v.array(v.array(v.union([v.number(), v.string()])), 'issued.date-parts must be [[year, month, day]]') })
	),
	DOI: v.optional(
		v.pipe(v.string(), v.regex(/^10\.\d{4,9}\/\S+$/, 'DOI must look like 10.1234/abc, without https://doi.org/'))
	),
	PMID: v.optional(v.pipe(v.string('PMID must be a string of digits'), v.regex(/^\d{1,9}$/, 'PMID must be digits only'))),
	PMCID: v.optional(v.pipe(v.string(), v.regex(/^PMC\d+$/, 'PMCID must look like PMC1234567')))
});

export type Reference = v.InferOutput<typeof ReferenceSchema>;

export const GlossaryEntrySchema = v.strictObject(
	{
		id: v.pipe(v.string('id must be text'), v.regex(kebab, 'id must be lowercase words joined by hyphens')),
		term: text('term'),
		plain: text('plain'),
		deeper: text('deeper')
	},
	(issue) => `unknown field "${pathKey(issue)}" (allowed: id, term, plain, deeper)`
);

export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;

export const ArticleSectionSchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(kebab, 'id must be lowercase words joined by hyphens')),
	heading: text('heading')
});

export type ArticleSection = v.InferOutput<typeof ArticleSectionSchema>;

function pathKey(issue: { path?: { key: unknown }[] | undefined }): string {
	return String(issue.path?.at(-1)?.key ?? '');
}

/** Path of an issue as keys, for locating the line it refers to. */
export function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
	return (issue.path ?? []).map((item) => item.key as string | number);
}

/** A readable message: the field name and what is wrong with it. */
export function issueMessage(issue: v.BaseIssue<unknown>, what: string): string {
	const path = issuePath(issue);
	const field = path.filter((key) => typeof key === 'string').at(-1);
	if (issue.kind === 'schema' && issue.received === 'undefined' && field !== undefined) {
		return `${what}: missing required field "${field}"`;
	}
	return `${what}: ${issue.message}`;
}
