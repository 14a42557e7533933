import { describe, expect, it } from 'vitest';
import { layOutWhenIdle, whenIdle, type IdleHost } from '../../src/lib/perf/idle';

/** A window whose idle periods the test hands out one at a time. */
function fakeHost(withIdleCallback = true) {
	const queue = new Map<number, () => void>();
	let nextHandle = 1;
	const add = (run: () => void) => {
		queue.set(nextHandle, run);
		return nextHandle++;
	};
	const timeouts: number[] = [];
	const host: IdleHost = {
		setTimeout: (run, ms) => {
			timeouts.push(ms);
			return add(run);
		},
		clearTimeout: (handle) => queue.delete(handle),
		...(withIdleCallback ? { requestIdleCallback: (run: (deadline: IdleDeadline) => void) => add(() => run({ didTimeout: false, timeRemaining: () => 10 })), cancelIdleCallback: (handle: number) => queue.delete(handle) } : {})
	};
	/** Runs what was waiting for the next idle period; false when nothing was. */
	const idle = () => {
		const [first] = queue;
		if (!first) return false;
		queue.delete(first[0]);
		first[1]();
		return true;
	};
	return { host, idle, pending: () => queue.size, timeouts };
}

function parts(count: number) {
	return Array.from({ length: count }, () => {
		const attributes = new Set<string>();
		return { setAttribute: (name: string) => attributes.add(name), laidOut: () => attributes.has('data-laid-out') } as unknown as Element & { laidOut: () => boolean };
	});
}

describe('layOutWhenIdle', () => {
	it('marks one part per idle period, in document order, and then stops asking', () => {
		const { host, idle, pending } = fakeHost();
		const steps = parts(3);
		layOutWhenIdle(host, steps);
		expect(steps.map((s) => s.laidOut())).toEqual([false, false, false]);
		idle();
		expect(steps.map((s) => s.laidOut())).toEqual([true, false, false]);
		idle();
		expect(steps.map((s) => s.laidOut())).toEqual([true, true, false]);
		idle();
		expect(steps.map((s) => s.laidOut())).toEqual([true, true, true]);
		idle();
		expect(pending()).toBe(0);
	});

	it('the cleanup (leaving the page) stops it where it was', () => {
		const { host, idle, pending } = fakeHost();
		const steps = parts(3);
		const stop = layOutWhenIdle(host, steps);
		idle();
		stop();
		expect(pending()).toBe(0);
		expect(idle()).toBe(false);
		expect(steps.map((s) => s.laidOut())).toEqual([true, false, false]);
	});

	it('falls back to a short timeout where requestIdleCallback is missing', () => {
		const { host, idle, timeouts } = fakeHost(false);
		const steps = parts(2);
		layOutWhenIdle(host, steps);
		while (idle());
		expect(steps.every((s) => s.laidOut())).toBe(true);
		expect(timeouts.length).toBeGreaterThan(0);
		expect(timeouts.every((ms) => ms > 0)).toBe(true);
	});
});

describe('whenIdle', () => {
	it('cancelling before the idle period means the work never runs', () => {
		const { host, idle } = fakeHost();
		let ran = false;
		whenIdle(host, () => (ran = true))();
		idle();
		expect(ran).toBe(false);
	});
});
