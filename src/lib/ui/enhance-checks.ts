/**
 * Predict-before-reveal questions. Without JavaScript the answer sits in a <details> the reader
 * opens; with it, picking a choice marks it, says whether it was right, and opens the answer.
 * One delegated listener for the whole document. Returns the cleanup.
 */
export function enhanceChecks(root: Document): () => void {
	const onClick = (event: MouseEvent) => {
		const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('.check-button');
		const check = button?.closest<HTMLElement>('.check');
		if (!button || !check) return;
		const answer = check.querySelector<HTMLElement>('.check-choices')?.dataset.answer;
		for (const other of check.querySelectorAll('.check-button')) other.setAttribute('aria-pressed', String(other === button));
		const right = button.dataset.choice === answer;
		check.dataset.result = right ? 'right' : 'wrong';
		const feedback = check.querySelector('.check-feedback');
		if (feedback) {
			feedback.textContent = right
				? 'Yes, that is right. Here is why.'
				: 'Not quite. That is a common idea; here is what the evidence shows.';
		}
		const reveal = check.querySelector<HTMLDetailsElement>('.check-reveal');
		if (reveal) reveal.open = true;
	};
	root.addEventListener('click', onClick);
	return () => root.removeEventListener('click', onClick);
}
