import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { IssueList } from './errors.ts';

/**
 * A parsed YAML or JSON document that can say on which line any value stands. JSON is read
 * through the YAML parser (JSON is YAML 1.2) because only that parser keeps source positions,
 * which every error message needs.
 */
export interface LocatedDocument {
	value: unknown;
	/** Line of the value at a path such as [3, 'DOI'] (1-based); the nearest existing parent otherwise. */
	lineOf(path: readonly (string | number)[]): number;
}

export function parseLocated(
	source: string,
	file: string,
	issues: IssueList,
	options: { firstLine?: number; json?: boolean } = {}
): LocatedDocument | null {
	const firstLine = options.firstLine ?? 1;
	const lineCounter = new LineCounter();
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) issues.add(file, lineAt(error.pos[0]), `cannot be read: ${firstSentence(error.message)}`);
		return null;
	}
	if (options.json) {
		try {
			JSON.parse(source);
		} catch (error) {
			// YAML accepts a little more than JSON; JSON.parse names the offending position.
			const message = (error as Error).message;
			const position = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
			issues.add(file, lineAt(position), `is not valid JSON: ${message}`);
			return null;
		}
	}
	return {
		value: doc.toJS(),
		lineOf: (path) => lineAt(offsetOf(doc, path))
	};
}

function offsetOf(doc: Document, path: readonly (string | number)[]): number {
	let node: unknown = doc.contents;
	let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
	for (const segment of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value) === String(segment));
			if (!pair) break;
			offset = (pair.key as Node).range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item = node.items[segment] as Node | undefined;
			if (!item) break;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else {
			break;
		}
	}
	return offset;
}

function firstSentence(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
