// The reading lenses and evidence levels, in a module with no imports: the browser needs these
// words, and must not pull in the build-time content compiler (unified, valibot) to get them.
export const lenses = ['patient', 'student', 'clinician'] as const;
export type Lens = (typeof lenses)[number];
export const evidenceLevels = ['established', 'limited', 'animal', 'contested'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

/** How each mark is shown; what each one means is content (content/evidence-marks.json). */
export const evidenceLabels: Record<EvidenceLevel, { symbol: string; text: string }> = {
	established: { symbol: '●', text: 'Established' },
	limited: { symbol: '◕', text: 'Early evidence in people' },
	animal: { symbol: '◐', text: 'Shown in animals' },
	contested: { symbol: '○', text: 'Contested' }
};
