import type { Component } from 'svelte';

/**
 * What the content pipeline needs to know about a figure: its id (the name of its folder), its
 * title and the step ids its model understands. Written once, in the figure's own steps.ts, free
 * of Svelte and the DOM so the build-time content checker can read it (see ./catalog.ts).
 */
export interface FigureInfo<Step extends string = string> {
	id: string;
	title: string;
	steps: readonly Step[];
}

/** A figure's reader settings (a slider, a toggle) and how they travel in a URL. */
export interface FigureSettings<Params> {
	defaults: Params;
	/** Settings from a URL or storage, checked and clamped; never throws. */
	parse: (raw: Record<string, string>) => Params;
	/**
	 * The settings worth sharing by URL (e.g. which experiments are on), as query parameters,
	 * each of them named in `keys` so a reset can remove them. Omitted = not shared.
	 */
	share?: { keys: readonly string[]; write: (params: Params) => Record<string, string> };
}

/** What every figure view receives. The view draws `scene`; it never derives state of its own. */
export interface FigureViewProps<Scene, Params> {
	scene: Scene;
	params: Params;
	/** The reader changed a setting (a slider, a toggle); the frame owns the value. */
	onparams: (params: Params) => void;
	/** A presentation hint: consult mode asks for thicker strokes and larger labels. */
	variant: 'reading' | 'consult' | 'print';
}

/**
 * A figure, as the pages see it: its info, the pure model and describer, and the view. Made by
 * defineFigure (./define.ts) in the figure's index.ts and loaded lazily (./views.ts), so a page
 * fetches only the figures it shows.
 */
export interface FigureModule<Scene = unknown, Params = unknown> extends FigureInfo {
	settings: FigureSettings<Params>;
	scene: (step: string, params: Params) => Scene;
	describe: (scene: Scene) => string;
	/** A short "illustrative" warning to print on the figure for this state, or null. */
	note: (scene: Scene) => string | null;
	View: Component<FigureViewProps<Scene, Params>>;
}
