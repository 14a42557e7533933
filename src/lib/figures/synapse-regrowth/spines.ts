import { mulberry32 } from '../random';

/**
 * The spine data the figure draws: an illustrative sketch of the mouse findings, not measured
 * spines. Every number here is a drawing choice constrained by the fact sheet:
 * - chronic stress removes spines, clustered on some branches more than others (Moda-Sava 2019);
 * - after one ketamine dose, spine formation is unchanged at 3 to 6 h and clearly raised at
 *   12 to 24 h (Moda-Sava 2019 timing, known via a later abstract: VERIFIED-2);
 * - many new spines grow where stress removed old ones (Moda-Sava 2019);
 * - beyond 24 h the count is simply held near its restored level; other mouse studies differ
 *   (Phoumthipphavong 2016: raised for up to 2 weeks), so the figure marks that part illustrative.
 */

export interface Spine {
	id: string;
	/** Which of the three branches (0 = top, 1 = middle, 2 = bottom). */
	branch: number;
	/** Where along the spine-bearing stretch of the branch, 0..1. */
	position: number;
	/** Which side of the branch it sticks out from. */
	side: 1 | -1;
	/** Lean away from square to the branch, degrees. */
	tilt: number;
	/** Neck length and head radius, figure units. */
	neck: number;
	head: number;
	origin: 'healthy' | 'regrown' | 'added';
	/** A healthy spine that chronic stress removed (before the dose). */
	lostToStress: boolean;
	/** A new spine: hours after the dose when it appears. Null for the healthy spines. */
	bornAt: number | null;
	/** A regrown spine: the id of the lost spine whose place it takes. */
	replaces: string | null;
}

export interface Dendrite {
	seed: number;
	spines: Spine[];
	/** Healthy spines per branch: what "100%" means. */
	healthyPerBranch: number[];
}

/** The seed the chapter uses: picked once for an even-looking drawing, then fixed. */
export const figureSeed = 13;

export const spinesPerBranch = [18, 16, 16] as const;
/** How far the stress cluster reaches on each branch (fraction of the branch): uneven on purpose. */
const clusterReach = [0.3, 0.15, 0.04] as const;
const clusterLossChance = 0.85;
const backgroundLossChance = 0.04;
/** Share of lost places that grow a spine again ("many", not all). */
const regrowChance = 0.7;
const addedSpines = 2;

/** No new spines before this: formation is unchanged at 3 to 6 h. */
export const firstFormationHours = 9;
/** The window in which formation is clearly raised. */
export const formationWindowHours = { from: 12, to: 24 } as const;

export function generateDendrite(seed: number = figureSeed): Dendrite {
	const random = mulberry32(seed);
	const between = (low: number, high: number) => low + (high - low) * random();
	const spines: Spine[] = [];

	spinesPerBranch.forEach((count, branch) => {
		const clusterCentre = between(0.3, 0.7);
		for (let i = 0; i < count; i++) {
			const position = Math.min(1, Math.max(0, (i + 0.5 + between(-0.3, 0.3)) / count));
			const inCluster = Math.abs(position - clusterCentre) <= clusterReach[branch]!;
			const lostToStress = random() < (inCluster ? clusterLossChance : backgroundLossChance);
			spines.push({
				id: `b${branch}-s${i}`,
				branch,
				position,
				side: (i % 2 === 0) !== random() < 0.2 ? 1 : -1,
				tilt: between(-25, 25),
				neck: between(5, 10),
				head: between(3.6, 5.6),
				origin: 'healthy',
				lostToStress,
				bornAt: null,
				replaces: null
			});
		}
	});

	// Regrowth in the places stress emptied: mostly inside the 12-24 h window, a few a little later.
	for (const lost of spines.filter((spine) => spine.lostToStress)) {
		if (random() >= regrowChance) continue;
		const bornAt = random() < 0.85 ? firstFormationHours + (formationWindowHours.to - firstFormationHours) * random() ** 0.75 : between(24, 48);
		spines.push({
			...lost,
			id: `${lost.id}-new`,
			position: Math.min(1, Math.max(0, lost.position + between(-0.012, 0.012))),
			tilt: between(-25, 25),
			neck: between(5, 9.5),
			head: between(3.6, 5.4),
			origin: 'regrown',
			lostToStress: false,
			bornAt: Math.round(bornAt * 10) / 10,
			replaces: lost.id
		});
	}

	// A few new spines in new places: growth is not only repair.
	for (let i = 0; i < addedSpines; i++) {
		spines.push({
			id: `added-${i}`,
			branch: Math.floor(random() * spinesPerBranch.length),
			position: between(0.05, 0.95),
			side: random() < 0.5 ? 1 : -1,
			tilt: between(-25, 25),
			neck: between(5, 9.5),
			head: between(3.6, 5.4),
			origin: 'added',
			lostToStress: false,
			bornAt: Math.round(between(14, 48) * 10) / 10,
			replaces: null
		});
	}

	return { seed, spines, healthyPerBranch: [...spinesPerBranch] };
}
