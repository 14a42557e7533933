import { describe, expect, it } from 'vitest';
import { figureCatalog } from '../../src/lib/figures/catalog';
import { describeGlutamate, fractionWords, timesWords } from '../../src/lib/figures/glutamate-surge/describe';
import { clampDose, defaultDose, testedDoses } from '../../src/lib/figures/glutamate-surge/dose';
import { parseGlutamateParams } from '../../src/lib/figures/glutamate-surge/index';
import { circuitGeometry, cleftGlutamate, doseLayout, rasterShift, rasterStrip } from '../../src/lib/figures/glutamate-surge/layout';
import {
	cellRaster,
	defaultParams,
	firingRates,
	glutamateScene,
	rasterSeed,
	rasterWindowSeconds
} from '../../src/lib/figures/glutamate-surge/model';
import { mulberry32 } from '../../src/lib/figures/random';
import { mixSeed, poissonSpikes } from '../../src/lib/figures/glutamate-surge/spikes';
import { glutamateSteps } from '../../src/lib/figures/glutamate-surge/steps';

const scene = (step: string, dose = defaultParams.dose) => glutamateScene(step, { dose });

describe('glutamate surge model: the state of every step', () => {
	it('circuit-at-rest: the interneuron fires 3 times as often as the pyramidal neuron; brake on; illustrative', () => {
		const s = scene('circuit-at-rest');
		expect(s.view).toBe('circuit');
		expect(s.cells.interneuron).toMatchObject({ rate: 18, restingRate: 18, change: 'resting' });
		expect(s.cells.pyramidal).toMatchObject({ rate: 6, restingRate: 6, change: 'resting' });
		expect(s.cells.interneuron.rate / s.cells.pyramidal.rate).toBe(3);
		expect(s).toMatchObject({ focus: null, brake: 'full', glutamateCircles: 2, circuitDimmed: false, dose: null, ampa: null, questions: [] });
		expect(s.illustrative).toBe('Illustrative: simulated spikes, not recordings.');
	});

	it('interneuron-quiets: the interneuron drops to a third, the brake eases, the pyramidal cell has not sped up yet', () => {
		const s = scene('interneuron-quiets');
		expect(s.cells.interneuron).toMatchObject({ rate: 6, change: 'down' });
		expect(s.cells.interneuron.rate / s.cells.interneuron.restingRate).toBeCloseTo(1 / 3, 5);
		expect(s.cells.pyramidal).toMatchObject({ rate: 6, change: 'resting' });
		expect(s).toMatchObject({ focus: 'interneuron', brake: 'eased', glutamateCircles: 2 });
	});

	it('pyramidal-fires: the pyramidal neuron rises (delayed), and more glutamate reaches the next cell', () => {
		const s = scene('pyramidal-fires');
		expect(s.cells.pyramidal).toMatchObject({ rate: 15, change: 'up' });
		expect(s.cells.interneuron).toMatchObject({ rate: 6, change: 'down' });
		expect(s).toMatchObject({ focus: 'pyramidal', brake: 'eased', glutamateCircles: 5, glutamateAtRest: 2 });
	});

	it('dose-inverted-u: the dose chart with the five tested rat doses and their directions', () => {
		const s = scene('dose-inverted-u');
		expect(s.view).toBe('dose');
		expect(s.dose).toMatchObject({ dose: 20, direction: 'rose' });
		expect(s.dose!.points.map((p) => [p.dose, p.direction])).toEqual([
			[10, 'rose'],
			[20, 'rose'],
			[30, 'rose'],
			[50, 'no change'],
			[200, 'fell']
		]);
		expect(scene('dose-inverted-u', 50).dose).toMatchObject({ dose: 50, direction: 'no change' });
		expect(scene('dose-inverted-u', 200).dose).toMatchObject({ dose: 200, direction: 'fell' });
		expect(s.illustrative).toMatch(/^Illustrative: .*shape only/);
	});

	it('ampa-receptors: glutamate opens every AMPA receptor without NBQX; NBQX blocks every one', () => {
		const s = scene('ampa-receptors');
		expect(s.view).toBe('ampa');
		expect(s.ampa).toEqual({ receptors: 2, openWithoutBlocker: 2, blockedByNbqx: 2 });
		expect(s.dose).toBeNull();
		expect(s.illustrative).toBeNull();
	});

	it('open-questions: the circuit dims and three cards appear, two marked contested', () => {
		const s = scene('open-questions');
		expect(s.view).toBe('circuit');
		expect(s.circuitDimmed).toBe(true);
		expect(s.questions.map((q) => [q.text, q.contested])).toEqual([
			['Block at rest? (Autry 2011)', false],
			['HNK metabolite? (contested)', true],
			['Opioid system? (contested)', true]
		]);
		// Contested is said in words, not only by the dashed outline.
		for (const q of s.questions) expect(q.text.includes('(contested)')).toBe(q.contested);
	});

	it('rejects a step the figure does not know, naming the steps it does', () => {
		expect(() => glutamateScene('no-such-step')).toThrow('glutamate-surge has no step "no-such-step" (steps: circuit-at-rest, interneuron-quiets');
	});

	it('the catalog the content checker uses lists exactly the model steps', () => {
		expect(figureCatalog['glutamate-surge']?.steps).toEqual(glutamateSteps);
		expect(Object.keys(firingRates)).toEqual([...glutamateSteps]);
	});
});

describe('simulated spikes (seeded Poisson)', () => {
	it('mulberry32 gives the same numbers for the same seed and different ones for another', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const c = mulberry32(43);
		const first = Array.from({ length: 5 }, () => a());
		expect(Array.from({ length: 5 }, () => b())).toEqual(first);
		expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
		for (const value of first) expect(value >= 0 && value < 1).toBe(true);
	});

	it('a raster is identical for the same seed and different for another', () => {
		const one = glutamateScene('circuit-at-rest', defaultParams, 1);
		const again = glutamateScene('circuit-at-rest', defaultParams, 1);
		const other = glutamateScene('circuit-at-rest', defaultParams, 2);
		expect(again.cells.interneuron.raster.spikes).toEqual(one.cells.interneuron.raster.spikes);
		expect(other.cells.interneuron.raster.spikes).not.toEqual(one.cells.interneuron.raster.spikes);
		expect(other.cells.pyramidal.raster.spikes).not.toEqual(one.cells.pyramidal.raster.spikes);
		// The two cells do not share a train.
		expect(one.cells.pyramidal.raster.spikes).not.toEqual(one.cells.interneuron.raster.spikes.slice(0, one.cells.pyramidal.raster.spikes.length));
	});

	it('spikes are sorted and stay inside the two windows', () => {
		for (const step of glutamateSteps) {
			for (const cell of ['interneuron', 'pyramidal'] as const) {
				const { spikes } = cellRaster(cell, step);
				expect(spikes).toEqual([...spikes].sort((x, y) => x - y));
				for (const t of spikes) expect(t >= 0 && t < 2 * rasterWindowSeconds).toBe(true);
			}
		}
	});

	it('each step scrolls on from exactly the window the step before it showed', () => {
		for (let i = 1; i < glutamateSteps.length; i++) {
			const before = cellRaster('interneuron', glutamateSteps[i - 1]!).spikes.filter((t) => t >= rasterWindowSeconds).map((t) => t - rasterWindowSeconds);
			const after = cellRaster('interneuron', glutamateSteps[i]!).spikes.filter((t) => t < rasterWindowSeconds);
			expect(after).toHaveLength(before.length);
			after.forEach((t, k) => expect(t).toBeCloseTo(before[k]!, 9));
		}
	});

	/*
	 * Spike counts follow the rates. A Poisson count with mean m has standard deviation √m.
	 * Over 1000 s at 18/s the mean is 18 000 and sd 134, so a 5% band (900) is 6.7 sd: a correct
	 * generator fails it with probability below 1e-10, while a generator off by a tenth always fails.
	 */
	it('over a long run, counts are within 5% of rate × time', () => {
		for (const rate of [6, 15, 18]) {
			for (const seed of [1, 2, 3]) {
				const count = poissonSpikes(rate, 1000, mulberry32(seed)).length;
				expect(Math.abs(count - rate * 1000)).toBeLessThan(0.05 * rate * 1000);
			}
		}
	});

	/*
	 * The 3-second window the reader sees: mean rate × 3, sd √(rate × 3) (about 7 at 18/s). Each
	 * seed's count must lie within 4.5 sd (a correct generator misses with probability ~7e-6);
	 * the mean over 200 seeds must lie within 3 sd of the mean (sd of the mean = √(3·rate/200)).
	 */
	it('the shown window holds about rate × 3 spikes, seed after seed', () => {
		for (const step of ['circuit-at-rest', 'interneuron-quiets', 'pyramidal-fires'] as const) {
			for (const cell of ['interneuron', 'pyramidal'] as const) {
				const expected = firingRates[step][cell] * rasterWindowSeconds;
				const counts = Array.from({ length: 200 }, (_, seed) => cellRaster(cell, step, seed + 1).shownCount);
				for (const count of counts) expect(Math.abs(count - expected)).toBeLessThan(4.5 * Math.sqrt(expected));
				const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
				expect(Math.abs(mean - expected)).toBeLessThan(3 * Math.sqrt(expected / counts.length));
			}
		}
	});

	it('the default picture is a typical draw: each circuit window within half an sd of rate × 3', () => {
		for (const step of glutamateSteps.slice(0, 3)) {
			for (const cell of ['interneuron', 'pyramidal'] as const) {
				const expected = firingRates[step][cell] * rasterWindowSeconds;
				expect(Math.abs(scene(step).cells[cell].raster.shownCount - expected)).toBeLessThanOrEqual(0.5 * Math.sqrt(expected));
			}
		}
	});

	it('the default picture shows what the prose says: the interneuron row thins, the pyramidal row fills', () => {
		const rest = scene('circuit-at-rest');
		const quiet = scene('interneuron-quiets');
		const fires = scene('pyramidal-fires');
		expect(quiet.cells.interneuron.raster.shownCount).toBeLessThan(rest.cells.interneuron.raster.shownCount / 2);
		expect(fires.cells.pyramidal.raster.shownCount).toBeGreaterThan(rest.cells.pyramidal.raster.shownCount * 1.5);
	});

	it('poissonSpikes is safe with bad input and different seeds per cell and stretch', () => {
		expect(poissonSpikes(0, 10, mulberry32(1))).toEqual([]);
		expect(poissonSpikes(-5, 10, mulberry32(1))).toEqual([]);
		expect(poissonSpikes(Number.NaN, 10, mulberry32(1))).toEqual([]);
		expect(poissonSpikes(10, Number.NaN, mulberry32(1))).toEqual([]);
		expect(new Set([mixSeed(rasterSeed, 0, 0), mixSeed(rasterSeed, 1, 0), mixSeed(rasterSeed, 0, 1)]).size).toBe(3);
	});

	it('the scroll starts on the previous window and ends with this step\'s window exactly across the lane', () => {
		const { x0, x1 } = circuitGeometry.raster;
		const onLane = (offset: number) => {
			const { spikes, windowSeconds, shownCount } = cellRaster('pyramidal', glutamateSteps[2]!);
			const shift = rasterShift(offset, windowSeconds);
			const xs = [...rasterStrip(spikes, windowSeconds, 0).matchAll(/M([\d.]+) /g)].map((m) => Number(m[1]) - shift);
			expect(xs).toHaveLength(spikes.length);
			return { inside: xs.filter((x) => x >= x0 && x < x1).length, shownCount, total: spikes.length };
		};
		const end = onLane(rasterWindowSeconds);
		expect(end.inside).toBe(end.shownCount);
		const start = onLane(0);
		expect(start.inside).toBe(start.total - start.shownCount);
	});
});

describe('dose clamping and URL parameters', () => {
	it('snaps to the tested doses and never returns NaN', () => {
		expect(clampDose(Number.NaN)).toBe(defaultDose);
		expect(clampDose(-5)).toBe(10);
		expect(clampDose(0)).toBe(10);
		expect(clampDose(1e9)).toBe(200);
		expect(clampDose(Number.POSITIVE_INFINITY)).toBe(200);
		expect(clampDose(Number.NEGATIVE_INFINITY)).toBe(10);
		// Between tested doses, the nearest on a log scale: 40 is nearer 50 (×1.25) than 30 (×1.33).
		expect(clampDose(40)).toBe(50);
		expect(clampDose(35)).toBe(30);
		expect(clampDose(14)).toBe(10);
		expect(clampDose(15)).toBe(20);
		expect(clampDose(99)).toBe(50);
		expect(clampDose(101)).toBe(200);
		for (const { dose } of testedDoses) expect(clampDose(dose)).toBe(dose);
	});

	it('bad doses in the scene still give a tested dose and clean text', () => {
		for (const bad of [Number.NaN, -5, 1e9, Number.POSITIVE_INFINITY, 37.5]) {
			const s = glutamateScene('dose-inverted-u', { dose: bad });
			expect(testedDoses.map((t) => t.dose)).toContain(s.dose!.dose);
			expect(describeGlutamate(s)).not.toMatch(/NaN|Infinity|undefined|-\d/);
		}
	});

	it('parseParams turns URL strings into a tested dose; junk gives the default', () => {
		expect(parseGlutamateParams({ dose: '30' })).toEqual({ dose: 30 });
		expect(parseGlutamateParams({ dose: ' 200 ' })).toEqual({ dose: 200 });
		expect(parseGlutamateParams({ dose: '40' })).toEqual({ dose: 50 });
		expect(parseGlutamateParams({ dose: '-3' })).toEqual({ dose: 10 });
		expect(parseGlutamateParams({ dose: '1e9' })).toEqual({ dose: 200 });
		expect(parseGlutamateParams({ dose: 'Infinity' })).toEqual({ dose: 200 });
		for (const junk of [{}, { dose: '' }, { dose: '   ' }, { dose: 'abc' }, { dose: 'NaN' }, { dose: '12mg' }, { other: '5' }]) {
			expect(parseGlutamateParams(junk as Record<string, string>)).toEqual(defaultParams);
		}
	});

	it('the chart puts doses on a log axis: equal ratios, equal distances; the selected dose is ringed', () => {
		const layout = doseLayout(scene('dose-inverted-u', 30).dose!);
		const x = Object.fromEntries(layout.points.map((p) => [p.dose, p.x]));
		expect((x[20]! - x[10]!) / Math.log(2)).toBeCloseTo((x[50]! - x[10]!) / Math.log(5), 5);
		expect(layout.selected.dose).toBe(30);
		// Up markers above baseline, flat on it, down below it (SVG y grows downward).
		const y = Object.fromEntries(layout.points.map((p) => [p.dose, p.y]));
		expect(y[10]!).toBeLessThan(layout.baselineY);
		expect(y[50]!).toBeCloseTo(layout.baselineY, 5);
		expect(y[200]!).toBeGreaterThan(layout.baselineY);
		expect(layout.curve).not.toMatch(/NaN/);
	});

	it('glutamate circles follow the pyramidal rate and stay inside the gap', () => {
		expect(cleftGlutamate(2)).toHaveLength(2);
		expect(cleftGlutamate(5)).toHaveLength(5);
		expect(cleftGlutamate(-3)).toHaveLength(0);
		expect(cleftGlutamate(Number.NaN)).toHaveLength(0);
	});
});

describe('glutamate surge describer', () => {
	const texts = glutamateSteps.map((step) => describeGlutamate(scene(step)));

	it('says something different at every step', () => {
		expect(new Set(texts).size).toBe(glutamateSteps.length);
		for (const text of texts) expect(text.length).toBeGreaterThan(80);
	});

	it('gives the firing rates a reader can follow, from the model', () => {
		const rest = describeGlutamate(scene('circuit-at-rest'));
		expect(rest).toContain('the interneuron fires about 18 spikes a second and the pyramidal neuron about 6');
		expect(rest).toContain('about 3 times as often');
		expect(describeGlutamate(scene('interneuron-quiets'))).toContain('the interneuron fires about a third as often: 6 spikes a second instead of 18 (simulated)');
		expect(describeGlutamate(scene('interneuron-quiets'))).toContain('not sped up yet: still 6 spikes a second');
		const fires = describeGlutamate(scene('pyramidal-fires'));
		expect(fires).toContain('After a delay');
		expect(fires).toContain('about 2.5 times as often: 15 spikes a second instead of 6 (simulated)');
		expect(fires).toContain('5 green circles in the gap instead of 2');
	});

	it('counts the ticks of the window it shows', () => {
		const s = scene('circuit-at-rest');
		expect(describeGlutamate(s)).toContain(
			`In the 3 seconds shown: ${s.cells.interneuron.raster.shownCount} ticks for the interneuron, ${s.cells.pyramidal.raster.shownCount} for the pyramidal neuron.`
		);
	});

	it('says the direction at the chosen dose, and that these are rat doses', () => {
		expect(describeGlutamate(scene('dose-inverted-u', 20))).toContain('At 20 mg/kg, glutamate rose above baseline.');
		expect(describeGlutamate(scene('dose-inverted-u', 50))).toContain('At 50 mg/kg, glutamate did not change from baseline.');
		expect(describeGlutamate(scene('dose-inverted-u', 200))).toContain('At 200 mg/kg, glutamate fell below baseline.');
		const text = describeGlutamate(scene('dose-inverted-u'));
		expect(text).toContain('rose at 10, 20 and 30 mg/kg, did not change at 50 mg/kg and fell at 200 mg/kg');
		expect(text).toContain('rat doses, not human doses');
	});

	it('names NBQX, the mouse finding and the contested questions', () => {
		const ampa = describeGlutamate(scene('ampa-receptors'));
		expect(ampa).toContain('2 of 2 AMPA receptors');
		expect(ampa).toContain('NBQX');
		expect(ampa).toContain('In mice');
		const questions = describeGlutamate(scene('open-questions'));
		expect(questions).toContain('3 open questions appear, 2 of them marked contested');
		expect(questions).toContain('Block at rest (Autry 2011)');
	});

	it('turns ratios into words a reader can follow', () => {
		expect(fractionWords(6, 18)).toBe('about a third');
		expect(fractionWords(9, 18)).toBe('about half');
		expect(fractionWords(7, 18)).toBe('about 39%');
		expect(timesWords(18, 6)).toBe('about 3 times');
		expect(timesWords(15, 6)).toBe('about 2.5 times');
		expect(timesWords(5, 0)).toBe('far more');
	});
});
