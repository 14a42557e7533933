import { formatClock, formatHoursDecimal, formatLevel } from './format';
import type { TimeCourseScene } from './model';
import { reportedEndOfInfusion, trialFacts } from './model';

/** Plain words for what the figure shows now: read by screen readers, printed in the handout. */
export function describeTimeCourse(scene: TimeCourseScene): string {
	switch (scene.step) {
		case 'infusion-level':
			return `${regimenWords(scene)} ${peakWords(scene)} By 8 hours the model level is down to ${formatLevel(levelAt(scene, 8 * 60))} ng/mL.`;
		case 'end-of-infusion':
			return (
				`${peakWords(scene)} A dashed line marks the level reported in trials for a 40-minute drip of 0.5 mg/kg, about ${reportedEndOfInfusion.c} ng/mL. ` +
				`In the model, half of the peak is gone by ${formatClock(scene.peak.t + scene.halfFallMin, false)} from the start, ${formatHoursDecimal(scene.halfFallMin)} after the drip ends.`
			);
		case 'mood-outlasts-drug': {
			const next = scene.dayAfter?.c ?? 0;
			const share = scene.peak.c > 0 ? (100 * next) / scene.peak.c : 0;
			return (
				`Two panels on one 24-hour timeline. Top: the drug level, which peaks at ${formatLevel(scene.peak.c)} ng/mL and by the next day (24 hours) is ${levelWords(next)}, ${shareWords(share)} of the peak. ` +
				`Bottom: mood in a small trial (Zarate 2006). Mood was better than with a dummy drip within ${trialFacts.liftMin} minutes, and the next day ${trialFacts.dayAfterPercent}% of the ${trialFacts.dayAfterN} people given ketamine had a response. The lift in mood outlasts the drug.`
			);
		}
		case 'one-week':
			return (
				`The timeline now runs 8 days. The drug is a narrow spike on the first day and is gone long before the week is out. ` +
				`Response after one drip, as points from the same trial: ${trialFacts.dayAfterPercent}% the next day, ${trialFacts.oneWeekPercent}% still responding at 1 week.`
			);
		case 'infusion-course':
			return (
				`A course: ${trialFacts.courseDrips} drips over ${trialFacts.courseDays} days, three a week (drawn on days ${scene.doses.map((d) => Math.round(d.startMin / 1440)).join(', ')}). ` +
				`Each drip peaks at about ${formatLevel(scene.peak.c)} ng/mL in the model and falls almost to zero before the next one (${levelWords(scene.troughBeforeLastDrip ?? 0)} just before the last). ` +
				`At the end of the course, ${trialFacts.coursePercent}% of ${trialFacts.courseN} people had a response, in a study where everyone knew they got ketamine and there was no comparison group (Murrough 2013).`
			);
		case 'relapse':
			return (
				`The timeline runs to day 32. After the course, ${trialFacts.coursePercent}% had responded. Among those who responded, half had relapsed within ${trialFacts.relapseMedianDays} days, drawn as a bracket from the last drip to day ${Math.round((scene.relapse?.toMin ?? 0) / 1440)}. ` +
				`Others stayed well longer; people were followed for up to ${trialFacts.followUpDays} days. The drug itself was gone within a day of each drip.`
			);
	}
}

function regimenWords(scene: TimeCourseScene): string {
	const { weightKg, mgPerKg, minutes } = scene.params;
	const mg = Math.round(weightKg * mgPerKg * 10) / 10;
	return `Illustrative model: ${weightKg} kg, ${mgPerKg} mg/kg (${mg} mg) given as a ${minutes}-minute drip. The level rises while the drip runs.`;
}

/** "The level peaks at 125 ng/mL when the 40-minute drip ends, then halves about every 2.2 hours." */
function peakWords(scene: TimeCourseScene): string {
	const when = Math.abs(scene.peak.t - scene.params.minutes) < 1e-6 ? `when the ${scene.params.minutes}-minute drip ends` : `at ${formatClock(scene.peak.t, false)}`;
	const fall =
		scene.compartments === 1
			? `then halves about every ${formatHoursDecimal(scene.terminalHalfLifeMin)}.`
			: `then falls to half in ${formatHoursDecimal(scene.halfFallMin)}; its slowest phase halves about every ${formatHoursDecimal(scene.terminalHalfLifeMin)}.`;
	return `The level peaks at ${formatLevel(scene.peak.c)} ng/mL ${when}, ${fall}`;
}

function levelAt(scene: TimeCourseScene, tMin: number): number {
	const point = scene.curve.find((candidate) => candidate.t === tMin);
	if (!point) throw new Error(`time-course: the description reads the level at ${tMin} min, which is not a drawn point of step "${scene.step}"`);
	return point.c;
}

function shareWords(percent: number): string {
	if (percent < 1) return 'less than 1%';
	return `about ${Math.round(percent)}%`;
}

function levelWords(ngPerMl: number): string {
	const text = formatLevel(ngPerMl);
	return text.startsWith('<') ? 'less than 0.01 ng/mL' : `${text} ng/mL`;
}
