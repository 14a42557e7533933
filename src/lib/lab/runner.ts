import type { LabExperiment, ProtocolChange } from '../content/lab-page.ts';
import { createStochasticLab, type LabSetup, type Readouts } from './model.ts';

/**
 * Runs the lab: a stochastic population, a guided experiment's protocol and the samples of the
 * current. Pure (no DOM), so the same code runs in the lab's Web Worker, in the page when a worker
 * cannot start, at build time for the prerendered picture, and in the tests. Everything it is told
 * is a `LabCommand`; everything a view needs comes back as a `LabFrame`.
 */

export type LabRun = Pick<LabExperiment, 'id' | 'title' | 'runMs' | 'protocol'>;

export type LabCommand =
	| { kind: 'reset'; setup: LabSetup }
	/** The conditions change from now; the channels keep their states. */
	| { kind: 'change'; changes: Partial<LabSetup> }
	| { kind: 'puff' }
	| { kind: 'experiment'; run: LabRun }
	/** Run `ms` further, or until `budgetMs` of real time is spent, whichever comes first. */
	| { kind: 'advance'; ms: number; budgetMs: number }
	/** Run until simulated time reaches `until`, or until `budgetMs` of real time is spent. */
	| { kind: 'advance-to'; until: number; budgetMs: number };

export interface LabSample {
	t: number;
	current: number;
}

export interface LabFrame {
	/** Counts resets: a view drops the samples it holds when this changes. */
	runNumber: number;
	setup: LabSetup;
	/** Each channel's state, as an index into the model's `states`. */
	states: Uint8Array;
	readouts: Readouts;
	/** Samples of the current taken since the last frame. */
	fresh: LabSample[];
	/** Protocol changes made since the last frame. */
	changes: ProtocolChange[];
	/** The guided experiment under way or last run (until a reset), and how it stands. */
	experiment: { id: string; state: 'running' | 'finished' | 'stopped' } | null;
}

/** The trace's window when no guided experiment is shown, in simulated ms. */
export const traceWindowMs = 2000;
/** How long the prerendered picture has run, in simulated ms. */
export const prerenderedRunMs = 1500;

export function createLabRunner(initial: LabSetup) {
	let runNumber = 0;
	let lab = createStochasticLab(initial);
	let experiment: { run: LabRun; next: number; state: 'running' | 'finished' | 'stopped' } | null = null;
	let fresh: LabSample[] = [];
	let changes: ProtocolChange[] = [];

	function apply(next: Partial<LabSetup>): void {
		lab.configure(next);
		// Choosing a single puff gives one, now; otherwise it would wait for a reset.
		if (next.glutamate === 'puff') lab.puff();
	}

	function stopExperiment(): void {
		if (experiment?.state === 'running') experiment.state = 'stopped';
	}

	function advance(ms: number, budgetMs: number): void {
		const started = performance.now();
		const running = experiment?.state === 'running' ? experiment : null;
		const target = running ? Math.min(lab.t + ms, running.run.runMs) : lab.t + ms;
		// About 500 samples across the trace's window (more than it has pixels), never finer than 4 ms.
		const sampleStep = Math.max(4, (experiment ? experiment.run.runMs : traceWindowMs) / 500);
		while (lab.t < target && performance.now() - started < budgetMs) {
			const due = running?.run.protocol[running.next];
			if (due && lab.t >= due.atMs) {
				apply(due.changes);
				running!.next += 1;
				changes.push(due);
				continue;
			}
			lab.advanceTo(Math.min(target, lab.t + sampleStep, due?.atMs ?? Number.POSITIVE_INFINITY));
			fresh.push({ t: lab.t, current: lab.readouts().current });
		}
		if (running && lab.t >= running.run.runMs) running.state = 'finished';
	}

	return {
		handle(command: LabCommand): LabFrame {
			switch (command.kind) {
				case 'reset':
					runNumber += 1;
					lab = createStochasticLab(command.setup);
					experiment = null;
					fresh = [];
					break;
				case 'change':
					// The reader changed the conditions: the guided experiment is no longer the one described.
					stopExperiment();
					apply(command.changes);
					break;
				case 'puff':
					lab.puff();
					break;
				case 'experiment':
					experiment = { run: command.run, next: 0, state: 'running' };
					break;
				case 'advance':
					advance(command.ms, command.budgetMs);
					break;
				case 'advance-to':
					advance(command.until - lab.t, command.budgetMs);
					break;
			}
			const frame: LabFrame = {
				runNumber,
				setup: { ...lab.setup },
				states: lab.channelStates.slice(),
				readouts: lab.readouts(),
				fresh,
				changes,
				experiment: experiment && { id: experiment.run.id, state: experiment.state }
			};
			fresh = [];
			changes = [];
			return frame;
		}
	};
}

export type LabRunner = ReturnType<typeof createLabRunner>;

/** The picture a page shows before the lab runs (and without JavaScript): a short seeded run. */
export function prerenderLab(setup: LabSetup, runMs = prerenderedRunMs): LabFrame {
	return createLabRunner(setup).handle({ kind: 'advance', ms: runMs, budgetMs: Number.POSITIVE_INFINITY });
}

/**
 * A frame as page data: the samples as two columns of rounded numbers (0.1 ms, 0.01 pA, far finer
 * than the trace draws), which is a third of the bytes of the samples as objects.
 */
export interface PackedFrame extends Omit<LabFrame, 'fresh'> {
	trace: { t: number[]; current: number[] };
}

export function packFrame({ fresh, ...frame }: LabFrame): PackedFrame {
	const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
	return { ...frame, trace: { t: fresh.map((sample) => round(sample.t, 1)), current: fresh.map((sample) => round(sample.current, 2)) } };
}

export function unpackFrame({ trace, ...frame }: PackedFrame): LabFrame {
	return { ...frame, fresh: trace.t.map((t, i) => ({ t, current: trace.current[i]! })) };
}
