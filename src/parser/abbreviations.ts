/**
 * Abbreviation and sentence-starter lookups for the sentence splitter, built once at module load
 * from the per-language data in src/lang/<code>/.
 *
 * @module
 */
import { ofLang } from '../lang/per-language.js';
import type { Lang } from '../types.js';
import { EN_ABBREVIATIONS } from '../lang/en/abbreviations.js';
import { EN_SENTENCE_STARTERS } from '../lang/en/language-words.js';
import { RU_ABBREVIATIONS } from '../lang/ru/abbreviations.js';
import { RU_SENTENCE_STARTERS } from '../lang/ru/language-words.js';
import { UK_ABBREVIATIONS } from '../lang/uk/abbreviations.js';
import { UK_SENTENCE_STARTERS } from '../lang/uk/language-words.js';

/**
 * How an abbreviation behaves before the next word:
 * - `title` never ends a sentence («м. Київ», "Mr. Smith");
 * - `end` ends one only before a capital letter («20 тис. грн. Далі», "Apple Inc. The");
 * - `numeric` is `end` after a number («2025 р.», «XX ст.») and `title` otherwise («р. Дніпро»).
 *
 * @example
 * ```ts
 * const kind: AbbreviationKind = abbreviationTable('uk').get('вул') ?? 'end'; // 'title'
 * ```
 */
export type AbbreviationKind = 'title' | 'end' | 'numeric';

/**
 * One language's abbreviations: lower-case keys without the final dot, dotted forms with inner
 * dots ('т.е', 'e.g').
 *
 * @example
 * ```ts
 * const data: AbbreviationData = { title: ['вул'], end: ['тис'], numeric: ['р'] };
 * ```
 */
export interface AbbreviationData {
  /** Never end a sentence. */
  title: readonly string[];
  /** End a sentence only before a capital letter. */
  end: readonly string[];
  /** End a sentence after a number, never otherwise. */
  numeric: readonly string[];
}

const BY_LANG: Record<Lang, AbbreviationData> = { uk: UK_ABBREVIATIONS, ru: RU_ABBREVIATIONS, en: EN_ABBREVIATIONS };

/** Adds a language's entries to `map`, keeping entries that are already there. */
function addData(map: Map<string, AbbreviationKind>, data: AbbreviationData): void {
  for (const kind of ['title', 'end', 'numeric'] as const) {
    for (const key of data[kind]) if (!map.has(key)) map.set(key, kind);
  }
}

/** A table for one language first, then the others (a Ukrainian text may quote "Mr. Smith"). */
function buildTable(order: readonly Lang[]): ReadonlyMap<string, AbbreviationKind> {
  const map = new Map<string, AbbreviationKind>();
  for (const lang of order) addData(map, BY_LANG[lang]);
  return map;
}

const TABLES: Record<Lang, ReadonlyMap<string, AbbreviationKind>> = {
  uk: buildTable(['uk', 'en', 'ru']),
  ru: buildTable(['ru', 'en', 'uk']),
  en: buildTable(['en', 'uk', 'ru']),
};

/**
 * The abbreviation table for a language (its own entries win over the other languages').
 * Without a language (or with an unknown one), Ukrainian comes first.
 *
 * @example
 * ```ts
 * abbreviationTable('ru').get('г'); // 'numeric'
 * ```
 */
export function abbreviationTable(lang: Lang | undefined): ReadonlyMap<string, AbbreviationKind> {
  // An unknown code (a caller passing 'auto' through) falls back to Ukrainian first, never throws.
  return ofLang(TABLES, lang);
}

const STARTERS: ReadonlySet<string> = new Set([...UK_SENTENCE_STARTERS, ...RU_SENTENCE_STARTERS, ...EN_SENTENCE_STARTERS]);

/**
 * Whether a lower-cased word commonly starts a sentence in any of the three languages.
 *
 * @example
 * ```ts
 * isSentenceStarter('the'); // true
 * isSentenceStarter('tolkien'); // false
 * ```
 */
export function isSentenceStarter(lowerWord: string): boolean {
  return STARTERS.has(lowerWord);
}
