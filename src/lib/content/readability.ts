import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface Readability {
	sentences: number;
	words: number;
	syllables: number;
	/** Flesch-Kincaid grade level (1975 formula, from the flesch-kincaid package). */
	grade: number;
}

/** Counts for plain prose: sentences end at . ! or ?; words are runs of letters and digits. */
export function readability(text: string): Readability {
	const words = text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
	const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((part) => /[A-Za-z0-9]/.test(part)).length);
	const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
	const grade = words.length === 0 ? 0 : fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
	return { sentences, words: words.length, syllables, grade: Math.round(grade * 10) / 10 };
}
