import { describe, expect, it } from 'vitest';
import { concentrationAt, fanta2015, kamp2020, modelFor, terminalHalfLifeMin } from '../../src/lib/pk/index';
import { figureCatalog } from '../../src/lib/figures/catalog';
import { describeTimeCourse } from '../../src/lib/figures/time-course/describe';
import { courseDays, sampleTimes } from '../../src/lib/figures/time-course/drug-level';
import { formatLevel } from '../../src/lib/figures/time-course/format';
import { chartLayout, viewBox } from '../../src/lib/figures/time-course/layout';
import { defaultParams, timeCourseNote, timeCourseScene, type TimeCourseParams } from '../../src/lib/figures/time-course/model';
import { applyDraft, cleanParams, draftFrom, parseParams } from '../../src/lib/figures/time-course/params';
import { timeCourseSteps } from '../../src/lib/figures/time-course/steps';

const scene = (step: string, params: TimeCourseParams = defaultParams) => timeCourseScene(step, params);
const with_ = (changes: Partial<TimeCourseParams>): TimeCourseParams => ({ ...defaultParams, ...changes });

describe('time-course model: the state of every step', () => {
	it('infusion-level: one 40-minute drip on an 8-hour axis, peak at the end of the drip, no trial results yet', () => {
		const s = scene('infusion-level');
		expect(s.axis).toMatchObject({ unit: 'hours', toMin: 480 });
		expect(s.doses).toEqual([{ startMin: 0, durationMin: 40, doseMg: 35 }]);
		expect(s.peak.t).toBe(40);
		expect(s.peak.c).toBeCloseTo(125.3, 1);
		expect(s.showMood).toBe(false);
		expect(s.markers).toEqual([]);
		expect(s.reported).toBeNull();
		expect(s.showInputs).toBe(true);
	});

	it('end-of-infusion: the reported 185 ng/mL at 40 min and the time to half, 2.2 h for one compartment', () => {
		const s = scene('end-of-infusion');
		expect(s.reported).toEqual({ tMin: 40, c: 185 });
		expect(s.showHalfFall).toBe(true);
		expect(s.halfFallMin / 60).toBeCloseTo(2.21, 2);
		expect(s.halfFallMin).toBeCloseTo(s.terminalHalfLifeMin, 3);
		expect(s.showMood).toBe(false);
	});

	it('mood-outlasts-drug: a day-long axis; the drug is under 1% of its peak at 24 h while 71% respond', () => {
		const s = scene('mood-outlasts-drug');
		expect(s.axis.toMin).toBeGreaterThanOrEqual(24 * 60);
		expect(s.dayAfter?.t).toBe(1440);
		expect(s.dayAfter!.c / s.peak.c).toBeLessThan(0.01);
		expect(s.markers.map((m) => [m.id, m.tMin, m.percent])).toEqual([
			['lift', 110, null],
			['zarate-day1', 1440, 71]
		]);
	});

	it('one-week: an 8-day axis with 71% the next day and 35% at one week, as points', () => {
		const s = scene('one-week');
		expect(s.axis).toMatchObject({ unit: 'days', toMin: 8 * 1440 });
		expect(s.markers.map((m) => [m.tMin / 1440, m.percent, m.emphasised])).toEqual([
			[1, 71, false],
			[7, 35, true]
		]);
		expect(s.showInputs).toBe(false);
	});

	it('infusion-course: six drips, three a week over 12 days, a sawtooth back to ~0 between drips, 70.8% at the end', () => {
		const s = scene('infusion-course');
		expect(s.regimen).toBe('course');
		expect(s.doses.map((d) => d.startMin / 1440)).toEqual([...courseDays]);
		expect(s.doses).toHaveLength(6);
		expect(Math.max(...s.doses.map((d) => d.startMin + d.durationMin)) / 1440).toBeLessThan(12);
		for (const dose of s.doses) {
			const before = s.curve.find((p) => p.t === dose.startMin)!;
			const end = s.curve.find((p) => p.t === dose.startMin + dose.durationMin)!;
			expect(before.c).toBeLessThan(0.5);
			expect(end.c).toBeGreaterThan(120);
		}
		expect(s.markers).toMatchObject([{ id: 'course-end', percent: 70.8, study: 'course', tMin: 12 * 1440 }]);
		expect(s.relapse).toBeNull();
	});

	it('relapse: the course plus an 18-day bracket from the last drip', () => {
		const s = scene('relapse');
		expect(s.relapse).toMatchObject({ fromMin: 11 * 1440, toMin: 29 * 1440, days: 18 });
		expect(s.axis.toMin).toBeGreaterThan(s.relapse!.toMin);
		expect(s.markers[0]).toMatchObject({ percent: 70.8, emphasised: false });
	});

	it('rejects a step it does not know, naming the steps it does', () => {
		expect(() => timeCourseScene('no-such-step')).toThrow('time-course has no step "no-such-step" (steps: infusion-level, end-of-infusion');
	});

	it('the catalog lists exactly the model steps', () => {
		expect(figureCatalog['time-course']?.steps).toEqual(timeCourseSteps);
	});
});

describe('the drawn curve is the library curve', () => {
	it('no step samples much finer than the drawing can show (every sample is recomputed and redrawn at a step change)', () => {
		for (const step of timeCourseSteps) {
			const s = scene(step);
			// Two samples per unit of the drawing's width, plus the drip edges and the table's rows.
			expect(s.curve.length, step).toBeLessThanOrEqual(2 * viewBox.width + 2 * s.doses.length + s.table.length);
			for (let i = 1; i < s.curve.length; i++) expect(s.curve[i]!.t, step).toBeGreaterThan(s.curve[i - 1]!.t);
		}
	});

	it('every drawn point equals concentrationAt for the same model, doses and time', () => {
		for (const [step, params] of [
			['infusion-level', defaultParams],
			['one-week', with_({ model: 'fanta2015', weightKg: 95 })],
			['infusion-course', with_({ minutes: 45 })]
		] as const) {
			const s = scene(step, params);
			const model = modelFor(params.model === 'kamp2020' ? kamp2020 : fanta2015, params.weightKg);
			for (const point of s.curve) expect(point.c).toBe(concentrationAt(model, s.doses, point.t));
		}
	});

	it('the fanta2015 choice draws three compartments and matches the fact sheet (158 ng/mL at 40 min, 7.4 h tail)', () => {
		const s = scene('end-of-infusion', with_({ model: 'fanta2015' }));
		expect(s.compartments).toBe(3);
		expect(Math.round(s.peak.c)).toBe(158);
		expect(s.terminalHalfLifeMin).toBe(terminalHalfLifeMin(modelFor(fanta2015, 70)));
		expect(s.halfFallMin).toBeLessThan(s.terminalHalfLifeMin);
		expect(timeCourseNote(s)).toContain('Measured for S-ketamine');
		expect(s.modelLabel).toMatch(/S-ketamine/);
	});

	it('samples include each drip end, so an odd drip length still peaks on a drawn point', () => {
		expect(sampleTimes(100, 10, [{ startMin: 0, durationMin: 45, doseMg: 1 }])).toContain(45);
		expect(scene('infusion-course', with_({ minutes: 45 })).curve.some((p) => p.t === 2 * 1440 + 45)).toBe(true);
		expect(scene('infusion-level', with_({ minutes: 45 })).peak.t).toBe(45);
	});

	it('table rows are points of the drawn curve: every 10 min to 2 h, then hourly', () => {
		const s = scene('infusion-level');
		const drawn = new Map(s.curve.map((p) => [p.t, p.c]));
		for (const row of s.table) expect(row.c).toBe(drawn.get(row.tMin));
		expect(s.table.map((r) => r.tMin)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 180, 240, 300, 360, 420, 480]);
		expect(s.table[4]).toMatchObject({ when: '40 min' });
		expect(formatLevel(s.table[4]!.c)).toBe('125');
		for (const step of timeCourseSteps) {
			const t = scene(step);
			const points = new Map(t.curve.map((p) => [p.t, p.c]));
			for (const row of t.table) expect(row.c).toBe(points.get(row.tMin));
		}
	});

	it('the fact sheet values at 110 and 230 min appear in the table (87 and 46 ng/mL)', () => {
		const rows = new Map(scene('infusion-level').table.map((r) => [r.tMin, Math.round(r.c)]));
		expect(rows.get(110)).toBe(87);
		expect(rows.get(240)).toBeLessThan(46);
	});
});

describe('reader settings', () => {
	it('at the same mg/kg, a heavier person peaks slightly higher in the one-compartment model and their level halves more slowly', () => {
		// Dose grows with weight, volume with weight, clearance with weight^0.75: the model says
		// the peak creeps up (122 -> 128 ng/mL from 30 to 200 kg) and the half-life lengthens.
		const light = scene('infusion-level', with_({ weightKg: 50 }));
		const heavy = scene('infusion-level', with_({ weightKg: 120 }));
		expect(heavy.peak.c).toBeGreaterThan(light.peak.c);
		expect(heavy.peak.c - light.peak.c).toBeLessThan(5);
		expect(heavy.terminalHalfLifeMin).toBeGreaterThan(light.terminalHalfLifeMin);
	});

	it('more mg/kg raises the peak in proportion; a longer drip lowers and delays it', () => {
		expect(scene('infusion-level', with_({ mgPerKg: 1 })).peak.c).toBeCloseTo(2 * scene('infusion-level').peak.c, 6);
		const long = scene('infusion-level', with_({ minutes: 100 }));
		expect(long.peak.t).toBe(100);
		expect(long.peak.c).toBeLessThan(scene('infusion-level').peak.c);
	});

	it('parseParams: URL strings in range are taken; junk and out-of-range fall back to defaults, field by field', () => {
		expect(parseParams({ weightKg: '82', mgPerKg: '0.75', minutes: '60', model: 'fanta2015' })).toEqual({ weightKg: 82, mgPerKg: 0.75, minutes: 60, model: 'fanta2015' });
		expect(parseParams({})).toEqual(defaultParams);
		expect(parseParams({ weightKg: 'abc', mgPerKg: '5', minutes: '0x20', model: 'nonsense' })).toEqual(defaultParams);
		expect(parseParams({ weightKg: '1e9', mgPerKg: 'NaN', minutes: 'Infinity' })).toEqual(defaultParams);
		expect(parseParams({ weightKg: '-70', mgPerKg: '0.5', minutes: '10' })).toEqual({ ...defaultParams, minutes: 10 });
		expect(parseParams({ model: '__proto__' }).model).toBe('kamp2020');
	});

	it('bad params passed in code are cleaned, never drawn: no NaN or negative anywhere', () => {
		const bad = [
			{ weightKg: Number.NaN, mgPerKg: Number.POSITIVE_INFINITY, minutes: -40, model: 'x' },
			{ weightKg: -5, mgPerKg: -1, minutes: 0, model: 'kamp2020' },
			{ weightKg: 1e9, mgPerKg: 1e9, minutes: 1e9, model: 'fanta2015' }
		] as unknown as TimeCourseParams[];
		for (const params of bad) {
			expect(cleanParams(params)).toEqual({ ...defaultParams, model: params.model === 'fanta2015' ? 'fanta2015' : 'kamp2020' });
			for (const step of timeCourseSteps) {
				const s = timeCourseScene(step, params);
				for (const p of s.curve) {
					expect(Number.isFinite(p.c)).toBe(true);
					expect(p.c).toBeGreaterThanOrEqual(0);
				}
				const layout = chartLayout(s);
				expect(layout.curvePath).not.toMatch(/NaN|Infinity/);
				expect(describeTimeCourse(s)).not.toMatch(/NaN|Infinity|undefined|-\d/);
			}
		}
	});

	it('invalid boxes keep the last valid value and carry the library message; valid boxes apply', () => {
		const last = with_({ weightKg: 80 });
		const result = applyDraft(last, { weightKg: '-5', mgPerKg: '0.7', minutes: 'abc' });
		expect(result.params).toEqual({ ...last, mgPerKg: 0.7 });
		expect(result.messages).toEqual({
			weightKg: 'Weight must be between 30 and 200 kg; you typed -5.',
			minutes: 'Infusion time must be a number between 10 and 120 min; you typed "abc".'
		});
		expect(applyDraft(last, { weightKg: '', mgPerKg: '2', minutes: '40' }).params).toEqual(last);
		expect(applyDraft(last, draftFrom(last))).toEqual({ params: last, messages: {} });
		// The chart drawn from the kept settings is the last valid one.
		expect(scene('infusion-level', result.params).peak.c).toBeCloseTo(scene('infusion-level', with_({ weightKg: 80, mgPerKg: 0.7 })).peak.c, 12);
	});

	it('with the mood panel shown, the drug panel stays readable: at least 90 units tall, level ticks at least 30 units apart, all inside the drawing', () => {
		for (const step of timeCourseSteps) {
			const s = scene(step);
			const layout = chartLayout(s);
			if (!layout.mood) continue;
			expect(layout.drug.bottom - layout.drug.top, step).toBeGreaterThanOrEqual(90);
			const ats = layout.levelTicks.map((tick) => tick.at);
			for (let i = 1; i < ats.length; i++) expect(Math.abs(ats[i]! - ats[i - 1]!), step).toBeGreaterThanOrEqual(30);
			// The mood title clears the drug panel's "0" (6 under the line) by its capitals' height.
			expect(layout.mood.titleY - layout.drug.bottom, step).toBeGreaterThanOrEqual(6 + 14 + 4);
			expect(layout.axisTitleY, step).toBeLessThanOrEqual(viewBox.height - 5);
		}
	});

	it('a response label beside its point stays a label height clear of the 50% tick label', () => {
		const layout = chartLayout(scene('relapse'));
		for (const marker of scene('relapse').markers) {
			if (marker.percent === null || Math.abs(marker.percent - 50) < 1) continue;
			// Label digits span (y - 8, y + 6) beside a point at y; so do the tick labels beside their line.
			expect(Math.abs(layout.percent!(marker.percent) - layout.percent!(50)), marker.id).toBeGreaterThanOrEqual(14 + 3);
		}
	});

	it('the y axis holds 0-250 ng/mL, room for the reported 185, and grows only when a setting pushes past it', () => {
		expect(chartLayout(scene('end-of-infusion')).level.domain()).toEqual([0, 250]);
		const big = scene('infusion-level', with_({ mgPerKg: 1, minutes: 10, model: 'fanta2015', weightKg: 200 }));
		expect(chartLayout(big).level.domain()[1]).toBeGreaterThan(big.peak.c);
	});
});

describe('time-course describer', () => {
	it('says which time and step when it would read a level that is not on the drawn curve (never a silent 0)', () => {
		const s = scene('infusion-level');
		const gap = { ...s, curve: s.curve.filter((point) => point.t !== 8 * 60) };
		expect(() => describeTimeCourse(gap)).toThrow(/480 min.*"infusion-level"/);
	});

	it('says something different at every step', () => {
		const texts = timeCourseSteps.map((step) => describeTimeCourse(scene(step)));
		expect(new Set(texts).size).toBe(timeCourseSteps.length);
		for (const text of texts) expect(text.length).toBeGreaterThan(80);
	});

	it('states the peak, its time and the half-life from the model', () => {
		expect(describeTimeCourse(scene('infusion-level'))).toContain('The level peaks at 125 ng/mL when the 40-minute drip ends, then halves about every 2.2 hours.');
		expect(describeTimeCourse(scene('infusion-level'))).toContain('70 kg, 0.5 mg/kg (35 mg)');
		expect(describeTimeCourse(scene('infusion-level', with_({ model: 'fanta2015' })))).toContain(
			'peaks at 158 ng/mL when the 40-minute drip ends, then falls to half in 0.7 hours; its slowest phase halves about every 7.4 hours.'
		);
		expect(describeTimeCourse(scene('infusion-level', with_({ weightKg: 120, mgPerKg: 0.8, minutes: 60 })))).toMatch(/peaks at \d+ ng\/mL when the 60-minute drip ends, then halves about every 2\.5 hours/);
	});

	it('gives each step its numbers', () => {
		expect(describeTimeCourse(scene('end-of-infusion'))).toContain('about 185 ng/mL');
		expect(describeTimeCourse(scene('end-of-infusion'))).toContain('half of the peak is gone by 2 h 53 min from the start, 2.2 hours after the drip ends');
		expect(describeTimeCourse(scene('mood-outlasts-drug'))).toContain('is 0.08 ng/mL, less than 1% of the peak');
		expect(describeTimeCourse(scene('mood-outlasts-drug'))).toContain('71% of the 17 people');
		expect(describeTimeCourse(scene('mood-outlasts-drug'))).toContain('110 minutes');
		expect(describeTimeCourse(scene('one-week'))).toContain('71% the next day, 35% still responding at 1 week');
		expect(describeTimeCourse(scene('infusion-course'))).toContain('6 drips over 12 days');
		expect(describeTimeCourse(scene('infusion-course'))).toContain('70.8% of 24 people');
		expect(describeTimeCourse(scene('infusion-course'))).toContain('less than 0.01 ng/mL just before the last');
		expect(describeTimeCourse(scene('relapse'))).toContain('half had relapsed within 18 days');
		expect(describeTimeCourse(scene('relapse'))).toContain('up to 83 days');
	});

	it('the note marks every state as an illustrative model, not dosing advice', () => {
		for (const step of timeCourseSteps) expect(timeCourseNote(scene(step))).toMatch(/^Illustrative model, not dosing advice\./);
		expect(timeCourseNote(scene('infusion-level', with_({ model: 'fanta2015' })))).toContain('Measured for S-ketamine');
	});
});
