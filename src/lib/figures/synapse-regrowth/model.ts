import { formationWindowHours, generateDendrite, figureSeed, type Dendrite, type Spine } from './spines';
import { synapseSteps, type SynapseStep } from './steps';

/**
 * Time: hours after one ketamine dose, 0 h to 7 days. Which moment a step shows is decided here,
 * in one place, so a deep link, a reload and the print view land on the same picture:
 *
 * - Every step has its own moment (`stepTime`): healthy is before stress (off the clock),
 *   stress-loss is 0 h (after stress, at the dose), then 24 h, 6 h and 7 days.
 * - The frame keeps the reader's settings (`params`) across steps. `params.hours` is null until
 *   the reader moves the scrubber; then it holds their time and `params.chosenOn` the step they
 *   chose it on. Their time replaces the step's moment on that step only, so scrolling on to the
 *   next step still shows that step's own point (6 h for "mood before spines") instead of
 *   whatever was last scrubbed. A deep link with hours but no step (chosenOn null) applies to
 *   every step that has a scrubber.
 * - Steps without a scrubber (healthy, stress-loss) ignore the reader's time: their point is a
 *   state before the drug.
 */
export interface SynapseParams {
	/** The reader's time, hours after the dose (0..168, whole hours), or null for the step's own moment. */
	hours: number | null;
	/** The step the reader chose that time on, or null for "any step with a scrubber". */
	chosenOn: SynapseStep | null;
}

export const defaultParams: SynapseParams = { hours: null, chosenOn: null };

export const timeRange = { min: 0, max: 168, step: 1 } as const;
/** Handy stops for the scrubber: 0 h, 6 h, 24 h, 3 days, 7 days. */
export const timePresets = [0, 6, 24, 72, 168] as const;

export const stepTime: Record<SynapseStep, { defaultHours: number | null; scrubbable: boolean }> = {
	healthy: { defaultHours: null, scrubbable: false },
	'stress-loss': { defaultHours: 0, scrubbable: false },
	'ketamine-regrowth': { defaultHours: 24, scrubbable: true },
	'mood-before-spines': { defaultHours: 6, scrubbable: true },
	'rodent-caveat': { defaultHours: 168, scrubbable: true }
};

/** When escape behaviour is drawn as better: a qualitative "a few hours", before spines rise (illustrative). */
export const moodOnsetHours = 3;

export const rodentCaveat = 'Mouse and rat findings; not shown directly in people; other mouse studies found different timing.';

/** The chapter's spines: generated once from a fixed seed; a constant, never changed. */
export const chapterDendrite: Dendrite = generateDendrite(figureSeed);

export type SpineState = 'present' | 'new' | 'lost';

/** A spine as drawn: where and how it sits (from the generated dendrite) and its state now. */
export interface DrawnSpine extends Pick<Spine, 'id' | 'branch' | 'position' | 'side' | 'tilt' | 'neck' | 'head'> {
	/** present: there now; new: grown since the dose (highlighted); lost: removed by stress, not (yet) replaced. */
	state: SpineState;
}

export interface SpineCounts {
	healthy: number;
	/** Spines there now. */
	present: number;
	lostToStress: number;
	/** Places stress emptied that have no spine again yet. */
	stillLost: number;
	/** New spines since the dose, and how many of them grew where a lost spine had been. */
	newSinceDose: number;
	regrownInPlace: number;
}

export interface SynapseScene {
	step: SynapseStep;
	phase: 'healthy' | 'stressed' | 'after-dose';
	/** Hours after the dose, or null before stress. */
	hours: number | null;
	/** Whose time this is: the step's own moment or the reader's scrubbing. */
	timeFrom: 'step' | 'reader';
	scrubbable: boolean;
	spines: DrawnSpine[];
	counts: SpineCounts;
	/** Spines now as a whole-number percentage of the healthy count. */
	percentOfHealthy: number;
	branches: { healthy: number; present: number; lost: number }[];
	/** Spine count over the 7 days after the dose, hourly, % of healthy (after-dose phase only). */
	curve: { hours: number; percent: number }[] | null;
	/** What the row under the chart points out. */
	annotation: 'start-of-clock' | 'dose' | 'formation-window' | 'behaviour' | 'timing-differs';
	/** The behaviour track (mood-before-spines only). */
	mood: { onsetHours: number; better: boolean } | null;
	formationWindow: { from: number; to: number };
	caveat: string | null;
	illustrative: string | null;
}

export function isSynapseStep(step: string): step is SynapseStep {
	return (synapseSteps as readonly string[]).includes(step);
}

/** A time from anywhere (URL, slider, test): whole hours in 0..168, or null when it is not a number. */
export function clampHours(value: unknown): number | null {
	if (typeof value !== 'number' || !Number.isFinite(value)) return null;
	return Math.min(timeRange.max, Math.max(timeRange.min, Math.round(value)));
}

/** Which hour a step shows, given the reader's settings (see the comment at the top). */
export function hoursFor(step: SynapseStep, params: SynapseParams): { hours: number | null; timeFrom: 'step' | 'reader' } {
	const { defaultHours, scrubbable } = stepTime[step];
	const readerHours = clampHours(params.hours);
	const appliesHere = params.chosenOn === null || params.chosenOn === step;
	if (scrubbable && readerHours !== null && appliesHere) return { hours: readerHours, timeFrom: 'reader' };
	return { hours: defaultHours, timeFrom: 'step' };
}

const isNewBy = (spine: Spine, hours: number) => spine.bornAt !== null && spine.bornAt <= hours;

/** Spines there `hours` after the dose (stress already happened), never negative. */
export function spinesPresentAt(dendrite: Dendrite, hours: number): number {
	return dendrite.spines.filter((spine) => (spine.bornAt === null ? !spine.lostToStress : isNewBy(spine, hours))).length;
}

export function percentOfHealthyAt(dendrite: Dendrite, hours: number): number {
	const healthy = dendrite.spines.filter((spine) => spine.origin === 'healthy').length;
	return healthy === 0 ? 0 : Math.round((100 * spinesPresentAt(dendrite, hours)) / healthy);
}

/** The whole picture for a step: a pure function of the step, the reader's settings and the spine data. */
export function synapseScene(step: string, params: SynapseParams = defaultParams, dendrite: Dendrite = chapterDendrite): SynapseScene {
	if (!isSynapseStep(step)) throw new Error(`synapse-regrowth has no step "${step}" (steps: ${synapseSteps.join(', ')})`);
	const { hours, timeFrom } = hoursFor(step, params ?? defaultParams);
	const phase = step === 'healthy' ? 'healthy' : step === 'stress-loss' ? 'stressed' : 'after-dose';
	const healthySpines = dendrite.spines.filter((spine) => spine.origin === 'healthy');
	// Before stress nothing is lost; afterwards the clock decides which new spines exist yet.
	const clock = hours ?? 0;
	const grownSoFar = phase === 'healthy' ? [] : dendrite.spines.filter((spine) => isNewBy(spine, clock));
	const refilled = new Set(grownSoFar.map((spine) => spine.replaces).filter((id): id is string => id !== null));

	const drawn = (spine: Spine, state: SpineState): DrawnSpine => ({
		id: spine.id,
		branch: spine.branch,
		position: spine.position,
		side: spine.side,
		tilt: spine.tilt,
		neck: spine.neck,
		head: spine.head,
		state
	});
	const spines: DrawnSpine[] = [
		...healthySpines.flatMap((spine) => {
			if (phase === 'healthy' || !spine.lostToStress) return [drawn(spine, 'present')];
			return refilled.has(spine.id) ? [] : [drawn(spine, 'lost')];
		}),
		...grownSoFar.map((spine) => drawn(spine, 'new'))
	];

	const present = spines.filter((spine) => spine.state !== 'lost').length;
	const lostToStress = phase === 'healthy' ? 0 : healthySpines.filter((spine) => spine.lostToStress).length;
	const counts: SpineCounts = {
		healthy: healthySpines.length,
		present,
		lostToStress,
		stillLost: spines.filter((spine) => spine.state === 'lost').length,
		newSinceDose: grownSoFar.length,
		regrownInPlace: refilled.size
	};
	const branches = dendrite.healthyPerBranch.map((healthy, branch) => {
		const onBranch = spines.filter((spine) => spine.branch === branch);
		return {
			healthy,
			present: onBranch.filter((spine) => spine.state !== 'lost').length,
			lost: onBranch.filter((spine) => spine.state === 'lost').length
		};
	});
	const curve =
		phase === 'after-dose'
			? Array.from({ length: timeRange.max + 1 }, (_, hour) => ({ hours: hour, percent: percentOfHealthyAt(dendrite, hour) }))
			: null;
	const annotationByStep: Record<SynapseStep, SynapseScene['annotation']> = {
		healthy: 'start-of-clock',
		'stress-loss': 'dose',
		'ketamine-regrowth': 'formation-window',
		'mood-before-spines': 'behaviour',
		'rodent-caveat': 'timing-differs'
	};

	return {
		step,
		phase,
		hours,
		timeFrom,
		scrubbable: stepTime[step].scrubbable,
		spines,
		counts,
		percentOfHealthy: counts.healthy === 0 ? 0 : Math.round((100 * present) / counts.healthy),
		branches,
		curve,
		annotation: annotationByStep[step],
		mood: step === 'mood-before-spines' ? { onsetHours: moodOnsetHours, better: clock >= moodOnsetHours } : null,
		formationWindow: { ...formationWindowHours },
		caveat: step === 'rodent-caveat' ? rodentCaveat : null,
		// Kept to one short line: on phones the note shares the figure pane with the drawing.
		illustrative: phase === 'healthy' ? null : phase === 'stressed' ? 'Illustrative: a sketch of mouse findings.' : 'Illustrative: a sketch of mouse timing.'
	};
}
