import { mulberry32 } from '../figures/random.ts';
import { channel, formFactor, gating, ketamine, magnesium, release, type KetamineForm } from './parameters.ts';

/**
 * The NMDA channel lab's model: a population of channels, each a ten-state Markov chain (the
 * kinetics sheet's minimal model, section 5). Pure: no DOM, no clock; time is whatever `advance`
 * is given, so the page, a Web Worker and the tests all run the same code.
 *
 *   unblocked:         C0 ⇄ C1 ⇄ C2 ⇄ O    C2 ⇄ D
 *   ketamine-blocked:  C0K ⇄ C1K ⇄ C2K ⇄ OK   C2K ⇄ DK
 *   O ⇄ OK (block, only while open); every K state -> its twin at the escape rate (trapping leaks)
 *
 * Glycine is taken as saturating; Mg2+ block is instantaneous and scales an open channel's
 * current by B(V); Mg2+ and ketamine cannot share the pore, so ketamine's block rate is also
 * scaled by B(V) (both DERIVED simplifications, listed on the page).
 *
 * Time stepping: fixed small steps, not Gillespie. Glutamate changes continuously after each
 * release, so an exact event method would need piecewise-constant steps anyway; a fixed step of
 * 0.02 ms while glutamate is present (0.1 ms otherwise) keeps every step's exit probability small
 * (the fastest rate is binding, about 5.5 per ms at the peak), and each channel leaves its state
 * with the exact probability 1 − exp(−k·dt) for that step. The mean-field mode uses the same
 * steps on fractions, so the average of many stochastic runs converges on it exactly.
 */

export const states = ['C0', 'C1', 'C2', 'O', 'D', 'C0K', 'C1K', 'C2K', 'OK', 'DK'] as const;
export type ChannelState = (typeof states)[number];
const index = Object.fromEntries(states.map((name, i) => [name, i])) as Record<ChannelState, number>;
const stateCount = states.length;

export type GlutamateMode = 'none' | 'puff' | 'train' | 'continuous';

/** What the experimenter sets. Concentrations: Mg2+ in mM, ketamine in µM. */
export interface LabSetup {
	voltage: number;
	magnesium: number;
	ketamine: number;
	form: KetamineForm;
	glutamate: GlutamateMode;
	/** Releases per second, for a train. */
	frequency: number;
	channels: number;
	seed: number;
}

export const defaultSetup: LabSetup = {
	voltage: -70,
	magnesium: magnesium.physiological.value,
	ketamine: ketamine.infusionPlasma.value,
	form: 'racemic',
	glutamate: 'train',
	frequency: 1,
	channels: 100,
	seed: 1
};

/** Mg2+: the fraction of open channels not blocked at this voltage and concentration (Jahr & Stevens). */
export function magnesiumUnblocked(voltage: number, magnesiumMm: number): number {
	return 1 / (1 + (magnesiumMm / magnesium.halfBlockAtZeroMv.value) * Math.exp(-magnesium.voltageSlope.value * voltage));
}

/** Ketamine's unblock rate: faster when the membrane is depolarised (all of δ on this rate). */
export function ketamineUnblockRate(voltage: number): number {
	return ketamine.unblockRateAtMinus70.value * Math.exp((ketamine.electricalDistance.value * (voltage + 70)) / ketamine.thermalVoltage.value);
}

/** Cleft glutamate (mM) at time t for releases at `releases` (ms), or the steady level. */
export function glutamateAt(t: number, mode: GlutamateMode, releases: readonly number[]): number {
	if (mode === 'continuous') return release.continuous.value;
	let total = 0;
	for (const at of releases) if (t >= at && t - at < 30) total += release.peak.value * Math.exp(-(t - at) / release.decay.value);
	return total;
}

/** Every transition out of every state, as [from, to, rate per ms], for the present conditions. */
export function transitions(glutamateMm: number, setup: Pick<LabSetup, 'voltage' | 'magnesium' | 'ketamine' | 'form'>): [number, number, number][] {
	const g = gating;
	const bind = g.binding.value * glutamateMm;
	const list: [number, number, number][] = [];
	for (const layer of ['', 'K'] as const) {
		const s = (name: string) => index[`${name}${layer}` as ChannelState];
		list.push(
			[s('C0'), s('C1'), bind],
			[s('C1'), s('C2'), bind],
			[s('C1'), s('C0'), g.unbinding.value],
			[s('C2'), s('C1'), g.unbinding.value],
			[s('C2'), s('D'), g.desensitisation.value],
			[s('D'), s('C2'), g.resensitisation.value],
			[s('C2'), s('O'), g.opening.value],
			[s('O'), s('C2'), g.closing.value]
		);
	}
	const block = ketamine.blockRate.value * formFactor[setup.form] * Math.max(0, setup.ketamine) * magnesiumUnblocked(setup.voltage, setup.magnesium);
	list.push([index.O, index.OK, block], [index.OK, index.O, ketamineUnblockRate(setup.voltage)]);
	for (const name of ['C0', 'C1', 'C2', 'D'] as const) list.push([index[`${name}K`], index[name], ketamine.escapeRate.value]);
	return list;
}

/** Per state: the probability of leaving in one step of dt, and where to, as cumulative shares. */
interface StepTable {
	leave: Float64Array;
	/** For each state, its destinations and their cumulative share of `leave` (last = 1). */
	targets: { to: number[]; cumulative: number[] }[];
}

function stepTable(glutamateMm: number, setup: LabSetup, dt: number): StepTable {
	const out = Array.from({ length: stateCount }, () => ({ to: [] as number[], rate: [] as number[] }));
	for (const [from, to, rate] of transitions(glutamateMm, setup)) {
		if (rate <= 0) continue;
		out[from]!.to.push(to);
		out[from]!.rate.push(rate);
	}
	const leave = new Float64Array(stateCount);
	const targets = out.map(({ to, rate }, s) => {
		const total = rate.reduce((sum, r) => sum + r, 0);
		leave[s] = total > 0 ? 1 - Math.exp(-total * dt) : 0;
		let running = 0;
		return { to, cumulative: rate.map((r) => (running += r / total)) };
	});
	return { leave, targets };
}

const stepLength = (glutamateMm: number) => (glutamateMm > 1e-3 ? 0.02 : 0.1);

/** The readouts the page shows and the tests read; fractions of all channels, current in pA. */
export interface Readouts {
	t: number;
	/** Channels whose gate is open and whose pore is free of ketamine (Mg2+ may still flicker in). */
	open: number;
	/** Open channels plugged by Mg2+ at this instant (the expected share, 1 − B(V) of the open ones). */
	mgBlocked: number;
	/** Channels with ketamine in the pore, open or closed. */
	ketamineBlocked: number;
	/** Of those, the ones whose gate has closed on the ketamine: trapped. */
	trapped: number;
	current: number;
}

function readoutsFrom(t: number, counts: ArrayLike<number>, total: number, setup: LabSetup): Readouts {
	const unblocked = magnesiumUnblocked(setup.voltage, setup.magnesium);
	const open = counts[index.O]! / total;
	const trapped = (counts[index.C0K]! + counts[index.C1K]! + counts[index.C2K]! + counts[index.DK]!) / total;
	return {
		t,
		open,
		mgBlocked: open * (1 - unblocked),
		ketamineBlocked: trapped + counts[index.OK]! / total,
		trapped,
		current: channel.conductance.value * (setup.voltage - channel.reversal.value) * 1e-3 * unblocked * counts[index.O]!
	};
}

/** Shared by both modes: time, releases and the step table (rebuilt only while glutamate changes). */
function clock(conditions: () => LabSetup) {
	let t = 0;
	const setup = conditions();
	let table: StepTable | null = null;
	let tableFor = Number.NaN;
	// Step tables by glutamate level, for the present conditions (cleared when they change).
	const tables = new Map<number, StepTable>();
	const releases: number[] = setup.glutamate === 'puff' ? [0] : [];
	/** When the train's next release is due; recomputed after the conditions change. */
	let nextTrainRelease: number | null = null;
	return {
		get t() {
			return t;
		},
		/** Adds a release now (a "puff" button) in any mode but continuous. */
		puff() {
			releases.push(t);
		},
		/** The conditions changed (a slider moved): the next step rebuilds its table. */
		invalidate() {
			table = null;
			tables.clear();
			nextTrainRelease = null;
		},
		next(): { table: StepTable; dt: number } {
			const setup = conditions();
			if (setup.glutamate === 'train' && setup.frequency > 0) {
				const period = 1000 / setup.frequency;
				nextTrainRelease ??= Math.ceil(t / period - 1e-9) * period;
				if (t >= nextTrainRelease) {
					releases.push(nextTrainRelease);
					nextTrainRelease += period;
				}
			}
			while (releases.length > 0 && t - releases[0]! > 30) releases.shift();
			// Tables are kept per glutamate level, rounded to three significant digits (well inside
			// the model's own precision), so each release after the first reuses them instead of
			// building about 1,500 new ones; a trace of glutamate below 1 nM binds nothing measurable.
			const exact = glutamateAt(t, setup.glutamate, releases);
			const level = exact < 1e-6 ? 0 : Number(exact.toPrecision(3));
			const dt = stepLength(level);
			if (table === null || level !== tableFor) {
				if (tables.size > 4000) tables.clear();
				table = tables.get(level) ?? stepTable(level, setup, dt);
				tables.set(level, table);
				tableFor = level;
			}
			t += dt;
			return { table, dt };
		}
	};
}

/** What both modes share: the conditions, which may change mid-run, and the clock. */
class Experiment {
	#setup: LabSetup;
	protected readonly time: ReturnType<typeof clock>;

	constructor(initial: LabSetup) {
		this.#setup = { ...initial };
		this.time = clock(() => this.#setup);
	}

	get setup(): LabSetup {
		return this.#setup;
	}

	/** Simulated time, ms. */
	get t(): number {
		return this.time.t;
	}

	/** Changes the conditions from now on (voltage, Mg2+, ketamine, glutamate); the channels stay as they are. */
	configure(changes: Partial<Omit<LabSetup, 'channels' | 'seed'>>): void {
		this.#setup = { ...this.#setup, ...changes };
		this.time.invalidate();
	}

	/** A release of glutamate now (the "puff" button). */
	puff(): void {
		this.time.puff();
	}
}

/** A stochastic population: each channel's state, drawn with a seeded generator. */
class StochasticLab extends Experiment {
	readonly channelStates: Uint8Array;
	readonly #counts = new Int32Array(stateCount);
	readonly #random: () => number;

	constructor(initial: LabSetup) {
		super(initial);
		this.#random = mulberry32(initial.seed);
		this.channelStates = new Uint8Array(initial.channels);
		this.#counts[index.C0] = initial.channels;
	}

	/** Runs until simulated time reaches `until` ms. */
	advanceTo(until: number): void {
		const states = this.channelStates;
		const counts = this.#counts;
		while (this.time.t < until) {
			const { table } = this.time.next();
			for (let c = 0; c < states.length; c++) {
				const from = states[c]!;
				const r = this.#random();
				const leave = table.leave[from]!;
				if (r >= leave) continue;
				const { to, cumulative } = table.targets[from]!;
				const share = r / leave;
				let k = 0;
				while (k < cumulative.length - 1 && share >= cumulative[k]!) k++;
				states[c] = to[k]!;
				counts[from]!--;
				counts[to[k]!]!++;
			}
		}
	}

	readouts(): Readouts {
		return readoutsFrom(this.time.t, this.#counts, this.setup.channels, this.setup);
	}

	stateOf(channelIndex: number): ChannelState {
		return states[this.channelStates[channelIndex]!]!;
	}
}

/** The expected fractions (the master equation, in the same steps): what an infinite population does. */
class MeanFieldLab extends Experiment {
	#fractions = new Float64Array(stateCount);
	// Written each step and swapped with the fractions, so a long run allocates nothing.
	#spare = new Float64Array(stateCount);

	constructor(initial: LabSetup) {
		super(initial);
		this.#fractions[index.C0] = 1;
	}

	advanceTo(until: number): void {
		while (this.time.t < until) {
			const { table } = this.time.next();
			const [now, next] = [this.#fractions, this.#spare];
			next.fill(0);
			for (let s = 0; s < stateCount; s++) {
				const amount = now[s]!;
				if (amount === 0) continue;
				const leaving = amount * table.leave[s]!;
				next[s]! += amount - leaving;
				const { to, cumulative } = table.targets[s]!;
				let before = 0;
				for (let k = 0; k < to.length; k++) {
					next[to[k]!]! += leaving * (cumulative[k]! - before);
					before = cumulative[k]!;
				}
			}
			[this.#fractions, this.#spare] = [next, now];
		}
	}

	/** The expected share of channels in each state. */
	fractions(): Record<ChannelState, number> {
		return Object.fromEntries(states.map((name, i) => [name, this.#fractions[i]!])) as Record<ChannelState, number>;
	}

	readouts(): Readouts {
		return readoutsFrom(this.time.t, this.#fractions.map((share) => share * this.setup.channels), this.setup.channels, this.setup);
	}
}

export const createStochasticLab = (setup: LabSetup) => new StochasticLab(setup);
export const createMeanFieldLab = (setup: LabSetup) => new MeanFieldLab(setup);

/**
 * The steady state with these conditions held (glutamate as `glutamateMm`, default: held on),
 * solved exactly from the rate equations (Q·x = 0, fractions summing to 1) rather than by running
 * the clock: the I-V sweep needs one per voltage, at once. Trapping changes how fast block comes
 * and goes, not where it settles, so this is also the end point of any long enough run.
 */
export function steadyState(setup: LabSetup, glutamateMm = release.continuous.value): Readouts {
	const n = stateCount;
	// Rows: d(x_i)/dt = Σ_j rate(j->i)·x_j − x_i·Σ rate(i->·); the last row is replaced by Σ x = 1.
	const a = Array.from({ length: n }, () => new Float64Array(n + 1));
	for (const [from, to, rate] of transitions(glutamateMm, setup)) {
		a[to]![from]! += rate;
		a[from]![from]! -= rate;
	}
	a[n - 1]!.fill(1);
	// Gaussian elimination with partial pivoting on the augmented matrix.
	for (let col = 0; col < n; col++) {
		let pivot = col;
		for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
		[a[col], a[pivot]] = [a[pivot]!, a[col]!];
		for (let row = 0; row < n; row++) {
			if (row === col) continue;
			const factor = a[row]![col]! / a[col]![col]!;
			if (factor === 0) continue;
			for (let k = col; k <= n; k++) a[row]![k]! -= factor * a[col]![k]!;
		}
	}
	const fractions = a.map((row, i) => row[n]! / row[i]!);
	return readoutsFrom(Number.POSITIVE_INFINITY, fractions.map((share) => share * setup.channels), setup.channels, setup);
}
