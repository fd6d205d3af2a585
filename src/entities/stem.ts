/**
 * Stem keys for Ukrainian and Russian words: a cheap, language-neutral way to see that two
 * inflected forms (Лаврова, Лавровим, Лавров; Києві, Київ) are forms of one word, used for
 * document consistency, for «seen capitalised elsewhere» evidence and for knowledge-base lookups.
 *
 * @module
 */

// Case endings of nouns, adjectives and surnames in both languages, longest first so that the
// longest one is stripped ('ові' before 'і').
const ENDINGS = [
  'ією', 'ієм', 'ями', 'ами', 'ого', 'ому', 'ими', 'ием', 'иям', 'иях',
  'ою', 'ею', 'єю', 'ій', 'ий', 'ої', 'ом', 'ем', 'єм', 'ём', 'ам', 'ям', 'ах', 'ях', 'им', 'их', 'ым', 'ых', 'ой', 'ей', 'ая', 'яя', 'ое',
  'ие', 'ия', 'ию', 'ии', 'ії', 'ія', 'ію',
  'а', 'я', 'у', 'ю', 'і', 'ї', 'и', 'ы', 'е', 'є', 'о', 'ь', 'й',
];
const BY_LENGTH: readonly ReadonlySet<string>[] = [3, 2, 1].map((n) => new Set(ENDINGS.filter((e) => e.length === n)));
const ENDING_LAST = new Set(ENDINGS.map((e) => e.charAt(e.length - 1)));
const VOWELS = new Set('аеєиіїоуюяыэё'.split(''));
const SOFTENED = new Map([['ц', 'к'], ['з', 'г'], ['с', 'х']]);
const ALTERNATING = new Set(['і', 'ї', 'о', 'е', 'є', 'ё']);
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
  let stem = lower;
  // Every ending ends in one of a few letters: most other words skip the three probes.
  if (ENDING_LAST.has(lower.charAt(lower.length - 1))) for (let n = 3; n >= 1; n--) {
    if (stem.length - n >= 3 && BY_LENGTH[3 - n]!.has(stem.slice(stem.length - n))) {
      stem = stem.slice(0, stem.length - n);
      break;
    }
  }
  const last = stem.length - 1;
  // Ukrainian and Russian soften a final к/г/х before -і/-е (Аляска/Алясці, Прага/Празі):
  // folding the alternants together makes both forms one key.
  const fold = SOFTENED.get(stem[last]!);
  if (fold) stem = stem.slice(0, last) + fold;
  if (last >= 2 && !VOWELS.has(stem[last]!)) {
    // Find the vowel of the last syllable; blur it if it is one that alternates.
    let i = last - 1;
    while (i > 0 && !VOWELS.has(stem[i]!)) i--;
    if (i > 0 && ALTERNATING.has(stem[i]!)) stem = `${stem.slice(0, i)}*${stem.slice(i + 1)}`;
  }
  return stem;
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
  // One word with no apostrophe (most names looked up) needs no rewriting or splitting.
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
