/**
 * Our own sketch (DERIVED), not a measured brain occupancy: it ignores Mg2+, membrane voltage and
 * the difference between plasma and brain levels, and the figure says so on its face.
 *
 * Ki at the [3H]MK-801 site (Ebert 1997): S-ketamine 0.3 µM, R-ketamine 1.4 µM; racemic ketamine
 * is half of each. Those two numbers are all that is sourced here. The formula is ours: a channel
 * open a fraction `a` of the time sees a binding load x = a·Σ(C/Ki) and is blocked a fraction
 * x / (1 + x) of the time. That is the steady state of a blocker that leaves whenever the channel
 * closes. Ketamine does not: it is trapped in a closed channel and leaves only when the channel
 * opens again (Mealing 1999; Kotermanski, Wood & Johnson 2009), so at true equilibrium both entry
 * and exit need an open channel, the open fraction cancels, and every channel ends up equally
 * blocked. What activity changes is how fast block develops. So read this count as the picture
 * early in an exposure, when the busy channels are ahead; the chapter text says the same.
 */
export const kiMicromolar = { s: 0.3, r: 1.4 } as const;

/** Plasma ketamine at the end of a 0.5 mg/kg, 40-minute infusion: 185 ng/mL = 0.78 µM (Zanos 2018, Table 1). */
export const infusionPlasmaMicromolar = 0.78;
export const ngPerMlPerMicromolar = 237.7;
export const concentrationRange = { min: 0, max: 6, step: 0.02 } as const;

/** How often each of ten illustrative channels is open, busiest first. */
export const channelActivity = [0.95, 0.85, 0.75, 0.65, 0.55, 0.45, 0.35, 0.25, 0.15, 0.05] as const;

/** Steadily firing interneurons keep their channels open more than quieter pyramidal cells (illustrative). */
export const cellActivity = { interneuron: 0.8, pyramidal: 0.2 } as const;

export function clampConcentration(value: number): number {
	if (!Number.isFinite(value)) return infusionPlasmaMicromolar;
	return Math.min(concentrationRange.max, Math.max(concentrationRange.min, value));
}

export function bindingLoad(racemicMicromolar: number): number {
	const half = clampConcentration(racemicMicromolar) / 2;
	return half / kiMicromolar.s + half / kiMicromolar.r;
}

export function blockedFraction(racemicMicromolar: number, openFraction: number): number {
	const a = Math.min(1, Math.max(0, openFraction));
	const x = a * bindingLoad(racemicMicromolar);
	return x / (1 + x);
}

/**
 * Which of a set of channels are blocked at a given concentration: as many as the summed block
 * fractions say, taken from the busiest channels first (block reaches busy channels sooner).
 */
export function blockedChannels(racemicMicromolar: number, activities: readonly number[]): boolean[] {
	const fractions = activities.map((activity) => blockedFraction(racemicMicromolar, activity));
	const count = Math.round(fractions.reduce((sum, fraction) => sum + fraction, 0));
	const busiestFirst = activities.map((activity, index) => ({ activity, index })).sort((a, b) => b.activity - a.activity);
	const blocked = new Set(busiestFirst.slice(0, count).map((item) => item.index));
	return activities.map((_, index) => blocked.has(index));
}

export function toNanogramsPerMl(micromolar: number): number {
	return micromolar * ngPerMlPerMicromolar;
}
