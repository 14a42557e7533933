import { site } from '$lib/server/site';

export function load() {
	return { glossary: [...site.glossary].sort((a, b) => a.term.localeCompare(b.term)) };
}
