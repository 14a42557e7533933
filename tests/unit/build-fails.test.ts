import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A real `vite build` of a copy of the project with one broken chapter: the build must stop with
// file:line, and must not write a half-built site over the folder it would have written to.
const project = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'broken-build-'));

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a broken chapter stops the real build', () => {
	it('exits non-zero, names the file and line, and leaves the output folder untouched', () => {
		for (const entry of ['src', 'static', 'content', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json']) {
			cpSync(join(project, entry), join(copy, entry), { recursive: true });
		}
		symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'));
		const chapter = join(copy, 'content/chapters/02-the-lock-on-the-channel.md');
		const text = readFileSync(chapter, 'utf8').replace('[@zhang2021]', '[@zhang2099]');
		writeFileSync(chapter, text);
		const line = text.split('\n').findIndex((candidate) => candidate.includes('@zhang2099')) + 1;
		const out = join(copy, 'site-out');
		mkdirSync(out);
		writeFileSync(join(out, 'previous-build.txt'), 'the last good build');

		const result = spawnSync(join(project, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
			cwd: copy,
			env: { ...process.env, BUILD_DIR: out },
			encoding: 'utf8',
			timeout: 120_000
		});
		const output = `${result.stdout}\n${result.stderr}`;
		expect(result.status).not.toBe(0);
		expect(output).toContain(`content/chapters/02-the-lock-on-the-channel.md:${line}: unknown citation key "zhang2099"`);
		expect(readdirSync(out)).toEqual(['previous-build.txt']);
		expect(existsSync(join(copy, '.svelte-kit/output/prerendered'))).toBe(false);
	}, 150_000);
});
