/**
 * Stem keys for Ukrainian and Russian words: a cheap, language-neutral way to see that two
 * inflected forms (Лаврова, Лавровим, Лавров; Києві, Київ) are forms of one word, used for
 * document consistency, for «seen capitalised elsewhere» evidence and for knowledge-base lookups.
 *
 * @module
 */
import { CYRILLIC_VOWEL_CODES as VOWEL_CODES } from '../lang/per-language.js';

// Case endings of nouns, adjectives and surnames in both languages, longest first so that the
// longest one is stripped ('ові' before 'і').
const ENDINGS = [
  'ією', 'ієм', 'ями', 'ами', 'ого', 'ому', 'ими', 'ием', 'иям', 'иях',
  'ою', 'ею', 'єю', 'ій', 'ий', 'ої', 'ом', 'ем', 'єм', 'ём', 'ам', 'ям', 'ах', 'ях', 'им', 'их', 'ым', 'ых', 'ой', 'ей', 'ая', 'яя', 'ое',
  'ие', 'ия', 'ию', 'ии', 'ії', 'ія', 'ію',
  'а', 'я', 'у', 'ю', 'і', 'ї', 'и', 'ы', 'е', 'є', 'о', 'ь', 'й',
];
// Endings as small integers (five bits per letter, from the letters endings use), one set per
// length: a word's last letters are tested by char code, without cutting strings.
const ENDING_LETTERS = [...new Set(ENDINGS.join(''))];
const LETTER_INDEX = new Map(ENDING_LETTERS.map((c, i) => [c.charCodeAt(0), i + 1]));
const BY_LENGTH: readonly ReadonlySet<number>[] = [3, 2, 1].map((n) => new Set(ENDINGS.filter((e) => e.length === n).map((e) => endingCode(e, 0, n))));

/** The letters `word[from..from+n)` as one number (-1 when one of them ends no ending). */
function endingCode(word: string, from: number, n: number): number {
  let code = 0;
  for (let i = from; i < from + n; i++) {
    const k = LETTER_INDEX.get(word.charCodeAt(i));
    if (k === undefined) return -1;
    code = code * 32 + k;
  }
  return code;
}

// Char codes: the alternating vowels of a closed last syllable, and the softened
// consonants (ц з с) that fold to their hard pair (к г х).
const ALTERNATING_CODES = new Set([...'іїоеєё'].map((c) => c.charCodeAt(0)));
const SOFTENED: ReadonlyMap<number, string> = new Map([['ц', 'к'], ['з', 'г'], ['с', 'х']].map(([a, b]) => [a!.charCodeAt(0), b!]));
const APOSTROPHES = /[’ʼ`]/g;
const SPACES = /\s+/;
const SPACE_OR_APOSTROPHE = /[\s’ʼ`]/;

/**
 * Strips one case ending from a lower-case word, keeping at least three letters, and blurs the
 * vowel of a closed last syllable (Київ/Києва, Львів/Львова, дім/дому alternate it).
 *
 * @example
 * ```ts
 * stemKey('лаврова') === stemKey('лавров'); // true
 * stemKey('києві') === stemKey('київ');     // true
 * ```
 */
export function stemKey(lower: string): string {
  let len = lower.length;
  // Every ending ends in one of a few letters: most other words skip the three probes.
  if (LETTER_INDEX.has(lower.charCodeAt(len - 1))) for (let n = 3; n >= 1; n--) {
    if (len - n >= 3 && BY_LENGTH[3 - n]!.has(endingCode(lower, len - n, n))) {
      len -= n;
      break;
    }
  }
  const last = len - 1;
  const c = lower.charCodeAt(last);
  // Ukrainian and Russian soften a final к/г/х before -і/-е (Аляска/Алясці, Прага/Празі):
  // folding the alternants together makes both forms one key.
  const fold = SOFTENED.get(c);
  // Find the vowel of the last syllable; blur it if it is one that alternates.
  let star = -1;
  if (last >= 2 && !VOWEL_CODES.has(c)) {
    let i = last - 1;
    while (i > 0 && !VOWEL_CODES.has(lower.charCodeAt(i))) i--;
    if (i > 0 && ALTERNATING_CODES.has(lower.charCodeAt(i))) star = i;
  }
  if (star < 0 && fold === undefined) return len === lower.length ? lower : lower.slice(0, len);
  const head = star < 0 ? lower.slice(0, last) : `${lower.slice(0, star)}*${lower.slice(star + 1, last)}`;
  return head + (fold ?? lower.charAt(last));
}

/**
 * The stem key of a multi-word name: each word's {@link stemKey}, joined by one space.
 * Hyphens and apostrophes are kept; input is lower-cased.
 *
 * @example
 * ```ts
 * nameKey('Білого дому') === nameKey('Білий дім'); // true
 * ```
 */
export function nameKey(name: string): string {
  const lower = name.toLowerCase();
  // One word with no apostrophe (most names looked up) needs no rewriting or splitting. (Built-in
  // regex and split, not a loop over the letters: the first documents run this unoptimised, over
  // every name of a knowledge-base bucket.)
  if (!SPACE_OR_APOSTROPHE.test(lower)) return lower ? stemKey(lower) : '';
  const words = lower.replace(APOSTROPHES, "'").split(SPACES);
  let out = '';
  for (const w of words) if (w) out += (out ? ' ' : '') + stemKey(w);
  return out;
}

/**
 * Looks a lower-case inflected word up in a map keyed by stems of nominative forms (see
 * {@link stemKey}). Returns the stored value or `undefined`.
 *
 * @example
 * ```ts
 * const heads = stemMap(['служба']);
 * lookupStem(heads, 'служби'); // true
 * ```
 */
export function lookupStem<V>(map: ReadonlyMap<string, V>, lower: string): V | undefined {
  return map.get(stemKey(lower));
}

/**
 * Builds a stem-keyed map from nominative words (value `true`) or from `[word, value]` pairs.
 *
 * @example
 * ```ts
 * stemMap(['міністерство']).has(stemKey('міністерства')); // true
 * ```
 */
export function stemMap<V = true>(words: Iterable<string | readonly [string, V]>): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const item of words) {
    if (typeof item === 'string') map.set(stemKey(item.toLowerCase()), true as V);
    else map.set(stemKey(item[0].toLowerCase()), item[1]);
  }
  return map;
}
