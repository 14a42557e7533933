import { loadFigure } from '$lib/figures/views';

// A printable page: rendered once at build time, shipped without JavaScript.
export const csr = false;

export async function load({ data }) {
	const ids = new Set([...data.pictured.map((chapter) => chapter.figure), ...(data.session?.figure ? [data.session.figure] : [])]);
	const figures = Object.fromEntries(await Promise.all([...ids].map(async (id) => [id, await loadFigure(id)] as const)));
	return { ...data, figures };
}
