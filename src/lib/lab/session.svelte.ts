import { describeSetup, describeState } from './describe.ts';
import { startLabDriver, type LabDriver } from './driver.ts';
import type { LabSetup, Readouts } from './model.ts';
import { prerenderedRunMs, traceWindowMs, type LabCommand, type LabFrame, type LabRun, type LabSample } from './runner.ts';

type ExperimentState = NonNullable<LabFrame['experiment']>['state'];

/** Real ms of the simulation asked for in one go at most (a tab that was busy does not jump). */
const longestFrameMs = 100;
/** How long the worker may work on one frame: it never blocks the page, so this sets how often the view hears back. */
const workerBudgetMs = 12;
/** A link's run to `&t=` goes in slices this long, so a reset or Play is heard between them. */
const runToSliceMs = 50;
/** While it plays, screen readers hear the state this often (polite), and when it pauses. */
const describeEveryMs = 8000;
/** While it plays, the numbers change this often (text is costly to lay out, and nobody reads it at 60 Hz). */
const numbersEveryMs = 250;

/**
 * One lab on a page: what the reader set, what the simulation last reported, and the run under
 * way. The simulation itself runs in the driver (a Web Worker); this keeps the view's state and
 * turns the reader's actions into commands. The page's prerendered frame is shown until the
 * driver has caught up to the same point.
 */
export class LabSession {
	/** What the reader set (moves at once when a control moves, before the simulation answers). */
	setup: LabSetup = $state.raw() as LabSetup;
	/** The simulation's latest frame on show. */
	frame: LabFrame = $state.raw() as LabFrame;
	/** The current's samples in the trace's window. */
	samples: LabSample[] = $state.raw([]);
	playing = $state(false);
	speed = $state(1);
	/** The speed achieved over the last second while playing, when the device cannot keep up. */
	achieved: number | null = $state(null);
	/** What the polite live region says. */
	described = $state('');
	/** A link's frozen time (`&t=`), kept in the address until the reader changes something. */
	frozenAt: number | null = $state(null);
	/** While a link's `&t=` is being run to: the time it runs to. */
	runningTo: number | null = $state(null);
	/** The last guided experiment started, kept after it ends so its whole trace stays in view. */
	lastRun: LabRun | null = $state.raw(null);
	/** The guided experiment the simulation last reported, and how it stands. */
	experiment: LabFrame['experiment'] = $state.raw(null);
	/** Real ms played, which moves the ions (the view keeps them still with reduced motion). */
	flow = $state(0);

	/**
	 * The numbers on show: the latest frame's readouts and the mean current over its last 200 ms;
	 * while playing, refreshed a few times a second rather than every frame.
	 */
	numbers: { readouts: Readouts; meanCurrent: number } = $state.raw() as { readouts: Readouts; meanCurrent: number };

	readonly windowMs = $derived(this.lastRun ? this.lastRun.runMs : traceWindowMs);
	readonly readouts = $derived(this.frame.readouts);

	#driver: LabDriver | null = null;
	#onexperiment: (event: { id: string; state: ExperimentState }) => void;
	// Frames arriving while newer ones are on their way are folded in, not drawn (plain: not shown).
	#buffer: LabSample[] = [];
	#bufferRun = -1;
	#owedMs = 0;
	/** A frame that came while playing, drawn at the next animation frame (several fold into one). */
	#unshown: LabFrame | null = null;
	#numbersAt = Number.NEGATIVE_INFINITY;

	constructor(prerendered: LabFrame, onexperiment: (event: { id: string; state: ExperimentState }) => void = () => {}) {
		this.frame = prerendered;
		this.setup = prerendered.setup;
		this.samples = prerendered.fresh;
		this.numbers = numbersOf(prerendered, prerendered.fresh);
		this.#onexperiment = onexperiment;
	}

	/**
	 * Starts the simulation in the browser, from the link's set-up: to the prerendered point (the
	 * same seed gives the same state), or to the link's `&t=`. Returns the cleanup.
	 */
	start(setup: LabSetup, runTo: number | null): () => void {
		this.#bufferRun = this.frame.runNumber;
		this.#buffer = [...this.samples];
		this.setup = setup;
		this.#driver = startLabDriver(setup, (frame) => this.#receive(frame));
		this.frozenAt = runTo;
		if (runTo === null) this.#send({ kind: 'advance', ms: prerenderedRunMs, budgetMs: Number.POSITIVE_INFINITY });
		else this.#runTo(runTo);
		return () => {
			this.#driver?.dispose();
			this.#driver = null;
		};
	}

	/** The set-up from scratch: a new population (a reset, a new channel count or seed). */
	restart(setup: LabSetup): void {
		this.runningTo = null;
		this.lastRun = null;
		this.setup = setup;
		this.#send({ kind: 'reset', setup });
	}

	/** A slider or choice moved: the channels keep their states, the conditions change from now. */
	change(changes: Partial<LabSetup>): void {
		this.frozenAt = null;
		if (changes.channels !== undefined || changes.seed !== undefined) return this.restart({ ...this.setup, ...changes });
		this.setup = { ...this.setup, ...changes };
		this.#send({ kind: 'change', changes });
	}

	puff(): void {
		this.#send({ kind: 'puff' });
	}

	step(ms: number): void {
		this.#send({ kind: 'advance', ms, budgetMs: Number.POSITIVE_INFINITY });
	}

	togglePlay(): void {
		this.runningTo = null;
		this.playing = !this.playing;
		this.#owedMs = 0;
		// Screen readers hear the state when the reader stops to look.
		if (!this.playing) this.describeNow();
	}

	describeNow(): void {
		this.#show(true);
		this.described = describeState(this.readouts);
	}

	/** Sets up and plays a guided experiment from its start. */
	runExperiment(run: LabRun & { setup: LabSetup }): void {
		this.frozenAt = null;
		this.restart({ ...run.setup });
		this.lastRun = run;
		this.#send({ kind: 'experiment', run: { id: run.id, title: run.title, runMs: run.runMs, protocol: run.protocol } });
		// Long protocols play faster, so each run takes seconds, not minutes, where the device allows.
		this.speed = run.runMs > 12_000 ? 5 : 1;
		this.playing = true;
		this.described = `Running “${run.title}”: ${describeSetup(run.setup)}`;
	}

	/**
	 * One animation frame of real time passed while playing: ask for that much simulated time (times
	 * the speed) when the last request has come back; what the device cannot do in time is dropped,
	 * so a slow device runs the simulation slower, never the page.
	 */
	tick(realMs: number): void {
		const elapsed = Math.min(longestFrameMs, realMs);
		this.flow += elapsed;
		this.#owedMs = Math.min(this.#owedMs + elapsed * this.speed, longestFrameMs * this.speed);
		if (!this.#driver || this.#driver.pending > 0 || this.#owedMs <= 0) return;
		this.#send({ kind: 'advance', ms: this.#owedMs, budgetMs: workerBudgetMs });
		this.#owedMs = 0;
	}

	/** Every few seconds of play, the state in words for screen readers; once a second, the speed. */
	report(since: { realMs: number; simulatedMs: number; describedAt: number }, now: number): typeof since {
		const next = { ...since };
		if (now - since.realMs >= 1000) {
			this.achieved = (this.readouts.t - since.simulatedMs) / (now - since.realMs);
			Object.assign(next, { realMs: now, simulatedMs: this.readouts.t });
		}
		if (now - since.describedAt >= describeEveryMs) {
			const words = describeState(this.readouts);
			// Only when something a listener would notice changed (the words round to whole percents).
			if (words.replace(/^At [^:]+: /, '') !== this.described.replace(/^At [^:]+: /, '')) this.described = words;
			next.describedAt = now;
		}
		return next;
	}

	#runTo(t: number): void {
		this.runningTo = t;
		this.#send({ kind: 'advance-to', until: t, budgetMs: runToSliceMs });
	}

	#send(command: LabCommand): void {
		this.#driver?.send(command);
	}

	#receive(frame: LabFrame): void {
		if (frame.runNumber !== this.#bufferRun) {
			this.#buffer = [];
			this.#bufferRun = frame.runNumber;
		}
		const kept = [...this.#buffer, ...frame.fresh];
		const from = kept.findIndex((sample) => sample.t >= frame.readouts.t - this.windowMs);
		this.#buffer = from > 0 ? kept.slice(from) : kept;
		for (const change of frame.changes) {
			this.setup = { ...this.setup, ...change.changes };
			this.described = `At ${(change.atMs / 1000).toFixed(1)} s: ${change.label}.`;
		}
		this.#follow(frame);
		// A newer frame is on its way (a reset followed by a catch-up, say): show that one instead.
		if (this.#driver && this.#driver.pending > 0) return;
		this.#unshown = frame;
		// While playing, the next animation frame shows it; otherwise (a step, a reset, a link's
		// run to its time) nothing else would, so now.
		const now = performance.now();
		const numbersDue = !this.playing || now - this.#numbersAt >= numbersEveryMs;
		this.#show(numbersDue);
		if (numbersDue) this.#numbersAt = now;
		if (this.runningTo !== null) {
			if (frame.readouts.t < this.runningTo) this.#runTo(this.runningTo);
			else this.runningTo = null;
		}
	}

	/** Puts the newest frame on show; the numbers too when `withNumbers`. */
	#show(withNumbers: boolean): void {
		if (this.#unshown) {
			this.frame = this.#unshown;
			this.samples = this.#buffer;
			this.#unshown = null;
		}
		if (withNumbers && this.numbers.readouts !== this.frame.readouts) this.numbers = numbersOf(this.frame, this.samples);
	}

	#follow(frame: LabFrame): void {
		const [before, now] = [this.experiment, frame.experiment];
		if (before?.id === now?.id && before?.state === now?.state) return;
		this.experiment = now;
		// A reset (a new set-up, another experiment) ends the one under way.
		if (before?.state === 'running' && before.id !== now?.id) this.#onexperiment({ id: before.id, state: 'stopped' });
		if (!now) return;
		if (now.state === 'finished') {
			this.playing = false;
			this.described = `The experiment has ended. ${describeState(frame.readouts)}`;
		}
		this.#onexperiment(now);
	}
}

function numbersOf(frame: LabFrame, samples: readonly LabSample[]): { readouts: Readouts; meanCurrent: number } {
	const { readouts } = frame;
	let [sum, count] = [0, 0];
	for (let i = samples.length - 1; i >= 0 && samples[i]!.t > readouts.t - 200; i--) [sum, count] = [sum + samples[i]!.current, count + 1];
	return { readouts, meanCurrent: count > 0 ? sum / count : readouts.current };
}
