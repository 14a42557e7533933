import { nice, ticks } from 'd3';

// Number-to-number scales for the figures. d3-scale's scales interpolate any value (colours,
// strings, dates), which brings d3-interpolate, d3-color and d3-format into every figure's code:
// about 8 KiB gzipped of the 12 KiB of d3 each figure downloaded, to map minutes to pixels. The
// figures only ever map numbers to numbers, so these do that, and d3-array still does the ticks.

export interface Scale {
	(value: number): number;
	readonly domain: readonly number[];
	readonly range: readonly number[];
	/** Round values across the domain, as d3's `ticks`. */
	ticks(count?: number): number[];
}

function checkPoints(kind: string, domain: readonly number[], range: readonly number[]): void {
	if (domain.length < 2 || domain.length !== range.length) {
		throw new Error(`${kind}: domain and range need the same number of points (at least 2), got ${domain.length} and ${range.length}`);
	}
	if (![...domain, ...range].every(Number.isFinite)) throw new Error(`${kind}: every domain and range point must be a finite number, got [${domain}] -> [${range}]`);
	const rising = domain[1]! > domain[0]!;
	for (let i = 1; i < domain.length; i++) {
		if (rising ? !(domain[i]! > domain[i - 1]!) : !(domain[i]! < domain[i - 1]!)) {
			throw new Error(`${kind}: the domain must run strictly one way, got [${domain}]`);
		}
	}
}

function piecewise(domain: readonly number[], range: readonly number[], clamp: boolean): (value: number) => number {
	const last = domain.length - 1;
	const rising = domain[last]! > domain[0]!;
	return (value) => {
		const low = rising ? domain[0]! : domain[last]!;
		const high = rising ? domain[last]! : domain[0]!;
		const v = clamp ? Math.min(high, Math.max(low, value)) : value;
		let segment = 0;
		while (segment < last - 1 && (rising ? v > domain[segment + 1]! : v < domain[segment + 1]!)) segment++;
		const d0 = domain[segment]!;
		const d1 = domain[segment + 1]!;
		const r0 = range[segment]!;
		const r1 = range[segment + 1]!;
		return r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
	};
}

/** A linear (or, with more than two points, piecewise linear) scale. */
export function scaleLinear(domain: readonly number[], range: readonly number[], options: { clamp?: boolean } = {}): Scale {
	checkPoints('scaleLinear', domain, range);
	const map = piecewise(domain, range, options.clamp ?? false);
	return Object.assign(map, {
		domain: [...domain],
		range: [...range],
		ticks: (count = 10) => ticks(domain[0]!, domain.at(-1)!, count)
	});
}

/** The domain widened to round numbers, as d3's `scale.nice(count)`. */
export function niceDomain(domain: readonly [number, number], count = 10): [number, number] {
	return nice(domain[0], domain[1], count);
}

/** A base-10 logarithmic scale (the domain must be positive). */
export function scaleLog(domain: readonly [number, number], range: readonly [number, number]): Scale {
	if (!(domain[0] > 0 && domain[1] > 0)) throw new Error(`scaleLog: the domain must be positive, got [${domain}]`);
	const inner = scaleLinear([Math.log10(domain[0]), Math.log10(domain[1])], range);
	return Object.assign((value: number) => inner(Math.log10(value)), {
		domain: [...domain],
		range: [...range],
		ticks: () => {
			const out: number[] = [];
			const [low, high] = domain[0] < domain[1] ? domain : [domain[1], domain[0]];
			for (let decade = Math.floor(Math.log10(low)); decade <= Math.ceil(Math.log10(high)); decade++) {
				const value = 10 ** decade;
				if (value >= low && value <= high) out.push(value);
			}
			return out;
		}
	});
}

/** Equal bands across a range with a gap between them (as d3's scaleBand with paddingInner). */
export function bands(count: number, range: readonly [number, number], paddingInner: number) {
	if (!Number.isInteger(count) || count < 1) throw new Error(`bands: count must be a positive whole number, got ${count}`);
	if (!(paddingInner >= 0 && paddingInner < 1)) throw new Error(`bands: paddingInner must be in [0, 1), got ${paddingInner}`);
	const step = (range[1] - range[0]) / (count - paddingInner);
	return { start: (index: number) => range[0] + index * step, bandwidth: step * (1 - paddingInner) };
}
