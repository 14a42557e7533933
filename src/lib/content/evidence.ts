import * as v from 'valibot';
import type { IssueList } from './errors.ts';
import { parseLocated } from './data-file.ts';
import { evidenceLevels, type EvidenceLevel } from './lenses.ts';
import { issueMessage, issuePath } from './schemas.ts';

/**
 * The evidence marks' rule, read from content/evidence-marks.json. The same words are printed on
 * the about page and used here, so what a reader is told a mark means is what the build enforces:
 * a step's mark must be the one its note implies. A note implies the weakest mark (the first in
 * the file's order) any of whose phrases it contains, as whole words, ignoring case.
 */
export interface EvidenceMark {
	level: EvidenceLevel;
	rule: string;
	notePhrases: string[];
}

export interface EvidenceRule {
	howToRead: string;
	/** Weakest first: the order in which a note's phrases are tried. */
	marks: EvidenceMark[];
}

const text = (what: string) => v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));

const EvidenceRuleSchema = v.strictObject({
	howToRead: text('howToRead'),
	marks: v.pipe(
		v.array(
			v.strictObject({
				level: v.picklist(evidenceLevels, `level must be one of ${evidenceLevels.join(', ')}`),
				rule: text('rule'),
				notePhrases: v.pipe(v.array(text('each note phrase')), v.minLength(1, 'notePhrases must name at least one phrase'))
			})
		),
		v.minLength(1)
	)
});

export function readEvidenceRule(file: string, source: string | undefined, issues: IssueList): EvidenceRule | null {
	if (source === undefined) return null; // reported as missing by the caller
	const doc = parseLocated(source, file, issues, { json: true });
	if (!doc) return null;
	const result = v.safeParse(EvidenceRuleSchema, doc.value);
	if (!result.success) {
		for (const issue of result.issues) issues.add(file, doc.lineOf(issuePath(issue)), issueMessage(issue, 'evidence rule'));
		return null;
	}
	const rule = result.output;
	const listed = rule.marks.map((mark) => mark.level);
	for (const level of evidenceLevels) {
		if (!listed.includes(level)) issues.add(file, doc.lineOf(['marks']), `mark "${level}" has no rule`);
	}
	rule.marks.forEach((mark, index) => {
		if (listed.indexOf(mark.level) !== index) issues.add(file, doc.lineOf(['marks', index, 'level']), `mark "${mark.level}" is listed twice`);
	});
	const owner = new Map<string, EvidenceLevel>();
	rule.marks.forEach((mark, index) => {
		for (const phrase of mark.notePhrases) {
			const key = phrase.toLowerCase();
			const first = owner.get(key);
			if (first !== undefined) issues.add(file, doc.lineOf(['marks', index, 'notePhrases']), `phrase "${phrase}" belongs to both "${first}" and "${mark.level}"`);
			else owner.set(key, mark.level);
		}
	});
	return rule;
}

/** The mark a note implies, and the phrase that decided it; null when the note names no kind of evidence. */
export function impliedMark(rule: EvidenceRule, note: string): { level: EvidenceLevel; phrase: string } | null {
	const words = ` ${note.toLowerCase().replace(/[^a-z0-9*-]+/g, ' ').trim()} `;
	for (const mark of rule.marks) {
		for (const phrase of mark.notePhrases) {
			const wanted = ` ${phrase.toLowerCase().replace(/[^a-z0-9*-]+/g, ' ').trim()} `;
			if (words.includes(wanted)) return { level: mark.level, phrase };
		}
	}
	return null;
}

/** Why a step's mark disagrees with its note under the rule, or null when they agree. */
export function evidenceMismatch(rule: EvidenceRule, level: EvidenceLevel, note: string): string | null {
	const implied = impliedMark(rule, note);
	if (implied === null) {
		const examples = rule.marks.map((mark) => `"${mark.notePhrases[0]}"`).join(', ');
		return `evidenceNote "${note}" names no kind of evidence the rule knows (content/evidence-marks.json; for example ${examples})`;
	}
	if (implied.level !== level) {
		return `evidence is "${level}" but the note says "${implied.phrase}", which makes it "${implied.level}" under the rule in content/evidence-marks.json`;
	}
	return null;
}

export interface FindingUse {
	finding: string;
	level: EvidenceLevel;
	file: string;
	line: number;
}

/** The same finding (step attribute finding="...") must carry the same mark wherever it is told. */
export function checkFindings(uses: readonly FindingUse[], issues: IssueList): void {
	const byFinding = new Map<string, FindingUse[]>();
	for (const use of uses) byFinding.set(use.finding, [...(byFinding.get(use.finding) ?? []), use]);
	for (const [finding, list] of byFinding) {
		const first = list[0]!;
		for (const use of list.slice(1)) {
			if (use.level !== first.level) {
				issues.add(use.file, use.line, `finding "${finding}" is marked "${use.level}" here but "${first.level}" in ${first.file}:${first.line}`);
			}
		}
	}
}
