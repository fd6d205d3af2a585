/**
 * The per-document state the quotes stage shares between its steps: the token array of the whole text
 * (derived from the parser's tokens in one pass), where paragraphs break, and fast lookups of tokens and recognised names by offset.
 *
 * @module
 */
import type { NameMention, ParsedDocument } from '../stages.js';
import { lexiconFor, type Lexicon } from './lexicon.js';
import { FINAL, isCapitalized, type Tok } from './text.js';
import { quoteTokens } from './tokens.js';

// Built once at module load (none is global or sticky, so `test`/`exec` keep no state).
const DIGIT = /\d/;
const ONE_CAPITAL = /^\p{Lu}$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const LATIN_LOWER_WORD = /^[a-z]+$/;

/**
 * Shared state of one `findQuotes` call.
 *
 * @example
 * ```ts
 * const ctx: Ctx = makeContext(parse('«Так», — сказав він.', 'uk'), []);
 * ```
 */
export interface Ctx {
  /** The original text. */
  text: string;
  /** The language's lexicon. */
  lex: Lexicon;
  /** Every token of the text. */
  toks: Tok[];
  /** `breakBefore[i]` is 1 when a line break separates token `i` from token `i - 1`. */
  breakBefore: Uint8Array;
  /** Recognised names, in text order, as given. */
  names: readonly NameMention[];
  /** Indices into `names`, sorted by start offset. */
  nameOrder: number[];
  /** `nameStarts[k]` is the start of `names[nameOrder[k]]` (binary searches read one flat array). */
  nameStarts: Int32Array;
  /** Indices of the tokens that begin a line (0 and every `i` with `breakBefore[i]`), in order. */
  lineStarts: number[];
  /**
   * The last sentence end found: every token from `endFrom` to `endTo - 1` has its sentence end at `endTo`
   * (the stage asks for the sentence of one attribution several times). -1 when none.
   */
  endFrom: number;
  /** See `endFrom`. */
  endTo: number;
  /** The last sentence start found: every token from `startAt` to `startUpTo` has its sentence start there. -1 when none. */
  startAt: number;
  /** See `startAt`. */
  startUpTo: number;
}

/**
 * Prepares the shared state: the stage's tokens (from the parser's, with the line breaks found in the same pass), and the names indexed by offset.
 *
 * @example
 * ```ts
 * const ctx = makeContext(parse('Він сказав.', 'uk'), []);
 * ctx.toks.length; // 3
 * ```
 */
export function makeContext(doc: ParsedDocument, names: readonly NameMention[]): Ctx {
  const { text, lang } = doc;
  const breaks: number[] = [];
  const toks = quoteTokens(text, doc.tokens, breaks);
  const breakBefore = new Uint8Array(toks.length);
  const lineStarts = toks.length > 0 ? [0] : [];
  if (toks.length > 0) breakBefore[0] = 1;
  for (let k = 0; k < breaks.length; k++) {
    breakBefore[breaks[k]] = 1;
    lineStarts.push(breaks[k]);
  }
  if (lang === 'en') {
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i];
      // A capitalised English word after another word is a name (`The Washington Post`), never a cue or a function word.
      if (t.kind === 'w' && t.lower !== t.text && t.text !== 'I' && toks[i - 1].kind === 'w' && !breakBefore[i] && isCapitalized(t.text)) t.lower = t.text;
    }
  }
  const nameOrder: number[] = [];
  for (let i = 0; i < names.length; i++) nameOrder.push(i);
  let sorted = true;
  for (let i = 1; i < names.length && sorted; i++) sorted = names[i - 1].start <= names[i].start;
  if (!sorted) nameOrder.sort((a, b) => names[a].start - names[b].start);
  const nameStarts = new Int32Array(names.length);
  for (let k = 0; k < names.length; k++) nameStarts[k] = names[nameOrder[k]].start;
  return { text, lex: lexiconFor(lang), toks, breakBefore, lineStarts, names, nameOrder, nameStarts, endFrom: -1, endTo: -1, startAt: -1, startUpTo: -2 };
}

/**
 * Index of the first token that starts at or after `pos` (`toks.length` if none).
 *
 * @example
 * ```ts
 * tokenIndex(makeContext(parse('а б', 'uk'), []), 1); // 1
 * ```
 */
export function tokenIndex(ctx: Ctx, pos: number): number {
  const { toks } = ctx;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index into `ctx.names` of the name covering the offset range, or -1.
 *
 * @example
 * ```ts
 * nameCovering(ctx, 135, 141); // index of 'Сергія Лаврова'
 * ```
 */
export function nameCovering(ctx: Ctx, start: number, end: number): number {
  const order = ctx.nameOrder;
  const starts = ctx.nameStarts;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) {
    const n = ctx.names[order[k]];
    if (n.start <= start && n.end >= end) return order[k];
  }
  return -1;
}

/**
 * Whether token `i` ends a sentence (final punctuation before a capital, a dash, a quotation mark,
 * a line break or the end of the text).
 *
 * @example
 * ```ts
 * endsSentence(makeContext(parse('Так. Ні', 'uk'), []), 1); // true
 * ```
 */
export function endsSentence(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'p' || !FINAL.has(t.text)) return false;
  const before = ctx.toks[i - 1];
  // An initial (`М. Т. Підвисоцький`) or a short abbreviation (`ім. Шмальгаузена`, `вул.`) does not end a sentence.
  if (t.text === '.' && before && before.end === t.start && isAbbreviationWord(before.text)) return false;
  const next = ctx.toks[i + 1];
  if (!next || ctx.breakBefore[i + 1]) return true;
  if (next.kind === 'p') {
    if (FINAL.has(next.text) || next.text === ')' || next.text === ',') return false;
    return true;
  }
  if (next.start === t.end) return false;
  return isCapitalized(next.text) || DIGIT.test(next.text[0]);
}

/** Title abbreviations that end in a full stop without ending a sentence (`Mr. Podesta`, `Sen. Kaine`). */
const TITLE_ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Prof', 'St',
  'Jr', 'Sr', 'Inc', 'Co', 'Corp', 'Ltd', 'Mt', 'Ft', 'Adm', 'Cmdr', 'Maj', 'Rev', 'Hon', 'Gov', 'Pres', 'Supt', 'Det', 'No', 'vs', 'Jan',
  'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'U.S', 'ім', 'вул', 'обл', 'р', 'рр', 'ст', 'м', 'с', 'див', 'тис', 'млн', 'млрд', 'грн', 'г', 'ул', 'им']);

/**
 * Whether a word before a full stop is an abbreviation or an initial, so that the stop does not end the sentence.
 *
 * @example
 * ```ts
 * isAbbreviationWord('Mr'); // true
 * ```
 */
export function isAbbreviationWord(word: string): boolean {
  return ONE_CAPITAL.test(word) || TITLE_ABBREVIATIONS.has(word) || (word.length <= 3 && LOWER_WORD.test(word) && !LATIN_LOWER_WORD.test(word));
}

/**
 * Index of the first token of the sentence holding token `i` (looking back at most 120 tokens).
 *
 * @example
 * ```ts
 * sentenceStartIndex(makeContext(parse('Так. Він сказав', 'uk'), []), 3); // 2
 * ```
 */
export function sentenceStartIndex(ctx: Ctx, i: number): number {
  // Between a start found before and the token it was found from, the scan would stop at the same start.
  if (i >= ctx.startAt && i <= ctx.startUpTo) return Math.max(ctx.startAt, i - 120);
  const limit = Math.max(0, i - 120);
  for (let k = i; k > limit; k--) {
    if (ctx.breakBefore[k] || endsSentence(ctx, k - 1)) {
      ctx.startAt = k;
      ctx.startUpTo = i;
      return k;
    }
  }
  return limit;
}

/**
 * Index just past the last token of the sentence holding token `i` (looking ahead at most 160 tokens).
 *
 * @example
 * ```ts
 * sentenceEndIndex(makeContext(parse('Він сказав. Так', 'uk'), []), 0); // 3
 * ```
 */
export function sentenceEndIndex(ctx: Ctx, i: number): number {
  // Between a scan's start and the end it found, any scan stops at that end (no end or break lies between).
  if (i >= ctx.endFrom && i < ctx.endTo) return ctx.endTo;
  const limit = Math.min(ctx.toks.length, i + 160);
  for (let k = i; k < limit; k++) {
    if (k > i && ctx.breakBefore[k]) return remember(ctx, i, k);
    if (endsSentence(ctx, k)) return remember(ctx, i, k + 1);
  }
  return limit;
}

/** Remembers a sentence end found by a scan from `from` (only real ends, not the look-ahead limit). */
function remember(ctx: Ctx, from: number, to: number): number {
  ctx.endFrom = from;
  ctx.endTo = to;
  return to;
}
