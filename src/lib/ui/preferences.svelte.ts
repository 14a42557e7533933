import { getContext, setContext } from 'svelte';
import { lenses, type Lens } from '$lib/content/lenses';

const storageKeys = { lens: 'ketamine-explainer:lens', motion: 'ketamine-explainer:motion' } as const;
const contextKey = Symbol('preferences');

export function isLens(value: unknown): value is Lens {
	return typeof value === 'string' && (lenses as readonly string[]).includes(value);
}

/**
 * The reader's choices: lens and motion. The boot script in app.html applies the stored choice
 * to <html> before first paint; this class takes over from there and keeps <html>, storage and
 * the controls in step. Storage holds only these two values.
 */
export class Preferences {
	lens = $state<Lens>('patient');
	/** The in-page motion switch. */
	motionOff = $state(false);
	/** The operating system's reduced-motion setting. */
	systemReduced = $state(false);
	reducedMotion = $derived(this.motionOff || this.systemReduced);

	/** Reads what the boot script applied and follows the OS setting. Returns the cleanup. */
	connect(): () => void {
		const root = document.documentElement;
		if (isLens(root.dataset.lens)) this.lens = root.dataset.lens;
		const fromQuery = new URLSearchParams(location.search).get('lens');
		if (isLens(fromQuery)) this.setLens(fromQuery);
		this.motionOff = root.dataset.motion === 'off';
		const query = window.matchMedia('(prefers-reduced-motion: reduce)');
		const follow = () => (this.systemReduced = query.matches);
		follow();
		query.addEventListener('change', follow);
		return () => query.removeEventListener('change', follow);
	}

	setLens(lens: Lens): void {
		this.lens = lens;
		document.documentElement.dataset.lens = lens;
		store(storageKeys.lens, lens);
	}

	setMotionOff(off: boolean): void {
		this.motionOff = off;
		document.documentElement.dataset.motion = off ? 'off' : 'on';
		store(storageKeys.motion, off ? 'off' : 'on');
	}
}

function store(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Private browsing or storage disabled: the choice holds for this page only.
	}
}

export function providePreferences(preferences: Preferences): void {
	setContext(contextKey, preferences);
}

export function usePreferences(): Preferences {
	const preferences = getContext<Preferences | undefined>(contextKey);
	if (!preferences) throw new Error('usePreferences() needs the root layout to provide Preferences');
	return preferences;
}
