import { render } from 'svelte/server';
import { site } from '$lib/server/site';
import ReferenceList from './ReferenceList.svelte';

export function load() {
	const usedBy = new Map<string, { slug: string; title: string }[]>();
	for (const chapter of site.chapters) {
		for (const key of chapter.citations) usedBy.set(key, [...(usedBy.get(key) ?? []), { slug: chapter.slug, title: chapter.title }]);
	}
	const references = [...site.references]
		.sort((a, b) => a.text.localeCompare(b.text))
		.map((reference) => ({ ...reference, usedBy: usedBy.get(reference.id) ?? [] }));
	// The list is static, so it goes to the page as finished HTML: hydrating 52 entries one element
	// at a time was most of this page's blocking time on a slow phone, and {@html} is adopted whole.
	return { referencesHtml: render(ReferenceList, { props: { references } }).body };
}
