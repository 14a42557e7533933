import { timeScale } from './layout';
import type { Band, BandId, OverviewScene } from './model';

/** The evidence in words: "shown in rats", never a colour. */
export function evidencePhrase(band: Band): string {
	if (band.evidence === 'established') return 'well established';
	if (band.evidence === 'animal') return `shown ${band.evidenceText}`;
	return 'contested';
}

/** Where a band's middle sits on the axis, in words: the describer's "you are here". */
export function placeOnAxis(scene: OverviewScene, band: Band): string {
	const x = timeScale(scene.domain);
	const [left, right] = x.range as [number, number];
	const middle = x(Math.sqrt(band.start * band.end));
	const share = (middle - left) / (right - left);
	if (share < 0.34) return 'the left third of the timeline';
	if (share < 0.6) return 'the middle of the timeline';
	if (share < 0.8) return 'the right half of the timeline';
	return 'the far right of the timeline';
}

const stepStory: Record<BandId, (band: Band) => string> = {
	'channel-block': (band) =>
		`Within minutes of the drip starting, ketamine blocks NMDA channels. This band runs ${band.spanWords}, through a 40-minute drip and a little after it.`,
	'glutamate-surge': (band) =>
		`Tens of minutes in, the brake cells quiet down and glutamate rises in the front of the brain. This band runs ${band.spanWords}; it was measured in rats.`,
	signalling: (band) =>
		`Over the next hours, signals such as BDNF and mTOR tell nerve cells to make new building blocks. This band runs ${band.spanWords}, in rat and mouse studies.`,
	'new-spines': (band) =>
		`About half a day to a day after one dose, mice grow new spines, the small bumps where nerve cells connect. This band runs ${band.spanWords}, marked rodents: it has not been seen directly in people. Mood had already started to lift before this.`,
	'mood-change': (band) =>
		`In people, mood can lift ${band.spanWords} after one drip, and then often fades. A separate marker at 18 days: after a course of six drips, people who responded stayed well for a median of 18 days.`
};

/** Plain words for what the figure shows now: read by screen readers, printed in the handout. */
export function describeOverview(scene: OverviewScene): string {
	if (scene.focus === null) {
		const list = scene.bands.map((band) => `${band.shortLabel.toLowerCase()} ${band.spanWords} (${evidencePhrase(band)})`);
		return (
			`A timeline from seconds to weeks after one ketamine drip, on a log scale: each tick is many times longer than the one before (1 minute, 1 hour, 1 day, 1 week, 3 weeks). ` +
			`Five bands, earliest first: ${list.join('; ')}. ` +
			`A marker at ${scene.relapse.days} days shows the ${scene.relapse.label}. Each band links to its chapter below the drawing.`
		);
	}
	const band = scene.bands.find((b) => b.id === scene.focus)!;
	return `${stepStory[band.id](band)} We are in ${placeOnAxis(scene, band)}; the other bands are faded. Evidence: ${evidencePhrase(band)}. Chapter ${band.chapterNumber} explains this link.`;
}
