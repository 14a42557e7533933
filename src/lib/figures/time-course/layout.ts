import { area, line, scaleLinear, type ScaleLinear } from 'd3';
import type { CurvePoint } from '../../pk/index';
import { MIN_PER_DAY, MIN_PER_HOUR } from './drug-level';
import type { TimeCourseScene } from './model';

/** Wider than tall, so on a phone the chart stays width-limited and its labels keep 14 px. */
export const viewBox = { width: 480, height: 296 } as const;

// Room for "100%" at the label size in a wide fallback face (the first visit uses system fonts).
const plotLeft = 64;
const plotRight = 462;
const axisY = 244;
// Baselines under the time axis: tick numbers clear the 6-unit tick marks; the title clears
// the numbers and keeps its descenders inside the box (axisY + 52 = viewBox.height).
const tickLabelDy = 24;
const axisTitleDy = 46;
/** Top of the drug panel, under its title. */
const drugTop = 30;
/**
 * With the mood panel the drug panel gets 90 units (0-250 ng/mL, ticks 100 apart at 36 units;
 * its fall is the point of the comparison). The mood panel keeps 82: a response of 70.8% must
 * sit a label's height above the 50% tick, or its left-hand label runs into "50%".
 */
export const drugHeightWithMood = 90;
/** From the drug panel's bottom to the mood title's baseline, and to the mood panel's top. */
const moodTitleDy = 26;
const moodTopDy = 42;

export interface Panel {
	top: number;
	bottom: number;
	titleY: number;
}

export interface Tick {
	value: number;
	at: number;
	text: string;
}

export interface ChartLayout {
	left: number;
	right: number;
	axisY: number;
	tickLabelY: number;
	axisTitleY: number;
	drug: Panel;
	mood: Panel | null;
	x: ScaleLinear<number, number>;
	level: ScaleLinear<number, number>;
	percent: ScaleLinear<number, number> | null;
	timeTicks: Tick[];
	levelTicks: Tick[];
	percentTicks: Tick[];
	curvePath: string;
	areaPath: string;
	drips: { key: string; x: number; width: number }[];
}

/**
 * Two panels on one time axis: the drug level above, trial results below. Stacked panels rather
 * than a second y axis, so no one reads a percentage against ng/mL.
 */
export function chartLayout(scene: TimeCourseScene): ChartLayout {
	const drugBottom = scene.showMood ? drugTop + drugHeightWithMood : axisY;
	const drug: Panel = { titleY: 19, top: drugTop, bottom: drugBottom };
	const mood: Panel | null = scene.showMood ? { titleY: drugBottom + moodTitleDy, top: drugBottom + moodTopDy, bottom: axisY } : null;
	const x = scaleLinear([0, scene.axis.toMin], [plotLeft, plotRight]);
	// A fixed 0-250 ng/mL scale (room for the reported 185) keeps a change of weight or dose
	// visible as a change of height; it grows only if a setting pushes the peak past it.
	const level = scaleLinear([0, Math.max(250, scene.peak.c * 1.08)], [drug.bottom, drug.top]);
	if (scene.peak.c * 1.08 > 250) level.nice(3);
	const percent = mood ? scaleLinear([0, 100], [mood.bottom, mood.top]) : null;
	const unit = scene.axis.unit === 'hours' ? MIN_PER_HOUR : MIN_PER_DAY;
	const timeTicks = Array.from({ length: Math.floor(scene.axis.toMin / unit / scene.axis.tickEvery + 1e-9) + 1 }, (_, i) => {
		const value = i * scene.axis.tickEvery;
		return { value, at: x(value * unit), text: String(value) };
	});
	const levelTicks = level.ticks(scene.showMood ? 2 : 3).map((value) => ({ value, at: level(value), text: String(value) }));
	const percentTicks = percent ? [0, 50, 100].map((value) => ({ value, at: percent(value), text: `${value}%` })) : [];
	const toXY = (point: CurvePoint): [number, number] => [x(point.t), level(point.c)];
	return {
		left: plotLeft,
		right: plotRight,
		axisY,
		tickLabelY: axisY + tickLabelDy,
		axisTitleY: axisY + axisTitleDy,
		drug,
		mood,
		x,
		level,
		percent,
		timeTicks,
		levelTicks,
		percentTicks,
		curvePath: line()(scene.curve.map(toXY)) ?? '',
		areaPath:
			area<CurvePoint>()
				.x((p) => x(p.t))
				.y0(drug.bottom)
				.y1((p) => level(p.c))(scene.curve) ?? '',
		drips: scene.doses.map((dose, index) => ({
			key: `drip-${index}`,
			x: x(dose.startMin),
			// At least a hairline wide, so a 40-minute drip on a 32-day axis still shows.
			width: Math.max(2, x(dose.startMin + dose.durationMin) - x(dose.startMin))
		}))
	};
}

/** Where a trial marker sits; a marker without a rate stands at the top of the mood panel. */
export function markerPosition(layout: ChartLayout, tMin: number, percent: number | null): { x: number; y: number } {
	const y = percent === null || !layout.percent ? (layout.mood?.top ?? layout.drug.top) + 10 : layout.percent(percent);
	return { x: layout.x(tMin), y };
}
