import { canReadShared, readShared } from './shared-files';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-dir';
import { compileSite } from '../../src/lib/content/site';
import { figureCatalog } from '../../src/lib/figures/catalog';
import { allParameters } from '../../src/lib/lab/parameters';

// The real content, checked as the build checks it. CONTENT_ROOT lets an author check a draft
// tree (a copy of the project with their chapter added) without touching the working one.
const root = process.env.CONTENT_ROOT ?? process.cwd();
const site = compileSite(readContentDir(root), { base: '', figures: figureCatalog });

describe('the real content', () => {
	it('compiles without a single content error', () => {
		expect(site.chapters.length).toBeGreaterThanOrEqual(2);
	});

	it('numbers chapters 1, 2, 3 ... with no gaps', () => {
		expect(site.chapters.map((chapter) => chapter.number)).toEqual(site.chapters.map((_, index) => index + 1));
	});

	it('cites only references that exist, and every chapter that draws a figure covers all its steps', () => {
		const ids = new Set(site.references.map((reference) => reference.id));
		for (const chapter of site.chapters) {
			for (const key of chapter.citations) expect(ids.has(key), `${chapter.file} cites ${key}`).toBe(true);
			if (chapter.figure) {
				const steps = figureCatalog[chapter.figure]?.steps ?? [];
				expect([...chapter.steps.map((step) => step.id)].sort()).toEqual([...steps].sort());
			}
		}
	});
});

describe('the article is answered section by section', () => {
	it('every section of the article is claimed by some chapter', () => {
		const claimed = new Set(site.chapters.flatMap((chapter) => chapter.sourceSections));
		const unclaimed = site.articleSections.filter((section) => !claimed.has(section.heading)).map((section) => section.heading);
		expect(unclaimed).toEqual([]);
	});

	const articlePath = join(process.cwd(), '..', 'shared', 'source', 'ketamine-infusions-article.txt');
	it.runIf(canReadShared(articlePath, 'article headings'))('the listed headings are the article’s own, from the opening to the conclusion', () => {
		const lines = new Set(readShared(articlePath, 'article headings').split('\n').map((line) => line.trim()));
		const headings = site.articleSections.filter((section) => section.id !== 'opening').map((section) => section.heading);
		expect(headings.filter((heading) => !lines.has(heading))).toEqual([]);
		expect(headings.at(-1)).toBe('Conclusion');
		expect(site.articleSections[0]?.id).toBe('opening');
	});
});

describe('glossary and references', () => {
	it('has at least 25 glossary terms, and every term a chapter uses exists', () => {
		expect(site.glossary.length).toBeGreaterThanOrEqual(25);
	});

	it('every reference says in its note how it was checked (seen where, verified or not)', () => {
		const references = JSON.parse(readFileSync(join(root, 'content', 'references.json'), 'utf8')) as { id: string; note?: string }[];
		const unexplained = references.filter((reference) => !/\b(verified|checked|seen|read|listed in the fact sheet|fact sheet)\b/i.test(reference.note ?? ''));
		expect(unexplained.map((reference) => reference.id)).toEqual([]);
	});

	it('every reference is cited by some chapter or the lab (no orphans on the references page)', () => {
		const cited = new Set([...site.chapters.flatMap((chapter) => chapter.citations), ...(site.lab?.citations ?? []), ...allParameters.flatMap((parameter) => parameter.cites)]);
		expect(site.references.filter((reference) => !cited.has(reference.id)).map((reference) => reference.id)).toEqual([]);
	});
});
