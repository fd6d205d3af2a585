/**
 * English words for language detection and sentence splitting.
 * Written for this project from knowledge of English; no corpus was used.
 *
 * @module
 */

/**
 * Frequent English function words. Lower-case.
 *
 * @example
 * ```ts
 * EN_FUNCTION_WORDS.includes('the'); // true
 * ```
 */
export const EN_FUNCTION_WORDS: readonly string[] = [
  'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'on', 'said', 'by', 'at', 'he',
  'she', 'from', 'his', 'her', 'has', 'have', 'had', 'be', 'are', 'were', 'an', 'this', 'not', 'but', 'they', 'will',
  'would', 'who', 'which', 'we', 'been', 'their', 'its', 'after', 'about', 'also', 'or', 'than', 'more', 'there',
  'what', 'when', 'you',
];

/**
 * Capitalised words that commonly start an English sentence: after "U.S." or an initial they
 * mark a sentence break ("… in the U.S. The company …") rather than a name.
 *
 * @example
 * ```ts
 * EN_SENTENCE_STARTERS.includes('the'); // true
 * ```
 */
export const EN_SENTENCE_STARTERS: readonly string[] = [
  'the', 'a', 'an', 'in', 'on', 'at', 'it', 'he', 'she', 'we', 'they', 'i', 'but', 'and', 'this', 'that', 'these',
  'those', 'there', 'his', 'her', 'their', 'its', 'if', 'when', 'after', 'before', 'as', 'for', 'however',
  'meanwhile', 'so', 'officials', 'some', 'many', 'last', 'on', 'while', 'yet',
];
