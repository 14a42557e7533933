import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../src/lib/content/errors';
import { readPathway } from '../../src/lib/content/pathway';
import { mtorSteps } from '../../src/lib/figures/mtor-signalling/steps';

const known = { references: new Set(['li2010', 'autry2011']), glossary: new Set(['mtor']), steps: ['one', 'two'] };
const file = 'content/pathways/test.json';

/** A valid pathway, one field per line, so each problem has its own line number. */
function fixture(change: (pathway: Record<string, unknown>) => void = () => {}): string {
	const pathway: Record<string, unknown> = {
		nodes: [
			{ id: 'a', label: 'A', role: 'First.' },
			{ id: 'b', label: 'B', term: 'mtor', role: 'Second.' },
			{ id: 'c', label: 'C', role: 'Third.' }
		],
		edges: [
			{ from: 'a', to: 'b', cite: ['li2010'] },
			{ from: 'b', to: 'c', cite: ['autry2011'] }
		],
		steps: { one: ['a'], two: ['b', 'c'] },
		experiments: [{ id: 'block-b', label: 'Block B', blocks: 'b', finding: 'It stopped.', species: 'rats', source: 'Li et al. 2010', cite: ['li2010'] }]
	};
	change(pathway);
	return JSON.stringify(pathway, null, 2);
}

function read(source: string) {
	const issues = new IssueList();
	const pathway = readPathway(file, source, issues, known);
	return { pathway, issues: issues.items };
}

/** The 1-based line of the first line containing `text`. */
function lineOf(source: string, text: string): number {
	const index = source.split('\n').findIndex((line) => line.includes(text));
	if (index < 0) throw new Error(`fixture has no line with ${text}`);
	return index + 1;
}

describe('readPathway', () => {
	it('accepts a valid pathway', () => {
		const { pathway, issues } = read(fixture());
		expect(issues).toEqual([]);
		expect(pathway?.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c']);
		expect(pathway?.experiments[0]?.blocks).toBe('b');
	});

	it('reports malformed JSON with its line', () => {
		const source = '{\n  "nodes": [\n    { "id": "a", }\n  ]\n}';
		const { pathway, issues } = read(source);
		expect(pathway).toBeNull();
		expect(issues[0]).toMatchObject({ file, line: 3 });
	});

	it('reports a missing field on its node', () => {
		const source = fixture((p) => delete (p.nodes as Record<string, unknown>[])[2]!.role);
		const { pathway, issues } = read(source);
		expect(pathway).toBeNull();
		// The line where that node's object starts (the one before its id).
		expect(issues).toEqual([{ file, line: lineOf(source, '"id": "c"') - 1, message: 'node 3: missing required field "role"' }]);
	});

	it('reports a missing top-level field', () => {
		const source = fixture((p) => delete p.edges);
		expect(read(source).issues).toEqual([{ file, line: 1, message: 'pathway: missing required field "edges"' }]);
	});

	it('reports an edge naming an unknown node, on the line of that end', () => {
		const source = fixture((p) => ((p.edges as { to: string }[])[1]!.to = 'zz'));
		const { issues } = read(source);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file, line: lineOf(source, '"to": "zz"') });
		expect(issues[0]!.message).toContain('edge 2 to unknown node "zz"');
	});

	it('reports a cycle and names the nodes in it', () => {
		const source = fixture((p) => (p.edges as unknown[]).push({ from: 'c', to: 'a', cite: ['li2010'] }));
		const { issues } = read(source);
		expect(issues).toHaveLength(1);
		expect(issues[0]!.message).toBe('the edges form a cycle: a -> b -> c -> a (a pathway must flow one way)');
		expect(issues[0]!.line).toBe(lineOf(source, '"from": "c"') - 1);
	});

	it('reports an edge without a citation and an unknown citation key', () => {
		const source = fixture((p) => {
			(p.edges as { cite: string[] }[])[0]!.cite = [];
			(p.edges as { cite: string[] }[])[1]!.cite = ['nobody1999'];
		});
		const { issues } = read(source);
		expect(issues).toEqual([
			{ file, line: lineOf(source, '"cite": []'), message: 'edge a -> b cites nothing: every link needs at least one reference' },
			{ file, line: lineOf(source, '"nobody1999"'), message: 'edge b -> c cites unknown reference "nobody1999" (not in content/references.json)' }
		]);
	});

	it('reports an unknown glossary term', () => {
		const source = fixture((p) => ((p.nodes as { term?: string }[])[0]!.term = 'no-such-term'));
		const { issues } = read(source);
		expect(issues).toEqual([{ file, line: lineOf(source, '"no-such-term"'), message: 'node "a": unknown glossary term "no-such-term" (not in content/glossary.json)' }]);
	});

	it('reports an experiment blocking an unknown node', () => {
		const source = fixture((p) => ((p.experiments as { blocks: string }[])[0]!.blocks = 'q'));
		const { issues } = read(source);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file, line: lineOf(source, '"blocks": "q"') });
		expect(issues[0]!.message).toContain('experiment "block-b" blocks unknown node "q"');
	});

	it('reports a step naming an unknown node, an unknown step and a missing step', () => {
		const source = fixture((p) => (p.steps = { one: ['a', 'ghost'], three: [] }));
		const { issues } = read(source);
		expect(issues.map((issue) => [issue.line, issue.message.split(' (')[0]])).toEqual([
			[lineOf(source, '"ghost"'), 'step "one" lights unknown node "ghost"'],
			[lineOf(source, '"three"'), 'unknown step "three"'],
			[lineOf(source, '"steps"'), 'step "two" is missing']
		]);
	});
});

describe('the real pathway file', () => {
	const path = 'content/pathways/mtor-signalling.json';
	const source = readFileSync(path, 'utf8');
	const references = JSON.parse(readFileSync('content/references.json', 'utf8')) as { id: string; author?: { family?: string }[]; issued?: { 'date-parts': number[][] } }[];
	const glossary = JSON.parse(readFileSync('content/glossary.json', 'utf8')) as { id: string }[];

	it('validates against the real references, glossary and figure steps', () => {
		const issues = new IssueList();
		const pathway = readPathway(path, source, issues, {
			references: new Set(references.map((reference) => reference.id)),
			glossary: new Set(glossary.map((entry) => entry.id)),
			steps: mtorSteps
		});
		expect(issues.items).toEqual([]);
		expect(pathway?.nodes).toHaveLength(16);
		expect(pathway?.experiments.map((experiment) => experiment.id)).toEqual(['rapamycin', 'nbqx', 'bdnf-loss']);
	});

	it('prints each experiment source as its first reference says (first author and year)', () => {
		const pathway = JSON.parse(source) as { experiments: { source: string; cite: string[] }[] };
		for (const experiment of pathway.experiments) {
			const reference = references.find((item) => item.id === experiment.cite[0])!;
			const year = reference.issued!['date-parts'][0]![0];
			expect(experiment.source).toBe(`${reference.author![0]!.family} et al. ${year}`);
		}
	});
});
