const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2026-11-28" -> "28 November 2026". Written out by hand rather than with toLocaleDateString:
 * the first Intl call on a page builds its locale data, ~25 ms on a laptop and ~100 ms on a slow
 * phone, inside hydration, to print one date in the footer.
 */
export function readableDate(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const month = match ? months[Number(match[2]) - 1] : undefined;
	const day = match ? Number(match[3]) : 0;
	if (!match || !month || day < 1 || day > 31) throw new Error(`readableDate: expected a date like 2026-11-28, got "${iso}"`);
	return `${day} ${month} ${match[1]}`;
}

/** A review date as pages carry it: written out on the server, so the browser needs no date code. */
export interface Reviewed {
	date: string;
	text: string;
}

export function reviewedOn(iso: string): Reviewed {
	return { date: iso, text: readableDate(iso) };
}
