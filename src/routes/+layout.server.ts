import { chapterSummaries, site } from '$lib/server/site';

export function load() {
	return { chapters: chapterSummaries(), siteReviewed: site.lastReviewed };
}
