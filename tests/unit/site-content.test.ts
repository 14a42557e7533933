import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-dir';
import { compileSite } from '../../src/lib/content/site';
import { figureCatalog } from '../../src/lib/figures/catalog';

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
				const steps = figureCatalog[chapter.figure as keyof typeof figureCatalog].steps;
				expect([...chapter.steps.map((step) => step.id)].sort()).toEqual([...steps].sort());
			}
		}
	});
});
