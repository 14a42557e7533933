/**
 * The disposition rate constants λ_i of a mammillary model: the roots of its characteristic
 * polynomial q(λ), in closed form then polished (step 2 of the method in ./model.ts).
 */

/** Rate constants per minute: k10 = CL/V1, k1j = Qj/V1, kj1 = Qj/Vj. */
export interface RateConstants {
	readonly k10: number;
	readonly toPeripheral: readonly number[]; // k1j
	readonly fromPeripheral: readonly number[]; // kj1
}

/** Polynomials as coefficient arrays, lowest power first. */
type Poly = number[];

function polyMul(a: Poly, b: Poly): Poly {
	const out: Poly = new Array<number>(a.length + b.length - 1).fill(0);
	a.forEach((ai, i) => b.forEach((bj, j) => (out[i + j] = (out[i + j] ?? 0) + ai * bj)));
	return out;
}

function polySub(a: Poly, b: Poly): Poly {
	const n = Math.max(a.length, b.length);
	return Array.from({ length: n }, (_, i) => (a[i] ?? 0) - (b[i] ?? 0));
}

function polyEval(p: Poly, x: number): number {
	let acc = 0;
	for (let i = p.length - 1; i >= 0; i--) acc = acc * x + (p[i] ?? 0);
	return acc;
}

function polyDerivative(p: Poly): Poly {
	return p.slice(1).map((c, i) => c * (i + 1));
}

/** Product of (λ - r) over the given roots. */
function polyFromRoots(roots: readonly number[]): Poly {
	return roots.reduce<Poly>((acc, r) => polyMul(acc, [-r, 1]), [1]);
}

/** q(λ) from the module comment; monic of degree n, and its roots are the λ_i. */
function characteristicPolynomial(rates: RateConstants): Poly {
	const outOfCentral = rates.k10 + rates.toPeripheral.reduce((s, k) => s + k, 0);
	let q = polyMul([-outOfCentral, 1], polyFromRoots(rates.fromPeripheral));
	rates.fromPeripheral.forEach((kj1, j) => {
		const others = rates.fromPeripheral.filter((_, l) => l !== j);
		const k1j = rates.toPeripheral[j] ?? 0;
		q = polySub(q, polyFromRoots(others).map((c) => c * k1j * kj1));
	});
	return q;
}

/** Roots of a monic quadratic λ² + bλ + c with real roots, in the cancellation-free form. */
function quadraticRoots(b: number, c: number): number[] {
	const disc = Math.max(b * b - 4 * c, 0);
	const big = (-b + Math.sign(-b || 1) * Math.sqrt(disc)) / 2;
	return [big, c / big];
}

/** Roots of a monic cubic λ³ + aλ² + bλ + c with three real roots (Viète's trigonometric form). */
function cubicRoots(a: number, b: number, c: number): number[] {
	const p = b - (a * a) / 3;
	const q = (2 * a * a * a) / 27 - (a * b) / 3 + c;
	const shift = -a / 3;
	if (p >= 0) return [shift, shift, shift]; // triple root; cannot occur for positive rates
	const m = 2 * Math.sqrt(-p / 3);
	const arg = Math.min(1, Math.max(-1, ((3 * q) / (2 * p)) * Math.sqrt(-3 / p)));
	const theta = Math.acos(arg) / 3;
	return [0, 1, 2].map((k) => shift + m * Math.cos(theta - (2 * Math.PI * k) / 3));
}

/** Newton polishing: the closed forms lose digits on the small root when roots differ widely. */
function polish(q: Poly, root: number): number {
	const dq = polyDerivative(q);
	let x = root;
	for (let i = 0; i < 2; i++) {
		const slope = polyEval(dq, x);
		if (slope === 0) break;
		const next = x - polyEval(q, x) / slope;
		if (!Number.isFinite(next)) break;
		x = next;
	}
	return x;
}

export function dispositionRates(rates: RateConstants): number[] {
	const q = characteristicPolynomial(rates);
	const [c0 = 0, c1 = 0, c2 = 0] = q;
	const n = q.length - 1;
	const raw = n === 1 ? [-c0] : n === 2 ? quadraticRoots(c1, c0) : cubicRoots(c2, c1, c0);
	const lambdas = raw.map((r) => polish(q, r)).sort((x, y) => y - x);
	assertDistinctPositive(lambdas);
	return lambdas;
}

/** The partial-fraction formulas divide by λ differences, so they need distinct roots. */
function assertDistinctPositive(lambdas: readonly number[]): void {
	lambdas.forEach((l, i) => {
		if (!(l > 0) || !Number.isFinite(l)) throw new Error(`Disposition rate ${i + 1} is not positive (${l}).`);
		const next = lambdas[i + 1];
		if (next !== undefined && Math.abs(l - next) <= 1e-12 * l) {
			throw new Error('Disposition rates coincide; the parameters are degenerate.');
		}
	});
}
