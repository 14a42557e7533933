import { describe, expect, it } from 'vitest';
import { figureCatalog } from '../../src/lib/figures/catalog';
import { describePainWindup, times } from '../../src/lib/figures/pain-windup/describe';
import { chartScales, plot, seriesLayout, viewBox } from '../../src/lib/figures/pain-windup/layout';
import {
	blockedSeries,
	controlSeries,
	defaultParams,
	growth,
	painWindupScene,
	peopleEvidence,
	stimulusCount
} from '../../src/lib/figures/pain-windup/model';
import { painWindupSteps } from '../../src/lib/figures/pain-windup/steps';

describe('pain wind-up series (illustrative shape)', () => {
	it('has one value per pulse, 1 to 16', () => {
		expect(stimulusCount).toBe(16);
		expect(controlSeries.values).toHaveLength(16);
		expect(blockedSeries.values).toHaveLength(16);
	});

	it('control grows strictly with every pulse, to 4 times the first', () => {
		for (let i = 1; i < controlSeries.values.length; i++) expect(controlSeries.values[i]!).toBeGreaterThan(controlSeries.values[i - 1]!);
		expect(controlSeries.values[0]).toBe(1);
		expect(growth(controlSeries)).toBeCloseTo(4, 10);
	});

	it('with NMDA receptors blocked the response stays flat within 10%, starting where control starts', () => {
		expect(blockedSeries.values[0]).toBe(controlSeries.values[0]);
		for (const value of blockedSeries.values) expect(Math.abs(value - blockedSeries.values[0]!)).toBeLessThanOrEqual(0.1 + 1e-12);
		expect(growth(blockedSeries)).toBeCloseTo(1.1, 10);
	});

	it('every value is finite and positive', () => {
		for (const value of [...controlSeries.values, ...blockedSeries.values]) {
			expect(Number.isFinite(value)).toBe(true);
			expect(value).toBeGreaterThan(0);
		}
	});

	it('calls the blocked series "NMDA receptors blocked", never ketamine (Woolf & Thompson used MK-801 and D-CPP)', () => {
		expect(blockedSeries.label).toBe('NMDA receptors blocked');
		expect(controlSeries.label).toBe('control');
	});
});

describe('pain wind-up model: the state of every step', () => {
	const scene = (step: string) => painWindupScene(step, defaultParams);
	const ids = (step: string) => scene(step).chart?.series.map((s) => s.id);

	it('pain-signals: the pathway with signal arrows, no site markers, nothing illustrative', () => {
		expect(scene('pain-signals')).toMatchObject({ view: 'pathway', pathway: { signals: true, sites: false }, chart: null, illustrative: null });
	});

	it('wind-up: the chart with only the control series', () => {
		expect(scene('wind-up').view).toBe('chart');
		expect(ids('wind-up')).toEqual(['control']);
		expect(scene('wind-up').illustrative).toMatch(/^Illustrative/);
	});

	it('nmda-blocked: adds the blocked series', () => {
		expect(ids('nmda-blocked')).toEqual(['control', 'blocked']);
		expect(scene('nmda-blocked').chart!.volume).toBe(false);
	});

	it('central-sensitization: the same chart with the volume arrow', () => {
		expect(ids('central-sensitization')).toEqual(['control', 'blocked']);
		expect(scene('central-sensitization').chart!.volume).toBe(true);
		expect(scene('central-sensitization').chart!.headline.join(' ')).toBe('Chronic pain, such as CRPS: the volume can stay turned up');
		expect(scene('nmda-blocked').chart!.headline).toEqual([]);
	});

	it('central-not-peripheral: the pathway with the central site and the crossed-out nerve', () => {
		expect(scene('central-not-peripheral')).toMatchObject({ view: 'pathway', pathway: { signals: true, sites: true }, chart: null });
	});

	it('evidence-in-people: keeps the chart and adds the two short evidence labels', () => {
		const chart = scene('evidence-in-people').chart!;
		expect(chart.series.map((s) => s.id)).toEqual(['control', 'blocked']);
		expect(chart.evidence.map((e) => e.label)).toEqual(['CRPS trial: Schwartzman 2009', 'Surgery: Cochrane review, Brinck 2018']);
		expect(peopleEvidence).toHaveLength(2);
	});

	it('a scene is a fresh copy: changing one does not change the next', () => {
		const first = scene('wind-up');
		first.chart!.series[0]!.values[0] = 99;
		expect(scene('wind-up').chart!.series[0]!.values[0]).toBe(1);
	});

	it('rejects an unknown step, naming the steps it knows; the catalog lists the same steps', () => {
		expect(() => painWindupScene('nope')).toThrow('pain-windup has no step "nope" (steps: pain-signals, wind-up');
		expect(figureCatalog['pain-windup']?.steps).toEqual(painWindupSteps);
		const junk = { pulses: Number.NaN, gain: -5 } as unknown as typeof defaultParams;
		for (const step of painWindupSteps) expect(painWindupScene(step, junk)).toEqual(painWindupScene(step));
	});
});

describe('pain wind-up layout', () => {
	it('places every point inside the plot, control rising up the screen and blocked level', () => {
		const chart = painWindupScene('nmda-blocked').chart!;
		const [control, blocked] = seriesLayout(chart);
		for (const point of [...control!.points, ...blocked!.points]) {
			expect(point.x).toBeGreaterThanOrEqual(plot.left);
			expect(point.x).toBeLessThanOrEqual(plot.right);
			expect(point.y).toBeGreaterThanOrEqual(plot.top);
			expect(point.y).toBeLessThanOrEqual(plot.bottom);
		}
		expect(control!.points.at(-1)!.y).toBeLessThan(control!.points[0]!.y - 100);
		const { y } = chartScales(chart);
		expect(Math.abs(blocked!.points.at(-1)!.y - blocked!.points[0]!.y)).toBeLessThan(Math.abs(y(1.2) - y(1)));
		expect(plot.right).toBeLessThanOrEqual(viewBox.width);
	});
});

describe('pain wind-up describer', () => {
	const texts = painWindupSteps.map((step) => describePainWindup(painWindupScene(step)));

	it('says something different at every step, with no broken numbers', () => {
		expect(new Set(texts).size).toBe(painWindupSteps.length);
		for (const text of texts) {
			expect(text.length).toBeGreaterThan(80);
			expect(text).not.toMatch(/NaN|undefined|Infinity/);
		}
	});

	it('gives the numbers from the series', () => {
		expect(describePainWindup(painWindupScene('wind-up'))).toContain('by the 16th pulse the response is 4 times the first');
		expect(describePainWindup(painWindupScene('nmda-blocked'))).toContain('the 16th response is 1.1 times the first, against 4 times without the block');
		expect(describePainWindup(painWindupScene('central-sensitization'))).toContain('from 1 to 4 times the first response');
		expect(describePainWindup(painWindupScene('evidence-in-people'))).toContain('CRPS trial: Schwartzman 2009; and Surgery: Cochrane review, Brinck 2018');
	});

	it('never says ketamine about the rat experiment, and says "not here" for the peripheral nerve', () => {
		for (const step of ['wind-up', 'nmda-blocked'] as const) expect(describePainWindup(painWindupScene(step))).not.toMatch(/ketamine/i);
		expect(describePainWindup(painWindupScene('nmda-blocked'))).toContain('NMDA antagonists');
		expect(describePainWindup(painWindupScene('central-not-peripheral'))).toContain('"not here"');
	});

	it('formats multiples as the chart shows them', () => {
		expect(times(4)).toBe('4');
		expect(times(1.1)).toBe('1.1');
		expect(times(3.96)).toBe('4');
	});
});
