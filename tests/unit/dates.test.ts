import { describe, expect, it } from 'vitest';
import { readableDate } from '../../src/lib/ui/dates';

describe('readableDate', () => {
	it('writes a review date the way the footer and handout show it', () => {
		expect(readableDate('2026-11-28')).toBe('28 November 2026');
		expect(readableDate('2025-01-05')).toBe('5 January 2025');
	});

	it('names the bad value instead of printing "Invalid Date" or undefined', () => {
		expect(() => readableDate('2026-13-01')).toThrow(/2026-13-01/);
		expect(() => readableDate('28/11/2026')).toThrow(/28\/11\/2026/);
		expect(() => readableDate('2026-11-00')).toThrow(/2026-11-00/);
	});
});
