// The reading lenses and evidence levels, in a module with no imports: the browser needs these
// words, and must not pull in the build-time content compiler (unified, valibot) to get them.
export const lenses = ['patient', 'student', 'clinician'] as const;
export type Lens = (typeof lenses)[number];
export const evidenceLevels = ['established', 'animal', 'contested'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];
