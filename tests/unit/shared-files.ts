import { existsSync, readFileSync } from 'node:fs';

/**
 * Some checks read ../shared (the source article) beside the checkout. Where it is missing they are
 * skipped with a note on a developer's machine, and run and fail under CI=true, where a skipped
 * check would pass silently.
 */
export function canReadShared(path: string, what: string): boolean {
	if (existsSync(path)) return true;
	if (process.env.CI === 'true') return true;
	console.warn(`${what}: ${path} is missing, so this check is skipped here (under CI=true it fails).`);
	return false;
}

export function readShared(path: string, what: string): string {
	if (!existsSync(path)) throw new Error(`${what}: ${path} is missing; put ../shared beside the checkout (CI does).`);
	return readFileSync(path, 'utf8');
}
