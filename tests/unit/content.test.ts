import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/errors';
import { compileSite } from '../../src/lib/content/site';
import { chapter, chapterPath, demoFigures, fixture, glossary, lineContaining, references } from './content-fixture';

const options = { base: '', figures: demoFigures };

function problems(files: ReturnType<typeof fixture>): string[] {
	try {
		compileSite(files, options);
	} catch (error) {
		if (error instanceof ContentError) return error.issues.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`);
		throw error;
	}
	throw new Error('expected the content to be rejected');
}

const broken = (from: string, to: string) => {
	if (!chapter.includes(from)) throw new Error(`fixture has no ${from}`);
	return chapter.replace(from, to);
};

describe('a valid content tree', () => {
	const site = compileSite(fixture(), options);
	const [demo] = site.chapters;

	it('yields the chapter with its frontmatter and steps in order', () => {
		expect(demo?.slug).toBe('demo-chapter');
		expect(demo?.number).toBe(2);
		expect(demo?.sourceSections).toEqual(['1. Adaptability']);
		expect(demo?.steps.map((step) => step.id)).toEqual(['first', 'second']);
		expect(demo?.steps[0]?.caption).toBe('The first picture.');
		expect(demo?.steps[0]?.evidence).toEqual({ level: 'established', note: 'Textbook physiology.' });
		expect(demo?.steps[0]?.line).toBe(lineContaining(chapter, '::step{#first'));
	});

	it('numbers citations by first use and links each to #ref-<key>', () => {
		expect(demo?.citations).toEqual(['li2010', 'autry2011']);
		const first = demo?.steps[0]?.html ?? '';
		expect(first).toContain('href="#ref-li2010"');
		expect(first).toMatch(/href="#ref-autry2011"[^>]*>.*?2<\/a>/);
		expect(first).toMatch(/href="#ref-li2010"[^>]*>.*?1<\/a>/);
	});

	it('formats references with the CSL engine, with DOI and PubMed links', () => {
		const li = site.references.find((reference) => reference.id === 'li2010');
		expect(li?.text).toMatch(/^Li, N\. \(2010\)\. mTOR-dependent synapse formation/);
		expect(li?.html).toContain('<i>Science</i>');
		expect(li?.html).toContain('href="https://doi.org/10.1126/science.1190287"');
		expect(li?.html).toContain('href="https://pubmed.ncbi.nlm.nih.gov/20724638/"');
	});

	it('renders a crisis box as a titled aside that patients read too', () => {
		const text = chapter.replace(':::clinician\nClinician words [@autry2011].\n:::', ':::crisis[If you are in crisis]\nCall your local emergency number now.\n:::');
		const [withBox] = compileSite(fixture({ [chapterPath]: text }), options).chapters;
		const html = withBox?.steps[1]?.html ?? '';
		expect(html).toMatch(/<aside class="crisis-box" aria-labelledby="crisis-demo-chapter-1"><p class="crisis-title" id="crisis-demo-chapter-1">If you are in crisis<\/p>/);
		expect(html).toContain('Call your local emergency number now.');
		expect(withBox?.text.patient).toContain('Call your local emergency number now.');
	});

	it('puts lens text in data-lens blocks and keeps it out of the patient text', () => {
		const first = demo?.steps[0]?.html ?? '';
		expect(first).toContain('<details class="lens-block" data-lens="student">');
		expect(demo?.text.patient).toContain('Patient words about NMDA receptors');
		expect(demo?.text.patient).not.toContain('Student words');
		expect(demo?.text.student).toBe('Student words.');
		expect(demo?.text.clinician).toBe('Clinician words.');
	});

	it('turns glossary terms into a labelled tip with the plain definition', () => {
		expect(demo?.terms).toEqual(['synapse', 'nmda-receptor']);
		expect(demo?.introHtml).toContain('aria-describedby="term-demo-chapter-1"');
		expect(demo?.introHtml).toContain('Where two nerve cells meet.');
	});

	it('turns a :::check into a question with choices and a hidden answer', () => {
		const html = demo?.steps[1]?.html ?? '';
		expect(html).toContain('<section class="check" id="check-demo-chapter-1"');
		expect(html).toContain('<ol class="check-choices" data-answer="2">');
		expect(html).toMatch(/<button type="button" class="check-button" data-choice="2" aria-pressed="false">NMDA<\/button>/);
		expect(html).toMatch(/<details class="check-reveal">\s*<summary>Show the answer<\/summary>/);
		expect(html).toContain('<strong>Answer: NMDA</strong>');
	});

	it('prefixes root-relative links with the base path', () => {
		const based = compileSite(fixture(), { ...options, base: '/explainer' });
		expect(based.chapters[0]?.steps[1]?.html).toContain('href="/explainer/chapters/demo-chapter/"');
	});

	it('keeps a colon between words as text', () => {
		const site2 = compileSite(fixture({ [chapterPath]: broken('More patient words', 'A 2:1 ratio of GluN1:GluN2 and more patient words') }), options);
		expect(site2.chapters[0]?.steps[1]?.html).toContain('GluN1:GluN2');
	});
});

describe('every kind of content error names the file and line', () => {
	it('malformed YAML in the frontmatter', () => {
		const text = broken('summary: A chapter for tests.', 'summary: [unclosed');
		expect(problems(fixture({ [chapterPath]: text }))[0]).toMatch(new RegExp(`^${chapterPath}:\\d+: frontmatter|^${chapterPath}:\\d+: cannot be read`));
		const line = Number(problems(fixture({ [chapterPath]: text }))[0]?.split(':')[1]);
		expect(line).toBeGreaterThanOrEqual(lineContaining(text, 'summary:'));
		expect(line).toBeLessThanOrEqual(lineContaining(text, 'lastReviewed'));
	});

	it('a missing frontmatter field', () => {
		const text = broken('summary: A chapter for tests.\n', '');
		expect(problems(fixture({ [chapterPath]: text }))).toContain(`${chapterPath}:2: frontmatter: missing required field "summary"`);
	});

	it('a misspelt frontmatter field', () => {
		const text = broken('summary:', 'sumary:');
		expect(problems(fixture({ [chapterPath]: text }))).toContain(
			`${chapterPath}:${lineContaining(text, 'sumary')}: frontmatter: unknown field "sumary" (allowed: title, slug, sourceSection, figure, summary, keyStep, lastReviewed)`
		);
	});

	it('a bad date', () => {
		const text = broken('lastReviewed: 2026-11-28', 'lastReviewed: last week');
		expect(problems(fixture({ [chapterPath]: text }))).toContain(
			`${chapterPath}:${lineContaining(text, 'lastReviewed')}: frontmatter: lastReviewed must be a date written as YYYY-MM-DD`
		);
	});

	it('no frontmatter at all', () => {
		expect(problems(fixture({ [chapterPath]: 'Just text.\n' }))[0]).toBe(`${chapterPath}:1: missing frontmatter: start the file with a line "---", the fields, and a closing "---"`);
	});

	it('an unknown citation key', () => {
		const text = broken('[@autry2011; @li2010]', '[@autry2011; @li2011]');
		expect(problems(fixture({ [chapterPath]: text }))).toEqual([
			`${chapterPath}:${lineContaining(text, '@li2011')}: unknown citation key "li2011" (not in content/references.json)`
		]);
	});

	it('a citation on the second line of a paragraph', () => {
		const text = broken('Student words [@autry2011; @li2010].', 'Student words\nover two lines [@nobody1999].');
		expect(problems(fixture({ [chapterPath]: text }))[0]).toBe(
			`${chapterPath}:${lineContaining(text, '@nobody1999')}: unknown citation key "nobody1999" (not in content/references.json)`
		);
	});

	it('an unknown glossary term', () => {
		const text = broken(':term[synapse]', ':term[dendrite]');
		expect(problems(fixture({ [chapterPath]: text }))[0]).toMatch(
			new RegExp(`^${chapterPath}:${lineContaining(text, ':term[dendrite]')}: unknown glossary term "dendrite"`)
		);
	});

	it('an unknown figure id', () => {
		const text = broken('figure: demo-figure', 'figure: no-such-figure');
		expect(problems(fixture({ [chapterPath]: text }))).toEqual([
			`${chapterPath}:${lineContaining(text, 'figure:')}: unknown figure "no-such-figure" (known figures: demo-figure)`
		]);
	});

	it('a step id the figure does not know', () => {
		const text = broken('::step{#second', '::step{#third');
		const found = problems(fixture({ [chapterPath]: text }));
		expect(found).toContain(`${chapterPath}:${lineContaining(text, '#third')}: step "third" is not a step of figure "demo-figure" (its steps: first, second)`);
		expect(found).toContain(`${chapterPath}:${lineContaining(text, 'figure:')}: figure "demo-figure" has steps no prose reaches: second`);
	});

	it('a duplicate step id', () => {
		const text = broken('::step{#second', '::step{#first');
		expect(problems(fixture({ [chapterPath]: text }))).toContain(
			`${chapterPath}:${lineContaining(text, 'The second picture')}: duplicate step id "first" (first used on line ${lineContaining(text, '::step{#first')})`
		);
	});

	it('a chapter with no steps', () => {
		const text = chapter.slice(0, chapter.indexOf('::step')).replace('figure: demo-figure\n', '');
		expect(problems(fixture({ [chapterPath]: text }))).toEqual([
			`${chapterPath}:8: chapter has no steps: mark each step with a line such as ::step{#synapse caption="..."}`
		]);
	});

	it('a step without a caption, and evidence without a reason', () => {
		const text = broken('caption="The first picture." evidence="established" evidenceNote="Textbook physiology."', 'evidence="established"');
		const line = lineContaining(text, '::step{#first');
		expect(problems(fixture({ [chapterPath]: text }))).toEqual([
			`${chapterPath}:${line}: step "first" needs a caption="..." (one line shown under the figure)`,
			`${chapterPath}:${line}: step "first" gives evidence but no evidenceNote="..." (one line saying why)`
		]);
	});

	it('an evidence mark that its note does not support, and a note that names no kind of evidence', () => {
		const overclaimed = broken('evidence="established" evidenceNote="Textbook physiology."', 'evidence="established" evidenceNote="One small trial in 17 people."');
		const line = lineContaining(overclaimed, '::step{#first');
		expect(problems(fixture({ [chapterPath]: overclaimed }))).toEqual([
			`${chapterPath}:${line}: step "first": evidence is "established" but the note says "one small trial", which makes it "limited" under the rule in content/evidence-marks.json`
		]);
		const vague = broken('evidenceNote="Textbook physiology."', 'evidenceNote="Well known."');
		expect(problems(fixture({ [chapterPath]: vague }))[0]).toMatch(
			new RegExp(`^${chapterPath}:${line}: step "first": evidenceNote "Well known\\." names no kind of evidence the rule knows`)
		);
	});

	it('the same finding marked differently in two chapters', () => {
		const second = 'content/chapters/03-other-chapter.md';
		const other = chapter
			.replace('slug: demo-chapter', 'slug: other-chapter')
			.replace('figure: demo-figure\n', '')
			.replace('(/chapters/demo-chapter/)', '(/chapters/other-chapter/)')
			.replace('evidence="established" evidenceNote="Textbook physiology."', 'evidence="animal" evidenceNote="Shown in rats." finding="spines-regrow"');
		const mine = broken('evidenceNote="Textbook physiology."', 'evidenceNote="Textbook physiology." finding="spines-regrow"');
		expect(problems(fixture({ [chapterPath]: mine, [second]: other }))).toEqual([
			`${second}:${lineContaining(other, '::step{#first')}: finding "spines-regrow" is marked "animal" here but "established" in ${chapterPath}:${lineContaining(mine, '::step{#first')}`
		]);
	});

	it('an evidence rule file with a phrase given to two marks', () => {
		const rule = JSON.parse(fixture().find((file) => file.path === 'content/evidence-marks.json')!.text);
		rule.marks[0].notePhrases.push('textbook');
		const text = JSON.stringify(rule, null, 2);
		expect(problems(fixture({ 'content/evidence-marks.json': text }))).toContain(
			`content/evidence-marks.json:${text.split('\n').findLastIndex((line) => line.includes('"notePhrases"')) + 1}: phrase "textbook" belongs to both "contested" and "established"`
		);
	});

	it('a crisis box without a title, and one with nothing under it', () => {
		const untitled = broken(':::clinician\nClinician words [@autry2011].\n:::', ':::crisis\nCall your local emergency number.\n:::');
		expect(problems(fixture({ [chapterPath]: untitled }))).toEqual([
			`${chapterPath}:${lineContaining(untitled, ':::crisis')}: :::crisis needs a title: write :::crisis[If you are in crisis]`
		]);
		const empty = broken(':::clinician\nClinician words [@autry2011].\n:::', ':::crisis[In a crisis]\n:::');
		expect(problems(fixture({ [chapterPath]: empty }))).toEqual([`${chapterPath}:${lineContaining(empty, ':::crisis')}: :::crisis needs the words to show under its title`]);
	});

	it('a sourceSection that is not an article heading', () => {
		const text = broken('sourceSection: 1. Adaptability', 'sourceSection: 1. Adaptibility');
		expect(problems(fixture({ [chapterPath]: text }))).toEqual([
			`${chapterPath}:${lineContaining(text, 'sourceSection')}: sourceSection "1. Adaptibility" is not a heading in content/article-sections.json`
		]);
	});

	it('a slug that does not match the file name', () => {
		const text = broken('slug: demo-chapter', 'slug: other-chapter');
		expect(problems(fixture({ [chapterPath]: text }))).toContain(
			`${chapterPath}:${lineContaining(text, 'slug:')}: slug "other-chapter" does not match the file name (expected "demo-chapter")`
		);
	});

	it('a link to a page that does not exist', () => {
		const text = broken('(/chapters/demo-chapter/)', '(/chapters/nowhere/)');
		expect(problems(fixture({ [chapterPath]: text }))).toEqual([
			`${chapterPath}:${lineContaining(text, '/chapters/nowhere/')}: link to "/chapters/nowhere/" goes to no page (pages end with a slash, e.g. /chapters/slug/)`
		]);
	});

	it('a lens block with an unknown name', () => {
		const text = broken(':::clinician', ':::pharmacist');
		expect(problems(fixture({ [chapterPath]: text }))).toContain(
			`${chapterPath}:${lineContaining(text, ':::pharmacist')}: unknown block ":::pharmacist" (blocks: :::student, :::clinician, :::check, :::crisis)`
		);
	});

	it('a check whose answer is not one of its choices', () => {
		const text = broken(':::check{answer=2}', ':::check{answer=3}');
		expect(problems(fixture({ [chapterPath]: text }))).toEqual([
			`${chapterPath}:${lineContaining(text, ':::check')}: :::check needs {answer=N} with N from 1 to 2 (the number of the right choice)`
		]);
	});

	it('a check without choices', () => {
		const text = broken('1. Serotonin\n2. NMDA\n', '');
		expect(problems(fixture({ [chapterPath]: text }))[0]).toBe(
			`${chapterPath}:${lineContaining(text, ':::check')}: :::check needs a question paragraph, then a numbered list of at least two choices, then the explanation`
		);
	});

	it('an empty references file', () => {
		expect(problems(fixture({ 'content/references.json': '[]' }))).toContain(
			'content/references.json:1: has no references: every citation in the chapters needs an entry here'
		);
	});

	it('malformed references JSON', () => {
		const text = references.replace('"volume": "329",', '"volume": "329",,');
		const found = problems(fixture({ 'content/references.json': text }));
		expect(found[0]).toMatch(/^content\/references\.json:\d+: cannot be read/);
		expect(Number(found[0]?.split(':')[1])).toBe(lineContaining(text, '"329",,'));
	});

	it('a malformed DOI and a non-numeric PMID', () => {
		const text = references.replace('"DOI": "10.1126/science.1190287"', '"DOI": "https://doi.org/10.1126/x"').replace('"PMID": "20724638"', '"PMID": "PMID20724638"');
		expect(problems(fixture({ 'content/references.json': text }))).toEqual([
			`content/references.json:${lineContaining(text, '"DOI": "https')}: reference 1: DOI must look like 10.1234/abc, without https://doi.org/`,
			`content/references.json:${lineContaining(text, '"PMID"')}: reference 1: PMID must be digits only`
		]);
	});

	it('a duplicate reference id', () => {
		const text = references.replace('"id": "autry2011"', '"id": "li2010"');
		expect(problems(fixture({ 'content/references.json': text }))).toContain(
			`content/references.json:${lineContaining(text, '"id": "li2010"') + lineContaining(text.split('\n').slice(lineContaining(text, '"id": "li2010"')).join('\n'), '"id": "li2010"')}: duplicate reference id "li2010" (first on line ${lineContaining(text, '"id": "li2010"')})`
		);
	});

	it('a glossary entry with a missing definition', () => {
		const text = glossary.replace('"plain": "A gate for calcium.",', '');
		expect(problems(fixture({ 'content/glossary.json': text }))).toContain(`content/glossary.json:${lineContaining(text, '"id": "nmda-receptor"') - 1}: glossary entry 2: missing required field "plain"`);
	});

	it('a missing glossary file', () => {
		expect(problems(fixture({ 'content/glossary.json': null }))[0]).toBe('content/glossary.json:1: file is missing');
	});
});
