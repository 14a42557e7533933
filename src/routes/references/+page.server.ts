import { site } from '$lib/server/site';

export function load() {
	const usedBy = new Map<string, { slug: string; title: string }[]>();
	for (const chapter of site.chapters) {
		for (const key of chapter.citations) usedBy.set(key, [...(usedBy.get(key) ?? []), { slug: chapter.slug, title: chapter.title }]);
	}
	const references = [...site.references]
		.sort((a, b) => a.text.localeCompare(b.text))
		.map((reference) => ({ ...reference, usedBy: usedBy.get(reference.id) ?? [] }));
	return { references };
}
