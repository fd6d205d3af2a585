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

/**
 * Endings grouped by the char code of their last letter, each group in list order: a word is tried
 * only against the endings it can end with (the same ones, in the same order, that a scan of the
 * whole list would match), and its last letter is read without cutting a string.
 *
 * @example
 * ```ts
 * endingsByLastLetter(['ові', 'а', 'і']).get('і'.charCodeAt(0)); // ['ові', 'і']
 * ```
 */
export function endingsByLastLetter(endings: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const map = new Map<number, string[]>();
  for (const e of endings) {
    const last = e.charCodeAt(e.length - 1);
    const list = map.get(last);
    if (list) list.push(e);
    else map.set(last, [e]);
  }
  return map;
}

/** The group of a word no ending can end: one shared empty list, so a miss allocates nothing. */
export const NO_ENDINGS: readonly string[] = [];
