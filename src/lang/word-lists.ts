/**
 * Builders for the word-list data in src/lang/<code>/: lists are written as white-space separated
 * words in template strings (easy to read and edit), and turned into Maps once at module load.
 *
 * @module
 */

/**
 * Maps every word of each list to its label; when a word stands in several lists, the first list
 * wins (so a first name listed as both masculine and feminine keeps its masculine reading).
 *
 * @example
 * ```ts
 * labelWords([['Сергій Олена', 'x'], ['Олена Марія', 'y']]); // Map { Сергій → x, Олена → x, Марія → y }
 * ```
 */
export function labelWords<L>(lists: readonly (readonly [words: string, label: L])[]): ReadonlyMap<string, L> {
  const map = new Map<string, L>();
  for (const [words, label] of lists) {
    for (const word of words.split(/\s+/)) if (word && !map.has(word)) map.set(word, label);
  }
  return map;
}
