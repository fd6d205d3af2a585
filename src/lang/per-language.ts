/**
 * Helpers shared by every stage for data kept per language (uk, ru, en).
 *
 * @module
 */
import type { Lang } from '../types.js';

/**
 * The entry of a per-language table (Ukrainian for any other language). Named field reads rather
 * than `table[lang]`: a keyed read whose key changes between documents makes optimised code
 * deoptimise ("wrong name") when the first document of another language arrives.
 *
 * @example
 * ```ts
 * ofLang({ uk: 1, ru: 2, en: 3 }, 'ru'); // 2
 * ```
 */
export function ofLang<T>(table: Readonly<Record<Lang, T>>, lang: Lang | undefined): T {
  return lang === 'ru' ? table.ru : lang === 'en' ? table.en : table.uk;
}

/** The vowel letters of Ukrainian and Russian, lower case. */
export const CYRILLIC_VOWELS = 'аеєиіїоуюяыэё';

/** Char codes of {@link CYRILLIC_VOWELS}, for scans over `charCodeAt` (lower case). */
export const CYRILLIC_VOWEL_CODES: ReadonlySet<number> = new Set([...CYRILLIC_VOWELS].map((c) => c.charCodeAt(0)));
