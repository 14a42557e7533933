import { activeIndexForScroll, type StepLayout } from './trigger';

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
 * The scroll engine: which step is active, computed from where the reader is every time (see
 * activeIndexForScroll), never carried over from the previous scroll position.
 *
 * How it stays cheap. The step tops, in document coordinates, and the page height are cached and
 * re-measured only when a size changes: a ResizeObserver on every step, on the steps' root and on
 * <html> sees resizes and rotations, font swaps, lens switches (html[data-lens] shows other
 * blocks) and the idle layout of later steps (data-laid-out ends content-visibility), because each
 * of them changes the size of a step or of the page. It measures inside its callback, where the
 * browser has just done the layout, so the measuring costs no extra layout. A burst of scroll
 * events costs one requestAnimationFrame that reads scrollY and innerHeight (no layout) and
 * compares a handful of numbers.
 *
 * Why not IntersectionObservers, as before: they report only crossings, so a thin band at the line
 * saw nothing when a jump carried every step past it (the bug of issue #16); telling "above the
 * line" from "below" needs a region that reaches to the top of the page, and "scrolled to the
 * end" needs another signal still. Cached geometry states the rule in the reader's terms and
 * keeps it a pure, unit-tested function.
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

	/** Follows the step elements (found by [data-step-id] inside root). Returns the cleanup. */
	observe(root: HTMLElement): () => void {
		const view = root.ownerDocument.defaultView!;
		const page = root.ownerDocument.documentElement;
		const wide = view.matchMedia(this.#options.wideQuery);
		const byId = new Map([...root.querySelectorAll<HTMLElement>('[data-step-id]')].map((element) => [element.dataset.stepId!, element]));
		const elements = this.steps.map((id) => byId.get(id));
		let layout: StepLayout = { stepTops: [], documentHeight: 0 };
		let frame = 0;

		const measure = () => {
			const scrollY = view.scrollY;
			// A step missing from the page gets NaN, which the rule never counts as reached.
			const stepTops = elements.map((element) => (element ? element.getBoundingClientRect().top + scrollY : Number.NaN));
			layout = { stepTops, documentHeight: page.scrollHeight };
		};
		const update = () => {
			const offset = wide.matches ? this.#options.offsetWide : this.#options.offsetNarrow;
			const id = this.steps[activeIndexForScroll(layout, view.scrollY, view.innerHeight, offset)];
			if (id !== undefined && id !== this.active) this.active = id;
		};
		const scheduleUpdate = () => {
			if (frame) return;
			frame = view.requestAnimationFrame(() => {
				frame = 0;
				update();
			});
		};

		// Its first call, at the first layout after observe(), reports every element and so takes
		// the first measurement. The update runs at once, not a frame later: the layout just changed.
		const sizes = new ResizeObserver(() => {
			measure();
			update();
		});
		for (const element of [page, root, ...elements]) if (element) sizes.observe(element);
		view.addEventListener('scroll', scheduleUpdate, { passive: true });
		// The line moves with the viewport even when no size in the page changes (a phone's address
		// bar), and with the switch between the wide and narrow layouts.
		view.addEventListener('resize', scheduleUpdate);
		wide.addEventListener('change', scheduleUpdate);
		return () => {
			sizes.disconnect();
			view.removeEventListener('scroll', scheduleUpdate);
			view.removeEventListener('resize', scheduleUpdate);
			wide.removeEventListener('change', scheduleUpdate);
			if (frame) view.cancelAnimationFrame(frame);
		};
	}

	/**
	 * Sets the active step at once for an explicit move (deep link, buttons, keys), which then
	 * brings the step's top to the line; from there the computed rule agrees with the choice.
	 */
	set(id: string): void {
		if (this.steps.includes(id)) this.active = id;
	}
}
