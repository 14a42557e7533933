import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-dir';

// Every factual sentence a student or clinician reads carries a citation: in the lens blocks,
// each sentence must contain a [@key] (sentences are split at . ! ? followed by a space).
const chapters = readContentDir(process.env.CONTENT_ROOT ?? process.cwd()).filter((file) => file.path.startsWith('content/chapters/'));

function lensSentences(text: string): { line: number; sentence: string }[] {
	const out: { line: number; sentence: string }[] = [];
	const lines = text.split('\n');
	let inLens = false;
	let paragraph: { line: number; text: string } | null = null;
	const flush = () => {
		if (!paragraph) return;
		const body = paragraph.text.replace(/\[@[^\]]*\]/g, (match) => match.replace(/[.!?]/g, '')).trim();
		const citedBody = paragraph.text;
		// Split the cited text at sentence ends that are followed by a space and a capital or digit.
		const parts = citedBody.split(/(?<=[.!?])\s+(?=[A-Z0-9(])/);
		for (const part of parts) if (part.trim() !== '' && body !== '') out.push({ line: paragraph.line, sentence: part.trim() });
		paragraph = null;
	};
	lines.forEach((raw, index) => {
		const line = raw.trim();
		if (/^:::(student|clinician)\s*$/.test(line)) {
			inLens = true;
			return;
		}
		if (inLens && line === ':::') {
			flush();
			inLens = false;
			return;
		}
		if (!inLens) return;
		if (line === '' || line.startsWith('|') || line.startsWith('#')) return flush();
		const item = line.replace(/^(?:[-*]|\d+\.)\s+/, '');
		if (item !== line) flush();
		paragraph = paragraph ? { ...paragraph, text: `${paragraph.text} ${item}` } : { line: index + 1, text: item };
	});
	flush();
	return out;
}

describe('citations in the student and clinician lenses', () => {
	it('finds an uncited sentence when there is one (the check itself works)', () => {
		const sample = ':::student\nKetamine blocks NMDA receptors [@zhang2021]. It also cures everything.\n:::\n';
		expect(lensSentences(sample).filter((s) => !s.sentence.includes('[@')).map((s) => s.sentence)).toEqual(['It also cures everything.']);
	});

	for (const chapter of chapters) {
		it(`${chapter.path}: every lens sentence cites a source`, () => {
			const uncited = lensSentences(chapter.text)
				.filter(({ sentence }) => !sentence.includes('[@') && /[a-z]{3}/.test(sentence) && !/:$/.test(sentence))
				.map(({ line, sentence }) => `${chapter.path}:${line}: ${sentence.slice(0, 90)}`);
			expect(uncited).toEqual([]);
		});
	}
});
