import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';

export function renderHtml(nodes: RootContent[]): string {
	const root: Root = { type: 'root', children: nodes };
	const hast = toHast(root) as HastRoot;
	wrapTables(hast);
	return toHtml(hast);
}

/**
 * A wide table scrolls inside its own box instead of widening the page (reflow at 320 px); the
 * box is focusable and named so keyboard users can scroll it too.
 */
function wrapTables(tree: HastRoot): void {
	visit(tree, 'element', (node: Element, index, parent) => {
		if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
		parent.children[index] = {
			type: 'element',
			tagName: 'div',
			properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Table (scrolls sideways on small screens)' },
			children: [node]
		};
		return SKIP;
	});
}
