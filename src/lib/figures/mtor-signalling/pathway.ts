import type { Pathway } from '$lib/content/pathway';
import data from '$content/pathways/mtor-signalling.json';

/**
 * The pathway this figure draws, straight from content. The build checks the file with
 * readPathway (src/lib/content/pathway.ts) before anything ships, so the figure trusts it here
 * instead of carrying the validator (and its YAML parser) into the reader's download.
 */
export const mtorPathway: Pathway = data as Pathway;
