import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './site.ts';

/** Every .md and .json file under content/, with paths relative to the project root. */
export function readContentDir(root: string): SourceFile[] {
	const files: SourceFile[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(md|json)$/.test(name)) files.push({ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
		}
	};
	walk(join(root, 'content'));
	return files;
}
