import { loadFigure } from '$lib/figures/views';

// The server-rendered (and no-JavaScript) page shows the first state of the default sequence.
export async function load({ data }) {
	const first = data.chapters[0];
	const figures = first ? { [first.figure]: await loadFigure(first.figure) } : {};
	return { ...data, figures };
}
