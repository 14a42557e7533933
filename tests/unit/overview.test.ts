import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evidenceLevels, type EvidenceLevel } from '../../src/lib/content/lenses';
import { figureCatalog } from '../../src/lib/figures/catalog';
import { infusionSessionScene } from '../../src/lib/figures/infusion-session/model';
import { courseWords, describeOverview, evidencePhrase, placeOnAxis } from '../../src/lib/figures/overview/describe';
import { evidenceFill, focusSpan, legendText, markFillPath, overviewLayout, placedTexts, textBox, viewBox } from '../../src/lib/figures/overview/layout';
import {
	bands,
	channelBlockTimes,
	courseRelapse,
	day,
	defaultParams,
	hour,
	minute,
	oneDripResponse,
	overviewScene,
	shareWords,
	timeDomain,
	timeTicks,
	week,
	type Band
} from '../../src/lib/figures/overview/model';
import { overviewSteps } from '../../src/lib/figures/overview/steps';
import { level, scanBelow } from './standard-drip';

const chaptersDir = fileURLToPath(new URL('../../content/chapters/', import.meta.url));
const chapterSlugs = readdirSync(chaptersDir)
	.filter((name) => name.endsWith('.md'))
	.map((name) => name.replace(/^\d+-/, '').replace(/\.md$/, ''));

const byId = Object.fromEntries(bands.map((band) => [band.id, band])) as Record<Band['id'], Band>;

/** The bottom of the range in which felt effects track plasma ketamine (fact sheet section 3, Anesthesiology 1998). */
const bowdleLowNgPerMl = 50;

describe('overview bands: one drip on one log time axis', () => {
	it('has the five links of the chain, earliest first', () => {
		expect(bands.map((band) => band.id)).toEqual(['channel-block', 'glutamate-surge', 'signalling', 'new-spines', 'mood-change']);
	});

	it('is ordered in time: each band starts and has its log-middle later than the one before (mood starts before the spines)', () => {
		for (let i = 1; i < bands.length; i++) {
			expect(Math.sqrt(bands[i]!.start * bands[i]!.end)).toBeGreaterThan(Math.sqrt(bands[i - 1]!.start * bands[i - 1]!.end));
		}
		for (let i = 1; i < 4; i++) expect(bands[i]!.start).toBeGreaterThan(bands[i - 1]!.start);
		// Mood starts to lift before the spines arrive (Moda-Sava 2019).
		expect(bands[4]!.start).toBeLessThan(bands[3]!.start);
	});

	it('puts every band, fade and tick inside the axis domain, from seconds to weeks', () => {
		expect(timeDomain[0]).toBeLessThan(minute);
		expect(timeDomain[1]).toBeGreaterThan(week);
		for (const band of bands) {
			expect(band.start).toBeLessThan(band.end);
			expect(band.start).toBeGreaterThanOrEqual(timeDomain[0]);
			expect(band.end).toBeLessThanOrEqual(timeDomain[1]);
			if (band.fadeFrom !== null) {
				expect(band.fadeFrom).toBeGreaterThan(band.start);
				expect(band.fadeFrom).toBeLessThan(band.end);
			}
		}
		for (const tick of timeTicks) {
			expect(tick.at).toBeGreaterThan(timeDomain[0]);
			expect(tick.at).toBeLessThan(timeDomain[1]);
		}
	});

	it('uses the timings of the fact sheet: tens of minutes, hours, 12-24 h, mood from 110 min', () => {
		expect(byId['glutamate-surge'].start).toBe(10 * minute);
		expect(byId['signalling'].end).toBe(12 * hour);
		expect([byId['new-spines'].start, byId['new-spines'].end]).toEqual([12 * hour, day]);
		expect(byId['mood-change'].start).toBe(110 * minute);
	});

	it('labels the ticks in words', () => {
		expect(timeTicks.map((tick) => tick.label)).toEqual(['1 min', '1 h', '1 day', '1 week']);
	});

	it('links each band to a chapter that exists, in chapter order', () => {
		expect(bands.map((band) => band.chapterSlug)).toEqual(['the-lock-on-the-channel', 'quiet-the-brakes', 'from-signal-to-building-blocks', 'rebuilding-connections', 'hours-days-weeks']);
		for (const band of bands) expect(chapterSlugs).toContain(band.chapterSlug);
		expect(bands.map((band) => band.chapterNumber)).toEqual([2, 3, 4, 5, 6]);
	});

	it('shows evidence as a word, not colour alone; the spines are marked rodents', () => {
		expect(byId['channel-block'].evidence).toBe('established');
		expect(byId['glutamate-surge'].evidence).toBe('animal');
		expect(byId['signalling'].evidence).toBe('animal');
		expect(byId['new-spines']).toMatchObject({ evidence: 'animal', evidenceText: 'in rodents' });
		expect(byId['mood-change']).toMatchObject({ evidenceText: 'in people' });
		for (const band of bands) expect(band.evidenceText.length).toBeGreaterThan(0);
	});
});

describe('the channel block follows the PK model, like the session figure', () => {
	it('is full exactly while the modelled level is at least 50 ng/mL, the bottom of the range where effects track the level', () => {
		const block = byId['channel-block'];
		expect(channelBlockTimes.fromNgPerMl).toBe(bowdleLowNgPerMl);
		// The crossing, found here by a plain scan of the PK library, not by the figure's helper.
		expect(block.fadeFrom! / minute).toBeCloseTo(scanBelow(bowdleLowNgPerMl), 0);
		expect(level(block.fadeFrom! / minute - 2)).toBeGreaterThan(bowdleLowNgPerMl);
		expect(level(block.fadeFrom! / minute + 2)).toBeLessThan(bowdleLowNgPerMl);
	});

	it('covers the rating times at which the model still holds a third of its peak (80 and 110 minutes) at full strength', () => {
		const block = byId['channel-block'];
		const fullUntil = block.fadeFrom ?? block.end;
		const peak = level(40);
		for (const t of [80, 110]) {
			expect(level(t)).toBeGreaterThan(peak / 3.5);
			expect(block.start).toBeLessThan(t * minute);
			expect(fullUntil).toBeGreaterThan(t * minute);
		}
		// A block band that stopped at 1 hour would contradict the curve.
		expect(block.end).toBeGreaterThan(2 * hour);
	});

	it('fades out over several hours, ending where the level is a tenth of its peak', () => {
		const block = byId['channel-block'];
		expect(block.end / minute).toBeCloseTo(scanBelow(level(40) / 10), 0);
		expect(block.end).toBeGreaterThan(3 * hour);
		expect(block.end).toBeLessThan(12 * hour);
	});

	it('agrees with the session figure: the block is full for as long as the feeling band is not empty', () => {
		const feeling = infusionSessionScene('during').feeling;
		expect(feeling.belowNgPerMl).toBe(channelBlockTimes.fromNgPerMl);
		expect(byId['channel-block'].fadeFrom! / minute).toBeCloseTo(feeling.fadedByMin, 6);
	});
});

describe('after ONE drip: what the mood band and its marker say', () => {
	it('marks 1 week on the mood band with the share still responding then (Zarate 2006: 35% of 17)', () => {
		const scene = overviewScene('timeline');
		expect(scene.markers).toHaveLength(1);
		const marker = scene.markers[0]!;
		expect(marker.at).toBe(week);
		expect(byId['mood-change'].end).toBe(marker.at);
		expect(marker.label).toBe('about 1 in 3 still responding at 1 week');
		expect(marker.words).toContain('7 in 10 of the 17 people');
		expect(marker.words).toContain('1 in 3 still did a week after it');
		expect(oneDripResponse).toMatchObject({ people: 17, dayAfterShare: 0.71, weekShare: 0.35 });
	});

	it('turns shares into the prose words', () => {
		expect(shareWords(0.71)).toBe('7 in 10');
		expect(shareWords(0.35)).toBe('1 in 3');
		expect(shareWords(0.5)).toBe('1 in 2');
	});

	it('fades the mood band after the day after, when most of the response has been seen', () => {
		expect(byId['mood-change'].fadeFrom).toBe(day);
	});
});

describe('the course relapse is never a point on the one-drip axis', () => {
	/** Every time the scene places on its axis: band edges and fades, ticks, markers. */
	const axisTimes = (step: string) => {
		const scene = overviewScene(step);
		return [
			...scene.bands.flatMap((band) => [band.start, band.end, ...(band.fadeFrom === null ? [] : [band.fadeFrom])]),
			...scene.ticks.map((tick) => tick.at),
			...scene.markers.map((marker) => marker.at)
		];
	};

	it.each(overviewSteps)('%s: nothing on the axis sits at the course median (18 days) or at its end (about day 30)', (step) => {
		const median = courseRelapse.medianRelapseDays * day;
		const fromFirstDrip = (courseRelapse.courseDays + courseRelapse.medianRelapseDays) * day;
		for (const t of axisTimes(step)) {
			expect(Math.abs(t - median)).toBeGreaterThan(day);
			expect(Math.abs(t - fromFirstDrip)).toBeGreaterThan(day);
		}
		// The note has words, and no time position at all.
		expect(Object.keys(overviewScene(step).course)).not.toContain('at');
	});

	it('states the course facts: six infusions over 12 days, median 18 days from the END of the course, about day 30', () => {
		const course = overviewScene('mood-change').course;
		expect(course).toMatchObject({ infusions: 6, courseDays: 12, medianRelapseDays: 18, aboutDayFromFirstDrip: 30 });
		const lines = course.lines.join(' ');
		expect(lines).toContain('not one drip');
		expect(lines).toContain('18 days after it ended');
		expect(lines).toContain('about day 30 from the first drip');
	});

	it('the describer never reads the relapse off the axis, and says what it counts from wherever it names it', () => {
		for (const step of overviewSteps) {
			const text = describeOverview(overviewScene(step));
			expect(text).not.toMatch(/marker at 18 days|median relapse at 18 days|relapse 18 days after a six-infusion course/);
			if (/18.day/.test(text)) {
				expect(text).toContain('not on this one-drip timeline');
				expect(text).toContain('counts from the end of that course');
				expect(text).toContain('about day 30 after the first drip');
			}
		}
		expect(courseWords(overviewScene('mood-change'))).toMatch(/course of up to six drips over 12 days/);
	});

	it('lights the course note with the whole chain and on the mood step only', () => {
		for (const step of overviewSteps) expect(overviewScene(step).course.lit).toBe(step === 'timeline' || step === 'mood-change');
	});
});

describe('overview model: the state of every step', () => {
	it('timeline: every band and the marker lit, no focus', () => {
		const scene = overviewScene('timeline');
		expect(scene.focus).toBeNull();
		expect(scene.bands.every((band) => band.lit)).toBe(true);
		expect(scene.markers.every((marker) => marker.lit)).toBe(true);
	});

	it.each(['channel-block', 'glutamate-surge', 'signalling', 'new-spines', 'mood-change'] as const)('%s: only its own band lit', (step) => {
		const scene = overviewScene(step);
		expect(scene.focus).toBe(step);
		expect(scene.bands.filter((band) => band.lit).map((band) => band.id)).toEqual([step]);
		expect(scene.markers[0]!.lit).toBe(step === 'mood-change');
	});

	it('rejects a step the figure does not know, naming the steps it does', () => {
		expect(() => overviewScene('no-such-step')).toThrow('overview has no step "no-such-step" (steps: timeline, channel-block');
	});

	it('the catalog lists exactly the model steps; junk params change nothing', () => {
		expect(figureCatalog['overview']?.steps).toEqual(overviewSteps);
		const junk = { zoom: Number.NaN, speed: -Infinity } as unknown as typeof defaultParams;
		for (const step of overviewSteps) expect(overviewScene(step, junk)).toEqual(overviewScene(step));
	});
});

describe('overview layout: legible at a 390 px phone and at 1280 px', () => {
	it.each(overviewSteps)('%s: every label inside the drawing, none overlapping another (widest-face estimate)', (step) => {
		const layout = overviewLayout(overviewScene(step));
		const boxes = placedTexts(layout).map((t) => ({ t: t.text, ...textBox(t) }));
		for (const b of boxes) {
			expect(b.left, b.t).toBeGreaterThanOrEqual(0);
			expect(b.right, b.t).toBeLessThanOrEqual(viewBox.width);
			expect(b.top, b.t).toBeGreaterThanOrEqual(0);
			expect(b.bottom, b.t).toBeLessThanOrEqual(viewBox.height);
		}
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, c] = [boxes[i]!, boxes[j]!];
				const apart = a.right <= c.left || c.right <= a.left || a.bottom <= c.top || c.bottom <= a.top;
				expect(apart, `"${a.t}" overlaps "${c.t}"`).toBe(true);
			}
	});

	it('keeps labels and marks beside, or above, their bars, never on them, and bars inside the box', () => {
		for (const band of overviewLayout(overviewScene('timeline')).bands) {
			const box = textBox(band.label);
			expect(band.x).toBeGreaterThanOrEqual(0);
			expect(band.x + band.width).toBeLessThanOrEqual(viewBox.width);
			if (band.side === 'after') expect(box.left).toBeGreaterThan(band.x + band.width);
			else if (band.side === 'before') expect(box.right).toBeLessThan(band.x);
			else expect(box.bottom).toBeLessThan(band.y - 6);
		}
	});

	it('puts the marker on the mood bar at 1 week and the course note below the axis, apart from it', () => {
		const layout = overviewLayout(overviewScene('mood-change'));
		const mood = layout.bands.find((band) => band.id === 'mood-change')!;
		const marker = layout.markers[0]!;
		expect(marker.y).toBe(mood.y);
		expect(marker.x).toBeCloseTo(mood.x + mood.width, 6);
		expect(textBox(marker.label).bottom).toBeLessThan(layout.axisY);
		expect(layout.course.y).toBeGreaterThan(Math.max(...layout.ticks.map((tick) => tick.label.y), layout.axisTitle.y));
	});

	it('every tick label sits under its tick, on two lines at most', () => {
		const layout = overviewLayout(overviewScene('timeline'));
		for (const tick of layout.ticks) {
			const box = textBox(tick.label);
			expect(box.left).toBeLessThanOrEqual(tick.x);
			expect(box.right).toBeGreaterThanOrEqual(tick.x);
		}
	});

	it('stays wide enough that a phone pane is filled by width: labels keep their 14 px at 390 px', () => {
		// In the chapter's phone pane (390 x 844) the drawing area is about 358 x 246 px; a taller
		// box would be scaled by height and shrink 19-unit labels under 14 px.
		expect(viewBox.height / viewBox.width).toBeLessThanOrEqual(246 / 358);
		expect(19 * (358 / viewBox.width)).toBeGreaterThanOrEqual(14);
	});

	it('the same rows on every step, so the figure keeps its size', () => {
		const heights = overviewSteps.map((step) => overviewLayout(overviewScene(step)).height);
		expect(new Set(heights)).toEqual(new Set([viewBox.height]));
	});

	it('shades the lit band down to the axis, including a label above it', () => {
		const layout = overviewLayout(overviewScene('channel-block'));
		const span = focusSpan(layout, 'channel-block')!;
		const block = layout.bands[0]!;
		expect(span.bottom).toBe(layout.axisY);
		expect(span.top).toBeLessThanOrEqual(textBox(block.label).top);
		expect(focusSpan(layout, null)).toBeNull();
	});
});

describe('evidence marks: the shared levels, and a level added later', () => {
	const fake = (evidence: string): Band => ({ ...bands[0]!, evidence: evidence as EvidenceLevel, evidenceText: 'in people' });

	it('fills the mark by strength, and draws and names every level in the shared list', () => {
		const order = ['contested', 'animal', 'limited', 'established'];
		const fills = order.map((level) => evidenceFill(level as EvidenceLevel));
		for (let i = 1; i < fills.length; i++) expect(fills[i]!).toBeGreaterThan(fills[i - 1]!);
		for (const level of evidenceLevels) {
			expect(legendText(level).length).toBeGreaterThan(0);
			expect(evidencePhrase(fake(level)).length).toBeGreaterThan(0);
		}
	});

	it('a level it has never heard of still draws (an empty ring) and is named, not dropped', () => {
		expect(evidenceFill('unheard-of' as EvidenceLevel)).toBe(0);
		expect(evidencePhrase(fake('unheard-of'))).toContain('unheard-of');
		expect(legendText('unheard-of' as EvidenceLevel)).toBe('unheard-of');
	});

	it('draws the mark as a pie from 12 o’clock: empty, half (left), three quarters, full', () => {
		expect(markFillPath(0)).toBeNull();
		expect(markFillPath(0.5)).toBe('M0 0 L0 -7 A7 7 0 0 0 0 7 Z');
		expect(markFillPath(0.75)).toBe('M0 0 L0 -7 A7 7 0 1 0 7 0 Z');
		expect(markFillPath(1)).toMatch(/^M0 -7 A7 7 0 1 0 0 7 A7 7 0 1 0 0 -7 Z$/);
	});

	it('the legend lists only the levels the bands use, strongest first', () => {
		const layout = overviewLayout(overviewScene('timeline'));
		expect(layout.legend.map((item) => item.level)).toEqual([...new Set(bands.map((band) => band.evidence))].sort((a, b) => evidenceLevels.indexOf(a) - evidenceLevels.indexOf(b)));
	});
});

describe('overview describer', () => {
	const texts = overviewSteps.map((step) => describeOverview(overviewScene(step)));

	it('says something different at every step', () => {
		expect(new Set(texts).size).toBe(overviewSteps.length);
		for (const text of texts) {
			expect(text.length).toBeGreaterThan(80);
			expect(text).not.toMatch(/NaN|undefined|Infinity|null/);
		}
	});

	it('timeline: names the one-drip axis, every band with its span and evidence, and the one-week marker', () => {
		const text = describeOverview(overviewScene('timeline'));
		expect(text).toContain('after one ketamine drip');
		expect(text).toContain('1 minute, 1 hour, 1 day, 1 week)');
		expect(text).toContain('channel block from about 1 minute to about 2 hours, then fading by about 5 hours (well established)');
		expect(text).toContain('new spines from about 12 to 24 hours (shown in rodents)');
		expect(text).toContain('A marker at 1 week on the mood band: about 7 in 10 of the 17 people');
	});

	it('channel block: its span comes from the model level, in rounded words, never "to 1 hour"', () => {
		const text = describeOverview(overviewScene('channel-block'));
		expect(text).not.toMatch(/to 1 hour/);
		expect(text).toContain(`at least ${bowdleLowNgPerMl} ng/mL`);
		expect(text).toContain('through the 40-minute drip and about 1.5 hours after it');
		expect(text).toMatch(/^Within minutes of the drip starting, ketamine blocks NMDA channels\..*from the left third .*Chapter 2/);
	});

	it('each later step says where on the timeline it is, with its numbers', () => {
		expect(describeOverview(overviewScene('glutamate-surge'))).toContain('from about 10 minutes to 2 hours; it was measured in rats');
		expect(describeOverview(overviewScene('signalling'))).toContain('The band lies from the middle');
		expect(describeOverview(overviewScene('new-spines'))).toContain('from about 12 to 24 hours, marked rodents');
		const mood = describeOverview(overviewScene('mood-change'));
		expect(mood).toContain('within about 2 hours of one drip');
		expect(mood).toContain('1 in 3 still did a week after it');
		expect(mood).toContain('Chapter 6');
	});

	it('places bands left to right as the axis runs', () => {
		const scene = overviewScene('timeline');
		expect(placeOnAxis(scene, bands[0]!)).toMatch(/^from the left third/);
		expect(placeOnAxis(scene, bands[3]!)).toBe('in the right half of the timeline');
		expect(placeOnAxis(scene, bands[4]!)).toMatch(/to the far right of the timeline$/);
	});
});
