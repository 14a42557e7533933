import { site } from '$lib/server/site';

/** What consult mode needs of each chapter that has a figure: its steps and their captions. */
export function load() {
	const chapters = site.chapters
		.filter((chapter) => chapter.figure !== null)
		.map((chapter) => ({
			number: chapter.number,
			slug: chapter.slug,
			title: chapter.title,
			figure: chapter.figure!,
			steps: chapter.steps.map((step) => ({ id: step.id, caption: step.caption }))
		}));
	return { chapters };
}
