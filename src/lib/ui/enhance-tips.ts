/**
 * Glossary terms open on hover and focus with CSS alone. This adds tap (toggle on click, one open
 * at a time) and Escape to dismiss without moving the pointer (WCAG 1.4.13). Returns the cleanup.
 */
export function enhanceTips(root: Document): () => void {
	const closeAll = (except?: Element) => {
		for (const open of root.querySelectorAll('.term-label[aria-expanded="true"]')) {
			if (open !== except) open.setAttribute('aria-expanded', 'false');
		}
	};
	const onClick = (event: MouseEvent) => {
		const label = (event.target as Element | null)?.closest?.('.term-label');
		if (!label) return closeAll();
		const open = label.getAttribute('aria-expanded') === 'true';
		closeAll(label);
		label.setAttribute('aria-expanded', String(!open));
	};
	const onKey = (event: KeyboardEvent) => {
		if (event.key !== 'Escape') return;
		closeAll();
		root.documentElement.dataset.tips = 'hidden';
	};
	const onMove = () => {
		if (root.documentElement.dataset.tips) delete root.documentElement.dataset.tips;
	};
	root.addEventListener('click', onClick);
	root.addEventListener('keydown', onKey);
	root.addEventListener('pointermove', onMove);
	root.addEventListener('focusin', onMove);
	return () => {
		root.removeEventListener('click', onClick);
		root.removeEventListener('keydown', onKey);
		root.removeEventListener('pointermove', onMove);
		root.removeEventListener('focusin', onMove);
	};
}

/** Opens the lens blocks of the chosen lens (they are <details>, closed for readers without JavaScript). */
export function openLensBlocks(root: ParentNode, lens: string): void {
	for (const block of root.querySelectorAll<HTMLDetailsElement>('details[data-lens]')) {
		block.open = block.dataset.lens === lens;
	}
}
