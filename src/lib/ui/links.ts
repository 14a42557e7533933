import { resolve } from '$app/paths';

/** A chapter's address, with the trailing slash every page has (trailingSlash: 'always'). */
export function chapterHref(slug: string): string {
	return `${resolve('/chapters/[slug]', { slug })}/`;
}
