/** Consult mode's states: every step of every chosen chapter, in order. Pure, so it is tested. */
export interface ConsultChapter {
	number: number;
	slug: string;
	title: string;
	figure: string;
	steps: { id: string; caption: string }[];
}

export interface ConsultState {
	chapter: ConsultChapter;
	step: { id: string; caption: string };
	/** 1-based position of the step within its chapter. */
	stepNumber: number;
}

/** Chapter numbers from "?chapters=2,4,6"; unknown or junk entries are dropped, order kept. */
export function parseSequence(raw: string | null, chapters: readonly ConsultChapter[]): ConsultChapter[] {
	if (!raw) return [...chapters];
	const chosen: ConsultChapter[] = [];
	for (const part of raw.slice(0, 200).split(',')) {
		const chapter = chapters.find((candidate) => String(candidate.number) === part.trim());
		if (chapter && !chosen.includes(chapter)) chosen.push(chapter);
	}
	return chosen.length > 0 ? chosen : [...chapters];
}

export function statesOf(sequence: readonly ConsultChapter[]): ConsultState[] {
	return sequence.flatMap((chapter) => chapter.steps.map((step, index) => ({ chapter, step, stepNumber: index + 1 })));
}

/** "#2:use-dependence" names a state; anything else (or a state not in the sequence) is null. */
export function stateIndexFromHash(states: readonly ConsultState[], hash: string): number | null {
	const match = /^#?(\d{1,2}):([a-z0-9-]{1,80})$/.exec(hash);
	if (!match) return null;
	const index = states.findIndex((state) => String(state.chapter.number) === match[1] && state.step.id === match[2]);
	return index >= 0 ? index : null;
}

export function hashOf(state: ConsultState): string {
	return `#${state.chapter.number}:${state.step.id}`;
}

/** The index of the first state of chapter `number`, if the sequence has that chapter. */
export function firstStateOfChapter(states: readonly ConsultState[], number: number): number | null {
	const index = states.findIndex((state) => state.chapter.number === number);
	return index >= 0 ? index : null;
}
