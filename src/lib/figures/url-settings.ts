import type { FigureSettings } from './types';

/** Only a figure's settings matter here. */
type WithSettings<Params> = { settings: FigureSettings<Params> };

/**
 * A figure's shareable settings and the page's URL. The figure says which settings travel and
 * under which query keys (FigureSettings.share); pages call these two and know no key by name.
 */

/** The settings a shared link carries, checked by the figure; undefined if the figure shares none. */
export function settingsFromUrl<Params>(figure: WithSettings<Params>, search: string): Params | undefined {
	if (!figure.settings.share) return undefined;
	return figure.settings.parse(Object.fromEntries(new URLSearchParams(search)));
}

/** The same URL with the figure's keys rewritten from `params` (a key whose setting is off is removed). */
export function urlWithSettings<Params>(figure: WithSettings<Params>, params: Params, href: string): URL {
	const url = new URL(href);
	const share = figure.settings.share;
	if (!share) return url;
	for (const key of share.keys) url.searchParams.delete(key);
	for (const [key, value] of Object.entries(share.write(params))) url.searchParams.set(key, value);
	return url;
}

/**
 * A number from a query value, or null for a missing, empty or non-numeric one (the figure then
 * keeps its default). "1e999" reads as Infinity: each figure clamps to its own range.
 */
export function queryNumber(raw: Record<string, string | undefined>, key: string): number | null {
	const text = raw[key]?.trim() ?? '';
	const value = Number(text);
	return text !== '' && !Number.isNaN(value) ? value : null;
}

/** Settings that are one number under one query key, clamped to the figure's range by `clamp`. */
export function numberSettings<Key extends string>(key: Key, clamp: (value: number) => number, defaults: Record<Key, number>): FigureSettings<Record<Key, number>> {
	return {
		defaults,
		parse: (raw) => {
			const value = queryNumber(raw, key);
			return value === null ? defaults : ({ [key]: clamp(value) } as Record<Key, number>);
		}
	};
}
