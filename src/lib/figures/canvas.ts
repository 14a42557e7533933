import { getContext, setContext } from 'svelte';

const hatchKey = Symbol('figure-hatch');

/** Called by FigureCanvas: the id of the hatch pattern its <defs> hold, for the parts drawn inside it. */
export function provideHatch(id: string): void {
	setContext(hatchKey, `url(#${id})`);
}

/**
 * The fill for a blocked or knocked-out part (VISUAL.md: hatched, never colour alone), pointing at
 * the pattern of the canvas the part is drawn in, so two figures on one page never share an id.
 */
export function hatchFill(): string {
	const fill = getContext<string | undefined>(hatchKey);
	if (!fill) throw new Error('hatchFill() was called outside a FigureCanvas');
	return fill;
}
