import { site } from '$lib/server/site';

export function load() {
	const first = site.chapters.find((chapter) => chapter.figure === 'overview');
	const step = first?.steps[0];
	return { overviewStep: step ? { id: step.id, caption: step.caption } : null };
}
