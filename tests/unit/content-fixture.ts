import { readFileSync } from 'node:fs';
import type { SourceFile } from '../../src/lib/content/site';

/** The real rule: the fixture's marks must follow the same rule the site's do. */
export const evidenceMarks = readFileSync(new URL('../../content/evidence-marks.json', import.meta.url), 'utf8');

/** A tiny but complete content tree; each test breaks one thing in it. */
export const demoFigures = { 'demo-figure': { title: 'Demo', steps: ['first', 'second'] } } as const;

export const references = JSON.stringify(
	[
		{
			id: 'li2010',
			type: 'article-journal',
			title: 'mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists',
			author: [{ family: 'Li', given: 'Nanxin' }],
			'container-title': 'Science',
			issued: { 'date-parts': [[2010, 8, 20]] },
			volume: '329',
			page: '959-964',
			DOI: '10.1126/science.1190287',
			PMID: '20724638'
		},
		{
			id: 'autry2011',
			type: 'article-journal',
			title: 'NMDA receptor blockade at rest triggers rapid behavioural antidepressant responses',
			author: [{ family: 'Autry', given: 'Anita E.' }],
			'container-title': 'Nature',
			issued: { 'date-parts': [[2011]] },
			DOI: '10.1038/nature10130'
		}
	],
	null,
	2
);

export const glossary = JSON.stringify(
	[
		{ id: 'synapse', term: 'Synapse', plain: 'Where two nerve cells meet.', deeper: 'A junction between neurons.' },
		{ id: 'nmda-receptor', term: 'NMDA receptor', plain: 'A gate for calcium.', deeper: 'A glutamate-gated ion channel.' }
	],
	null,
	2
);

export const articleSections = JSON.stringify(
	[
		{ id: 'opening', heading: 'Opening' },
		{ id: 'adaptability', heading: '1. Adaptability' }
	],
	null,
	2
);

export const chapterPath = 'content/chapters/02-demo-chapter.md';

export const chapter = `---
title: A demo chapter
slug: demo-chapter
sourceSection: 1. Adaptability
figure: demo-figure
summary: A chapter for tests.
lastReviewed: 2026-11-28
---

An introduction with a :term[synapse].

::step{#first caption="The first picture." evidence="established" evidenceNote="Textbook physiology."}

Patient words about :term[NMDA receptors]{#nmda-receptor} [@li2010].

:::student
Student words [@autry2011; @li2010].
:::

::step{#second caption="The second picture."}

More patient words, see [the next chapter](/chapters/demo-chapter/).

:::check{answer=2}
Which receptor does ketamine block?

1. Serotonin
2. NMDA

It blocks the NMDA receptor [@li2010].
:::

:::clinician
Clinician words [@autry2011].
:::
`;

export function fixture(replace: Partial<Record<string, string | null>> = {}): SourceFile[] {
	const files: Record<string, string> = {
		'content/references.json': references,
		'content/glossary.json': glossary,
		'content/article-sections.json': articleSections,
		'content/evidence-marks.json': evidenceMarks,
		[chapterPath]: chapter
	};
	for (const [path, text] of Object.entries(replace)) {
		if (text === null) delete files[path];
		else if (text !== undefined) files[path] = text;
	}
	return Object.entries(files).map(([path, text]) => ({ path, text }));
}

/** The 1-based line of the first line containing `needle` in `text`. */
export function lineContaining(text: string, needle: string): number {
	const index = text.split('\n').findIndex((line) => line.includes(needle));
	if (index < 0) throw new Error(`fixture has no line containing ${needle}`);
	return index + 1;
}
