import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogFrom, figureCatalog } from '../../src/lib/figures/catalog';
import { defineFigure, defineFigureInfo } from '../../src/lib/figures/define';
import { figure as mtor } from '../../src/lib/figures/mtor-signalling/index';
import { figure as nmda } from '../../src/lib/figures/nmda-blockade/index';
import { settingsFromUrl, urlWithSettings } from '../../src/lib/figures/url-settings';
import { loadFigure } from '../../src/lib/figures/views';

const figuresDir = join(process.cwd(), 'src/lib/figures');
const folders = readdirSync(figuresDir).filter((name) => statSync(join(figuresDir, name)).isDirectory() && readdirSync(join(figuresDir, name)).includes('index.ts'));

describe('one figure skeleton', () => {
	it('every figure folder is in the catalog and loads as a view, under its folder name', async () => {
		expect(folders.length).toBeGreaterThanOrEqual(8);
		expect(Object.keys(figureCatalog).sort()).toEqual([...folders].sort());
		for (const id of folders) {
			const module = await loadFigure(id);
			expect(module.id).toBe(id);
			expect(module.steps).toEqual(figureCatalog[id]?.steps);
			for (const step of module.steps) expect(module.describe(module.scene(step, module.settings.defaults))).not.toMatch(/NaN|undefined|Infinity|^\s*$/);
		}
	}, 60_000);

	it('an unknown figure is an error that names the known ones', async () => {
		await expect(loadFigure('nmda-blokade')).rejects.toThrow(/unknown figure "nmda-blokade" \(known: .*nmda-blockade/);
	});

	it('a figure whose id is not its folder, or a steps.ts without info, is refused by name', () => {
		expect(() => catalogFrom({ './nmda/steps.ts': { id: 'nmda-blockade', title: 'x', steps: ['a'] } })).toThrow('./nmda/steps.ts: the figure\'s id "nmda-blockade" must be its folder\'s name "nmda"');
		expect(() => catalogFrom({ './nmda/steps.ts': undefined })).toThrow('./nmda/steps.ts does not export the figure\'s info');
	});

	it('repeated or missing step ids are refused where the figure is written', () => {
		expect(() => defineFigureInfo({ id: 'demo', title: 'Demo', steps: ['a', 'b', 'a'] })).toThrow('figure "demo": step ids repeat (a)');
		expect(() => defineFigureInfo({ id: 'demo', title: 'Demo', steps: [] })).toThrow('figure "demo": no steps');
	});

	it('defaults: no settings reads nothing from a URL, and the note is the scene\'s own warning', () => {
		const demo = defineFigure({
			info: { id: 'demo', title: 'Demo', steps: ['a'] },
			scene: (step: string) => ({ step, illustrative: step === 'a' ? 'Illustrative.' : null }),
			describe: (scene) => scene.step,
			View: nmda.View as never
		});
		expect(demo.settings.parse({ anything: '1' })).toEqual({});
		expect(demo.note(demo.scene('a', {}))).toBe('Illustrative.');
		expect(settingsFromUrl(demo, '?anything=1')).toBeUndefined();
	});
});

describe('figure settings in the URL', () => {
	it('a figure that shares settings reads them from the query, checked', () => {
		expect(settingsFromUrl(mtor, '?experiments=rapamycin,junk')).toEqual({ blockers: ['rapamycin'] });
		expect(settingsFromUrl(mtor, '?experiments=<img src=x>')).toEqual({ blockers: [] });
	});

	it('writing settings replaces the figure\'s keys and keeps every other part of the URL', () => {
		const on = urlWithSettings(mtor, { blockers: ['nbqx'] }, 'https://example.org/chapters/x/?lens=student&experiments=rapamycin#experiments');
		expect(on.href).toBe('https://example.org/chapters/x/?lens=student&experiments=nbqx#experiments');
		const off = urlWithSettings(mtor, { blockers: [] }, on.href);
		expect(off.href).toBe('https://example.org/chapters/x/?lens=student#experiments');
	});

	it('a figure whose settings are not shared leaves the URL alone', () => {
		const href = 'https://example.org/chapters/y/?concentration=5#use-dependence';
		expect(settingsFromUrl(nmda, '?concentration=5')).toBeUndefined();
		expect(urlWithSettings(nmda, { concentration: 5 }, href).href).toBe(href);
	});
});
