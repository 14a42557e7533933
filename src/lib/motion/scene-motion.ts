import { motion } from './tokens';

type Gsap = typeof import('gsap/gsap-core').gsap;

/** Position of each keyed item the last time the figure was drawn. */
export type Placement = Map<string, { x: number; y: number }>;

/**
 * GSAP arrives on first use rather than with the page, so it never counts against a page's
 * initial JavaScript. The module loader caches it; later calls resolve at once. Only its core:
 * the tweens below move plain numbers, so the CSS plugin (a third of GSAP, and of the time it
 * takes to start, which falls in the middle of the reader's first step change) is not needed.
 */
export function loadGsap(): Promise<Gsap> {
	return import('gsap/gsap-core').then((module) => module.gsap);
}

/** Where each keyed item (`<g data-key data-x data-y>`, see Placed.svelte) stands in the drawing now. */
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

/**
 * Moves a figure from its previous drawing to its current one. The view has already rendered
 * the end state (Svelte owns every attribute); this only adds a temporary offset to keyed items
 * and fades in items that are new. Reverting the returned tween therefore always leaves the true
 * end state, whatever the tween had reached.
 */
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

	// GSAP keeps the time and the easing of two plain numbers, and this writes the offsets itself.
	// Tweening the elements' x and y directly made GSAP read every element's computed transform
	// when the tween started (getComputedStyle and matrix parsing): with the CPU slowed 4x that was
	// about half of a step change's scripting, enough to make it a long task.
	const progress = { move: 0, fade: 0 };
	const draw = () => {
		const left = 1 - progress.move;
		for (const { element, dx, dy } of moving) element.setAttribute('transform', `translate(${dx * left} ${dy * left})`);
		for (const element of entering) element.style.opacity = String(progress.fade);
	};
	draw(); // the first frame shows where items stood, never a flash of the end state
	// Leaves the drawing exactly as Svelte rendered it, at the end or when stopped part-way.
	const clear = () => {
		for (const { element } of moving) element.removeAttribute('transform');
		for (const element of entering) element.style.removeProperty('opacity');
		frame?.removeAttribute('data-animating');
	};
	// Inside a context, so reverting it stops everything this change started, whatever it was.
	const context = gsap.context(() => {
		const timeline = gsap.timeline({
			onUpdate: draw,
			onStart: () => frame?.setAttribute('data-animating', 'true'),
			onComplete: clear
		});
		if (moving.length > 0) timeline.to(progress, { move: 1, duration: motion.durationSeconds, ease: motion.ease }, 0);
		if (entering.length > 0) {
			timeline.to(progress, { fade: 1, duration: motion.enterSeconds, ease: motion.ease }, moving.length > 0 ? motion.durationSeconds * 0.4 : 0);
		}
	});
	return {
		revert: () => {
			context.revert();
			clear();
		}
	};
}
