import type { Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
type AnyProps = Record<string, any>;

/**
 * A part of a figure that its first step never shows: a later scene, the controls of one step.
 * The first step is what the server renders and the browser hydrates on every chapter, so only
 * its parts are needed before the reader does anything. A later part is still rendered by the
 * server wherever a page shows it (the handout, a reader without JavaScript). In the browser its
 * code is fetched on the reader's first interaction or as soon as a step needs it (see
 * useLaterParts), so it is at hand by the time they reach it.
 */
export class LaterPart<Props extends AnyProps> {
	component: Component<Props> | undefined = $state();
	readonly #load: () => Promise<{ default: Component<Props> }>;
	#loading = false;

	/**
	 * @param onServer the component on the server, undefined in the browser: import it as
	 *   `'server-only:./Part.svelte'` (./server-only-imports.ts), so the browser's build leaves it out.
	 * @param load the same component as a dynamic import, for the browser.
	 */
	constructor(onServer: NoInfer<Component<Props>> | undefined, load: () => Promise<{ default: Component<Props> }>) {
		this.component = onServer;
		this.#load = load;
	}

	/** Starts fetching the part's code, once. A failed fetch (offline) is tried again next time. */
	fetch(): void {
		if (this.component || this.#loading) return;
		this.#loading = true;
		this.#load().then(
			(module) => {
				this.component = module.default;
			},
			() => {
				this.#loading = false;
			}
		);
	}
}

const firstInteraction = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Fetches a figure's later parts: all of them on the reader's first scroll, tap or key press,
 * and at once those the current step shows (a deep link, consult mode). Call once from a
 * figure view's script; both effects clean up after themselves.
 */
export function useLaterParts(parts: readonly Pick<LaterPart<AnyProps>, 'fetch'>[], needed: () => readonly Pick<LaterPart<AnyProps>, 'fetch'>[]): void {
	$effect(() => {
		for (const part of needed()) part.fetch();
	});
	$effect(() => {
		const fetchAll = () => {
			stop();
			for (const part of parts) part.fetch();
		};
		const stop = () => {
			for (const type of firstInteraction) window.removeEventListener(type, fetchAll, { capture: true });
		};
		for (const type of firstInteraction) window.addEventListener(type, fetchAll, { capture: true, passive: true });
		return stop;
	});
}
