// Prints the Flesch-Kincaid grade of every chapter, per lens (npm run readability).
import { readContentDir } from '../src/lib/content/read-dir';
import { readability } from '../src/lib/content/readability';
import { compileSite } from '../src/lib/content/site';
import { loadFigureCatalog } from '../src/lib/figures/catalog-node';

const site = compileSite(readContentDir(process.env.CONTENT_ROOT ?? process.cwd()), { base: '', figures: await loadFigureCatalog() });
const rows = site.chapters.map((chapter) => {
	const cell = (text: string) => (text.trim() === '' ? '-' : readability(text).grade.toFixed(1));
	return [String(chapter.number), chapter.title, cell(chapter.text.patient), cell(chapter.text.student), cell(chapter.text.clinician), String(readability(chapter.text.patient).words)];
});
const head = ['#', 'chapter', 'patient', 'student', 'clinician', 'patient words'];
const widths = head.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log('\nFlesch-Kincaid grade (flesch-kincaid + syllable). Patient text must be grade 8 or lower.');
