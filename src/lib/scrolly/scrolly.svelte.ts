import { pickActive, triggerRootMargin } from './trigger';

export interface ScrollyOptions {
	/** Step ids in document order. */
	steps: readonly string[];
	/** Trigger line position (0 top .. 1 bottom) for wide and for narrow screens. */
	offsetWide?: number;
	offsetNarrow?: number;
	/** Media query that selects the wide layout (the figure beside the prose). */
	wideQuery?: string;
}

/**
 * The scroll engine: which step is active, from an IntersectionObserver only (no scroll
 * listeners, no layout reads in a scroll handler). It no longer tracks how far through a step
 * the reader is: no figure draws from that, and the 51-threshold observer that measured it ran
 * on every step throughout the scroll and shipped in every chapter's code. progressWithin and
 * progressRootMargin in ./trigger.ts are the tested maths for the day a figure needs it.
 */
export class Scrolly {
	active = $state('');
	readonly steps: readonly string[];
	readonly #options: Required<Omit<ScrollyOptions, 'steps'>>;

	constructor(options: ScrollyOptions, initial?: string) {
		this.steps = options.steps;
		this.active = initial && options.steps.includes(initial) ? initial : (options.steps[0] ?? '');
		this.#options = {
			offsetWide: options.offsetWide ?? 0.5,
			offsetNarrow: options.offsetNarrow ?? 0.72,
			wideQuery: options.wideQuery ?? '(min-width: 56rem)'
		};
	}

	/** Watches the step elements (found by [data-step-id] inside root). Returns the cleanup. */
	observe(root: HTMLElement): () => void {
		const wide = window.matchMedia(this.#options.wideQuery);
		let disconnect = this.#connect(root, wide.matches ? this.#options.offsetWide : this.#options.offsetNarrow);
		const relayout = () => {
			disconnect();
			disconnect = this.#connect(root, wide.matches ? this.#options.offsetWide : this.#options.offsetNarrow);
		};
		wide.addEventListener('change', relayout);
		return () => {
			wide.removeEventListener('change', relayout);
			disconnect();
		};
	}

	/** Sets the active step directly (deep link, buttons, keys); scrolling then keeps it in sync. */
	set(id: string): void {
		if (this.steps.includes(id)) this.active = id;
	}

	#connect(root: HTMLElement, offset: number): () => void {
		const elements = [...root.querySelectorAll<HTMLElement>('[data-step-id]')];
		const crossing = new Set<string>();
		const band = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					const id = (entry.target as HTMLElement).dataset.stepId!;
					if (entry.isIntersecting) crossing.add(id);
					else crossing.delete(id);
				}
				this.active = pickActive(this.steps, crossing, this.active);
			},
			{ rootMargin: triggerRootMargin(offset), threshold: 0 }
		);
		for (const element of elements) band.observe(element);
		return () => band.disconnect();
	}
}
