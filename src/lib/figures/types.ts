import type { Component } from 'svelte';

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
 * A figure, as the pages see it: the pure model and describer plus the view. Loaded lazily
 * (src/lib/figures/views.ts), so a page fetches only the figures it shows.
 */
export interface FigureModule<Scene = unknown, Params = unknown> {
	id: string;
	title: string;
	steps: readonly string[];
	defaultParams: Params;
	/** Reader settings from a URL or storage, checked and clamped; never throws. */
	parseParams: (raw: Record<string, string>) => Params;
	/** Settings worth sharing by URL (e.g. which experiments are on); omitted = not shared. */
	serializeParams?: (params: Params) => Record<string, string>;
	scene: (step: string, params: Params) => Scene;
	describe: (scene: Scene) => string;
	/** A short "illustrative" warning to print on the figure for this state, or null. */
	note: (scene: Scene) => string | null;
	View: Component<FigureViewProps<Scene, Params>>;
}
