import { loadFigure } from '$lib/figures/views';

// The landing page carries one figure, the overview time line: the map of the whole site.
export async function load({ data }) {
	return { ...data, overview: await loadFigure('overview') };
}
