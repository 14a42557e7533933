import { describe, expect, it } from 'vitest';
import { figureCatalog } from '../../src/lib/figures/catalog';
import { describeSynapse, hoursInWords, hoursShort } from '../../src/lib/figures/synapse-regrowth/describe';
import { chartLayout, placeSpines, timeScale } from '../../src/lib/figures/synapse-regrowth/layout';
import {
	chapterDendrite,
	clampHours,
	defaultParams,
	hoursFor,
	percentOfHealthyAt,
	spinesPresentAt,
	synapseScene,
	type SynapseParams
} from '../../src/lib/figures/synapse-regrowth/model';
import { parseSynapseParams } from '../../src/lib/figures/synapse-regrowth/index';
import { mulberry32 } from '../../src/lib/figures/random';
import { figureSeed, generateDendrite } from '../../src/lib/figures/synapse-regrowth/spines';
import { synapseSteps } from '../../src/lib/figures/synapse-regrowth/steps';

const at = (hours: number, step = 'ketamine-regrowth') => synapseScene(step, { hours, chosenOn: null });

describe('synapse regrowth model: the state of every step', () => {
	it('healthy: before stress, off the clock, every spine there, no chart curve', () => {
		const s = synapseScene('healthy');
		expect(s).toMatchObject({ phase: 'healthy', hours: null, scrubbable: false, percentOfHealthy: 100, curve: null, mood: null, caveat: null, illustrative: null });
		expect(s.counts).toEqual({ healthy: 50, present: 50, lostToStress: 0, stillLost: 0, newSinceDose: 0, regrownInPlace: 0 });
		expect(s.spines.every((spine) => spine.state === 'present')).toBe(true);
		expect(s.branches.map((b) => b.present)).toEqual([18, 16, 16]);
	});

	it('stress-loss: at 0 h, a third of the spines gone, most of them on one branch', () => {
		const s = synapseScene('stress-loss');
		expect(s).toMatchObject({ phase: 'stressed', hours: 0, scrubbable: false, percentOfHealthy: 66, curve: null });
		expect(s.counts).toMatchObject({ healthy: 50, present: 33, lostToStress: 17, stillLost: 17, newSinceDose: 0 });
		expect(s.branches.map((b) => b.lost)).toEqual([11, 5, 1]);
		expect(s.spines.filter((spine) => spine.state === 'lost')).toHaveLength(17);
		expect(s.illustrative).toMatch(/^Illustrative/);
	});

	it('ketamine-regrowth: at 24 h by default, 9 new spines, all in emptied places, 84% of healthy', () => {
		const s = synapseScene('ketamine-regrowth');
		expect(s).toMatchObject({ phase: 'after-dose', hours: 24, timeFrom: 'step', scrubbable: true, percentOfHealthy: 84, annotation: 'formation-window' });
		expect(s.counts).toMatchObject({ present: 42, newSinceDose: 9, regrownInPlace: 9, stillLost: 8 });
		expect(s.spines.filter((spine) => spine.state === 'new')).toHaveLength(9);
		expect(s.curve).toHaveLength(169);
	});

	it('mood-before-spines: at 6 h behaviour is better but no spine has grown', () => {
		const s = synapseScene('mood-before-spines');
		expect(s).toMatchObject({ hours: 6, percentOfHealthy: 66, mood: { onsetHours: 3, better: true }, annotation: 'behaviour' });
		expect(s.counts.newSinceDose).toBe(0);
		expect(synapseScene('mood-before-spines', { hours: 2, chosenOn: null }).mood).toEqual({ onsetHours: 3, better: false });
	});

	it('rodent-caveat: at 7 days, near restored but not every place refilled, with the caveat on the figure', () => {
		const s = synapseScene('rodent-caveat');
		expect(s).toMatchObject({ hours: 168, percentOfHealthy: 92, annotation: 'timing-differs' });
		expect(s.counts).toMatchObject({ present: 46, newSinceDose: 13, regrownInPlace: 11, stillLost: 6 });
		expect(s.caveat).toBe('Mouse and rat findings; not shown directly in people; other mouse studies found different timing.');
	});

	it('rejects a step the figure does not know, naming the steps it does', () => {
		expect(() => synapseScene('no-such-step')).toThrow('synapse-regrowth has no step "no-such-step" (steps: healthy, stress-loss');
	});

	it('the catalog the content checker uses lists exactly the model steps', () => {
		expect(figureCatalog['synapse-regrowth']?.steps).toEqual(synapseSteps);
		for (const step of synapseSteps) expect(() => synapseScene(step)).not.toThrow();
	});
});

describe('time: step defaults and the reader scrubbing', () => {
	it('each step has its own moment when the reader has not scrubbed', () => {
		expect(synapseSteps.map((step) => synapseScene(step, defaultParams).hours)).toEqual([null, 0, 24, 6, 168]);
	});

	it("the reader's time replaces the default only on the step it was chosen on", () => {
		const chosen: SynapseParams = { hours: 72, chosenOn: 'ketamine-regrowth' };
		expect(hoursFor('ketamine-regrowth', chosen)).toEqual({ hours: 72, timeFrom: 'reader' });
		expect(hoursFor('mood-before-spines', chosen)).toEqual({ hours: 6, timeFrom: 'step' });
	});

	it('a time with no step (a deep link) applies to every step with a scrubber, never to the steps before the dose', () => {
		const link: SynapseParams = { hours: 30, chosenOn: null };
		expect(synapseSteps.map((step) => synapseScene(step, link).hours)).toEqual([null, 0, 30, 30, 30]);
	});

	it('the scrubbed state is a pure function of time: the same hour gives the same scene from any step', () => {
		expect(at(36, 'ketamine-regrowth').spines).toEqual(at(36, 'rodent-caveat').spines);
		expect(at(36)).toEqual(at(36));
	});
});

describe('spine counts follow the storyboard', () => {
	const present = (hours: number) => spinesPresentAt(chapterDendrite, hours);

	it('stress lost spines; nothing regrows before about 6 h; many are back by 24 h; near restored at 7 days', () => {
		expect(present(0)).toBeLessThan(50);
		expect(present(6)).toBe(present(0));
		expect(present(24) - present(0)).toBeGreaterThanOrEqual(Math.ceil(17 / 2));
		expect(present(168)).toBeGreaterThanOrEqual(present(24));
		expect(present(168)).toBeLessThanOrEqual(50);
	});

	it('the density curve never falls after the dose, is flat to 6 h and rises most between 12 and 24 h', () => {
		const curve = at(0).curve!;
		for (let i = 1; i < curve.length; i++) expect(curve[i]!.percent).toBeGreaterThanOrEqual(curve[i - 1]!.percent);
		expect(curve.slice(0, 7).every((point) => point.percent === curve[0]!.percent)).toBe(true);
		const rise = (from: number, to: number) => percentOfHealthyAt(chapterDendrite, to) - percentOfHealthyAt(chapterDendrite, from);
		expect(rise(12, 24)).toBeGreaterThan(rise(0, 12));
		expect(rise(12, 24)).toBeGreaterThan(rise(24, 168));
	});

	it('new spines appear only from 9 h, and most of them inside the 12 to 24 h window or soon after', () => {
		const births = chapterDendrite.spines.flatMap((spine) => (spine.bornAt === null ? [] : [spine.bornAt]));
		expect(Math.min(...births)).toBeGreaterThanOrEqual(9);
		expect(births.filter((hour) => hour <= 24).length).toBeGreaterThan(births.length / 2);
	});

	it('many new spines grow where stress removed one', () => {
		const s = synapseScene('rodent-caveat');
		expect(s.counts.regrownInPlace / s.counts.newSinceDose).toBeGreaterThan(0.75);
	});
});

describe('seeded spines', () => {
	it('mulberry32 repeats for a seed and differs between seeds', () => {
		const a = mulberry32(7);
		const b = mulberry32(7);
		const c = mulberry32(8);
		const first = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(first);
		expect([c(), c(), c()]).not.toEqual(first);
		expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
	});

	it('the same seed gives the same spines; another seed gives different ones', () => {
		expect(generateDendrite(figureSeed)).toEqual(generateDendrite(figureSeed));
		expect(generateDendrite(figureSeed)).toEqual(chapterDendrite);
		const other = generateDendrite(figureSeed + 1);
		expect(other.spines.map((spine) => spine.position)).not.toEqual(chapterDendrite.spines.map((spine) => spine.position));
	});

	it('spines stay on their branch stretch with sane sizes, and every regrown spine names a lost one', () => {
		const lost = new Set(chapterDendrite.spines.filter((spine) => spine.lostToStress).map((spine) => spine.id));
		for (const spine of chapterDendrite.spines) {
			expect(spine.position).toBeGreaterThanOrEqual(0);
			expect(spine.position).toBeLessThanOrEqual(1);
			expect(spine.head).toBeGreaterThan(3);
			if (spine.origin === 'regrown') expect(lost.has(spine.replaces!)).toBe(true);
		}
	});

	it('the model accepts another dendrite, so a different seed draws a different picture', () => {
		const other = synapseScene('stress-loss', defaultParams, generateDendrite(figureSeed + 1));
		expect(other.spines).not.toEqual(synapseScene('stress-loss').spines);
	});
});

describe('bad times are clamped, never NaN or negative', () => {
	it('clampHours: whole hours in 0..168; not-a-number means "no choice"', () => {
		expect(clampHours(-5)).toBe(0);
		expect(clampHours(1e9)).toBe(168);
		expect(clampHours(12.4)).toBe(12);
		expect(clampHours(Number.NaN)).toBeNull();
		expect(clampHours(Number.POSITIVE_INFINITY)).toBeNull();
		expect(clampHours('24')).toBeNull();
	});

	it('scenes and text stay sane for NaN, Infinity, -5 and 1e9', () => {
		for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -5, 1e9]) {
			for (const step of synapseSteps) {
				const s = synapseScene(step, { hours: bad, chosenOn: null });
				for (const value of Object.values(s.counts)) {
					expect(Number.isInteger(value)).toBe(true);
					expect(value).toBeGreaterThanOrEqual(0);
				}
				expect(s.percentOfHealthy).toBeGreaterThanOrEqual(0);
				if (s.hours !== null) expect(s.hours).toBeGreaterThanOrEqual(0);
				if (s.hours !== null) expect(s.hours).toBeLessThanOrEqual(168);
				expect(describeSynapse(s)).not.toMatch(/NaN|Infinity|undefined|-\d/);
				const chart = chartLayout(s);
				if (chart.now) expect(Number.isFinite(chart.now.x) && Number.isFinite(chart.now.y)).toBe(true);
			}
		}
		expect(synapseScene('ketamine-regrowth', { hours: -5, chosenOn: null }).hours).toBe(0);
		expect(synapseScene('ketamine-regrowth', { hours: 1e9, chosenOn: null }).hours).toBe(168);
		expect(synapseScene('ketamine-regrowth', { hours: Number.NaN, chosenOn: null }).hours).toBe(24);
	});

	it('parseParams reads URL strings, clamps them and turns junk into the defaults', () => {
		expect(parseSynapseParams({ hours: '24' })).toEqual({ hours: 24, chosenOn: null });
		expect(parseSynapseParams({ hours: ' 72 ', step: 'rodent-caveat' })).toEqual({ hours: 72, chosenOn: 'rodent-caveat' });
		expect(parseSynapseParams({ hours: '-5' })).toEqual({ hours: 0, chosenOn: null });
		expect(parseSynapseParams({ hours: '1e9' })).toEqual({ hours: 168, chosenOn: null });
		expect(parseSynapseParams({ hours: '24', step: 'nonsense' })).toEqual({ hours: 24, chosenOn: null });
		const junkInputs: Record<string, string>[] = [{}, { hours: '' }, { hours: 'soon' }, { hours: 'NaN' }, { hours: 'Infinity' }];
		for (const junk of junkInputs) {
			expect(parseSynapseParams(junk)).toEqual(defaultParams);
		}
	});
});

describe('synapse describer', () => {
	it('says something different at every step', () => {
		const texts = synapseSteps.map((step) => describeSynapse(synapseScene(step)));
		expect(new Set(texts).size).toBe(synapseSteps.length);
		for (const text of texts) expect(text.length).toBeGreaterThan(80);
	});

	it('gives the healthy count per branch', () => {
		expect(describeSynapse(synapseScene('healthy'))).toContain('It carries 50 spines, each drawn as a thin neck with a round head: 18 on the top, 16 on the middle, 16 on the bottom branch.');
	});

	it('gives the stress loss, branch by branch', () => {
		const text = describeSynapse(synapseScene('stress-loss'));
		expect(text).toContain('17 of the 50 spines are gone and 33 remain: 66% of the healthy count');
		expect(text).toContain('the top branch lost 11 of 18, the middle branch lost 5 of 16, the bottom branch lost 1 of 16');
	});

	it('states what changed in numbers at 24 hours', () => {
		expect(describeSynapse(synapseScene('ketamine-regrowth'))).toContain(
			'At 24 hours after one ketamine dose, 9 new spines have grown (drawn in green with a ring), all of them where stress had removed one; density is back up to 84% of the healthy count, 42 of 50 spines (illustrative). 8 of the 17 emptied places are still empty.'
		);
	});

	it('follows the time the reader chooses', () => {
		const early = describeSynapse(at(6));
		const day = describeSynapse(at(24));
		const week = describeSynapse(at(168));
		expect(new Set([early, day, week]).size).toBe(3);
		expect(early).toContain('At 6 hours after one ketamine dose, no new spines have grown yet, so there are still 33 of 50: density is 66%');
		expect(week).toContain('At 7 days after one ketamine dose, 13 new spines have grown');
		expect(describeSynapse(at(100))).toContain('At 4 days and 4 hours after one ketamine dose');
	});

	it('puts behaviour before spines on the mood step, and the caveat on the last step', () => {
		expect(describeSynapse(synapseScene('mood-before-spines'))).toContain('Escape behaviour is already better');
		expect(describeSynapse(synapseScene('mood-before-spines', { hours: 1, chosenOn: null }))).toContain('Behaviour has not changed yet');
		expect(describeSynapse(synapseScene('rodent-caveat'))).toContain('not shown directly in people');
	});

	it('writes times for sentences and for the figure', () => {
		expect([1, 6, 47, 48, 72, 100, 168].map(hoursInWords)).toEqual(['1 hour', '6 hours', '47 hours', '2 days', '3 days', '4 days and 4 hours', '7 days']);
		expect([0, 24, 72, 100, 168].map(hoursShort)).toEqual(['0 h', '24 h', '3 d', '4 d 4 h', '7 d']);
	});
});

describe('layout', () => {
	it('gives the first day half the time axis, and clamps times outside the week', () => {
		expect(timeScale(0)).toBe(112);
		expect(timeScale(24)).toBe(286);
		expect(timeScale(168)).toBe(460);
		expect(timeScale(1e9)).toBe(460);
	});

	it('places every spine inside the drawing, clear of the chart', () => {
		for (const step of synapseSteps) {
			for (const spine of placeSpines(synapseScene(step).spines)) {
				expect(spine.headAt.y - spine.head).toBeGreaterThan(26);
				expect(spine.headAt.y + spine.head).toBeLessThan(214);
				expect(spine.headAt.x).toBeGreaterThan(100);
				expect(spine.headAt.x).toBeLessThan(380);
			}
		}
	});
});
