import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-dir';
import { readability } from '../../src/lib/content/readability';
import { compileSite } from '../../src/lib/content/site';
import { figureCatalog } from '../../src/lib/figures/catalog';

describe('readability measure', () => {
	it('scores short plain sentences low and dense technical ones high', () => {
		expect(readability('The cat sat on the mat. It was warm. We all had tea.').grade).toBeLessThan(3);
		expect(
			readability(
				'Pharmacokinetic heterogeneity substantially complicates individualized intravenous administration, necessitating comprehensive physiological monitoring throughout anaesthetic procedures.'
			).grade
		).toBeGreaterThan(16);
	});

	it('counts sentences, words and syllables', () => {
		expect(readability('Ketamine blocks a gate. The gate is closed!')).toMatchObject({ sentences: 2, words: 8 });
	});
});

const root = process.env.CONTENT_ROOT ?? process.cwd();
const site = compileSite(readContentDir(root), { base: '', figures: figureCatalog });

describe('every chapter a patient can read', () => {
	for (const chapter of site.chapters) {
		it(`chapter ${chapter.number} (${chapter.slug}): patient text at Flesch-Kincaid grade 8 or lower`, () => {
			const score = readability(chapter.text.patient);
			expect(score.words).toBeGreaterThan(100);
			expect(score.grade).toBeLessThanOrEqual(8);
		});
	}

	it('glossary plain definitions read at grade 8 or lower', () => {
		const score = readability(site.glossary.map((entry) => entry.plain).join(' '));
		expect(score.grade).toBeLessThanOrEqual(8);
	});
});
