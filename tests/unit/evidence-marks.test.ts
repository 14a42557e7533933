import { describe, expect, it } from 'vitest';
import { evidenceMismatch, impliedMark } from '../../src/lib/content/evidence';
import { evidenceLevels } from '../../src/lib/content/lenses';
import { readContentDir } from '../../src/lib/content/read-dir';
import { compileSite } from '../../src/lib/content/site';
import { figureCatalog } from '../../src/lib/figures/catalog';

const site = compileSite(readContentDir(process.env.CONTENT_ROOT ?? process.cwd()), { base: '', figures: figureCatalog });

const rule = site.evidenceRule!;
const marked = site.chapters.flatMap((chapter) =>
	chapter.steps.flatMap((step) => (step.evidence ? [{ where: `${chapter.file}:${step.line} #${step.id}`, ...step.evidence, finding: step.finding }] : []))
);

describe('evidence marks on the published chapters', () => {
	it('has marks to check', () => {
		expect(marked.length).toBeGreaterThan(40);
	});

	it.each(marked)('$where: the mark follows from its note', ({ level, note }) => {
		expect(evidenceMismatch(rule, level, note)).toBeNull();
	});

	it.each(marked)('$where: any other mark would contradict the note', ({ level, note }) => {
		for (const other of evidenceLevels.filter((candidate) => candidate !== level)) {
			expect(evidenceMismatch(rule, other, note), `${other} accepted for "${note}"`).not.toBeNull();
		}
	});

	it('gives one finding the same mark in every chapter that tells it', () => {
		const byFinding = new Map<string, Set<string>>();
		for (const step of marked.filter((item) => item.finding)) byFinding.set(step.finding!, (byFinding.get(step.finding!) ?? new Set()).add(step.level));
		expect(byFinding.size).toBeGreaterThan(3);
		for (const [finding, levels] of byFinding) expect([...levels], finding).toHaveLength(1);
	});
});

describe('the rule', () => {
	it('lets the weakest kind of evidence a note names decide', () => {
		expect(impliedMark(rule, 'Randomised trials in people; the mechanism in mice')?.level).toBe('animal');
		expect(impliedMark(rule, 'One small trial; a pooled analysis for suicidal thoughts')?.level).toBe('limited');
		expect(impliedMark(rule, 'Rodent studies disagree on timing')?.level).toBe('contested');
		expect(impliedMark(rule, 'Textbook physiology')?.level).toBe('established');
	});

	it('matches whole words only', () => {
		// "rat" must not be found inside "ratings" or "separate".
		expect(impliedMark(rule, 'Separate ratings')).toBeNull();
	});
});
