// Small helpers for the benchmark: numbers, tables, child processes and clean-up.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { constants as zlibConstants, gzipSync } from 'node:zlib';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Median of the finite numbers in a list (mean of the two middle ones for an even count); null if none. */
export function median(values) {
	const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const kib = (bytes) => bytes / 1024;
export const mib = (bytes) => bytes / (1024 * 1024);

/** Formats a number for a table cell; null/undefined shows as a dash. */
export function fmt(value, digits = 0) {
	if (value === null || value === undefined || Number.isNaN(value)) return '-';
	if (typeof value !== 'number') return String(value);
	return value.toFixed(digits);
}
export const pct = (share) => (share === null || share === undefined ? '-' : `${(share * 100).toFixed(1)}%`);
export const verdict = (ok) => (ok === null || ok === undefined ? 'n/a' : ok ? 'met' : 'NOT MET');

/**
 * A plain-text table. Numbers and "met" columns are right-aligned when `align` says 'r'.
 * @param {string} title
 * @param {string[]} headers
 * @param {unknown[][]} rows
 * @param {string} [align] one letter per column: 'l' or 'r' (default: first column left, the rest right)
 */
export function table(title, headers, rows, align) {
	const cells = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '-' : String(cell))));
	const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
	const side = (i) => (align ? align[i] : i === 0 ? 'l' : 'r');
	const line = (row) =>
		row.map((cell, i) => (side(i) === 'l' ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
	const out = [title, line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
	return out.join('\n');
}

// ---- clean-up: every child process and browser registers here, and is ended on exit or signal ----

const cleanups = new Set();
/** Registers a clean-up function; returns a function that unregisters it. */
export function onCleanup(fn) {
	cleanups.add(fn);
	return () => cleanups.delete(fn);
}
export async function runCleanups() {
	const pending = [...cleanups];
	cleanups.clear();
	for (const fn of pending.reverse()) {
		try {
			await fn();
		} catch {
			// best effort
		}
	}
}
let signalled = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		if (signalled) return;
		signalled = true;
		console.error(`\n[bench] ${signal}: stopping servers and browsers`);
		runCleanups().finally(() => process.exit(130));
	});
}

function ping(url) {
	return new Promise((resolve) => {
		const req = request(url, { method: 'GET', timeout: 1000 }, (res) => {
			res.resume();
			resolve(res.statusCode ?? 0);
		});
		req.on('error', () => resolve(0));
		req.on('timeout', () => {
			req.destroy();
			resolve(0);
		});
		req.end();
	});
}

/**
 * Starts scripts/serve.mjs on a folder and port as a child process; resolves when it answers.
 * The child is killed on exit, on error and on SIGINT/SIGTERM.
 */
export async function startServer(root, dir, port) {
	const url = `http://localhost:${port}/`;
	if ((await ping(url)) !== 0) {
		throw new Error(`port ${port} is already in use (another bench run or server?): stop it and try again`);
	}
	const serve = `${root}/scripts/serve.mjs`;
	if (!existsSync(serve)) throw new Error(`${serve} is missing`);
	const child = spawn(process.execPath, [serve, dir, '--port', String(port)], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let exited = null;
	child.on('exit', (code) => (exited = code ?? -1));
	const kill = () => {
		if (exited === null) child.kill('SIGTERM');
	};
	const unregister = onCleanup(kill);
	process.on('exit', kill);
	for (let i = 0; i < 100; i++) {
		if (exited !== null) throw new Error(`the server for ${dir} on port ${port} exited (${exited}):\n${output}`);
		if ((await ping(url)) === 200) {
			return {
				url: url.slice(0, -1),
				stop() {
					unregister();
					kill();
				}
			};
		}
		await sleep(100);
	}
	kill();
	throw new Error(`the server for ${dir} on port ${port} did not answer within 10 s:\n${output}`);
}

export { chromiumFlags, chromiumPath, debianChromium } from '../chromium.mjs';

/** Progress goes to stderr so stdout holds only the tables. */
export const log = (...parts) => console.error('[bench]', ...parts);

/** Gzipped size of a built file as served: its .gz twin, or gzip -9 of it when there is none. */
export function servedGzipBytes(buildDir, path, body) {
	const file = join(buildDir, decodeURIComponent(path));
	if (existsSync(`${file}.gz`)) return statSync(`${file}.gz`).size;
	return gzipSync(body ?? readFileSync(file), { level: zlibConstants.Z_BEST_COMPRESSION }).length;
}
