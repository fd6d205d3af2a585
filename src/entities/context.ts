/**
 * The shared state of one recognition run over a document: tokens with their facts, the
 * language lexicon, knowledge-base lookups, and the capitalised word stems seen where capitals are
 * not explained by position. Small predicates over tokens live here so every step asks the same way.
 *
 * @module
 */
import type { ParsedDocument, Token } from '../stages.js';
import type { KbHit } from './kb-lookup.js';
import { firstNameOf, lookupInflected, type CyrillicLexicon } from './lexicon.js';
import { stemKey } from './stem.js';
import type { TokenInfo } from './tokens.js';

/**
 * Everything a recognition step reads.
 *
 * @example
 * ```ts
 * const ctx = createContext(doc, cyrillicLexicon('uk'), kbFinder(null, 'uk'));
 * isFirstName(ctx, 0);
 * ```
 */
export interface RunContext {
  readonly doc: ParsedDocument;
  readonly tokens: readonly Token[];
  readonly info: readonly TokenInfo[];
  readonly lex: CyrillicLexicon;
  readonly kb: (name: string) => KbHit | undefined;
  /** Stem keys of capitalised words found at positions that do not explain the capital. */
  readonly seen: ReadonlySet<string>;
  /**
   * Per-token answers of the lexicon predicates, filled on first use (0: not asked yet): the same
   * token is asked about by every step, and a lexicon lookup strips endings each time.
   */
  readonly memo: TokenMemo;
}

/**
 * Per-token memo of lexicon lookups: one byte per token and question.
 *
 * @example
 * ```ts
 * const memo: TokenMemo = { firstName: new Uint8Array(n), orgHead: new Uint8Array(n), geoHead: new Uint8Array(n), title: new Uint8Array(n), eventHead: new Uint8Array(n), adjective: new Uint8Array(n) };
 * ```
 */
export interface TokenMemo {
  /** 1: no first name, 2: masculine, 3: feminine. */
  readonly firstName: Uint8Array;
  /** 1: no, 2: yes. */
  readonly orgHead: Uint8Array;
  /** 1: no, 2: yes. */
  readonly geoHead: Uint8Array;
  /** 1: no title, 2: masculine title, 3: feminine title, 4: title of either gender. */
  readonly title: Uint8Array;
  /** 1: no, 2: yes. */
  readonly eventHead: Uint8Array;
  /** 1: no, 2: yes (the adjective-ending regex is asked about the same token by several steps). */
  readonly adjective: Uint8Array;
}

const GENDER_OF: readonly ('m' | 'f' | undefined)[] = [undefined, undefined, 'm', 'f'];

/**
 * Builds the run context; collects the «seen capitalised mid-sentence» stems in one pass.
 *
 * @example
 * ```ts
 * const ctx = createContext(doc, info, lex, kb);
 * ctx.seen.has(stemKey('лавров'));
 * ```
 */
export function createContext(doc: ParsedDocument, info: readonly TokenInfo[], lex: CyrillicLexicon, kb: (name: string) => KbHit | undefined): RunContext {
  const seen = new Set<string>();
  for (let i = 0; i < info.length; i++) {
    const f = info[i]!;
    if (f.cap && !f.ambiguous && !f.initial && !lex.stopWords.has(f.lower)) seen.add(stemKey(f.lower));
  }
  const n = info.length;
  // Fresh arrays per document: a memo is indexed by token position and must never outlive its document.
  const memo = { firstName: new Uint8Array(n), orgHead: new Uint8Array(n), geoHead: new Uint8Array(n), title: new Uint8Array(n), eventHead: new Uint8Array(n), adjective: new Uint8Array(n) };
  return { doc, tokens: doc.tokens, info, lex, kb, seen, memo };
}

/**
 * True when tokens `a` and `b` (a < b) are separated only by spaces on one line.
 *
 * @example
 * ```ts
 * joined(ctx, 0, 1); // true for «Сергій Лавров», false for «Лавров, який»
 * ```
 */
export function joined(ctx: RunContext, a: number, b: number): boolean {
  const from = ctx.tokens[a]!.end;
  const to = ctx.tokens[b]!.start;
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = ctx.doc.text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 9) return false;
  }
  return true;
}

/**
 * Gender of a first name (any case form), if the token is one.
 *
 * @example
 * ```ts
 * firstNameGender(ctx, i); // 'm' for «Сергія», 'f' for «Оленою», undefined for «Лаврова»
 * ```
 */
export function firstNameGender(ctx: RunContext, i: number): 'm' | 'f' | undefined {
  const f = ctx.info[i]!;
  if (!f.cap || f.allCaps) return undefined;
  let m = ctx.memo.firstName[i]!;
  if (m === 0) {
    const g = firstNameOf(ctx.lex, f.lower);
    ctx.memo.firstName[i] = m = g === 'm' ? 2 : g === 'f' ? 3 : 1;
  }
  return GENDER_OF[m];
}

const TITLE_OF: readonly ('m' | 'f' | null | undefined)[] = [undefined, undefined, 'm', 'f', null];

/**
 * The gender a title word implies (any case form): `'m'`, `'f'`, `null` for a title of either
 * gender, `undefined` for no title. Every candidate looks back over the same few words for a title:
 * the answer is kept per token.
 *
 * @example
 * ```ts
 * titleGender(ctx, i); // null for «президента», 'f' for «міністерка», undefined for «вчора»
 * ```
 */
export function titleGender(ctx: RunContext, i: number): 'm' | 'f' | null | undefined {
  let m = ctx.memo.title[i]!;
  if (m === 0) {
    const g = lookupInflected(ctx.lex.titles, ctx.info[i]!.lower);
    ctx.memo.title[i] = m = g === undefined ? 1 : g === 'm' ? 2 : g === 'f' ? 3 : 4;
  }
  return TITLE_OF[m];
}

/**
 * True when the token is an organisation head noun (any case form).
 *
 * @example
 * ```ts
 * isOrgHead(ctx, i); // true for «служби», «Міністерством»
 * ```
 */
export function isOrgHead(ctx: RunContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t === undefined || t.kind !== 'word') return false;
  let m = ctx.memo.orgHead[i]!;
  if (m === 0) ctx.memo.orgHead[i] = m = lookupInflected(ctx.lex.orgHeads, ctx.info[i]!.lower) !== undefined ? 2 : 1;
  return m === 2;
}

/**
 * True when the token is a place head noun (область, море).
 *
 * @example
 * ```ts
 * isGeoHead(ctx, i); // true for «області», «моря»
 * ```
 */
export function isGeoHead(ctx: RunContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t === undefined || t.kind !== 'word') return false;
  let m = ctx.memo.geoHead[i]!;
  if (m === 0) ctx.memo.geoHead[i] = m = lookupInflected(ctx.lex.geoHeads, ctx.info[i]!.lower) !== undefined ? 2 : 1;
  return m === 2;
}

/**
 * True when the token is an event head noun (війна, революція).
 *
 * @example
 * ```ts
 * isEventHead(ctx, i); // true for «війни»
 * ```
 */
export function isEventHead(ctx: RunContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t === undefined || t.kind !== 'word') return false;
  let m = ctx.memo.eventHead[i]!;
  if (m === 0) ctx.memo.eventHead[i] = m = lookupInflected(ctx.lex.eventHeads, ctx.info[i]!.lower) !== undefined ? 2 : 1;
  return m === 2;
}

/**
 * True when the token looks like an adjective.
 *
 * @example
 * ```ts
 * isAdjective(ctx, i); // true for «Національний», «Одеській»
 * ```
 */
export function isAdjective(ctx: RunContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t === undefined || t.kind !== 'word') return false;
  let m = ctx.memo.adjective[i]!;
  if (m === 0) ctx.memo.adjective[i] = m = ctx.lex.patterns.ADJECTIVE_ENDING.test(ctx.info[i]!.lower) ? 2 : 1;
  return m === 2;
}

/**
 * True for a lower-case word token.
 *
 * @example
 * ```ts
 * isLowerWord(ctx, i); // true for «банк», false for «України» and «,»
 * ```
 */
export function isLowerWord(ctx: RunContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'word' && !ctx.info[i]!.cap;
}

/**
 * True when a capitalised word at a position that explains its capital is nonetheless a name:
 * an abbreviation, a KB name, a first name, a strong surname ending, or a word the document
 * capitalises elsewhere in mid-sentence.
 *
 * @example
 * ```ts
 * hasNameEvidence(ctx, 0); // true for «Лавров» in «Лавров заявив.», false for «Джерела» in «Джерела повідомили.»
 * ```
 */
export function hasNameEvidence(ctx: RunContext, i: number): boolean {
  const f = ctx.info[i]!;
  const text = ctx.tokens[i]!.text;
  if (f.initial) return true; // «А. Купер»: an initial, though «а» is also a conjunction
  if (ctx.lex.stopWords.has(f.lower)) return false;
  if (f.allCaps) return !ctx.lex.nonNameAbbreviations.has(text);
  if (ctx.seen.has(stemKey(f.lower))) return true;
  // Віра, Надія, Слава are first names and common nouns: at a sentence start, not evidence.
  if (firstNameGender(ctx, i) && !ctx.lex.patterns.COMMON_NOUN_NAMES.has(f.lower)) return true;
  if (ctx.lex.patterns.STRONG_SURNAME.test(f.lower)) return true;
  // «Лавров заявив»: a surname form followed by a verb in the past or present tense.
  // (Bounded: reading past the array's end would make the optimised code bail out.)
  const next = i + 1 < ctx.tokens.length ? ctx.tokens[i + 1]! : undefined;
  if (next !== undefined && next.kind === 'word' && !ctx.info[i + 1]!.cap && ctx.lex.patterns.VERB_ENDING.test(ctx.info[i + 1]!.lower)) {
    const p = ctx.lex.patterns;
    // Only masculine forms: -ина, -ова, -ева end as many common nouns (людина, мова, голова) as surnames.
    if (p.MASCULINE_SURNAME.test(f.lower)) return true;
  }
  // «Brexit - Deutsche Welle», «Daily Mail»: in Cyrillic text, two capitalised Latin words are a name.
  if (f.latin && next !== undefined && next.kind === 'word' && ctx.info[i + 1]!.cap && ctx.info[i + 1]!.latin && joined(ctx, i, i + 1)) return true;
  const hit = ctx.kb(text);
  return hit !== undefined && hit.exact;
}
