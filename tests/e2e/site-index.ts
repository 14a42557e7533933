import { readContentDir } from '../../src/lib/content/read-dir.ts';
import { compileSite } from '../../src/lib/content/site.ts';
import { loadFigureCatalog } from '../../src/lib/figures/catalog-node.ts';

/**
 * The routes, chapters and steps of the site, read from content the same way the build reads
 * it, so the suites cover a new chapter or step without anyone editing a test.
 */
const figureCatalog = await loadFigureCatalog();
export const site = compileSite(readContentDir(process.cwd()), { base: '', figures: figureCatalog });

export const figureIds = Object.keys(figureCatalog);

export const chapters = site.chapters.map((chapter) => ({
	slug: chapter.slug,
	path: `/chapters/${chapter.slug}/`,
	figure: chapter.figure,
	steps: chapter.steps.map((step) => step.id)
}));

export const fixedRoutes = ['/', '/references/', '/glossary/', '/about/', '/consult/', '/handout/', '/lab/', '/404.html'];
export const allRoutes = [...fixedRoutes, ...chapters.map((chapter) => chapter.path)];
export const lenses = ['patient', 'student', 'clinician'] as const;

/**
 * `npm run test:sweep` sets E2E_SWEEP=1: every state in every lens and scheme, every consult state
 * and the long random-jump runs on every chapter. `npm test` (and so CI, which has a 30-minute
 * budget on two cores) runs a sample of each; the suites say which.
 */
export const fullSweep = process.env.E2E_SWEEP === '1';
