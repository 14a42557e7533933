import type { PageLoad } from './$types';

// The lab's live code (the model, its views and d3) is the page's interactive part, like a
// chapter's figure: fetched with the page's data, so the page's own code stays small and the
// server-rendered picture is what a reader sees until it arrives.
export const load: PageLoad = async ({ data }) => {
	const { default: Lab } = await import('$lib/lab/Lab.svelte');
	return { ...data, Lab };
};
