/**
 * Comparing inflected forms of names without a dictionary: a stem key that two forms of one
 * name share (Лаврова, Лавров → лавров; Росії, Росія → рос; Києві, Київ → ки*в), and candidate
 * nominatives of a form for knowledge-base lookup. A fallback for when the recogniser's base form
 * does not decide (the morphology stage gives base forms; this only catches what it missed).
 *
 * @module
 */
import { normalizeAlias } from '../kb/normalize.js';
import type { Lang } from '../types.js';
import { lexiconFor } from './lexicon.js';
import { CYRILLIC_VOWEL_CODES as VOWELS, endingsByLastLetter, NO_ENDINGS, ofLang } from '../lang/per-language.js';
import { Memo } from './memo.js';

/**
 * Vowels that alternate in a closed last syllable (Київ/Києва, дім/дому, Ріг/Рогу): і ї о е є as
 * the word's last vowel (what `/[іїоеє](?=[^аеєиіїоуюяыэё]*$)/u` finds).
 */
const ALTERNATING_VOWELS = new Set([...'іїоеє'].map((c) => c.charCodeAt(0)));

/** Consonants that alternate before the dative/locative -і (Аляска/Алясці, Рига/Ризі). */
const FINAL_ALTERNATION: Readonly<Record<string, string>> = { ц: 'к', з: 'г' };
const MIN_STEM = 3;

/**
 * Endings that end surnames and place names in the nominative (Лавров, Ковалів, Харків), so
 * stripping them would part a name from its own inflected forms.
 */
const NAME_FINALS = new Set(['ів', 'їв', 'ов', 'ев', 'ин', 'ын']);

/** Endings of the language, longest first, for stripping. */
const STRIP: Readonly<Record<Lang, readonly string[]>> = {
  uk: stripList('uk'),
  ru: stripList('ru'),
  en: ["'s"],
};

function stripList(lang: Lang): string[] {
  return [...lexiconFor(lang).endings].filter((e) => e && !NAME_FINALS.has(e)).sort((a, b) => b.length - a.length);
}

/**
 * {@link STRIP} by last letter, each list in STRIP's order: an ending can end a word only if it
 * ends with the word's last letter, so a word is tried against a few endings, not all fifty.
 */
const STRIP_BY_LAST: Readonly<Record<Lang, ReadonlyMap<number, readonly string[]>>> = {
  uk: endingsByLastLetter(STRIP.uk),
  ru: endingsByLastLetter(STRIP.ru),
  en: endingsByLastLetter(STRIP.en),
};

/** The endings of {@link STRIP} that may end `w` (those ending with its last letter), longest first. */
function endingsOf(w: string, lang: Lang): readonly string[] {
  return ofLang(STRIP_BY_LAST, lang).get(w.charCodeAt(w.length - 1)) ?? NO_ENDINGS;
}

/**
 * The stem key of one word: lower case, the longest known ending stripped (keeping at least three
 * letters), a final alternating consonant and the last syllable's alternating vowel folded.
 *
 * @example
 * ```ts
 * wordStemKey('Лаврова', 'uk') === wordStemKey('Лавров', 'uk'); // true
 * wordStemKey('Алясці', 'uk') === wordStemKey('Аляска', 'uk');  // true
 * ```
 */
export function wordStemKey(word: string, lang: Lang): string {
  return ofLang(WORD_KEYS, lang).get(word);
}

function computeWordStemKey(word: string, lang: Lang): string {
  const w = normalizeAlias(word).toLowerCase();
  if (lang === 'en') return w.endsWith("'s") ? w.slice(0, -2) : w;
  let stem = w;
  for (const ending of endingsOf(w, lang)) {
    if (w.length - ending.length >= MIN_STEM && w.endsWith(ending)) {
      stem = w.slice(0, -ending.length);
      break;
    }
  }
  const last = stem[stem.length - 1];
  const alt = last && FINAL_ALTERNATION[last];
  if (alt) stem = stem.slice(0, -1) + alt;
  const v = alternatingVowelAt(stem);
  return v < 0 ? stem : `${stem.slice(0, v)}*${stem.slice(v + 1)}`;
}

/**
 * Where the alternating vowel stands: the last vowel, when it is one of і ї о е є; else -1. A scan
 * from the end instead of the regex, whose look-ahead re-reads the rest of the word at every vowel.
 */
function alternatingVowelAt(stem: string): number {
  for (let k = stem.length - 1; k >= 0; k--) {
    const c = stem.charCodeAt(k);
    if (VOWELS.has(c)) return ALTERNATING_VOWELS.has(c) ? k : -1;
  }
  return -1;
}

/**
 * The stem key of a (multi-word) name: each word's key, joined by spaces.
 *
 * @example
 * ```ts
 * nameStemKey('Сергія Лаврова', 'uk') === nameStemKey('Сергій Лавров', 'uk'); // true
 * ```
 */
export function nameStemKey(name: string, lang: Lang): string {
  return ofLang(NAME_KEYS, lang).get(name);
}

function computeNameStemKey(name: string, lang: Lang): string {
  const words = splitWords(name);
  let key = '';
  for (let i = 0; i < words.length; i++) key += (i > 0 ? ' ' : '') + wordStemKey(words[i]!, lang);
  return key;
}

/** Stem keys per language, remembered: the same names and words recur throughout a document. */
const WORD_KEYS: Readonly<Record<Lang, Memo<string>>> = {
  uk: new Memo((w) => computeWordStemKey(w, 'uk')),
  ru: new Memo((w) => computeWordStemKey(w, 'ru')),
  en: new Memo((w) => computeWordStemKey(w, 'en')),
};
const NAME_KEYS: Readonly<Record<Lang, Memo<string>>> = {
  uk: new Memo((n) => computeNameStemKey(n, 'uk')),
  ru: new Memo((n) => computeNameStemKey(n, 'ru')),
  en: new Memo((n) => computeNameStemKey(n, 'en')),
};

/**
 * The number of words {@link splitWords} would give, counted without making them.
 *
 * @example
 * ```ts
 * countWords(' Марко  Рубіо '); // 2
 * ```
 */
export function countWords(name: string): number {
  let count = 0;
  let inWord = false;
  for (let k = 0; k < name.length; k++) {
    const space = isSpaceUnit(name.charCodeAt(k));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * Whether a UTF-16 unit is white space as `\s` in JavaScript regexes means it.
 *
 * @example
 * ```ts
 * isSpaceUnit(0xa0); // true (no-break space)
 * isSpaceUnit(0x41); // false
 * ```
 */
export function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The words of a name, split at white space (a hyphenated word stays one).
 *
 * @example
 * ```ts
 * splitWords(' Марко  Рубіо '); // ['Марко', 'Рубіо']
 * ```
 */
export function splitWords(name: string): string[] {
  // What `name.match(/[^\s]+/g)` gives, by a scan: no regex run for every name of every document.
  const out: string[] = [];
  let start = -1;
  for (let k = 0; k < name.length; k++) {
    if (isSpaceUnit(name.charCodeAt(k))) {
      if (start >= 0) {
        out.push(name.slice(start, k));
        start = -1;
      }
    } else if (start < 0) start = k;
  }
  if (start >= 0) out.push(start === 0 ? name : name.slice(start));
  return out;
}

/** Nominative endings to try after a stripped stem. */
const NOMINATIVE: Readonly<Record<Lang, readonly string[]>> = {
  uk: ['', 'а', 'я', 'ь', 'й', 'ій', 'ий', 'ія', 'о', 'і', 'и'],
  ru: ['', 'а', 'я', 'ь', 'й', 'ий', 'ый', 'ия', 'о', 'и', 'ы'],
  en: [''],
};

/**
 * Candidate base forms of a one-word form for knowledge-base lookup, the form itself first:
 * each known ending replaced by each nominative ending, with the alternations undone
 * (Алясці → Аляска, Києві → Київ). Bounded: at most a few dozen strings, and at most `limit`
 * (the first so many of the full list).
 *
 * @example
 * ```ts
 * wordBaseCandidates('Вашингтоном', 'uk').includes('вашингтон'); // true
 * ```
 */
export function wordBaseCandidates(word: string, lang: Lang, limit = Infinity): string[] {
  const w = normalizeAlias(word).toLowerCase();
  const out = new Set<string>([w]);
  if (lang === 'en') {
    if (w.endsWith("'s")) out.add(w.slice(0, -2));
    return [...out].slice(0, limit);
  }
  for (const ending of endingsOf(w, lang)) {
    // Later guesses never displace earlier ones: past the limit nothing more is needed.
    if (out.size >= limit) break;
    if (w.length - ending.length < MIN_STEM || !w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    const stems = [stem];
    const last = stem[stem.length - 1];
    if (last && FINAL_ALTERNATION[last]) stems.push(stem.slice(0, -1) + FINAL_ALTERNATION[last]);
    const v = alternatingVowelAt(stem);
    if (v >= 0) stems.push(`${stem.slice(0, v)}${lang === 'uk' ? 'і' : 'о'}${stem.slice(v + 1)}`);
    if (lang === 'uk' && v >= 0 && stem[v] === 'є') stems.push(`${stem.slice(0, v)}ї${stem.slice(v + 1)}`);
    for (const s of stems) for (const nom of NOMINATIVE[lang]) out.add(s + nom);
    if (out.size > 60) break;
  }
  const all = [...out];
  return all.length > limit ? all.slice(0, limit) : all;
}
