import { canReadShared, readShared } from './shared-files';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-dir';

// Our sentences are our own: no run of eight words may repeat the article the chapters answer.
// The article lives in ../shared beside the checkout (as in CI); ARTICLE overrides the path.
const root = process.env.CONTENT_ROOT ?? process.cwd();
const articlePath = process.env.ARTICLE ?? join(process.cwd(), '..', 'shared', 'source', 'ketamine-infusions-article.txt');
const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);

function sharedRuns(article: string, text: string, size = 8): string[] {
	const grams = new Set<string>();
	const a = words(article);
	for (let i = 0; i + size <= a.length; i += 1) grams.add(a.slice(i, i + size).join(' '));
	const w = words(text);
	const hits: string[] = [];
	for (let i = 0; i + size <= w.length; i += 1) {
		const gram = w.slice(i, i + size).join(' ');
		if (grams.has(gram)) hits.push(gram);
	}
	return hits;
}

describe('originality against the source article', () => {
	it('finds a copied run when there is one (the check itself works)', () => {
		expect(sharedRuns('one two three four five six seven eight nine', 'x one two three four five six seven eight y')).toEqual([
			'one two three four five six seven eight'
		]);
	});

	it.runIf(canReadShared(articlePath, 'originality'))('no content file repeats eight words in a row from the article', () => {
		const article = readShared(articlePath, 'originality');
		const copied = readContentDir(root).flatMap((file) => sharedRuns(article, file.text).map((run) => `${file.path}: "${run}"`));
		expect(copied).toEqual([]);
	});
});
