import type { SynapseScene } from './model';

/** "24 hours", "3 days", "4 days and 4 hours": for sentences. */
export function hoursInWords(hours: number): string {
	const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
	if (hours < 48) return plural(hours, 'hour');
	const days = Math.floor(hours / 24);
	const rest = hours % 24;
	return rest === 0 ? plural(days, 'day') : `${plural(days, 'day')} and ${plural(rest, 'hour')}`;
}

/** "24 h", "3 d", "4 d 4 h": for the figure and the scrubber. */
export function hoursShort(hours: number): string {
	if (hours < 48) return `${hours} h`;
	const days = Math.floor(hours / 24);
	const rest = hours % 24;
	return rest === 0 ? `${days} d` : `${days} d ${rest} h`;
}

const branchNames = ['top', 'middle', 'bottom'] as const;

/** Plain words for what the figure shows now: read by screen readers, printed in the handout. */
export function describeSynapse(scene: SynapseScene): string {
	const { counts } = scene;
	if (scene.phase === 'healthy') {
		const perBranch = scene.branches.map((branch, index) => `${branch.present} on the ${branchNames[index]}`).join(', ');
		return (
			`A short piece of a nerve cell's dendrite that splits into three branches. It carries ${counts.present} spines, ` +
			`each drawn as a thin neck with a round head: ${perBranch} branch. This healthy count is the 100% that later steps compare with.`
		);
	}
	if (scene.phase === 'stressed') {
		const perBranch = scene.branches.map((branch, index) => `the ${branchNames[index]} branch lost ${branch.lost} of ${branch.healthy}`).join(', ');
		return (
			`After long stress in mice, ${counts.lostToStress} of the ${counts.healthy} spines are gone and ${counts.present} remain: ` +
			`${scene.percentOfHealthy}% of the healthy count. The loss is uneven: ${perBranch}. ` +
			`Lost spines are drawn as faint dashed outlines. The clock below starts at the ketamine dose, 0 hours.`
		);
	}
	return [afterDose(scene), stepPoint(scene)].filter(Boolean).join(' ');
}

function afterDose(scene: SynapseScene): string {
	const { counts } = scene;
	const when = `At ${hoursInWords(scene.hours ?? 0)} after one ketamine dose`;
	if (counts.newSinceDose === 0) {
		return (
			`${when}, no new spines have grown yet, so there are still ${counts.present} of ${counts.healthy}: ` +
			`density is ${scene.percentOfHealthy}% of the healthy count, as after stress (illustrative).`
		);
	}
	const grown = counts.newSinceDose === 1 ? '1 new spine has grown' : `${counts.newSinceDose} new spines have grown`;
	const inPlace =
		counts.regrownInPlace === counts.newSinceDose
			? `all of them where stress had removed one`
			: `${counts.regrownInPlace} of them where stress had removed one`;
	return (
		`${when}, ${grown} (drawn in green with a ring), ${inPlace}; ` +
		`density is back up to ${scene.percentOfHealthy}% of the healthy count, ${counts.present} of ${counts.healthy} spines (illustrative). ` +
		`${counts.stillLost} of the ${counts.lostToStress} emptied places are still empty.`
	);
}

function stepPoint(scene: SynapseScene): string {
	switch (scene.step) {
		case 'ketamine-regrowth':
			return 'In mice, spine growth was unchanged 3 to 6 hours after the dose and clearly higher at 12 to 24 hours.';
		case 'mood-before-spines': {
			const mood = scene.mood!;
			return mood.better
				? `Escape behaviour is already better (drawn from about ${mood.onsetHours} hours, qualitative), before spine growth rises at 12 to 24 hours. In mice the new spines kept the effect going; they did not start it.`
				: `Behaviour has not changed yet; in this sketch it improves from about ${mood.onsetHours} hours, before spine growth rises at 12 to 24 hours.`;
		}
		case 'rodent-caveat':
			return `The figure carries a caveat: ${scene.caveat}`;
		default:
			return '';
	}
}
