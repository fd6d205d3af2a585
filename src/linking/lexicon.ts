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
import { ofLang } from '../lang/per-language.js';
import { Memo } from './memo.js';
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
  return ofLang(LEXICONS, lang);
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
  return foldable(lower) ? lower.replace(APOSTROPHES, "'").replace(YO, 'е') : lower;
}

/** Whether a lower-case word has one of ʼ ’ ` ´ ё (what folding rewrites), by a scan rather than a regex. */
function foldable(lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c === 0x2bc || c === 0x2019 || c === 0x60 || c === 0xb4 || c === 0x451) return true;
  }
  return false;
}

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
  let memo = MATCHES.get(lex);
  if (!memo) MATCHES.set(lex, (memo = new Memo((w) => computeMatch(w, lex) ?? null)));
  return memo.get(word) ?? undefined;
}

/**
 * Whether `text.slice(start, end)` may be a word of the lexicon, from its first letters alone (no
 * string is made): false only when {@link matchRoleWord} would surely find nothing, because no
 * two-letter stem is the word's first two letters folded and no longer stem begins with its first
 * three. Most words of a text are rejected here, so the full match runs for few.
 *
 * @example
 * ```ts
 * mayBeRoleWord('Очільник', 0, 8, lexiconFor('uk')); // true
 * mayBeRoleWord('for', 0, 3, lexiconFor('en'));      // true («foreign» begins so)
 * mayBeRoleWord('today', 0, 5, lexiconFor('en'));    // false
 * ```
 */
export function mayBeRoleWord(text: string, start: number, end: number, lex: CompiledLexicon): boolean {
  return mayBeWord(text, start, end, prefixesOf(lex));
}

/**
 * The lexicon entry of each word `text.slice(starts[k], ends[k])`, or undefined: {@link matchRoleWord}
 * for the words {@link mayBeRoleWord} lets through, with the lexicon's tables looked up once.
 *
 * @example
 * ```ts
 * roleWordsAt('Очільник МЗС', [0, 9], [8, 12], lexiconFor('uk'))[0]?.concepts; // ['head']
 * ```
 */
export function roleWordsAt(text: string, starts: readonly number[], ends: readonly number[], lex: CompiledLexicon): (RoleWord | undefined)[] {
  const p = prefixesOf(lex);
  let memo = MATCHES.get(lex);
  if (!memo) MATCHES.set(lex, (memo = new Memo((w) => computeMatch(w, lex) ?? null)));
  const out = new Array<RoleWord | undefined>(starts.length);
  for (let k = 0; k < starts.length; k++) out[k] = mayBeWord(text, starts[k], ends[k], p) ? (memo.get(text.slice(starts[k], ends[k])) ?? undefined) : undefined;
  return out;
}

function mayBeWord(text: string, start: number, end: number, p: Prefixes): boolean {
  const len = end - start;
  if (len < 1) return true;
  const a = foldIndex(text.charCodeAt(start));
  if (a < 0) return true; // not a letter whose folding is known here: ask the full matcher
  if (len < 2) return false; // one letter folds to one letter: shorter than any stem
  const b = foldIndex(text.charCodeAt(start + 1));
  if (b < 0) return true;
  const pair = a * FOLDED + b;
  if (p.two[pair] === 1) return true;
  if (len < 3) return false;
  const third = p.three[pair];
  if (third === undefined) return foldIndex(text.charCodeAt(start + 2)) < 0;
  const c = foldIndex(text.charCodeAt(start + 2));
  return c < 0 || third[c] === 1;
}

/**
 * Each lexicon's stems of two letters (a table by pair index) and the first three letters of its
 * longer stems (per first pair, a table by third letter: an array read, not a hash lookup per word).
 */
interface Prefixes {
  two: Uint8Array;
  three: (Uint8Array | undefined)[];
}

const PREFIXES = new WeakMap<CompiledLexicon, Prefixes>();

function prefixesOf(lex: CompiledLexicon): Prefixes {
  let p = PREFIXES.get(lex);
  if (!p) {
    p = { two: new Uint8Array(FOLDED * FOLDED), three: new Array<Uint8Array | undefined>(FOLDED * FOLDED).fill(undefined) };
    for (const stem of lex.words.keys()) {
      if (stem.length < 2) continue;
      const a = unitIndex(stem.charCodeAt(0));
      const b = unitIndex(stem.charCodeAt(1));
      // A stem beginning with a unit no fold gives can never be one a word's folded letters make.
      if (a < 0 || b < 0) continue;
      const pair = a * FOLDED + b;
      if (stem.length === 2) p.two[pair] = 1;
      else {
        const c = unitIndex(stem.charCodeAt(2));
        if (c >= 0) (p.three[pair] ??= new Uint8Array(FOLDED))[c] = 1;
      }
    }
    PREFIXES.set(lex, p);
  }
  return p;
}

/** How many distinct units {@link foldUnit} gives: ASCII, Cyrillic а–џ (U+0430–045F) and ґ. */
const FOLDED = 0x80 + 0x30 + 1;

/** A folded unit's place in 0 … FOLDED-1, or -1 for a unit no fold gives. */
function unitIndex(u: number): number {
  if (u < 0x80) return u;
  if (u >= 0x430 && u <= 0x45f) return u - 0x430 + 0x80;
  return u === 0x491 ? 0xb0 : -1;
}

/** {@link foldUnit} as an index ({@link unitIndex}); -1 for a unit whose folding is not known here. */
function foldIndex(c: number): number {
  const f = foldUnit(c);
  return f < 0 ? -1 : unitIndex(f);
}

/**
 * One UTF-16 unit folded as {@link foldWord} folds it, for ASCII, Cyrillic and apostrophes (where
 * lower-casing one letter does not depend on its neighbours); -1 for any other unit.
 */
function foldUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c === 0x60 ? 0x27 : c;
  if (c >= 0x400 && c <= 0x45f) {
    const lower = c < 0x410 ? c + 0x50 : c < 0x430 ? c + 0x20 : c;
    return lower === 0x451 ? 0x435 : lower; // ё → е
  }
  if (c === 0x490 || c === 0x491) return 0x491;
  if (c === 0x2019 || c === 0x2bc || c === 0xb4) return 0x27;
  return -1;
}

/** Each lexicon's matches by word as written, remembered: every word of a document is matched. */
const MATCHES = new WeakMap<CompiledLexicon, Memo<RoleWord | null>>();

function computeMatch(word: string, lex: CompiledLexicon): RoleWord | undefined {
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
