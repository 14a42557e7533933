import { feelingCurve, feelingEndsMin, feelingRange, standardDrip, type FeelingPoint } from './feeling';
import { infusionSessionSteps, type InfusionSessionStep } from './steps';

/** This figure has no reader settings: one standard session for everyone. */
export type InfusionSessionParams = Record<string, never>;
export const defaultParams: InfusionSessionParams = {};

export type PhaseId = 'before' | 'drip' | 'after' | 'home';
export type Part = PhaseId | 'feeling' | 'blood-pressure' | 'questions';

export interface Phase {
	id: PhaseId;
	label: string;
	/** Minutes from the start of the drip. Before and home are drawn, not timed. */
	fromMin: number;
	toMin: number;
	lit: boolean;
}

/** A published average peak rise, drawn as a bar with its numbers, never as a curve. */
export interface PressureStudy {
	id: 'rivaposse2018' | 'genhosppsych2024';
	label: string;
	atMin: number;
	systolic: number;
	diastolic: number;
	people: number;
	infusions: number;
}

export interface InfusionSessionScene {
	step: InfusionSessionStep;
	/** The parts of the timeline the prose talks about now. */
	lit: Part[];
	phases: Phase[];
	/** Two short lines printed in the figure: what the lit part is. */
	callout: [string, string];
	/**
	 * The illustrative feeling band (./feeling.ts). peakMin: where the model level is highest (the
	 * drip's end). fadedByMin: minutes from the drip's start until the level falls below
	 * belowNgPerMl, exact (not read off the sampled points), so the words and the drawing agree.
	 */
	feeling: { points: FeelingPoint[]; peakMin: number; fadedByMin: number; belowNgPerMl: number; lit: boolean };
	bloodPressure: { checksMin: number[]; studies: PressureStudy[]; lit: boolean };
	/** The main things to raise before the first dose (label contraindications, consensus screening), lit on who-should-ask; the chapter text has the full list. */
	questions: string[] | null;
	observation: { esketamineMinimumHours: number; ivKetamine: string };
	illustrative: string;
}

/** The drawn part of the session, in minutes from the start of the drip. */
export const sessionWindow = { dripMin: standardDrip.minutes, observedToMin: 160 } as const;

export const pressureStudies: PressureStudy[] = [
	{ id: 'rivaposse2018', label: '2018 study', atMin: 30, systolic: 3.3, diastolic: 3.2, people: 66, infusions: 684 },
	{ id: 'genhosppsych2024', label: '2024 study', atMin: 40, systolic: 16, diastolic: 11, people: 138, infusions: 2342 }
];

/** When the drawing shows a check: before, through the drip and after. Clinics set their own times. */
export const pressureChecksMin = [-20, 15, 30, 40, 75, 120] as const;

const litByStep: Record<InfusionSessionStep, Part[]> = {
	before: ['before', 'blood-pressure'],
	during: ['drip', 'feeling'],
	'blood-pressure': ['blood-pressure'],
	after: ['after', 'feeling'],
	'going-home': ['home'],
	'who-should-ask': ['before', 'questions']
};

const callouts: Record<InfusionSessionStep, [string, string]> = {
	before: ['Before: health questions and', 'a blood pressure check'],
	during: ['During: a 40-minute drip; a floaty,', 'detached feeling builds, then eases'],
	'blood-pressure': ['Blood pressure rises for a while', 'during the drip, so staff check it'],
	after: ['After: rest while staff watch you.', 'Your clinic will tell you how long'],
	// "No driving until the next day" is the esketamine label's rule; for a drip, clinics set their own
	// (fact sheet section 7), so the figure says "plan", as chapter 7 does.
	'going-home': ['Home: someone else drives. Plan', 'no driving until the next day'],
	'who-should-ask': ['Tell your team if you have any of', 'these; the full list is in the text']
};

export function isInfusionSessionStep(step: string): step is InfusionSessionStep {
	return (infusionSessionSteps as readonly string[]).includes(step);
}

/** The whole picture for a step: a pure function of the step. */
export function infusionSessionScene(step: string, _params: InfusionSessionParams = defaultParams): InfusionSessionScene {
	if (!isInfusionSessionStep(step)) throw new Error(`infusion-session has no step "${step}" (steps: ${infusionSessionSteps.join(', ')})`);
	const lit = litByStep[step];
	const points = feelingCurve(sessionWindow.observedToMin);
	const strongest = points.reduce((best, p) => (p.level > best.level ? p : best), points[0]!);
	const phase = (id: PhaseId, label: string, fromMin: number, toMin: number): Phase => ({ id, label, fromMin, toMin, lit: lit.includes(id) });
	return {
		step,
		lit,
		phases: [
			phase('before', 'Before', -40, 0),
			phase('drip', 'Drip', 0, sessionWindow.dripMin),
			phase('after', 'Rest, watched', sessionWindow.dripMin, sessionWindow.observedToMin),
			phase('home', 'Home', sessionWindow.observedToMin, sessionWindow.observedToMin + 40)
		],
		callout: callouts[step],
		feeling: { points, peakMin: strongest.t, fadedByMin: feelingEndsMin(), belowNgPerMl: feelingRange.fromNgPerMl, lit: lit.includes('feeling') },
		bloodPressure: { checksMin: [...pressureChecksMin], studies: pressureStudies, lit: lit.includes('blood-pressure') },
		questions: lit.includes('questions') ? ['Aneurysm, brain bleed or pregnancy', 'High blood pressure or heart problems', 'Past psychosis, drugs or alcohol'] : null,
		observation: { esketamineMinimumHours: 2, ivKetamine: 'your clinic will tell you how long' },
		illustrative: 'Illustrative timeline. The feeling band follows a model drug level.'
	};
}
