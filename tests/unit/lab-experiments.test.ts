import { describe, expect, it } from 'vitest';
import type { ChapterContext } from '../../src/lib/content/chapter-types';
import { IssueList } from '../../src/lib/content/errors';
import { compileLabPage, type LabExperiment } from '../../src/lib/content/lab-page';
import { readContentDir } from '../../src/lib/content/read-dir';
import { compileSite } from '../../src/lib/content/site';
import { figureCatalog } from '../../src/lib/figures/catalog';
import { createMeanFieldLab, type Readouts } from '../../src/lib/lab/model';
import { allParameters } from '../../src/lib/lab/parameters';
import { createLabRunner } from '../../src/lib/lab/runner';

const site = compileSite(readContentDir(process.cwd()), { base: '', figures: figureCatalog });
const lab = site.lab!;
const experiment = (id: string): LabExperiment => {
	const found = lab.experiments.experiments.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`content/lab/experiments.md has no experiment "${id}"`);
	return found;
};

/**
 * Runs a guided experiment as the page does (the same protocol changes at the same times), on the
 * mean-field model, and reads the lab at the given times: the answers' claims checked against the
 * model that shows them.
 */
function runProtocol(run: LabExperiment, readAt: readonly number[]): Map<number, Readouts> {
	const model = createMeanFieldLab(run.setup);
	const out = new Map<number, Readouts>();
	const events = [...run.protocol.map((change) => ({ t: change.atMs, change })), ...readAt.map((t) => ({ t, change: null }))].sort((a, b) => a.t - b.t || (a.change ? 1 : -1));
	for (const event of events) {
		model.advanceTo(event.t);
		if (event.change) model.configure(event.change.changes);
		else out.set(event.t, model.readouts());
	}
	return out;
}

describe('the lab content', () => {
	it('has five guided experiments, each with a question, at least two choices, an answer among them and a cited explanation', () => {
		expect(lab.experiments.experiments.map((e) => e.id)).toEqual(['magnesium-block', 'use-dependence', 'trapping', 's-and-r', 'drip-level']);
		for (const e of lab.experiments.experiments) {
			expect(e.questionHtml.length).toBeGreaterThan(20);
			expect(e.choicesHtml.length).toBeGreaterThanOrEqual(2);
			expect(e.answer).toBeGreaterThanOrEqual(1);
			expect(e.answer).toBeLessThanOrEqual(e.choicesHtml.length);
			expect(e.explanationHtml).toContain('href="#ref-');
		}
	});

	it('numbers the notes once for the whole page: intro, experiments and limits share one list', () => {
		expect(lab.citations[0]).toBe('destexhe1998');
		expect(new Set(lab.citations).size).toBe(lab.citations.length);
		// The second use of a key in a later part links to the same note number.
		expect(lab.limits.html).toContain('href="#ref-orser1997"');
	});

	it('cites only references that exist, in the prose and in the parameter table', () => {
		const known = new Set(site.references.map((reference) => reference.id));
		for (const key of [...lab.citations, ...allParameters.flatMap((parameter) => parameter.cites)]) expect(known, key).toContain(key);
	});
});

describe('each experiment shows what its answer says, in the model', () => {
	it('magnesium block: the inward current grows about three times from −70 to −20 mV', () => {
		const reads = runProtocol(experiment('magnesium-block'), [1990, 3990]);
		const before = reads.get(1990)!.current;
		const after = reads.get(3990)!.current;
		expect(before).toBeLessThan(0);
		expect(after / before).toBeGreaterThan(2.5);
		expect(after / before).toBeLessThan(4);
	});

	it('use-dependence: no channel holds ketamine before glutamate arrives; the block builds once it does', () => {
		const reads = runProtocol(experiment('use-dependence'), [2999, 8999]);
		expect(reads.get(2999)!.ketamineBlocked).toBe(0);
		expect(reads.get(8999)!.ketamineBlocked).toBeGreaterThan(0.5);
	});

	it('trapping: most of the block is still there after the wash, and it falls once glutamate is back', () => {
		const reads = runProtocol(experiment('trapping'), [5999, 15999, 25999]);
		const built = reads.get(5999)!.ketamineBlocked;
		const afterWash = reads.get(15999)!;
		expect(built).toBeGreaterThan(0.5);
		expect(afterWash.ketamineBlocked / built).toBeGreaterThan(0.9);
		expect(afterWash.trapped).toBeCloseTo(afterWash.ketamineBlocked, 2);
		expect(reads.get(25999)!.ketamineBlocked).toBeLessThan(afterWash.ketamineBlocked * 0.8);
	});

	it('S and R: at the same concentration S-ketamine blocks more than R-ketamine', () => {
		const reads = runProtocol(experiment('s-and-r'), [9999, 19999]);
		expect(reads.get(19999)!.ketamineBlocked).toBeGreaterThan(reads.get(9999)!.ketamineBlocked * 1.5);
	});

	it('drip level: a small share blocked with 1 mM magnesium, closer to half without it', () => {
		const reads = runProtocol(experiment('drip-level'), [9999, 19999]);
		expect(reads.get(9999)!.ketamineBlocked).toBeLessThan(0.15);
		expect(reads.get(19999)!.ketamineBlocked).toBeGreaterThan(0.3);
		expect(reads.get(19999)!.ketamineBlocked).toBeLessThan(0.7);
	});
});

/**
 * The run a reader watches: the page's own seed and 100 channels, through the same runner the
 * lab's worker uses. The answers speak of the model's average; these check that the seeded run the
 * page shows does not contradict them (a reviewer found one that did).
 */
function runOnPage(run: LabExperiment, readAt: readonly number[]): Map<number, Readouts> {
	const runner = createLabRunner(run.setup);
	runner.handle({ kind: 'experiment', run });
	const out = new Map<number, Readouts>();
	for (const t of readAt) out.set(t, runner.handle({ kind: 'advance-to', until: t, budgetMs: Number.POSITIVE_INFINITY }).readouts);
	return out;
}

describe('each experiment as the page runs it (its seed, 100 channels) agrees with its answer', () => {
	it('magnesium block: the current grows 2.5 to 4 times', () => {
		const reads = runOnPage(experiment('magnesium-block'), [1990, 3990]);
		expect(reads.get(3990)!.current / reads.get(1990)!.current).toBeGreaterThan(2.5);
		expect(reads.get(3990)!.current / reads.get(1990)!.current).toBeLessThan(4);
	});

	it('use-dependence: no channel holds ketamine before glutamate, most do at the end', () => {
		const reads = runOnPage(experiment('use-dependence'), [2999, 9000]);
		expect(reads.get(2999)!.ketamineBlocked).toBe(0);
		expect(reads.get(9000)!.ketamineBlocked).toBeGreaterThan(0.5);
	});

	it('trapping: about half the channels still hold ketamine when the run ends', () => {
		const end = runOnPage(experiment('trapping'), [26000]).get(26000)!;
		expect(end.ketamineBlocked).toBeGreaterThan(0.35);
		expect(end.ketamineBlocked).toBeLessThan(0.65);
	});

	it('S and R: the S phase ends with more channels blocked', () => {
		const reads = runOnPage(experiment('s-and-r'), [10000, 20000]);
		expect(reads.get(20000)!.ketamineBlocked).toBeGreaterThan(reads.get(10000)!.ketamineBlocked * 1.5);
	});

	it('drip level: a handful of channels (not none) with magnesium, about half without', () => {
		const reads = runOnPage(experiment('drip-level'), [10000, 20000]);
		expect(reads.get(10000)!.ketamineBlocked).toBeGreaterThanOrEqual(0.02);
		expect(reads.get(10000)!.ketamineBlocked).toBeLessThan(0.12);
		expect(reads.get(20000)!.ketamineBlocked).toBeGreaterThan(0.3);
		expect(reads.get(20000)!.ketamineBlocked).toBeLessThan(0.7);
	});
});

describe('a malformed lab file gets a message naming the file and line', () => {
	const context: ChapterContext = {
		references: new Map([['jahr1990', 'Jahr & Stevens 1990']]),
		glossary: new Map(),
		figures: {},
		articleHeadings: new Set(),
		base: '',
		evidenceRule: null
	};
	const file = 'content/lab/experiments.md';
	const compile = (body: string) => {
		const issues = new IssueList();
		const page = compileLabPage(file, `---\nlastReviewed: 2026-12-02\n---\n\n${body}`, context, issues);
		return { page, messages: issues.items.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`) };
	};
	const predict = ':::predict{answer=1}\nQuestion?\n\n1. Yes\n2. No\n\nBecause [@jahr1990].\n:::';

	it('accepts a well-formed experiment', () => {
		const { page, messages } = compile(`::experiment{#ok title="OK" setup="v=-70&mg=1" protocol="1000: v=-20" runFor=2000}\n\n${predict}\n`);
		expect(messages).toEqual([]);
		expect(page?.experiments[0]?.protocol).toEqual([{ atMs: 1000, changes: { voltage: -20 }, label: 'voltage set to -20 mV' }]);
	});

	it('names an out-of-range value, an unknown key and a change after the run ends', () => {
		const { page, messages } = compile(`::experiment{#bad title="Bad" setup="v=1e9&colour=red" protocol="5000: mg=-1" runFor=2000}\n\n${predict}\n`);
		expect(page).toBeNull();
		expect(messages).toContainEqual(expect.stringMatching(/^content\/lab\/experiments\.md:5: experiment "bad" setup: unknown key "colour"/));
		expect(messages).toContainEqual(expect.stringMatching(/:5: experiment "bad" protocol "5000: mg=-1": Magnesium: -1 is outside 0 to 2 mM/));
	});

	it('names a missing prediction, an answer out of range and an explanation without a citation', () => {
		expect(compile('::experiment{#a title="A" setup="v=-70" runFor=1000}\n\nJust text.\n').messages).toContainEqual(expect.stringMatching(/:5: experiment "a" needs exactly one :::predict/));
		const wrong = compile('::experiment{#b title="B" setup="v=-70" runFor=1000}\n\n:::predict{answer=3}\nQ?\n\n1. x\n2. y\n\nNo source here.\n:::\n').messages;
		expect(wrong).toContainEqual(expect.stringMatching(/:7: :::predict needs \{answer=N\} with N from 1 to 2/));
		expect(wrong).toContainEqual(expect.stringMatching(/:7: experiment "b": the explanation cites no source/));
	});

	it('names a repeated id and a missing run length', () => {
		const twice = compile(`::experiment{#same title="One" setup="v=-70" runFor=1000}\n\n${predict}\n\n::experiment{#same title="Two" setup="v=-70" runFor=1000}\n\n${predict}\n`).messages;
		expect(twice).toContainEqual(expect.stringMatching(/experiment id "same" is already used on line 5/));
		expect(compile(`::experiment{#c title="C" setup="v=-70"}\n\n${predict}\n`).messages).toContainEqual(expect.stringMatching(/:5: experiment "c" needs runFor=N/));
	});
});
