import { readContentDir } from '../../src/lib/content/read-dir.ts';
import { compileSite } from '../../src/lib/content/site.ts';
import { figureCatalog } from '../../src/lib/figures/catalog.ts';

/**
 * The routes, chapters and steps of the site, read from content the same way the build reads
 * it, so the suites cover a new chapter or step without anyone editing a test.
 */
const site = compileSite(readContentDir(process.cwd()), { base: '', figures: figureCatalog });

export const chapters = site.chapters.map((chapter) => ({
	slug: chapter.slug,
	path: `/chapters/${chapter.slug}/`,
	figure: chapter.figure,
	steps: chapter.steps.map((step) => step.id)
}));

export const fixedRoutes = ['/', '/references/', '/glossary/', '/about/', '/consult/', '/handout/', '/404.html'];
export const allRoutes = [...fixedRoutes, ...chapters.map((chapter) => chapter.path)];
export const lenses = ['patient', 'student', 'clinician'] as const;
