import { MIN_PER_DAY, MIN_PER_HOUR } from './drug-level';

/** "40 min", "2 h 50 min", "Day 3, 12 h": for table rows and the describer. */
export function formatClock(tMin: number, withDay: boolean): string {
	const minutes = Math.round(tMin);
	const day = Math.floor(minutes / MIN_PER_DAY);
	const hours = Math.floor((minutes % MIN_PER_DAY) / MIN_PER_HOUR);
	const mins = minutes % MIN_PER_HOUR;
	const inDay = hours === 0 ? `${mins} min` : mins === 0 ? `${hours} h` : `${hours} h ${mins} min`;
	if (!withDay) return minutes >= MIN_PER_DAY ? formatHours(minutes) : inDay;
	return `Day ${day}, ${hours === 0 && mins === 0 ? '0 h' : inDay}`;
}

function formatHours(minutes: number): string {
	const hours = Math.floor(minutes / MIN_PER_HOUR);
	const mins = minutes % MIN_PER_HOUR;
	return mins === 0 ? `${hours} h` : `${hours} h ${mins} min`;
}

/** A duration in hours, to one decimal: "2.2 hours". */
export function formatHoursDecimal(minutes: number): string {
	const hours = Math.round((minutes / MIN_PER_HOUR) * 10) / 10;
	return `${hours.toFixed(1)} hours`;
}

/** Concentrations: whole ng/mL from 10 up, two significant figures below (0.083 -> "0.08"). */
export function formatLevel(ngPerMl: number): string {
	if (!Number.isFinite(ngPerMl) || ngPerMl <= 0) return '0';
	if (ngPerMl < 0.01) return '< 0.01';
	if (ngPerMl >= 10) return String(Math.round(ngPerMl));
	if (ngPerMl >= 1) return ngPerMl.toFixed(1);
	return String(Number(ngPerMl.toPrecision(1)));
}
