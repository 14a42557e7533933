import { usePreferences } from '$lib/ui/preferences.svelte';
import { placementOf, tweenFrom, type Placement, type SceneTween } from './scene-motion';

/**
 * Tweens a figure's keyed items (<Placed>) from where they stood to where the new scene puts
 * them, whenever `scene()` changes. Reduced motion (OS or the in-page switch) means no tween at
 * all. Call once from a figure view's script; the effect cleans up after itself.
 */
export function useSceneMotion(svg: () => SVGSVGElement | undefined, scene: () => unknown): void {
	const preferences = usePreferences();
	// Where keyed items stood last time: plain, not reactive; only this effect reads it.
	let previous: Placement = new Map();

	$effect(() => {
		void scene();
		const root = svg();
		if (!root) return;
		const current = placementOf(root);
		const before = previous;
		previous = current;
		if (preferences.reducedMotion || before.size === 0) return;
		let tween: SceneTween | null = null;
		let stale = false;
		tweenFrom(root, before, current).then((started) => {
			if (stale) started.revert();
			else tween = started;
		});
		return () => {
			stale = true;
			tween?.revert();
		};
	});
}
