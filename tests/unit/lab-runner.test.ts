import { describe, expect, it } from 'vitest';
import { defaultSetup, states } from '../../src/lib/lab/model';
import { createLabRunner, packFrame, prerenderLab, prerenderedRunMs, unpackFrame, type LabRun } from '../../src/lib/lab/runner';

const forever = Number.POSITIVE_INFINITY;
/** The model moves in fixed steps (at most 0.1 ms), so a run ends on the first step at or past its target. */
const landsOn = (t: number, target: number) => {
	expect(t).toBeGreaterThanOrEqual(target - 1e-9);
	expect(t).toBeLessThan(target + 0.1 + 1e-9);
};
const held = { ...defaultSetup, glutamate: 'continuous' as const, magnesium: 0, ketamine: 10 };
const run: LabRun = {
	id: 'wash',
	title: 'Wash',
	runMs: 600,
	protocol: [{ atMs: 300, changes: { ketamine: 0, glutamate: 'none' }, label: 'ketamine washed out; glutamate stopped' }]
};

describe('the lab runner (what the worker runs)', () => {
	it('reaches the time it is asked for (to the model’s step), and the same seed gives the same frame however the run is sliced', () => {
		const whole = createLabRunner(held).handle({ kind: 'advance-to', until: 500, budgetMs: forever });
		const sliced = createLabRunner(held);
		for (const until of [7, 120, 333, 500]) sliced.handle({ kind: 'advance-to', until, budgetMs: forever });
		const last = sliced.handle({ kind: 'advance', ms: 0, budgetMs: forever });
		landsOn(whole.readouts.t, 500);
		expect(last.readouts).toEqual(whole.readouts);
		expect([...last.states]).toEqual([...whole.states]);
		expect(whole.readouts.open).toBeGreaterThan(0);
	});

	it('a frame carries only the samples since the last frame, about one every 4 ms', () => {
		const runner = createLabRunner(held);
		const first = runner.handle({ kind: 'advance', ms: 100, budgetMs: forever });
		const second = runner.handle({ kind: 'advance', ms: 100, budgetMs: forever });
		expect(first.fresh.length).toBeGreaterThanOrEqual(25);
		expect(first.fresh.length).toBeLessThanOrEqual(26);
		expect(second.fresh[0]!.t).toBeGreaterThan(first.fresh.at(-1)!.t);
		landsOn(second.fresh.at(-1)!.t, 200);
	});

	it('stops when its real-time budget is spent, short of the simulated time asked for', () => {
		const frame = createLabRunner({ ...held, channels: 500 }).handle({ kind: 'advance', ms: 60_000, budgetMs: 5 });
		expect(frame.readouts.t).toBeGreaterThan(0);
		expect(frame.readouts.t).toBeLessThan(60_000);
	});

	it('a guided run makes its protocol change on time, reports it once, and finishes at its end', () => {
		const runner = createLabRunner(held);
		expect(runner.handle({ kind: 'experiment', run }).experiment).toEqual({ id: 'wash', state: 'running' });
		const before = runner.handle({ kind: 'advance-to', until: 299, budgetMs: forever });
		expect(before.changes).toEqual([]);
		const after = runner.handle({ kind: 'advance', ms: 10_000, budgetMs: forever });
		expect(after.changes.map((change) => change.atMs)).toEqual([300]);
		expect(after.setup).toMatchObject({ ketamine: 0, glutamate: 'none' });
		// The run ends on time, however much more was asked for.
		landsOn(after.readouts.t, 600);
		expect(after.experiment).toEqual({ id: 'wash', state: 'finished' });
		expect(runner.handle({ kind: 'advance', ms: 50, budgetMs: forever }).changes).toEqual([]);
	});

	it('a change of conditions stops a guided run; a reset forgets it and starts a new population', () => {
		const runner = createLabRunner(held);
		runner.handle({ kind: 'experiment', run });
		runner.handle({ kind: 'advance', ms: 100, budgetMs: forever });
		expect(runner.handle({ kind: 'change', changes: { voltage: -40 } }).experiment).toEqual({ id: 'wash', state: 'stopped' });
		const reset = runner.handle({ kind: 'reset', setup: { ...held, channels: 20 } });
		expect(reset.experiment).toBeNull();
		expect(reset.runNumber).toBe(1);
		expect(reset.readouts.t).toBe(0);
		expect(reset.states).toHaveLength(20);
		expect([...reset.states].every((index) => states[index] === 'C0')).toBe(true);
	});

	it('choosing a single puff gives one at once', () => {
		const runner = createLabRunner({ ...defaultSetup, glutamate: 'none', magnesium: 0, ketamine: 0 });
		runner.handle({ kind: 'change', changes: { glutamate: 'puff' } });
		expect(runner.handle({ kind: 'advance', ms: 20, budgetMs: forever }).readouts.open).toBeGreaterThan(0);
	});
});

describe('the prerendered frame', () => {
	it('is the default set-up run for 1.5 s, and survives packing as page data to 0.01 pA', () => {
		const frame = prerenderLab(defaultSetup);
		landsOn(frame.readouts.t, prerenderedRunMs);
		const unpacked = unpackFrame(structuredClone(packFrame(frame)));
		expect(unpacked.fresh).toHaveLength(frame.fresh.length);
		unpacked.fresh.forEach((sample, i) => {
			expect(Math.abs(sample.current - frame.fresh[i]!.current)).toBeLessThanOrEqual(0.005);
			expect(Math.abs(sample.t - frame.fresh[i]!.t)).toBeLessThanOrEqual(0.05);
		});
		expect([...unpacked.states]).toEqual([...frame.states]);
	});
});
