/** "a", "a and b", "a, b and c": how the describers list things in a sentence. */
export function joinWords(items: readonly (string | number)[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
