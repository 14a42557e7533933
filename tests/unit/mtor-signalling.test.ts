import { describe, expect, it } from 'vitest';
import { figureCatalog } from '../../src/lib/figures/catalog';
import { describeMtor } from '../../src/lib/figures/mtor-signalling/describe';
import { downstream, knockout, layerOf, layers, topologicalOrder, type Graph } from '../../src/lib/figures/mtor-signalling/graph';
import { boxesOverlap, labelSize, layoutPathway, orientationFor, textWidth, wrap } from '../../src/lib/figures/mtor-signalling/layout';
import { defaultParams, mtorScene, parseParams, serializeParams } from '../../src/lib/figures/mtor-signalling/model';
import { mtorPathway } from '../../src/lib/figures/mtor-signalling/pathway';
import { mtorSteps } from '../../src/lib/figures/mtor-signalling/steps';

const graph = (edges: string): Graph => {
	const pairs = edges.split(' ').map((pair) => pair.split('>') as [string, string]);
	const ids = [...new Set(pairs.flat())];
	return { nodes: ids.map((id) => ({ id })), edges: pairs.map(([from, to]) => ({ from, to })) };
};

describe('graph maths on small graphs', () => {
	it('layers a chain one node per layer', () => {
		expect(layers(graph('a>b b>c c>d'))).toEqual([['a'], ['b'], ['c'], ['d']]);
	});

	it('puts a node after its latest predecessor (longest path)', () => {
		const layer = layerOf(graph('a>b b>c c>d a>d'));
		expect(layer.get('d')).toBe(3);
	});

	it('pulls a short side branch forward so no edge skips a layer', () => {
		// x joins d late: longest path from the sources would leave x in layer 0, two layers early.
		const layer = layerOf(graph('a>b b>c c>d x>d'));
		expect(layer.get('x')).toBe(2);
		const g = graph('a>b b>c c>d x>d');
		for (const edge of g.edges) expect(layer.get(edge.to)! - layer.get(edge.from)!).toBe(1);
	});

	it('orders a crossed layer to uncross it', () => {
		// Without reordering, row 1 would be [q, p] and the two edges would cross.
		const g: Graph = { nodes: [{ id: 'a' }, { id: 'b' }, { id: 'q' }, { id: 'p' }], edges: [{ from: 'a', to: 'p' }, { from: 'b', to: 'q' }] };
		expect(layers(g)).toEqual([['a', 'b'], ['p', 'q']]);
	});

	it('refuses to order a cycle', () => {
		expect(() => topologicalOrder(graph('a>b b>a'))).toThrow('cycle');
	});

	it('finds everything downstream, and knock-outs darken the blocked node and its descendants', () => {
		const g = graph('a>b b>c a>d d>e');
		expect([...downstream(g, 'a')].sort()).toEqual(['b', 'c', 'd', 'e']);
		expect([...downstream(g, 'd')]).toEqual(['e']);
		expect(downstream(g, 'c').size).toBe(0);
		expect([...knockout(g, ['b'])].sort()).toEqual(['b', 'c']);
		expect([...knockout(g, ['b', 'd'])].sort()).toEqual(['b', 'c', 'd', 'e']);
		expect(knockout(g, ['nope']).size).toBe(0);
	});

	it('a node fed by two routes goes dark when either route is blocked (downstream, by the brief)', () => {
		const g = graph('a>m b>m m>z');
		expect([...knockout(g, ['a'])].sort()).toEqual(['a', 'm', 'z']);
		expect(knockout(g, ['a']).has('b')).toBe(false);
	});
});

describe('the real mTOR pathway', () => {
	it('has ten layers: the eEF2 route leads in, the three synapse proteins close', () => {
		const rows = layers(mtorPathway);
		expect(rows).toHaveLength(10);
		expect(rows[0]).toEqual(['nmda-rest']);
		expect(rows[4]).toEqual(['bdnf-release']);
		expect(rows[7]).toEqual(['mtorc1']);
		expect([...rows[9]!].sort()).toEqual(['glua1', 'psd95', 'synapsin1']);
		const layer = layerOf(mtorPathway);
		for (const edge of mtorPathway.edges) expect(layer.get(edge.to)! - layer.get(edge.from)!, `${edge.from} -> ${edge.to}`).toBe(1);
	});

	it('rapamycin darkens mTORC1 and the 5 nodes after it, nothing before', () => {
		const dark = knockout(mtorPathway, ['mtorc1']);
		expect([...dark].sort()).toEqual(['4ebp1', 'glua1', 'mtorc1', 'p70s6k', 'psd95', 'synapsin1']);
	});

	it('NBQX darkens AMPA and the 11 nodes after it; the eEF2 route stays lit', () => {
		const dark = knockout(mtorPathway, ['ampa-activation']);
		expect(dark.size).toBe(12);
		for (const id of ['nmda-rest', 'eef2k-off', 'eef2-active', 'bdnf-translation']) expect(dark.has(id)).toBe(false);
	});

	it('removing BDNF darkens BDNF release and the 9 nodes after it', () => {
		expect(knockout(mtorPathway, ['bdnf-release']).size).toBe(10);
	});
});

describe('model: the state of every step', () => {
	const lit = (step: string) => mtorScene(step).nodes.filter((node) => node.lit).map((node) => node.id);
	const fresh = (step: string) => mtorScene(step).nodes.filter((node) => node.fresh).map((node) => node.id);

	it('lights the path in order, adding up', () => {
		expect(lit('ampa-activation')).toEqual(['ampa-activation', 'depolarisation']);
		expect(fresh('bdnf-release')).toEqual(['bdnf-release']);
		expect(lit('bdnf-release')).toHaveLength(3);
		expect(fresh('trkb-signalling')).toEqual(['trkb', 'pi3k-akt', 'mek-erk']);
		expect(fresh('mtorc1')).toEqual(['mtorc1']);
		expect(lit('mtorc1')).toHaveLength(7);
		expect(fresh('synaptic-proteins')).toEqual(['p70s6k', '4ebp1', 'psd95', 'glua1', 'synapsin1']);
		expect(lit('synaptic-proteins')).toHaveLength(12);
		expect(fresh('eef2-route')).toEqual(['nmda-rest', 'eef2k-off', 'eef2-active', 'bdnf-translation']);
		expect(lit('eef2-route')).toHaveLength(16);
		expect(fresh('experiments')).toEqual([]);
		expect(lit('experiments')).toHaveLength(16);
	});

	it('lights an edge only when both its ends are lit', () => {
		const scene = mtorScene('bdnf-release');
		expect(scene.edges.filter((edge) => edge.lit).map((edge) => edge.key)).toEqual(['ampa-activation->depolarisation', 'depolarisation->bdnf-release']);
	});

	it('offers the experiments only on the experiments step, and ignores blockers before it', () => {
		for (const step of mtorSteps.slice(0, -1)) {
			const scene = mtorScene(step, { blockers: ['rapamycin'] });
			expect(scene.experiments).toBeNull();
			expect(scene.dimmedCount).toBe(0);
		}
		expect(mtorScene('experiments').experiments?.map((experiment) => experiment.on)).toEqual([false, false, false]);
	});

	it('experiments: each blocker darkens what lies downstream, with a cross on the node it blocks', () => {
		const rapamycin = mtorScene('experiments', { blockers: ['rapamycin'] });
		expect(rapamycin.dimmedCount).toBe(6);
		expect(rapamycin.litCount).toBe(10);
		expect(rapamycin.nodes.find((node) => node.id === 'mtorc1')?.blockedBy).toEqual(['rapamycin']);
		expect(rapamycin.nodes.filter((node) => node.blockedBy.length > 0)).toHaveLength(1);
		expect(rapamycin.edges.find((edge) => edge.key === 'mtorc1->p70s6k')?.dimmed).toBe(true);
		expect(rapamycin.edges.find((edge) => edge.key === 'pi3k-akt->mtorc1')?.dimmed).toBe(true);
		expect(mtorScene('experiments', { blockers: ['nbqx'] }).dimmedCount).toBe(12);
		expect(mtorScene('experiments', { blockers: ['bdnf-loss'] }).dimmedCount).toBe(10);
		const all = mtorScene('experiments', { blockers: ['rapamycin', 'nbqx', 'bdnf-loss'] });
		expect(all.dimmedCount).toBe(12);
		expect(all.litCount).toBe(4);
		expect(all.experiments?.map((experiment) => [experiment.id, experiment.darkens])).toEqual([
			['rapamycin', 6],
			['nbqx', 12],
			['bdnf-loss', 10]
		]);
	});

	it('names mTORC1 right', () => {
		expect(mtorScene('mtorc1').nodes.find((node) => node.id === 'mtorc1')?.role).toContain('mechanistic (formerly mammalian) target of rapamycin complex 1');
	});

	it('survives junk params: no NaN, no negative counts, unknown blockers dropped', () => {
		for (const params of [{ blockers: ['junk', 'rapamycin', 'rapamycin'] }, { blockers: 'rapamycin' }, { blockers: [NaN, null, {}] }, null, undefined, {}]) {
			const scene = mtorScene('experiments', params as never);
			for (const value of [scene.litCount, scene.dimmedCount, scene.total]) {
				expect(Number.isFinite(value)).toBe(true);
				expect(value).toBeGreaterThanOrEqual(0);
			}
			expect(describeMtor(scene)).not.toMatch(/NaN|undefined|Infinity|(^|\s)-\d/);
		}
		expect(mtorScene('experiments', { blockers: ['junk', 'rapamycin', 'rapamycin'] }).dimmedCount).toBe(6);
	});

	it('rejects a step the figure does not know, naming the steps it does', () => {
		expect(() => mtorScene('no-such-step')).toThrow('mtor-signalling has no step "no-such-step" (steps: ampa-activation, bdnf-release');
	});

	it('the catalog lists exactly the model steps, and the pathway file names every one', () => {
		expect(figureCatalog['mtor-signalling']?.steps).toEqual(mtorSteps);
		expect(Object.keys(mtorPathway.steps)).toEqual([...mtorSteps]);
	});
});

describe('params from and to the URL', () => {
	it('keeps known experiment ids only, once each, in a fixed order', () => {
		expect(parseParams({ experiments: 'rapamycin,nbqx' })).toEqual({ blockers: ['rapamycin', 'nbqx'] });
		expect(parseParams({ experiments: 'nbqx, junk ,rapamycin,nbqx,' })).toEqual({ blockers: ['rapamycin', 'nbqx'] });
		expect(parseParams({ experiments: '' })).toEqual({ blockers: [] });
		expect(parseParams({})).toEqual(defaultParams);
		expect(parseParams({ other: 'x' })).toEqual({ blockers: [] });
	});

	it('serializes back, and nothing switched on leaves the query empty', () => {
		expect(serializeParams({ blockers: ['nbqx', 'rapamycin'] })).toEqual({ experiments: 'rapamycin,nbqx' });
		expect(serializeParams({ blockers: ['junk'] })).toEqual({});
		expect(serializeParams(defaultParams)).toEqual({});
		const round = parseParams(serializeParams({ blockers: ['bdnf-loss', 'rapamycin'] }));
		expect(round).toEqual({ blockers: ['rapamycin', 'bdnf-loss'] });
	});
});

describe('describer', () => {
	it('says something different at every step, with its counts', () => {
		const texts = mtorSteps.map((step) => describeMtor(mtorScene(step)));
		expect(new Set(texts).size).toBe(mtorSteps.length);
		expect(texts[0]).toContain('Newly lit: AMPA opens and Cell excited. 2 of 16 steps are lit; 14 are still grey.');
		expect(texts[1]).toContain('3 of 16 steps are lit; 13 are still grey.');
		expect(texts[2]).toContain('Newly lit: TrkB, PI3K–Akt and MEK–ERK. 6 of 16');
		expect(texts[3]).toContain('mechanistic (formerly mammalian) target of rapamycin complex 1');
		expect(texts[3]).toContain('7 of 16 steps are lit; 9 are still grey.');
		expect(texts[4]).toContain('PSD-95, GluA1 and Synapsin I. 12 of 16');
		expect(texts[5]).toContain('16 of 16 steps are lit; none is still grey.');
		expect(texts[6]).toContain('All 16 steps are lit. 3 blockers can be switched on');
	});

	it('says what each experiment darkens and what it found, in which animal', () => {
		const text = (blockers: string[]) => describeMtor(mtorScene('experiments', { blockers }));
		expect(text(['rapamycin'])).toContain('Block mTOR (rapamycin) stops mTORC1. 6 of 16 steps go dark: mTORC1, p70S6K, 4E-BP1, PSD-95, GluA1 and Synapsin I; 10 stay lit.');
		expect(text(['rapamycin'])).toContain('In rats (Li et al. 2010): Blocking mTOR with rapamycin completely blocked');
		expect(text(['nbqx'])).toContain('12 of 16 steps go dark');
		expect(text(['nbqx'])).toContain('In mice (Maeng et al. 2008):');
		expect(text(['nbqx'])).toContain('weakened');
		expect(text(['bdnf-loss'])).toContain('10 of 16 steps go dark');
		expect(text(['bdnf-loss'])).toContain('In mice (Autry et al. 2011):');
		const texts = [[], ['rapamycin'], ['nbqx'], ['bdnf-loss'], ['rapamycin', 'nbqx']].map(text);
		expect(new Set(texts).size).toBe(texts.length);
	});

	it('says what a block did when it was tried in people, next to the animal finding', () => {
		const rapamycin = describeMtor(mtorScene('experiments', { blockers: ['rapamycin'] }));
		expect(rapamycin).toMatch(/In rats \(Li et al\. 2010\):.*In people: In one small trial in 20 people, rapamycin .* did not block/);
		expect(describeMtor(mtorScene('experiments', { blockers: ['nbqx'] }))).not.toContain('In people');
	});

	it('names the links that are our wiring, once they are drawn, grouped by reason', () => {
		const model = (step: string) => mtorScene(step).edges.filter((edge) => edge.model !== null && edge.lit).map((edge) => edge.key);
		expect(model('ampa-activation')).toEqual([]);
		expect(model('bdnf-release')).toEqual(['depolarisation->bdnf-release']);
		expect(model('eef2-route')).toContain('bdnf-translation->bdnf-release');
		expect(model('synaptic-proteins')).toHaveLength(7);
		const text = describeMtor(mtorScene('eef2-route'));
		expect(text).toContain('Dashed link (our model, not a tested result): BDNF made to BDNF released. Autry and colleagues showed eEF2 kinase leading to more BDNF, not to mTOR');
		expect(text).toContain('Dashed links (our model, not a tested result): p70S6K to PSD-95, p70S6K to GluA1, p70S6K to Synapsin I, 4E-BP1 to PSD-95, 4E-BP1 to GluA1 and 4E-BP1 to Synapsin I.');
		expect(describeMtor(mtorScene('ampa-activation'))).not.toContain('our model');
	});
});

describe('layout', () => {
	const pxPerUnit = (layout: { width: number }, paneWidthPx: number) => paneWidthPx / layout.width;

	it('estimates label widths on the wide side (Inter bold measures 77 units for mTORC1 at 19)', () => {
		expect(textWidth('mTORC1')).toBeGreaterThanOrEqual(77);
		expect(textWidth('mTORC1')).toBeLessThan(90);
		expect(wrap('NMDA blocked at rest', 86)).toEqual(['NMDA', 'blocked', 'at rest']);
		expect(wrap('Synapsin I', 60)).toEqual(['Synapsin I']);
		expect(wrap('PI3K–Akt', 60)).toEqual(['PI3K–', 'Akt']);
	});

	it.each([
		[390, 'vertical', 358],
		[1280, 'horizontal', 528]
	] as const)('at %i px: %s, no two nodes touch, labels at least 14 px', (viewport, orientation, paneWidth) => {
		expect(orientationFor(viewport)).toBe(orientation);
		const layout = layoutPathway(mtorPathway, orientationFor(viewport));
		expect(layout.nodes).toHaveLength(16);
		for (const [i, a] of layout.nodes.entries()) {
			for (const b of layout.nodes.slice(i + 1)) {
				for (const partA of a.parts) for (const partB of b.parts) expect(boxesOverlap(partA, partB), `${a.id} touches ${b.id}`).toBe(false);
			}
			for (const part of a.parts) {
				expect(part.x).toBeGreaterThanOrEqual(0);
				expect(part.y).toBeGreaterThanOrEqual(0);
				expect(part.x + part.width).toBeLessThanOrEqual(layout.width);
				expect(part.y + part.height).toBeLessThanOrEqual(layout.height);
			}
		}
		// Drawn at the pane's width, the label size in screen pixels (when width is what limits it).
		expect(labelSize * pxPerUnit(layout, paneWidth)).toBeGreaterThanOrEqual(orientation === 'vertical' ? 14 : 15);
	});

	it('flows the right way: columns left to right when wide, rows top to bottom on phones', () => {
		const wide = layoutPathway(mtorPathway, 'horizontal');
		const narrow = layoutPathway(mtorPathway, 'vertical');
		const at = (layout: typeof wide, id: string) => layout.nodes.find((node) => node.id === id)!;
		for (const edge of mtorPathway.edges) {
			expect(at(wide, edge.to).x).toBeGreaterThan(at(wide, edge.from).x);
			expect(at(narrow, edge.to).y).toBeGreaterThan(at(narrow, edge.from).y);
		}
		expect(wide.width).toBeGreaterThan(wide.height);
		expect(narrow.height).toBeLessThan(300);
		expect(wide.edges.every((edge) => edge.path.startsWith('M'))).toBe(true);
	});

	it('is a pure function of the graph: the same input gives the same drawing', () => {
		expect(layoutPathway(mtorPathway, 'horizontal')).toEqual(layoutPathway(mtorPathway, 'horizontal'));
	});
});
