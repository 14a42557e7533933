import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import * as v from 'valibot';
import type { IssueList } from './errors.ts';
import { parseLocated } from './data-file.ts';
import { issueMessage, issuePath, ReferenceSchema, type Reference } from './schemas.ts';

export interface FormattedReference {
	id: string;
	/** APA-style entry as HTML, with the DOI and PubMed links made clickable. */
	html: string;
	/** The same entry as one line of plain text (for the in-place note). */
	text: string;
	doi: string | null;
	pmid: string | null;
	/** A caution the reference carries in CSL "note" (what the fact sheet could not verify). */
	note: string | null;
}

/**
 * Valid items, and every id the file names (valid or not): a chapter citing a reference whose
 * entry is malformed should hear about the entry, not get a second, misleading "unknown key".
 */
export function readReferences(file: string, source: string, issues: IssueList): { items: Reference[]; ids: Set<string> } {
	const ids = new Set<string>();
	const items = readItems(file, source, issues, ids);
	return { items, ids };
}

function readItems(file: string, source: string, issues: IssueList, ids: Set<string>): Reference[] {
	const doc = parseLocated(source, file, issues, { json: true });
	if (!doc) return [];
	if (!Array.isArray(doc.value)) {
		issues.add(file, 1, 'must be a JSON array of CSL-JSON items');
		return [];
	}
	if (doc.value.length === 0) {
		issues.add(file, 1, 'has no references: every citation in the chapters needs an entry here');
		return [];
	}
	const items: Reference[] = [];
	const seen = new Map<string, number>();
	doc.value.forEach((raw, index) => {
		const rawId = (raw as { id?: unknown } | null)?.id;
		if (typeof rawId === 'string') ids.add(rawId);
		const result = v.safeParse(ReferenceSchema, raw);
		if (!result.success) {
			for (const issue of result.issues) {
				issues.add(file, doc.lineOf([index, ...issuePath(issue)]), issueMessage(issue, `reference ${index + 1}`));
			}
			return;
		}
		const line = doc.lineOf([index, 'id']);
		const first = seen.get(result.output.id);
		if (first !== undefined) {
			issues.add(file, line, `duplicate reference id "${result.output.id}" (first on line ${first})`);
			return;
		}
		seen.set(result.output.id, line);
		items.push(result.output);
	});
	return items;
}

/** Formats with citation.js's CSL engine (citeproc-js), not by hand: authors, dates and italics follow APA. */
export function formatReference(item: Reference): FormattedReference {
	const cite = new Cite(item);
	const options = { template: 'apa', lang: 'en-US' };
	const text = String(cite.format('bibliography', { ...options, format: 'text' })).trim();
	const raw = String(cite.format('bibliography', { ...options, format: 'html' }));
	const inner = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(raw)?.[1]?.trim() ?? escapeHtml(text);
	const doi = typeof item.DOI === 'string' ? item.DOI : null;
	const pmid = typeof item.PMID === 'string' ? item.PMID : null;
	let html = inner.replace(/https:\/\/doi\.org\/(\S+?)(?=<|$|\s)/g, (_match, suffix: string) => {
		return `<a href="https://doi.org/${suffix}" rel="external">doi:${suffix}</a>`;
	});
	if (pmid) html += ` <a href="https://pubmed.ncbi.nlm.nih.gov/${pmid}/" rel="external">PubMed ${pmid}</a>`;
	const note = typeof item.note === 'string' && item.note.trim() !== '' ? item.note.trim() : null;
	return { id: item.id, html, text, doi, pmid, note };
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}
