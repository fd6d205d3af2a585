/**
 * The role lexicons of src/lang/<code>/roles.ts, compiled once at module load into lookup
 * structures, and the stem matcher that finds an inflected word's entry.
 *
 * @module
 */
import { EN_ROLES } from '../lang/en/roles.js';
import { RU_ROLES } from '../lang/ru/roles.js';
import { UK_ROLES } from '../lang/uk/roles.js';
import { normalizeAlias } from '../kb/normalize.js';
import type { Lang } from '../types.js';
import type { RoleLexicon, RoleWord } from './role-types.js';

/**
 * A lexicon ready for matching.
 *
 * @example
 * ```ts
 * const lex: CompiledLexicon = lexiconFor('uk');
 * lex.endings.has('ого'); // true
 * ```
 */
export interface CompiledLexicon {
  /** The source data. */
  readonly data: RoleLexicon;
  /** Stems. */
  readonly words: ReadonlyMap<string, RoleWord>;
  /** Endings a stem may take. */
  readonly endings: ReadonlySet<string>;
  /** Longest ending, to bound the stem search. */
  readonly maxEnding: number;
  /** Connector words. */
  readonly connectors: ReadonlySet<string>;
  /** Abbreviations (lower case) → full names. */
  readonly abbreviations: ReadonlyMap<string, string>;
  /** Full names (normalised) → their abbreviations in capitals. */
  readonly expansions: ReadonlyMap<string, string>;
  /** Honorifics, lower case. */
  readonly honorifics: ReadonlySet<string>;
}

function compile(data: RoleLexicon): CompiledLexicon {
  const endings = new Set(data.endings);
  return {
    data,
    words: new Map(Object.entries(data.words)),
    endings,
    maxEnding: Math.max(...[...endings].map((e) => e.length)),
    connectors: new Set(data.connectors),
    abbreviations: new Map(Object.entries(data.abbreviations)),
    honorifics: new Set(data.honorifics),
    expansions: new Map(Object.entries(data.abbreviations).map(([abbr, full]) => [normalizeAlias(full), abbr.toUpperCase()])),
  };
}

const LEXICONS: Readonly<Record<Lang, CompiledLexicon>> = { uk: compile(UK_ROLES), ru: compile(RU_ROLES), en: compile(EN_ROLES) };

/**
 * The compiled role lexicon of a language.
 *
 * @example
 * ```ts
 * lexiconFor('uk').words.get('міністр')?.concepts; // ['minister']
 * ```
 */
export function lexiconFor(lang: Lang): CompiledLexicon {
  return LEXICONS[lang] ?? LEXICONS.uk;
}

const APOSTROPHES = /[ʼ’`´]/g;
const UPPER = /^[\p{Lu}.]+$/u;

/**
 * Lower case with one apostrophe and ё → е: the form lexicon stems are written in.
 *
 * @example
 * ```ts
 * foldWord('Прем’єр'); // "прем'єр"
 * ```
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return FOLDABLE.test(lower) ? lower.replace(APOSTROPHES, "'").replace(YO, 'е') : lower;
}

const FOLDABLE = /[ʼ’`´ё]/;
const YO = /ё/g;

/**
 * The lexicon entry an (inflected) word belongs to: the longest stem such that the rest of the word
 * is an ending of the language. Abbreviations (РФ, США, US) match only words written in capitals,
 * because lower-cased they may be ordinary words ('us').
 *
 * @example
 * ```ts
 * matchRoleWord('очільника', lexiconFor('uk'))?.concepts; // ['head']
 * matchRoleWord('us', lexiconFor('en'));                   // undefined
 * ```
 */
export function matchRoleWord(word: string, lex: CompiledLexicon): RoleWord | undefined {
  const folded = foldWord(word);
  const min = Math.max(2, folded.length - lex.maxEnding);
  for (let i = folded.length; i >= min; i--) {
    const entry = lex.words.get(folded.slice(0, i));
    if (entry && lex.endings.has(folded.slice(i))) {
      if (entry.caps && !UPPER.test(word)) continue;
      return entry;
    }
  }
  return undefined;
}
