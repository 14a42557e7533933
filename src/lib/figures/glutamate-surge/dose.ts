/**
 * Prefrontal glutamate outflow against ketamine dose in awake rats (Moghaddam 1997, microdialysis).
 * The paper reports directions, not the heights drawn here: 10, 20 and 30 mg/kg raised glutamate,
 * 50 mg/kg had no effect, 200 mg/kg (an anaesthetic dose) lowered it. The curve's heights are a
 * shape only, and the figure says so on its face.
 */
export type Direction = 'rose' | 'no change' | 'fell';

export interface TestedDose {
	/** mg/kg, given to rats. */
	dose: number;
	direction: Direction;
	/** Height of the qualitative curve: +1 raised, 0 baseline, -1 lowered. Shape, not magnitude. */
	shape: number;
}

export const testedDoses: readonly TestedDose[] = [
	{ dose: 10, direction: 'rose', shape: 1 },
	{ dose: 20, direction: 'rose', shape: 1 },
	{ dose: 30, direction: 'rose', shape: 1 },
	{ dose: 50, direction: 'no change', shape: 0 },
	{ dose: 200, direction: 'fell', shape: -1 }
];

export const defaultDose = 20;

/**
 * Any number to one of the tested doses: NaN falls back to the default; otherwise the value is
 * held inside 10 to 200 mg/kg and snapped to the nearest tested dose on a log scale (doses
 * compare by ratio, so 40 is nearer 50 than 30).
 */
export function clampDose(value: number): number {
	if (Number.isNaN(value)) return defaultDose;
	const first = testedDoses[0]!.dose;
	const last = testedDoses.at(-1)!.dose;
	const held = Math.min(last, Math.max(first, value));
	let nearest = testedDoses[0]!;
	for (const tested of testedDoses) {
		if (Math.abs(Math.log(tested.dose / held)) < Math.abs(Math.log(nearest.dose / held))) nearest = tested;
	}
	return nearest.dose;
}

export function testedDose(dose: number): TestedDose {
	const snapped = clampDose(dose);
	return testedDoses.find((tested) => tested.dose === snapped)!;
}
