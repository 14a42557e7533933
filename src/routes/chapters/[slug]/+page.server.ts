import { error } from '@sveltejs/kit';
import { chapterBySlug, site } from '$lib/server/site';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => site.chapters.map((chapter) => ({ slug: chapter.slug }));

export function load({ params }) {
	const chapter = chapterBySlug(params.slug);
	if (!chapter) error(404, `There is no chapter called "${params.slug}".`);
	const index = site.chapters.indexOf(chapter);
	const neighbour = (offset: number) => {
		const other = site.chapters[index + offset];
		return other ? { slug: other.slug, title: other.title, number: other.number } : null;
	};
	const { text: _text, links: _links, file: _file, ...shown } = chapter;
	return {
		chapter: shown,
		notes: chapter.citations.map((key) => site.references.find((reference) => reference.id === key)!),
		previous: neighbour(-1),
		next: neighbour(1)
	};
}
