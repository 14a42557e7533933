import { pickActive, progressRootMargin, progressWithin, triggerRootMargin } from './trigger';

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
 * The scroll engine: which step is active and how far through it the reader is, from
 * IntersectionObservers only (no scroll listeners, no layout reads in a scroll handler).
 */
export class Scrolly {
	active = $state('');
	progress = $state(0);
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
		if (this.steps.includes(id)) {
			this.active = id;
			this.progress = 0;
		}
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
				const next = pickActive(this.steps, crossing, this.active);
				if (next !== this.active) {
					this.active = next;
					this.progress = 0;
				}
			},
			{ rootMargin: triggerRootMargin(offset), threshold: 0 }
		);
		const thresholds = Array.from({ length: 51 }, (_, index) => index / 50);
		const progress = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					if ((entry.target as HTMLElement).dataset.stepId !== this.active || !entry.rootBounds) continue;
					this.progress = progressWithin(entry.boundingClientRect.top, entry.boundingClientRect.height, entry.rootBounds.bottom);
				}
			},
			{ rootMargin: progressRootMargin(offset), threshold: thresholds }
		);
		for (const element of elements) {
			band.observe(element);
			progress.observe(element);
		}
		return () => {
			band.disconnect();
			progress.disconnect();
		};
	}
}
