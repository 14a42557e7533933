import type { Component } from 'svelte';
import type { FigureInfo, FigureModule, FigureSettings, FigureViewProps } from './types';

/** A scene that may carry its own "illustrative" warning (most figures' models set one per step). */
interface MaybeIllustrative {
	illustrative?: string | null;
}

export interface FigureSpec<Scene, Params> {
	info: FigureInfo;
	scene: (step: string, params: Params) => Scene;
	describe: (scene: Scene) => string;
	View: Component<FigureViewProps<Scene, Params>>;
	/** The warning printed on the figure; by default the scene's own `illustrative`. */
	note?: (scene: Scene) => string | null;
	/** Reader settings; a figure without any takes `{}` whatever the URL holds. */
	settings?: FigureSettings<Params>;
}

/**
 * The one way a figure is made: everything a page, the consult mode and the handout need,
 * from the figure's own folder. The defaults here are the choices most figures share, so a
 * figure's index.ts says only what is its own.
 */
export function defineFigure<Scene, Params = Record<string, never>>(spec: FigureSpec<Scene, Params>): FigureModule<Scene, Params> {
	const none = {} as Params;
	return {
		...spec.info,
		settings: spec.settings ?? { defaults: none, parse: () => none },
		scene: spec.scene,
		describe: spec.describe,
		note: spec.note ?? ((scene) => (scene as MaybeIllustrative).illustrative ?? null),
		View: spec.View
	};
}

/** Checks a figure's info where it is written: the folder name is the id, steps are unique. */
export function defineFigureInfo<const Step extends string>(info: FigureInfo<Step>): FigureInfo<Step> {
	const repeated = info.steps.filter((step, index) => info.steps.indexOf(step) !== index);
	if (repeated.length > 0) throw new Error(`figure "${info.id}": step ids repeat (${repeated.join(', ')})`);
	if (info.steps.length === 0) throw new Error(`figure "${info.id}": no steps`);
	return info;
}
