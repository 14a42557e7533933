import { describe, expect, it } from 'vitest';
import { concentrationAt, fanta2015, modelFor, standardInfusion } from '../../src/lib/pk/index';
import { level, scanBelow } from './standard-drip';
import { figureCatalog } from '../../src/lib/figures/catalog';
import { aboutHours, describeInfusionSession } from '../../src/lib/figures/infusion-session/describe';
import { minutesUntilBelow, peakNgPerMl } from '../../src/lib/figures/infusion-session/drug-level';
import { feelingCurve, feelingEndsMin, feelingLevel } from '../../src/lib/figures/infusion-session/feeling';
import { rows, sessionLayout, viewBox, xOf } from '../../src/lib/figures/infusion-session/layout';
import { infusionSessionScene } from '../../src/lib/figures/infusion-session/model';
import { infusionSessionSteps } from '../../src/lib/figures/infusion-session/steps';

const scene = (step: string) => infusionSessionScene(step);
const litPhases = (step: string) => scene(step).phases.filter((p) => p.lit).map((p) => p.id);

describe('infusion-session model: the state of every step', () => {
	it('before: the arrival block and the blood-pressure checks are lit', () => {
		const s = scene('before');
		expect(litPhases('before')).toEqual(['before']);
		expect(s.bloodPressure.lit).toBe(true);
		expect(s.feeling.lit).toBe(false);
		expect(s.bloodPressure.checksMin.filter((t) => t < 0)).toHaveLength(1);
		expect(s.questions).toBeNull();
	});

	it('during: the 40-minute drip and the feeling band are lit; the band is strongest at the end of the drip', () => {
		const s = scene('during');
		expect(litPhases('during')).toEqual(['drip']);
		expect(s.phases.find((p) => p.id === 'drip')).toMatchObject({ fromMin: 0, toMin: 40 });
		expect(s.feeling.lit).toBe(true);
		expect(s.feeling.peakMin).toBe(40);
		expect(s.feeling.fadedByMin).toBeGreaterThan(60);
		expect(s.feeling.fadedByMin).toBeLessThan(160);
	});

	it('during: the band empties exactly where the PK level falls below 50 ng/mL, not on a sampling step', () => {
		const s = scene('during');
		expect(s.feeling.belowNgPerMl).toBe(50);
		// Found here by a plain scan of the PK library, not by the figure's bisection.
		expect(s.feeling.fadedByMin).toBeCloseTo(scanBelow(50), 0);
		expect(Math.abs(level(s.feeling.fadedByMin) - 50)).toBeLessThan(0.05);
		// At the ratings after the drip (80 and 110 min) the model still holds 79 and 60 ng/mL: the band is not empty yet.
		expect(level(80)).toBeCloseTo(79, 0);
		expect(level(110)).toBeCloseTo(60, -0.5);
		expect(s.feeling.fadedByMin).toBeGreaterThan(110);
	});

	it('blood-pressure: only the pressure row is lit, with the two studies as numbers, not a curve', () => {
		const s = scene('blood-pressure');
		expect(litPhases('blood-pressure')).toEqual([]);
		expect(s.bloodPressure.lit).toBe(true);
		expect(s.bloodPressure.studies.map((x) => [x.atMin, x.systolic, x.diastolic, x.infusions])).toEqual([
			[30, 3.3, 3.2, 684],
			[40, 16, 11, 2342]
		]);
	});

	it('after: the watched rest is lit, with the esketamine minimum and the IV wording', () => {
		const s = scene('after');
		expect(litPhases('after')).toEqual(['after']);
		expect(s.observation).toEqual({ esketamineMinimumHours: 2, ivKetamine: 'your clinic will tell you how long' });
		expect(s.feeling.lit).toBe(true);
	});

	it('going-home: only home is lit and the callout says someone else drives', () => {
		expect(litPhases('going-home')).toEqual(['home']);
		expect(scene('going-home').callout.join(' ')).toMatch(/someone else drives\. Plan no driving until the next day/);
	});

	it('who-should-ask: the before-check is lit again, with the screening questions', () => {
		const s = scene('who-should-ask');
		expect(litPhases('who-should-ask')).toEqual(['before']);
		// The label's hard stops come first: a reader who only scans the picture must still see them.
		expect(s.questions).toEqual(['Aneurysm, brain bleed or pregnancy', 'High blood pressure or heart problems', 'Past psychosis, drugs or alcohol']);
	});

	it('every step lights something different', () => {
		const keys = infusionSessionSteps.map((step) => JSON.stringify([scene(step).lit, scene(step).questions]));
		expect(new Set(keys).size).toBe(infusionSessionSteps.length);
	});

	it('rejects an unknown step and matches the catalog', () => {
		expect(() => infusionSessionScene('lunch')).toThrow('infusion-session has no step "lunch" (steps: before, during');
		expect(figureCatalog['infusion-session']?.steps).toEqual(infusionSessionSteps);
	});
});

describe('the illustrative feeling band', () => {
	it('follows the library drug level, mapped linearly from 50 to 200 ng/mL', () => {
		const model = modelFor(fanta2015, 70);
		const doses = standardInfusion(70, 0.5, 40);
		for (const p of feelingCurve(160)) {
			expect(p.c).toBe(concentrationAt(model, doses, p.t));
			expect(p.level).toBe(feelingLevel(p.c));
		}
		expect(feelingLevel(50)).toBe(0);
		expect(feelingLevel(125)).toBeCloseTo(0.5, 12);
		expect(feelingLevel(400)).toBe(1);
		expect(feelingLevel(Number.NaN)).toBe(0);
		expect(feelingLevel(-3)).toBe(0);
	});

	it('rises during the drip and is gone well before the watched rest ends', () => {
		const points = feelingCurve(160);
		const at = (t: number) => points.find((p) => p.t === t)!.level;
		expect(at(0)).toBe(0);
		expect(at(20)).toBeLessThan(at(40));
		expect(at(40)).toBeCloseTo((158 - 50) / 150, 1);
		expect(at(80)).toBeLessThan(at(40) / 2);
		expect(at(160)).toBe(0);
	});

	it('finds level crossings on the exact curve', () => {
		expect(feelingEndsMin()).toBe(minutesUntilBelow(50));
		for (const ng of [100, 50, 25, peakNgPerMl / 10]) {
			const t = minutesUntilBelow(ng);
			expect(level(t)).toBeLessThan(ng);
			expect(level(t - 0.02)).toBeGreaterThanOrEqual(ng);
		}
		expect(minutesUntilBelow(peakNgPerMl * 2)).toBe(40);
		expect(() => minutesUntilBelow(0)).toThrow(RangeError);
	});

	it('lays out in order with nothing NaN', () => {
		expect(xOf(-40)).toBeLessThan(xOf(0));
		expect(xOf(0)).toBeLessThan(xOf(40));
		expect(xOf(160)).toBeLessThan(xOf(200));
		const layout = sessionLayout(scene('during'));
		expect(layout.feeling).not.toMatch(/NaN/);
		for (const phase of layout.phases) expect(phase.width).toBeGreaterThan(40);
	});

	it('marks the clock in the rest (2 h) so the easing can be read off, with tick labels apart', () => {
		const ticks = sessionLayout(scene('after')).ticks;
		expect(ticks.map((t) => t.text)).toEqual(['0', '40 min', '2 h']);
		for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThan(60);
	});

	it('the questions card covers the rows it lies on from edge to edge, titles included', () => {
		expect(rows.card.x).toBeLessThanOrEqual(10);
		expect(rows.card.x + rows.card.width).toBeGreaterThanOrEqual(viewBox.width - 10);
		expect(rows.card.y).toBeLessThan(rows.feeling.titleY - 14);
		expect(rows.card.y + rows.card.height).toBeGreaterThan(rows.pressure.titleY + 5);
	});
});

describe('infusion-session describer', () => {
	it('says something different at every step', () => {
		const texts = infusionSessionSteps.map((step) => describeInfusionSession(scene(step)));
		expect(new Set(texts).size).toBe(infusionSessionSteps.length);
		for (const text of texts) {
			expect(text.length).toBeGreaterThan(60);
			expect(text).not.toMatch(/NaN|undefined/);
		}
	});

	it('gives each step its facts', () => {
		expect(describeInfusionSession(scene('before'))).toContain('check your blood pressure');
		expect(describeInfusionSession(scene('during'))).toMatch(/strongest around 40 minutes, when the drip ends, and eases over the first hour or two after that/);
		expect(describeInfusionSession(scene('blood-pressure'))).toContain('+3.3/+3.2 mmHg at 30 minutes in 684 drips');
		expect(describeInfusionSession(scene('blood-pressure'))).toContain('+16/+11 mmHg at 40 minutes in 2,342 drips');
		expect(describeInfusionSession(scene('after'))).toContain('your clinic will tell you how long');
		expect(describeInfusionSession(scene('after'))).toContain('at least 2 hours');
		// The next-day rule is the esketamine label's; for a drip it is the clinic's (fact sheet section 7).
		expect(describeInfusionSession(scene('going-home'))).toContain('The esketamine label says no driving until the next day');
		expect(describeInfusionSession(scene('going-home'))).toContain('for a drip, your clinic sets the rule');
		expect(describeInfusionSession(scene('who-should-ask'))).toContain('aneurysm, brain bleed or pregnancy; high blood pressure or heart problems; past psychosis, drugs or alcohol. The full list is in the text.');
	});

	it('says how long the feeling lasts in honest rounded words that agree with the PK curve, never a false minute', () => {
		const crossing = scanBelow(50);
		for (const step of ['during', 'after']) {
			const text = describeInfusionSession(scene(step));
			expect(text).not.toMatch(/faded by about \d+ minutes|\b1[0-9]{2} minutes/);
			const hours = Number(/below 50 ng\/mL about ([\d.]+) hours? after the drip ends/.exec(text)?.[1]);
			expect(Math.abs(hours - (crossing - 40) / 60)).toBeLessThanOrEqual(0.25);
		}
		expect(describeInfusionSession(scene('during'))).toContain('50 ng/mL is the bottom of the range in which the feeling follows the level');
	});

	it('rounds durations to the half hour', () => {
		expect(aboutHours(93)).toBe('about 1.5 hours');
		expect(aboutHours(60)).toBe('about 1 hour');
		expect(aboutHours(10)).toBe('about half an hour');
		expect(aboutHours(130)).toBe('about 2 hours');
	});
});
