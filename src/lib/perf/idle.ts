/** Minimal view of the window this needs, so tests can drive it. */
export interface IdleHost {
	requestIdleCallback?: (run: (deadline: IdleDeadline) => void) => number;
	cancelIdleCallback?: (handle: number) => void;
	setTimeout: (run: () => void, ms: number) => number;
	clearTimeout: (handle: number) => void;
}

/**
 * Runs `run` when the browser is idle (a short timeout where requestIdleCallback is missing, as in
 * older Safari). Returns the cancel function.
 */
export function whenIdle(host: IdleHost, run: () => void): () => void {
	if (host.requestIdleCallback && host.cancelIdleCallback) {
		const handle = host.requestIdleCallback(() => run());
		const cancel = host.cancelIdleCallback;
		return () => cancel(handle);
	}
	const handle = host.setTimeout(run, 200);
	return () => host.clearTimeout(handle);
}

/**
 * Marks the given parts `data-laid-out`, one per idle period, in order. The chapter page keeps
 * later steps out of the first layout with `content-visibility: auto`, which makes the first paint
 * fast. Left that way, the browser lays out each step at the moment it scrolls into view, and on a
 * slow phone (4x CPU slowdown) that was a 50-80 ms task in the middle of a scroll: a stutter. Marked
 * parts are rendered normally, so the layout happens here, in small pieces, while the reader is
 * still reading the top. Returns the cleanup (stops marking).
 */
export function layOutWhenIdle(host: IdleHost, parts: readonly Element[]): () => void {
	let index = 0;
	let cancel = () => {};
	const next = () => {
		const part = parts[index++];
		if (!part) return;
		part.setAttribute('data-laid-out', '');
		cancel = whenIdle(host, next);
	};
	cancel = whenIdle(host, next);
	return () => cancel();
}
