import { describe, expect, it } from 'vitest';
import { describeNmda } from '../../src/lib/figures/nmda-blockade/describe';
import { defaultParams, nmdaScene } from '../../src/lib/figures/nmda-blockade/model';
import {
	bindingLoad,
	blockedChannels,
	blockedFraction,
	channelActivity,
	clampConcentration,
	concentrationRange,
	kiMicromolar,
	toNanogramsPerMl
} from '../../src/lib/figures/nmda-blockade/occupancy';
import { nmdaSteps } from '../../src/lib/figures/nmda-blockade/steps';
import { figureCatalog } from '../../src/lib/figures/catalog';

describe('NMDA blockade model: the state of every step', () => {
	const scene = (step: string) => nmdaScene(step, defaultParams);

	it('synapse: the whole synapse, receptor at rest', () => {
		expect(scene('synapse')).toMatchObject({ view: 'synapse', receptor: { open: false, magnesium: 'in-pore', ketamine: 'absent' }, illustrative: null });
	});

	it('coincidence-detector: both agonists bound, but at rest Mg2+ still plugs the pore', () => {
		expect(scene('coincidence-detector').receptor).toEqual({
			glutamateBound: true,
			glycineBound: true,
			depolarised: false,
			magnesium: 'in-pore',
			open: false,
			ketamine: 'absent',
			ionsFlowing: false
		});
	});

	it('channel-opens: depolarised, Mg2+ out, ions flow', () => {
		expect(scene('channel-opens').receptor).toMatchObject({ depolarised: true, magnesium: 'expelled', open: true, ionsFlowing: true, ketamine: 'absent' });
	});

	it('ketamine-binds: ketamine in the open pore, ions stop', () => {
		expect(scene('ketamine-binds').receptor).toMatchObject({ open: true, ketamine: 'bound', ionsFlowing: false });
		expect(scene('ketamine-binds').view).toBe('receptor');
	});

	it('use-dependence: ten channels, the busiest blocked first, marked illustrative', () => {
		const s = scene('use-dependence');
		expect(s.view).toBe('population');
		expect(s.channels).toHaveLength(10);
		expect(s.blockedCount).toBe(4);
		expect(s.channels.map((c) => c.blocked)).toEqual([true, true, true, true, false, false, false, false, false, false]);
		expect(s.illustrative).toMatch(/^Illustrative/);
	});

	it('interneurons-first: the steadily firing interneuron loses more channels than the pyramidal cell', () => {
		const s = scene('interneurons-first');
		expect(s.circuit).toEqual({ interneuron: { blocked: 6, of: 10 }, pyramidal: { blocked: 2, of: 10 } });
	});

	it('rejects a step the figure does not know, naming the steps it does', () => {
		expect(() => nmdaScene('no-such-step')).toThrow('nmda-blockade has no step "no-such-step" (steps: synapse, coincidence-detector');
	});

	it('the catalog the content checker uses lists exactly the model steps', () => {
		expect(figureCatalog['nmda-blockade']?.steps).toEqual(nmdaSteps);
		for (const step of nmdaSteps) expect(() => nmdaScene(step)).not.toThrow();
	});
});

describe('illustrative occupancy from Ki', () => {
	it('uses the enantiomer Ki values of Ebert 1997', () => {
		expect(kiMicromolar).toEqual({ s: 0.3, r: 1.4 });
		// Racemic 0.78 µM = 0.39 µM of each: 0.39/0.3 + 0.39/1.4.
		expect(bindingLoad(0.78)).toBeCloseTo(1.3 + 0.27857, 4);
	});

	it('a channel that is always open is half blocked where the load is 1', () => {
		const halfLoad = 1 / (0.5 / kiMicromolar.s + 0.5 / kiMicromolar.r);
		expect(blockedFraction(halfLoad, 1)).toBeCloseTo(0.5, 10);
	});

	it('block grows with concentration and with how often a channel opens', () => {
		expect(blockedFraction(2, 0.9)).toBeGreaterThan(blockedFraction(1, 0.9));
		expect(blockedFraction(1, 0.9)).toBeGreaterThan(blockedFraction(1, 0.2));
		expect(blockedFraction(1, 0)).toBe(0);
		expect(blockedFraction(0, 1)).toBe(0);
	});

	it('blocked channels are always the busiest ones', () => {
		for (const c of [0.1, 0.5, 1, 2, 4, 6]) {
			const blocked = blockedChannels(c, channelActivity);
			const firstOpen = blocked.indexOf(false);
			if (firstOpen >= 0) expect(blocked.slice(firstOpen).every((b) => !b)).toBe(true);
		}
	});

	it('clamps bad levels instead of drawing NaN or negative counts', () => {
		expect(clampConcentration(-5)).toBe(concentrationRange.min);
		expect(clampConcentration(1e9)).toBe(concentrationRange.max);
		expect(clampConcentration(Number.NaN)).toBe(defaultParams.concentration);
		expect(clampConcentration(Number.POSITIVE_INFINITY)).toBe(defaultParams.concentration);
		for (const bad of [-5, Number.NaN, Number.POSITIVE_INFINITY, 1e9]) {
			const s = nmdaScene('use-dependence', { concentration: bad });
			expect(Number.isInteger(s.blockedCount)).toBe(true);
			expect(s.blockedCount).toBeGreaterThanOrEqual(0);
			expect(s.blockedCount).toBeLessThanOrEqual(10);
			expect(describeNmda(s)).not.toMatch(/NaN|Infinity|undefined/);
		}
	});

	it('converts µM to ng/mL with the molar mass 237.7 g/mol (0.78 µM is about 185 ng/mL)', () => {
		expect(Math.round(toNanogramsPerMl(0.78))).toBe(185);
	});
});

describe('NMDA describer', () => {
	it('says something different at every step', () => {
		const texts = nmdaSteps.map((step) => describeNmda(nmdaScene(step)));
		expect(new Set(texts).size).toBe(nmdaSteps.length);
		for (const text of texts) expect(text.length).toBeGreaterThan(60);
	});

	it('gives the numbers a reader can follow on the use-dependence step', () => {
		const text = describeNmda(nmdaScene('use-dependence'));
		expect(text).toContain('0.78 micromolar (about 185 ng/mL)');
		expect(text).toContain('4 of 10 channels are blocked: 3 of the 3 busiest and 0 of the 3 quietest');
		expect(text).toContain('our own sketch from binding strength, not a measurement');
		// The sketch must not pass for a steady state: with trapping, quiet channels catch up.
		expect(text).toContain('quiet channels would catch up given time');
	});

	it('follows the level the reader chooses', () => {
		expect(describeNmda(nmdaScene('use-dependence', { concentration: 0 }))).toContain('At no ketamine, none of the ten channels is blocked.');
		expect(describeNmda(nmdaScene('use-dependence', { concentration: 5 }))).toMatch(/At 5\.00 micromolar \(about 1189 ng\/mL\), [6-9] of 10 channels are blocked/);
	});

	it('compares the two cells in the hand-off step', () => {
		expect(describeNmda(nmdaScene('interneurons-first'))).toContain('about 6 of 10 channels are blocked on the steadily firing interneuron, against 2 of 10 on the quieter pyramidal neuron. The interneuron loses about 3 times as many.');
	});
});
