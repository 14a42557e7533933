import { chapterSummaries, site } from '$lib/server/site';
import { reviewedOn } from '$lib/ui/dates';

export function load() {
	return { chapters: chapterSummaries(), siteReviewed: reviewedOn(site.lastReviewed) };
}
