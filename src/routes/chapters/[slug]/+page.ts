import { loadFigure } from '$lib/figures/views';

// The figure's code is fetched here, per chapter, so no page carries figures it does not show.
export async function load({ data }) {
	const figure = data.chapter.figure ? await loadFigure(data.chapter.figure) : null;
	return { ...data, figure };
}
