import { base } from '$app/paths';
import { compileSite, type SourceFile } from '$lib/content/site';
import { figureCatalog } from '$lib/figures/catalog';

// Vite tracks these files, so editing content reloads the dev server; the build reads them once.
const raw = import.meta.glob(['/content/**/*.json', '/content/chapters/*.md', '/content/lab/*.md'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const sources: SourceFile[] = Object.entries(raw).map(([path, text]) => ({ path: path.slice(1), text }));

/** All content, checked and compiled at build time; never shipped to the browser as code. */
export const site = compileSite(sources, { base, figures: figureCatalog });

export function chapterBySlug(slug: string) {
	return site.chapters.find((chapter) => chapter.slug === slug);
}

/** What a chapter list needs, without any chapter's prose. */
export function chapterSummaries() {
	return site.chapters.map(({ number, slug, title, summary, lastReviewed, figure }) => ({ number, slug, title, summary, lastReviewed, figure }));
}

export type ChapterSummary = ReturnType<typeof chapterSummaries>[number];
