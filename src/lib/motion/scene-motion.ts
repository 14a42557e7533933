import { motion } from './tokens';

type Gsap = typeof import('gsap').gsap;

/** Position of each keyed item the last time the figure was drawn. */
export type Placement = Map<string, { x: number; y: number }>;

/**
 * GSAP arrives on first use rather than with the page, so it never counts against a page's
 * initial JavaScript. The module loader caches it; later calls resolve at once.
 */
export function loadGsap(): Promise<Gsap> {
	return import('gsap').then((module) => module.gsap);
}

/**
 * Moves a figure from its previous drawing to its current one. The view has already rendered
 * the end state (Svelte owns every attribute); this only adds a temporary offset to keyed items
 * (`<g data-key data-x data-y>`) and fades in items that are new. Reverting the returned context
 * therefore always leaves the true end state, whatever the tween had reached.
 */
export function placementOf(root: Element): Placement {
	const placement: Placement = new Map();
	for (const element of root.querySelectorAll<SVGGElement>('[data-key]')) {
		placement.set(element.dataset.key!, { x: Number(element.dataset.x ?? 0), y: Number(element.dataset.y ?? 0) });
	}
	return placement;
}

export interface SceneTween {
	/** Stops the tween where it is and removes its offsets (the drawing shows the end state). */
	revert(): void;
}

export async function tweenFrom(root: SVGSVGElement, previous: Placement, current: Placement): Promise<SceneTween> {
	const gsap = await loadGsap();
	const frame = root.closest<HTMLElement>('[data-figure]');
	const moving: { element: SVGGElement; dx: number; dy: number }[] = [];
	const entering: SVGGElement[] = [];
	for (const element of root.querySelectorAll<SVGGElement>('[data-key]')) {
		const key = element.dataset.key!;
		const now = current.get(key);
		const before = previous.get(key);
		if (!now) continue;
		if (!before) entering.push(element);
		else if (Math.abs(before.x - now.x) + Math.abs(before.y - now.y) > 0.5) moving.push({ element, dx: before.x - now.x, dy: before.y - now.y });
	}
	if (moving.length === 0 && entering.length === 0) return { revert: () => {} };

	const context = gsap.context(() => {
		const timeline = gsap.timeline({
			onStart: () => frame?.setAttribute('data-animating', 'true'),
			onComplete: () => frame?.removeAttribute('data-animating')
		});
		for (const { element, dx, dy } of moving) {
			timeline.from(element, { x: dx, y: dy, duration: motion.durationSeconds, ease: motion.ease }, 0);
		}
		if (entering.length > 0) {
			timeline.from(entering, { opacity: 0, duration: motion.enterSeconds, ease: motion.ease }, moving.length > 0 ? motion.durationSeconds * 0.4 : 0);
		}
	}, root);
	return {
		revert: () => {
			context.revert();
			frame?.removeAttribute('data-animating');
		}
	};
}
