/**
 * Language detection for Ukrainian, Russian and English, from letters and frequent function words.
 *
 * @module
 */
import type { Lang } from '../types.js';
import { EN_FUNCTION_WORDS } from '../lang/en/language-words.js';
import { RU_FUNCTION_WORDS, RU_WORD_ENDINGS } from '../lang/ru/language-words.js';
import { UK_FUNCTION_WORDS, UK_WORD_ENDINGS } from '../lang/uk/language-words.js';
import * as chars from './chars.js';

// Local bindings, taken once: a runner that rewrites imports into property reads (vitest's
// module runner does) would otherwise pay a getter call per character in the loops below.
const { isApostrophe } = chars;

/** Function word → the language it marks (the lists are disjoint by construction). */
const WORDS: ReadonlyMap<string, Lang> = new Map<string, Lang>([
  ...UK_FUNCTION_WORDS.map((w) => [w, 'uk'] as [string, Lang]),
  ...RU_FUNCTION_WORDS.map((w) => [w, 'ru'] as [string, Lang]),
  ...EN_FUNCTION_WORDS.map((w) => [w, 'en'] as [string, Lang]),
]);

/** Evidence gathered over the text. */
interface Evidence {
  /** Cyrillic letters. */
  cyr: number;
  /** Latin letters. */
  lat: number;
  /** Letters only Ukrainian has (і ї є ґ, an apostrophe inside a word). */
  ukMarks: number;
  /** Letters only Russian has (ы э ё ъ). */
  ruMarks: number;
  /** Endings typical of Ukrainian. */
  ukHints: number;
  /** Letter pairs and endings typical of Russian. */
  ruHints: number;
  /** Function words per language. */
  uk: number;
  ru: number;
  en: number;
}

/** Whether `word` ends with one of `endings` and has at least one more letter before it. */
function hasEnding(word: string, endings: readonly string[]): boolean {
  for (const e of endings) if (word.length > e.length && word.endsWith(e)) return true;
  return false;
}

/** Counts one word's evidence: function words, then (for Cyrillic) endings. */
function scoreWord(word: string, cyrillic: boolean, ev: Evidence): void {
  const lang = word.length <= MAX_WORD ? WORDS.get(word) : undefined;
  // Named increments, not ev[lang]: a keyed write whose key changes deoptimises optimised code.
  if (lang === 'uk') ev.uk++;
  else if (lang === 'ru') ev.ru++;
  else if (lang === 'en') ev.en++;
  else if (cyrillic) {
    if (hasEnding(word, UK_WORD_ENDINGS)) ev.ukHints++;
    else if (hasEnding(word, RU_WORD_ENDINGS)) ev.ruHints++;
  }
}

/** Only this many characters are read: plenty to decide, and `extract` on 10 MB stays cheap. */
const MAX_CHARS = 65_536;
/** A function word weighs as much as this many letters: words outvote a few quoted names. */
const WORD_WEIGHT = 8;
/**
 * Weights of the letters only one of Ukrainian and Russian has. Ukrainian і ї є ґ together make
 * about 7% of Ukrainian letters, Russian ы э ё ъ (with и before е/я, below) about 3% of Russian
 * ones, so a Russian mark counts a little more.
 */
const UK_MARK_WEIGHT = 3;
const RU_MARK_WEIGHT = 4;
/** Endings and letter pairs are hints: a few words of the other language may have them. */
const HINT_WEIGHT = 2;
/**
 * Ukrainian writes і, ї, є or ґ about once in every 14 letters: a Cyrillic text this long with none
 * of them, and no other evidence, is read as Russian.
 */
const NO_MARK_LETTERS = 30;
/**
 * Reading stops early, at the first word boundary after every {@link CHECK_EVERY} characters,
 * once the vote is this lopsided ({@link settled}): a long article's first few thousand
 * characters decide as well as its first 64K (same answer on every measuring-set article).
 */
const CHECK_EVERY = 4096;
const SETTLED_RATIO = 5;
/** ...and the Ukrainian-against-Russian winner has at least this much weighted evidence. */
const SETTLED_EVIDENCE = 300;
/** Function words longer than this are not looked up. */
const MAX_WORD = 12;

/** Letter script: 1 Cyrillic, 2 Latin, 0 not a letter we count. */
function script(u: number): number {
  if ((u >= 0x430 && u <= 0x44f) || (u >= 0x410 && u <= 0x42f) || (u >= 0x400 && u <= 0x40f) || (u >= 0x450 && u <= 0x45f) || u === 0x490 || u === 0x491) return 1;
  if ((u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a) || (u >= 0xc0 && u <= 0x24f && u !== 0xd7 && u !== 0xf7)) return 2;
  return 0;
}

/** і ї є ґ (either case): letters Ukrainian has and Russian does not. */
function isUkrainianLetter(u: number): boolean {
  return u === 0x456 || u === 0x406 || u === 0x457 || u === 0x407 || u === 0x454 || u === 0x404 || u === 0x491 || u === 0x490;
}

/** и (either case). */
function isCyrillicI(u: number): boolean {
  return u === 0x438 || u === 0x418;
}

/** ы э ё ъ (either case): letters Russian has and Ukrainian does not. */
function isRussianLetter(u: number): boolean {
  return u === 0x44b || u === 0x42b || u === 0x44d || u === 0x42d || u === 0x451 || u === 0x401 || u === 0x44a || u === 0x42a;
}

/**
 * Guesses whether a text is Ukrainian, Russian or English.
 *
 * Cyrillic against Latin letters decides English, each side helped by its function words
 * (English «the», «said»…; Ukrainian «що», «від»…; Russian «что», «который»…), so English text
 * quoting «Володимир Зеленський» stays English. Between Ukrainian and Russian, the letters only
 * one of them has (і ї є ґ and an apostrophe inside a word for Ukrainian; ы э ё ъ and the pairs «ие», «ия» for Russian)
 * word endings (Ukrainian «-ував», «-ння»; Russian «-ется», «-лся») and the function words
 * vote, so Ukrainian text quoting «Сергей Лавров» or «Роснефть» stays Ukrainian.
 *
 * Defaults: a text with no Cyrillic letter (empty, digits only, punctuation, Latin or other
 * scripts) is `'en'`; a Cyrillic text with no evidence either way is `'uk'` when shorter than
 * 30 letters («Москва») and `'ru'` from 30 letters on (Ukrainian text that long almost always has
 * an і, ї, є or ґ). Only the first
 * 65 536 characters are read.
 *
 * @example
 * ```ts
 * detectLanguage('Лавров заявив, що «Роснефть» працює.'); // 'uk'
 * detectLanguage('Лавров заявил, что переговоры возможны.'); // 'ru'
 * detectLanguage('Zelensky said «Ми переможемо» on Tuesday.'); // 'en'
 * detectLanguage('2025'); // 'en'
 * ```
 */
export function detectLanguage(text: string): Lang {
  const n = Math.min(text.length, MAX_CHARS);
  const ev: Evidence = { cyr: 0, lat: 0, ukMarks: 0, ruMarks: 0, ukHints: 0, ruHints: 0, uk: 0, ru: 0, en: 0 };
  let wordStart = -1;
  let wordScript = 0;
  let nextCheck = CHECK_EVERY;
  for (let i = 0; i <= n; i++) {
    // Between words only, so the evidence never holds half a word.
    if (i >= nextCheck && wordStart < 0) {
      if (settled(ev)) break;
      nextCheck = i + CHECK_EVERY;
    }
    const u = i < n ? text.charCodeAt(i) : 0x20;
    const s = script(u);
    if (s === 1) countCyrillicLetter(text, i, u, ev);
    else if (s === 2) ev.lat++;
    if (s !== 0 && (wordStart < 0 || s === wordScript)) {
      if (wordStart < 0) {
        wordStart = i;
        wordScript = s;
      }
      continue;
    }
    // An apostrophe inside a Cyrillic word is Ukrainian («м'ясо», «пʼять»; Russian writes «ъ»).
    if (wordStart >= 0 && wordScript === 1 && (isApostrophe(u) || u === 0x2bc) && i + 1 < n && script(text.charCodeAt(i + 1)) === 1) {
      ev.ukMarks++;
      continue;
    }
    if (wordStart >= 0) scoreWord(text.slice(Math.max(wordStart, i - 2 * MAX_WORD), i).toLowerCase(), wordScript === 1, ev);
    wordStart = s !== 0 ? i : -1;
    wordScript = s;
  }
  return verdict(ev);
}

/** Counts a Cyrillic letter and the letter evidence it carries (kept apart: a small unit compiles cheaply). */
function countCyrillicLetter(text: string, i: number, u: number, ev: Evidence): void {
  ev.cyr++;
  if (isUkrainianLetter(u)) ev.ukMarks++;
  else if (isRussianLetter(u)) ev.ruMarks++;
  // «ие», «ия» are everywhere in Russian («решение», «России») and next to absent in Ukrainian («рішення», «Росії»).
  else if ((u === 0x435 || u === 0x44f || u === 0x415 || u === 0x42f) && i > 0 && isCyrillicI(text.charCodeAt(i - 1))) ev.ruHints++;
}

/** The language the evidence gathered so far votes for. */
function verdict(ev: Evidence): Lang {
  if (ev.cyr === 0) return 'en';
  const v = votes(ev);
  if (v.en > v.cyr) return 'en';
  if (v.uk === 0 && v.ru === 0) return ev.cyr >= NO_MARK_LETTERS ? 'ru' : 'uk';
  return v.ru > v.uk ? 'ru' : 'uk';
}

/**
 * Whether the rest of the text could not change the verdict in practice: each vote (script, then
 * Ukrainian against Russian) is won by {@link SETTLED_RATIO} to one over enough evidence.
 */
function settled(ev: Evidence): boolean {
  const v = votes(ev);
  if (v.en >= SETTLED_RATIO * v.cyr) return true;
  if (v.cyr < SETTLED_RATIO * v.en) return false;
  const winner = Math.max(v.uk, v.ru);
  return winner >= SETTLED_EVIDENCE && winner >= SETTLED_RATIO * Math.min(v.uk, v.ru);
}

/** The weighted votes: Latin against Cyrillic script, then Ukrainian against Russian. */
function votes(ev: Evidence): { en: number; cyr: number; uk: number; ru: number } {
  return {
    en: ev.lat + WORD_WEIGHT * ev.en,
    cyr: ev.cyr + WORD_WEIGHT * (ev.uk + ev.ru),
    uk: UK_MARK_WEIGHT * ev.ukMarks + HINT_WEIGHT * ev.ukHints + WORD_WEIGHT * ev.uk,
    ru: RU_MARK_WEIGHT * ev.ruMarks + HINT_WEIGHT * ev.ruHints + WORD_WEIGHT * ev.ru,
  };
}
