import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { figureCatalog } from '../../src/lib/figures/catalog';
import { describeOverview, placeOnAxis } from '../../src/lib/figures/overview/describe';
import { bandsLayout, estimateTextWidth, labelSpan, ticksLayout, viewBox } from '../../src/lib/figures/overview/layout';
import { bands, day, defaultParams, hour, minute, overviewScene, relapseMarker, timeDomain, timeTicks, week } from '../../src/lib/figures/overview/model';
import { overviewSteps } from '../../src/lib/figures/overview/steps';

const chaptersDir = fileURLToPath(new URL('../../content/chapters/', import.meta.url));
const chapterSlugs = readdirSync(chaptersDir)
	.filter((name) => name.endsWith('.md'))
	.map((name) => name.replace(/^\d+-/, '').replace(/\.md$/, ''));

describe('overview bands: data on one log time axis', () => {
	it('has the five links of the chain, earliest first', () => {
		expect(bands.map((band) => band.id)).toEqual(['channel-block', 'glutamate-surge', 'signalling', 'new-spines', 'mood-change']);
	});

	it('is ordered in time: each band ends later than the one before, and its log-middle comes later too', () => {
		for (let i = 1; i < bands.length; i++) {
			expect(bands[i]!.end).toBeGreaterThan(bands[i - 1]!.end);
			expect(Math.sqrt(bands[i]!.start * bands[i]!.end)).toBeGreaterThan(Math.sqrt(bands[i - 1]!.start * bands[i - 1]!.end));
		}
		// The first four also start in order; mood starts before the spines arrive (Moda-Sava 2019).
		for (let i = 1; i < 4; i++) expect(bands[i]!.start).toBeGreaterThan(bands[i - 1]!.start);
		expect(bands[4]!.start).toBeLessThan(bands[3]!.start);
	});

	it('puts every band, tick and the relapse marker inside the axis domain, from seconds to weeks', () => {
		expect(timeDomain[0]).toBeLessThan(minute);
		expect(timeDomain[1]).toBeGreaterThanOrEqual(3 * week);
		for (const band of bands) {
			expect(band.start).toBeLessThan(band.end);
			expect(band.start).toBeGreaterThanOrEqual(timeDomain[0]);
			expect(band.end).toBeLessThanOrEqual(timeDomain[1]);
		}
		for (const tick of timeTicks) {
			expect(tick.at).toBeGreaterThan(timeDomain[0]);
			expect(tick.at).toBeLessThan(timeDomain[1]);
		}
		expect(relapseMarker.at).toBeGreaterThan(week);
		expect(relapseMarker.at).toBeLessThan(timeDomain[1]);
	});

	it('uses the timings of the fact sheet: minutes, tens of minutes, hours, 12-24 h, hours to a week, relapse at 18 days', () => {
		const byId = Object.fromEntries(bands.map((band) => [band.id, band]));
		expect(byId['channel-block']!.start).toBe(minute);
		expect(byId['glutamate-surge']!.start).toBe(10 * minute);
		expect(byId['signalling']!.end).toBe(12 * hour);
		expect([byId['new-spines']!.start, byId['new-spines']!.end]).toEqual([12 * hour, day]);
		expect(byId['mood-change']!.start).toBe(110 * minute);
		expect(byId['mood-change']!.end).toBe(week);
		expect(relapseMarker.at).toBe(18 * day);
		expect(relapseMarker.label).toBe('median relapse 18 days after a six-infusion course');
	});

	it('labels the ticks in words', () => {
		expect(timeTicks.map((tick) => tick.label)).toEqual(['1 min', '1 h', '1 day', '1 week', '3 weeks']);
	});

	it('links each band to a chapter that exists, in chapter order', () => {
		expect(bands.map((band) => band.chapterSlug)).toEqual(['the-lock-on-the-channel', 'quiet-the-brakes', 'from-signal-to-building-blocks', 'rebuilding-connections', 'hours-days-weeks']);
		for (const band of bands) expect(chapterSlugs).toContain(band.chapterSlug);
		expect(bands.map((band) => band.chapterNumber)).toEqual([2, 3, 4, 5, 6]);
	});

	it('shows evidence as a word, not colour alone; the spines are marked rodents', () => {
		const byId = Object.fromEntries(bands.map((band) => [band.id, band]));
		expect(byId['channel-block']!.evidence).toBe('established');
		expect(byId['glutamate-surge']!.evidence).toBe('animal');
		expect(byId['signalling']!.evidence).toBe('animal');
		expect(byId['new-spines']).toMatchObject({ evidence: 'animal', evidenceText: 'in rodents' });
		expect(byId['mood-change']).toMatchObject({ evidence: 'established', evidenceText: 'in people' });
		for (const band of bands) expect(band.evidenceText.length).toBeGreaterThan(0);
	});
});

describe('overview model: the state of every step', () => {
	it('timeline: every band and the relapse marker lit, no focus', () => {
		const scene = overviewScene('timeline');
		expect(scene.focus).toBeNull();
		expect(scene.bands.every((band) => band.lit)).toBe(true);
		expect(scene.relapse.lit).toBe(true);
	});

	it.each(['channel-block', 'glutamate-surge', 'signalling', 'new-spines', 'mood-change'] as const)('%s: only its own band lit', (step) => {
		const scene = overviewScene(step);
		expect(scene.focus).toBe(step);
		expect(scene.bands.filter((band) => band.lit).map((band) => band.id)).toEqual([step]);
		expect(scene.relapse.lit).toBe(step === 'mood-change');
	});

	it('rejects a step the figure does not know, naming the steps it does', () => {
		expect(() => overviewScene('no-such-step')).toThrow('overview has no step "no-such-step" (steps: timeline, channel-block');
	});

	it('the catalog lists exactly the model steps; junk params change nothing', () => {
		expect(figureCatalog['overview'].steps).toEqual(overviewSteps);
		const junk = { zoom: Number.NaN, speed: -Infinity } as unknown as typeof defaultParams;
		for (const step of overviewSteps) expect(overviewScene(step, junk)).toEqual(overviewScene(step));
	});
});

describe('overview layout', () => {
	it('keeps bars, labels and tick labels inside the drawing, tick labels not overlapping', () => {
		for (const step of overviewSteps) {
			const scene = overviewScene(step);
			for (const band of bandsLayout(scene)) {
				expect(band.x).toBeGreaterThanOrEqual(0);
				expect(band.x + band.width).toBeLessThanOrEqual(viewBox.width);
				const [left, right] = labelSpan(band);
				expect(left).toBeGreaterThanOrEqual(0);
				expect(right).toBeLessThanOrEqual(viewBox.width);
				// The label and its evidence mark sit beside the bar, never on it.
				if (band.side === 'after') expect(left).toBeGreaterThan(band.x + band.width);
				else expect(right).toBeLessThan(band.x);
			}
			const ticks = ticksLayout(scene);
			for (const row of [0, 1]) {
				const spans = ticks.filter((t) => t.row === row).map((t) => [t.labelX - estimateTextWidth(t.label) / 2, t.labelX + estimateTextWidth(t.label) / 2] as const);
				for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]);
			}
			// The log axis crowds the last two ticks: "3 weeks" drops to the second line.
			expect(ticks.find((t) => t.label === '3 weeks')!.row).toBe(1);
		}
	});
});

describe('overview describer', () => {
	const texts = overviewSteps.map((step) => describeOverview(overviewScene(step)));

	it('says something different at every step', () => {
		expect(new Set(texts).size).toBe(overviewSteps.length);
		for (const text of texts) {
			expect(text.length).toBeGreaterThan(80);
			expect(text).not.toMatch(/NaN|undefined|Infinity/);
		}
	});

	it('timeline: names the axis, every band with its span and evidence, and the relapse marker', () => {
		const text = describeOverview(overviewScene('timeline'));
		expect(text).toContain('1 minute, 1 hour, 1 day, 1 week, 3 weeks');
		expect(text).toContain('channel block from about 1 minute to 1 hour (well established)');
		expect(text).toContain('new spines from about 12 to 24 hours (shown in rodents)');
		expect(text).toContain('A marker at 18 days shows the median relapse 18 days after a six-infusion course');
	});

	it('each later step says where on the timeline we are, with its numbers', () => {
		expect(describeOverview(overviewScene('channel-block'))).toMatch(/^Within minutes of the drip starting, ketamine blocks NMDA channels\. This band runs from about 1 minute to 1 hour.*We are in the left third of the timeline.*Chapter 2/);
		expect(describeOverview(overviewScene('glutamate-surge'))).toContain('from about 10 minutes to 2 hours; it was measured in rats');
		expect(describeOverview(overviewScene('signalling'))).toContain('We are in the middle of the timeline');
		expect(describeOverview(overviewScene('new-spines'))).toContain('from about 12 to 24 hours, marked rodents');
		const mood = describeOverview(overviewScene('mood-change'));
		expect(mood).toContain('from about 2 hours to about 1 week after one drip');
		expect(mood).toContain('median of 18 days');
		expect(mood).toContain('Chapter 6');
	});

	it('places bands left to right as the axis runs', () => {
		const scene = overviewScene('timeline');
		expect(placeOnAxis(scene, bands[0]!)).toBe('the left third of the timeline');
		expect(placeOnAxis(scene, bands[3]!)).not.toBe('the left third of the timeline');
	});
});
