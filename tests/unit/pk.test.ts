import { describe, expect, it } from 'vitest';
import {
	amounts,
	concentrationAt,
	createModel,
	curve,
	doseRule,
	durationRule,
	fanta2015,
	halfLivesMin,
	kamp2020,
	micromolarToNgPerMl,
	modelFor,
	ngPerMlToMicromolar,
	parseBounded,
	peak,
	scaleToWeight,
	standardInfusion,
	terminalHalfLifeMin,
	validateDoseMgPerKg,
	validateInfusionMinutes,
	validateReaderInputs,
	validateWeightKg,
	weightRule,
	type AbsoluteParameters,
	type Dose
} from '../../src/lib/pk/index.ts';

/** |a - b| <= tol * |b|, with a readable failure message. */
function expectRelative(actual: number, expected: number, tol: number, what = ''): void {
	const rel = Math.abs(actual - expected) / Math.abs(expected);
	expect(rel, `${what} actual ${actual}, expected ${expected}, relative error ${rel}`).toBeLessThanOrEqual(tol);
}

const times = [0.5, 1, 5, 10, 20, 39.9, 40, 40.1, 60, 80, 110, 230, 360, 720, 1440];

describe('units', () => {
	it('converts the reported 185 ng/mL to 0.78 µM and back (molar mass 237.7 g/mol)', () => {
		expect(ngPerMlToMicromolar(185)).toBeCloseTo(0.778, 3);
		expect(micromolarToNgPerMl(1)).toBe(237.7);
	});
});

describe('one compartment (Kamp 2020, 70 kg): textbook closed forms', () => {
	const model = modelFor(kamp2020, 70);
	const clLPerMin = 79 / 60;
	const k = clLPerMin / 252; // per min

	it('zero-order infusion matches R/CL (1 - e^{-kt}) during and R/CL (1 - e^{-kτ}) e^{-k(t-τ)} after, to 1e-9', () => {
		const doseMg = 35;
		const tau = 40;
		const rate = doseMg / tau; // mg/min
		for (const t of times) {
			const mgPerL = t <= tau
				? (rate / clLPerMin) * (1 - Math.exp(-k * t))
				: (rate / clLPerMin) * (1 - Math.exp(-k * tau)) * Math.exp(-k * (t - tau));
			expectRelative(concentrationAt(model, [{ startMin: 0, durationMin: tau, doseMg }], t), mgPerL * 1000, 1e-9, `t=${t}`);
		}
	});

	it('a bolus decays with half-life ln2·V/CL (about 2.2 h)', () => {
		const halfLife = (Math.LN2 * 252) / clLPerMin;
		expectRelative(terminalHalfLifeMin(model), halfLife, 1e-12);
		expect(halfLife / 60).toBeCloseTo(2.2, 1);
		const bolus: Dose[] = [{ timeMin: 0, doseMg: 20 }];
		expectRelative(concentrationAt(model, bolus, 0), (20 / 252) * 1000, 1e-12, 'C0 = D/V');
		for (const t of [0, 10, 100, 500]) {
			const ratio = concentrationAt(model, bolus, t + halfLife) / concentrationAt(model, bolus, t);
			expectRelative(ratio, 0.5, 1e-9, `t=${t}`);
		}
	});

	it('a very long infusion approaches steady state rate/CL', () => {
		const rate = 1; // mg/min
		const doses: Dose[] = [{ startMin: 0, durationMin: 100_000, doseMg: 100_000 * rate }];
		expectRelative(concentrationAt(model, doses, 20_000), (rate / clLPerMin) * 1000, 1e-9);
	});
});

describe('three compartments (Fanta 2015 via Otto 2021, 70 kg)', () => {
	const model = modelFor(fanta2015, 70);
	const infusion = standardInfusion(70, 0.5, 40);

	it('terminal half-life is 7.4 h and the middle one 1.49 h, as the fact sheet derives', () => {
		const [, middle = NaN, terminal = NaN] = halfLivesMin(model).map((m) => m / 60);
		// Tolerance: half a unit in the fact sheet's last printed digit.
		expect(Math.abs(terminal - 7.4)).toBeLessThanOrEqual(0.05);
		expect(Math.abs(middle - 1.49)).toBeLessThanOrEqual(0.005);
		expect(terminalHalfLifeMin(model) / 60).toBe(terminal);
	});

	it('fast half-life is 0.215 h (the fact sheet prints 0.22 h: a rounding slip, 0.2150 rounds to 0.21)', () => {
		// Reference value from an independent eigen-solver (numpy.linalg.eigvals): 0.214957 h.
		const [fast = NaN] = halfLivesMin(model).map((m) => m / 60);
		expect(Math.abs(fast - 0.214957)).toBeLessThanOrEqual(1e-6);
	});

	it('disposition rates satisfy the trace and determinant identities of the rate matrix', () => {
		const k10 = 95.2 / 133, k12 = 23.2 / 133, k21 = 23.2 / 187, k13 = 157 / 133, k31 = 157 / 98.8; // per hour
		const lambdasPerHour = model.lambdasPerMin.map((l) => l * 60);
		expectRelative(lambdasPerHour.reduce((s, l) => s + l, 0), k10 + k12 + k13 + k21 + k31, 1e-12, 'trace');
		expectRelative(lambdasPerHour.reduce((s, l) => s * l, 1), k10 * k21 * k31, 1e-12, 'determinant');
	});

	it('a bolus ends up decaying with the terminal half-life', () => {
		const bolus: Dose[] = [{ timeMin: 0, doseMg: 10 }];
		const th = terminalHalfLifeMin(model);
		const ratio = concentrationAt(model, bolus, 3000 + th) / concentrationAt(model, bolus, 3000);
		expectRelative(ratio, 0.5, 1e-6);
	});

	it('a very long infusion approaches steady state rate/CL', () => {
		const rate = 1;
		const doses: Dose[] = [{ startMin: 0, durationMin: 100_000, doseMg: 100_000 * rate }];
		// After 20 000 min (about 45 terminal half-lives) the gap is far below 1e-9.
		expectRelative(concentrationAt(model, doses, 20_000), (rate / (95.2 / 60)) * 1000, 1e-9);
	});

	it('conserves mass: all compartments + eliminated = dosed, to 1e-9, during and after dosing', () => {
		const doses: Dose[] = [...infusion, { timeMin: 100, doseMg: 10 }, { startMin: 90, durationMin: 15, doseMg: 5 }];
		for (const t of [...times, 95, 100, 105, 3000, 20_000]) {
			const a = amounts(model, doses, t);
			const total = a.centralMg + a.peripheralMg.reduce((s, x) => s + x, 0) + a.eliminatedMg;
			expect(a.peripheralMg).toHaveLength(2);
			expect(a.centralMg).toBeGreaterThan(0);
			expectRelative(total, a.dosedMg, 1e-9, `t=${t}`);
		}
		expect(amounts(model, doses, 1e6).eliminatedMg).toBeCloseTo(50, 9);
	});

	it('superposition: two infusions give the sum of each alone', () => {
		const a: Dose = { startMin: 0, durationMin: 40, doseMg: 35 };
		const b: Dose = { startMin: 25, durationMin: 60, doseMg: 20 };
		for (const m of [model, modelFor(kamp2020, 70)]) {
			for (const t of times) {
				const both = concentrationAt(m, [a, b], t);
				expectRelative(both, concentrationAt(m, [a], t) + concentrationAt(m, [b], t), 1e-12, `t=${t}`);
			}
		}
	});

	it('the central curve peaks at the end of the infusion', () => {
		const p = peak(curve(model, infusion, { fromMin: 0, toMin: 360, stepMin: 0.5 }));
		expect(p.t).toBe(40);
	});
});

describe('cross-check against an independent RK4 integration (not the solver)', () => {
	/** d/dt of [central, peripherals..., eliminated] amounts, written from the parameters directly. */
	function derivative(p: AbsoluteParameters, x: number[], inputMgPerMin: number): number[] {
		const central = x[0] ?? 0;
		const cPlasma = central / p.centralVolumeL;
		const dx = new Array<number>(x.length).fill(0);
		dx[0] = inputMgPerMin - (p.clearanceLPerH / 60) * cPlasma;
		p.peripherals.forEach((q, j) => {
			const flow = (q.clearanceLPerH / 60) * (cPlasma - (x[j + 1] ?? 0) / q.volumeL);
			dx[0] = (dx[0] ?? 0) - flow;
			dx[j + 1] = flow;
		});
		dx[x.length - 1] = (p.clearanceLPerH / 60) * cPlasma;
		return dx;
	}

	/** Classic RK4, step h; input piecewise constant with its switch times on the grid. */
	function rk4(p: AbsoluteParameters, doses: Dose[], checkpoints: number[], h: number): Map<number, number> {
		const rateAt = (t: number) =>
			doses.reduce((s, d) => ('durationMin' in d && t >= d.startMin && t < d.startMin + d.durationMin ? s + d.doseMg / d.durationMin : s), 0);
		let x = new Array<number>(p.peripherals.length + 2).fill(0);
		const out = new Map<number, number>();
		const last = Math.max(...checkpoints);
		const steps = Math.round(last / h);
		for (let n = 0; n <= steps; n++) {
			const t = n * h;
			for (const d of doses) if ('timeMin' in d && Math.abs(d.timeMin - t) < h / 2) x[0] = (x[0] ?? 0) + d.doseMg;
			if (checkpoints.some((c) => Math.abs(c - t) < h / 2)) out.set(Math.round(t * 1000) / 1000, ((x[0] ?? 0) / p.centralVolumeL) * 1000);
			if (n === steps) break;
			const r = rateAt(t + h / 2); // the rate is constant across each step
			const add = (a: number[], b: number[], s: number) => a.map((v, i) => v + s * (b[i] ?? 0));
			const k1 = derivative(p, x, r);
			const k2 = derivative(p, add(x, k1, h / 2), r);
			const k3 = derivative(p, add(x, k2, h / 2), r);
			const k4 = derivative(p, add(x, k3, h), r);
			x = x.map((v, i) => v + (h / 6) * ((k1[i] ?? 0) + 2 * (k2[i] ?? 0) + 2 * (k3[i] ?? 0) + (k4[i] ?? 0)));
		}
		return out;
	}

	const doses: Dose[] = [{ startMin: 0, durationMin: 40, doseMg: 35 }, { timeMin: 100, doseMg: 10 }];
	const checkpoints = [5, 10, 40, 41, 80, 100, 101, 230, 360];

	it('three compartments agree to 1e-6 relative', () => {
		const p = scaleToWeight(fanta2015, 70);
		const numeric = rk4(p, doses, checkpoints, 0.01);
		const model = createModel(p);
		for (const t of checkpoints) expectRelative(concentrationAt(model, doses, t), numeric.get(t) ?? NaN, 1e-6, `t=${t}`);
	});

	it('two compartments (Fanta without the fast compartment, 95 kg) agree to 1e-6 relative', () => {
		const full = scaleToWeight(fanta2015, 95);
		const p: AbsoluteParameters = { ...full, peripherals: full.peripherals.slice(0, 1) };
		const numeric = rk4(p, doses, checkpoints, 0.01);
		const model = createModel(p);
		expect(model.compartmentCount).toBe(2);
		for (const t of checkpoints) expectRelative(concentrationAt(model, doses, t), numeric.get(t) ?? NaN, 1e-6, `t=${t}`);
	});
});

describe('fact sheet table (c): 70 kg, 0.5 mg/kg (35 mg) over 40 min', () => {
	// [minutes, model (b) three-compartment, model (a) one-compartment], ng/mL, DERIVED in the fact sheet.
	const table: [number, number, number][] = [
		[10, 56, 34],
		[20, 98, 66],
		[40, 158, 125],
		[80, 79, 102],
		[110, 60, 87],
		[230, 27, 46],
		[360, 13, 24]
	];
	const doses = standardInfusion(70, 0.5, 40);
	const three = modelFor(fanta2015, 70);
	const one = modelFor(kamp2020, 70);

	it('uses 35 mg over 40 min', () => {
		expect(doses).toEqual([{ startMin: 0, durationMin: 40, doseMg: 35 }]);
	});

	it.each(table)('at %i min: three-compartment %i ng/mL and one-compartment %i ng/mL, within 2 ng/mL', (t, threeExpected, oneExpected) => {
		expect(Math.abs(concentrationAt(three, doses, t) - threeExpected)).toBeLessThanOrEqual(2);
		expect(Math.abs(concentrationAt(one, doses, t) - oneExpected)).toBeLessThanOrEqual(2);
	});

	it('both end-of-infusion values lie in the reported 100-250 ng/mL range around the ~185 ng/mL report', () => {
		for (const m of [one, three]) {
			const c = concentrationAt(m, doses, 40);
			expect(c).toBeGreaterThan(100);
			expect(c).toBeLessThan(250);
		}
	});
});

describe('scaling with weight', () => {
	it('140 kg doubles V1 and multiplies CL by 2^0.75; peripheral terms unchanged', () => {
		for (const set of [kamp2020, fanta2015]) {
			const ref = scaleToWeight(set, 70);
			const big = scaleToWeight(set, 140);
			expectRelative(big.centralVolumeL, 2 * ref.centralVolumeL, 1e-15);
			expectRelative(big.clearanceLPerH, 2 ** 0.75 * ref.clearanceLPerH, 1e-15);
			expect(big.peripherals).toEqual(ref.peripherals);
		}
		expect(scaleToWeight(fanta2015, 70)).toEqual({
			centralVolumeL: 133,
			clearanceLPerH: 95.2,
			peripherals: [{ volumeL: 187, clearanceLPerH: 23.2 }, { volumeL: 98.8, clearanceLPerH: 157 }]
		});
	});

	it('parameter sets carry their labels and citation keys', () => {
		expect(kamp2020.label).toBe('Kamp 2020 meta-analysis, one-compartment summary (racemic ketamine)');
		expect(kamp2020.citationKeys).toEqual(['kamp2020']);
		expect(fanta2015.label).toMatch(/S-ketamine/);
		expect(fanta2015.label).toMatch(/applied to racemic ketamine for illustration/);
		expect(fanta2015.citationKeys).toEqual(['fanta2015', 'otto2021']);
	});
});

describe('validation of the reader inputs', () => {
	it('gives the example message for a negative weight', () => {
		expect(validateWeightKg(-5)).toEqual({ ok: false, message: 'Weight must be between 30 and 200 kg; you typed -5.' });
		expect(validateWeightKg('-5')).toEqual({ ok: false, message: 'Weight must be between 30 and 200 kg; you typed -5.' });
	});

	const rejected: [string, () => ReturnType<typeof validateWeightKg>, string, string][] = [
		['"abc" weight', () => validateWeightKg('abc'), 'Weight', '"abc"'],
		['empty weight', () => validateWeightKg(''), 'Weight', 'empty'],
		['blank weight', () => validateWeightKg('   '), 'Weight', 'empty'],
		['undefined weight', () => validateWeightKg(undefined), 'Weight', 'empty'],
		['NaN weight', () => validateWeightKg(Number.NaN), 'Weight', 'NaN'],
		['Infinity weight', () => validateWeightKg(Number.POSITIVE_INFINITY), 'Weight', 'Infinity'],
		['"Infinity" weight', () => validateWeightKg('Infinity'), 'Weight', 'Infinity'],
		['"1e9" weight', () => validateWeightKg('1e9'), 'Weight', '1e9'],
		['250 kg', () => validateWeightKg(250), 'Weight', '250'],
		['"0x50" weight', () => validateWeightKg('0x50'), 'Weight', '0x50'],
		['0.05 mg/kg', () => validateDoseMgPerKg(0.05), 'Dose', '0.05'],
		['"1e9" mg/kg', () => validateDoseMgPerKg('1e9'), 'Dose', '1e9'],
		['-0.5 mg/kg', () => validateDoseMgPerKg('-0.5'), 'Dose', '-0.5'],
		['5 min', () => validateInfusionMinutes(5), 'Infusion time', '5'],
		['200 min', () => validateInfusionMinutes('200'), 'Infusion time', '200'],
		['NaN min', () => validateInfusionMinutes(Number.NaN), 'Infusion time', 'NaN']
	];

	it.each(rejected)('rejects %s, naming the field, the bounds and what was typed', (_name, run, field, typed) => {
		const result = run();
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message.startsWith(field)).toBe(true);
		expect(result.message).toContain(typed);
		const rule = field === 'Weight' ? weightRule : field === 'Dose' ? doseRule : durationRule;
		expect(result.message).toContain(`between ${rule.min} and ${rule.max} ${rule.unit}`);
	});

	it('accepts valid inputs from strings and numbers, bounds inclusive', () => {
		expect(validateWeightKg('70')).toEqual({ ok: true, value: 70 });
		expect(validateWeightKg(' 70 ')).toEqual({ ok: true, value: 70 });
		expect(validateWeightKg(70)).toEqual({ ok: true, value: 70 });
		expect(validateDoseMgPerKg('0.5')).toEqual({ ok: true, value: 0.5 });
		expect(validateDoseMgPerKg('.5')).toEqual({ ok: true, value: 0.5 });
		expect(validateInfusionMinutes('40')).toEqual({ ok: true, value: 40 });
		expect(parseBounded('30', weightRule)).toEqual({ ok: true, value: 30 });
		expect(parseBounded(200, weightRule)).toEqual({ ok: true, value: 200 });
		expect(parseBounded('1.0', doseRule)).toEqual({ ok: true, value: 1 });
		expect(parseBounded('1.2e2', durationRule)).toEqual({ ok: true, value: 120 });
	});

	it('validates all three fields together and reports each bad one', () => {
		expect(validateReaderInputs({ weightKg: '70', mgPerKg: '0.5', minutes: 40 })).toEqual({
			ok: true,
			value: { weightKg: 70, mgPerKg: 0.5, minutes: 40 }
		});
		const bad = validateReaderInputs({ weightKg: '70', mgPerKg: '', minutes: 5 });
		expect(bad.ok).toBe(false);
		if (bad.ok) return;
		expect(Object.keys(bad.fieldMessages).sort()).toEqual(['mgPerKg', 'minutes']);
		expect(bad.message).toContain('Dose');
		expect(bad.message).toContain('Infusion time');
	});
});

describe('model input guards', () => {
	it('rejects nonsense doses and parameters instead of returning NaN', () => {
		const model = modelFor(kamp2020, 70);
		expect(() => concentrationAt(model, [{ startMin: 0, durationMin: 0, doseMg: 35 }], 10)).toThrow(RangeError);
		expect(() => concentrationAt(model, [{ timeMin: 0, doseMg: -1 }], 10)).toThrow(RangeError);
		expect(() => createModel({ centralVolumeL: 0, clearanceLPerH: 79, peripherals: [] })).toThrow(RangeError);
		expect(() => curve(model, [], { fromMin: 0, toMin: 10, stepMin: 0 })).toThrow(RangeError);
	});

	it('curves include both ends even when the step does not divide the span', () => {
		const points = curve(modelFor(kamp2020, 70), standardInfusion(70, 0.5, 40), { fromMin: 0, toMin: 10, stepMin: 3 });
		expect(points.map((p) => p.t)).toEqual([0, 3, 6, 9, 10]);
		expect(points[0]?.c).toBe(0);
	});
});
