import { timeScale } from './layout';
import { aboutHours, channelBlockTimes, type Band, type BandId, type OverviewScene } from './model';

/**
 * The evidence in words: "shown in rats", never a colour. Keyed by string so that a level added
 * to the site's list (src/lib/content/lenses.ts) is still named, never dropped.
 */
const evidenceWords: Readonly<Record<string, (band: Band) => string>> = {
	established: () => 'well established',
	limited: (band) => `early evidence ${band.evidenceText}, not yet repeated`,
	animal: (band) => `shown ${band.evidenceText}`,
	contested: () => 'contested'
};

export function evidencePhrase(band: Band): string {
	return evidenceWords[band.evidence]?.(band) ?? `${band.evidence} (${band.evidenceText})`;
}

/** Where a share of the axis's width lies, in words. */
function region(share: number): string {
	if (share < 0.34) return 'the left third';
	if (share < 0.6) return 'the middle';
	if (share < 0.8) return 'the right half';
	return 'the far right';
}

/** Where a band lies on the axis, in words, from its start to its end: the describer's "you are here". */
export function placeOnAxis(scene: OverviewScene, band: Band): string {
	const x = timeScale(scene.domain);
	const [left, right] = x.range() as [number, number];
	const share = (t: number) => (x(t) - left) / (right - left);
	const from = region(share(band.start));
	const to = region(share(band.end));
	return from === to ? `in ${from} of the timeline` : `from ${from} to ${to} of the timeline`;
}

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number) => numberWords[n] ?? String(n);

/** The course's relapse, in words that say what it counts from: never a point on this axis. */
export function courseWords(scene: OverviewScene): string {
	const c = scene.course;
	return (
		`The ${c.medianRelapseDays}-day median relapse is not on this one-drip timeline: it comes from a course of up to ${inWords(c.infusions)} drips over ${c.courseDays} days, ` +
		`counts from the end of that course (about day ${c.aboutDayFromFirstDrip} after the first drip), and is shown in a separate box under the timeline`
	);
}

const stepStory: Record<BandId, (band: Band, scene: OverviewScene) => string> = {
	'channel-block': (band) =>
		`Within minutes of the drip starting, ketamine blocks NMDA channels. This band runs ${band.spanWords}: it is full while a model drug level stays substantial (at least ${channelBlockTimes.fromNgPerMl} ng/mL), through the ${channelBlockTimes.dripEnds / 60}-minute drip and ${aboutHours(band.fadeFrom! - channelBlockTimes.dripEnds)} after it, then fades as the level falls.`,
	'glutamate-surge': (band) =>
		`Tens of minutes in, the brake cells quiet down and glutamate rises in the front of the brain. This band runs ${band.spanWords}; it was measured in rats.`,
	signalling: (band) =>
		`Over the next hours, signals such as BDNF and mTOR tell nerve cells to make new building blocks. This band runs ${band.spanWords}, in rat and mouse studies.`,
	'new-spines': (band) =>
		`About half a day to a day after one dose, mice grow new spines, the small bumps where nerve cells connect. This band runs ${band.spanWords}, marked rodents: it has not been seen directly in people. Mood had already started to lift before this.`,
	'mood-change': (band, scene) =>
		`In people, mood can lift within about 2 hours of one drip and then often fades over the next week: the band runs ${band.spanWords}. A marker at 1 week: ${scene.markers.map((m) => m.words).join('; ')}. ${courseWords(scene)}.`
};

/** Plain words for what the figure shows now: read by screen readers, printed in the handout. */
export function describeOverview(scene: OverviewScene): string {
	if (scene.focus === null) {
		const list = scene.bands.map((band) => `${band.shortLabel.toLowerCase()} ${band.spanWords} (${evidencePhrase(band)})`);
		return (
			`A timeline from seconds to two weeks after one ketamine drip, on a log scale: each tick is many times longer than the one before (1 minute, 1 hour, 1 day, 1 week). ` +
			`Five bands, earliest first: ${list.join('; ')}. ` +
			`A marker at 1 week on the mood band: ${scene.markers.map((m) => m.words).join('; ')}. ${courseWords(scene)}. Each band links to its chapter below the drawing.`
		);
	}
	const band = scene.bands.find((b) => b.id === scene.focus)!;
	return `${stepStory[band.id](band, scene)} The band lies ${placeOnAxis(scene, band)}; the other bands are faded. Evidence: ${evidencePhrase(band)}. Chapter ${band.chapterNumber} explains this link.`;
}
