import { area, scaleLinear } from 'd3';
import type { FeelingPoint } from './feeling';
import { sessionWindow, type InfusionSessionScene } from './model';

export const viewBox = { width: 480, height: 360 } as const;

/**
 * The drip and the rest after it are drawn to scale (minutes); arriving and going home are
 * fixed-width blocks either side, because their length varies from clinic to clinic.
 */
const timed = scaleLinear([0, sessionWindow.observedToMin], [92, 398]);
const beforeSpan = { from: 10, to: 92 };
const homeSpan = { from: 398, to: 470 };

export function xOf(tMin: number): number {
	if (tMin < 0) return beforeSpan.to + (Math.max(tMin, -40) / 40) * (beforeSpan.to - beforeSpan.from);
	if (tMin > sessionWindow.observedToMin) return homeSpan.from + (Math.min(tMin - sessionWindow.observedToMin, 40) / 40) * (homeSpan.to - homeSpan.from);
	return timed(tMin);
}

export const rows = {
	calloutY: [26, 50],
	bar: { top: 66, bottom: 104 },
	tickY: 126,
	feeling: { titleY: 154, top: 166, bottom: 224 },
	pressure: { titleY: 252, top: 264, bottom: 326, checksY: 344 },
	// The card covers the rows under it edge to edge (their titles included), so no cut-off words peek out.
	card: { x: 6, y: 136, width: 468, height: 124 }
} as const;

/** 0-20 mmHg over the pressure row: room for the larger study's +16. */
export const mmHg = scaleLinear([0, 20], [rows.pressure.bottom, rows.pressure.top]);

const feelingY = scaleLinear([0, 1], [rows.feeling.bottom, rows.feeling.top]);

export function feelingPath(points: readonly FeelingPoint[]): string {
	return (
		area<FeelingPoint>()
			.x((p) => timed(p.t))
			.y0(rows.feeling.bottom)
			.y1((p) => feelingY(p.level))(points) ?? ''
	);
}

export function sessionLayout(scene: InfusionSessionScene) {
	return {
		phases: scene.phases.map((phase) => ({ ...phase, x: xOf(phase.fromMin), width: xOf(phase.toMin) - xOf(phase.fromMin) })),
		feeling: feelingPath(scene.feeling.points),
		studies: scene.bloodPressure.studies.map((study) => ({ ...study, x: xOf(study.atMin), top: mmHg(study.systolic) })),
		checks: scene.bloodPressure.checksMin.map((t) => ({ key: `check-${t}`, x: xOf(t) })),
		ticks: [
			{ key: 'start', x: xOf(0), text: '0' },
			{ key: 'end', x: xOf(sessionWindow.dripMin), text: `${sessionWindow.dripMin} min` },
			// A clock mark in the rest, so "eases over the first hour or two after the drip" can be read off the band.
			{ key: 'two-hours', x: xOf(120), text: '2 h' }
		]
	};
}
