/**
 * The quotes stage's tokens, derived in one pass from the parser's tokens instead of tokenizing the
 * text again. The stage's token rules differ from the parser's in a few places (`23-річний` and
 * `COVID19` are one word here, `3.5` is three tokens, `...` is one); a parser token is taken as it is
 * when those rules cannot apply to it (judged from its own characters and its two neighbours), and
 * only the rare stretches where they can are tokenized again with {@link tokensIn}. The result is the
 * same token array `tokensIn(text, 0, text.length)` gives, at a fraction of the cost.
 *
 * @module
 */
import type { Token } from '../stages.js';
import { tokensIn, type Tok } from './text.js';

/*
 * What the tokenizer needs to know of a UTF-16 code unit, in one byte filled on first sight:
 * the low three bits hold its class, the next two what lower-casing does to it.
 */
const WORD = 1; // \p{L}, \p{M} or \p{N}: continues a word
const OTHER = 2; // anything else that cannot join a word
const SURROGATE = 3; // half of an astral character: its class is not known from one unit
const JOINER = 4; // an apostrophe or hyphen the quotes tokenizer keeps inside words
const CLASS_BITS = 7;
const CHANGES = 8; // lower-casing changes it (a surrogate half counts: only the pair can be lower-cased)
const APOSTROPHE = 16; // an apostrophe the lower-case form unifies to ’
const SPACE = 32; // white space (\s): the only thing allowed between the parser's tokens
const INFO = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/;
const APOSTROPHES = /['ʼ‘]/g;

function compute(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return SURROGATE | CHANGES;
  const ch = String.fromCharCode(unit);
  const apostrophe = unit === 0x27 || unit === 0x2bc || unit === 0x2018 ? APOSTROPHE : 0;
  const joiner = unit === 0x27 || unit === 0x2019 || unit === 0x2018 || unit === 0x2d || unit === 0x2011;
  const k = joiner ? JOINER : WORD_CHAR.test(ch) ? WORD : OTHER;
  return k | apostrophe | (ch.toLowerCase() === ch ? 0 : CHANGES) | (SPACE_CHAR.test(ch) ? SPACE : 0);
}

function infoOf(unit: number): number {
  const v = INFO[unit];
  return v !== 0 ? v : (INFO[unit] = compute(unit));
}

/** Class of the character at `i`, or OTHER past either end of the text. */
function classAt(text: string, i: number): number {
  return i < 0 || i >= text.length ? OTHER : infoOf(text.charCodeAt(i)) & CLASS_BITS;
}

/**
 * The lower-case form of a parser word or number when the quotes tokenizer would cut exactly it,
 * whatever surrounds it (a word runs over letters, marks and digits with single inner apostrophes or
 * hyphens); null otherwise. Most words are lower-case already: they share the parser's string.
 * `spaceBefore`/`spaceAfter` tell that white space or an end of the text is next to it on that side.
 */
function wordAlone(text: string, t: Token, spaceBefore: boolean, spaceAfter: boolean): string | null {
  const { start, end } = t;
  // White space (or an end of the text) next to the word joins nothing: only a touching neighbour is looked up.
  if ((!spaceBefore && classAt(text, start - 1) !== OTHER) || (!spaceAfter && classAt(text, end) !== OTHER)) return null;
  const word = t.text;
  let seen = 0;
  for (let i = start; i < end; i++) {
    // The table read is inlined: this loop runs over every letter of the text.
    const unit = text.charCodeAt(i);
    let v = INFO[unit];
    if (v === 0) v = infoOf(unit);
    seen |= v;
    if ((v & CLASS_BITS) === WORD) continue;
    if ((v & CLASS_BITS) !== JOINER || i === start || i + 1 === end || (infoOf(text.charCodeAt(i + 1)) & CLASS_BITS) !== WORD) return null;
  }
  // Apostrophes are unified to ’ in the lower-case form, as tokensIn does.
  return (seen & (CHANGES | APOSTROPHE)) === 0 ? word : (seen & APOSTROPHE) === 0 ? word.toLowerCase() : word.toLowerCase().replace(APOSTROPHES, '’');
}

/** The same for a parser punctuation mark or symbol (one character that joins nothing): its text, or null. */
function markAlone(text: string, t: Token): string | null {
  const { start, end } = t;
  if (end - start !== 1) return null;
  const unit = text.charCodeAt(start);
  const k = infoOf(unit) & CLASS_BITS;
  if (k === SURROGATE || k === WORD) return null;
  // `...` is one token; an apostrophe or hyphen between word characters joins them.
  // Reads stay inside the text: a stop at either end of it is common, and a read past the end costs the compiled loop a deoptimization.
  if (unit === 0x2e && ((start > 0 && text.charCodeAt(start - 1) === 0x2e) || (end < text.length && text.charCodeAt(end) === 0x2e))) return null;
  if (k === JOINER) {
    const before = classAt(text, start - 1);
    const after = classAt(text, end);
    if ((before === WORD || before === SURROGATE) && (after === WORD || after === SURROGATE)) return null;
  }
  return t.text;
}

/** What lies between two parser tokens: white space without (`GAP_SPACE`) or with (`GAP_LINE`) a line break, or something else (`GAP_TEXT`). */
const GAP_SPACE = 0;
const GAP_LINE = 1;
const GAP_TEXT = 2;

function gapOf(text: string, from: number, to: number): number {
  let gap = GAP_SPACE;
  for (let k = from; k < to; k++) {
    const unit = text.charCodeAt(k);
    if (unit === 10) gap = GAP_LINE;
    else if (unit !== 32 && (infoOf(unit) & SPACE) === 0) return GAP_TEXT;
  }
  return gap;
}

/** Adds to `breaks` the index of every token from `from` on that a line break separates from the token before. */
function addBreaks(text: string, toks: readonly Tok[], from: number, breaks: number[]): void {
  for (let i = Math.max(1, from); i < toks.length; i++) {
    for (let k = toks[i - 1].end, e = toks[i].start; k < e; k++) {
      if (text.charCodeAt(k) === 10) {
        breaks.push(i);
        break;
      }
    }
  }
}

/**
 * The quotes stage's tokens for a text, from the parser's tokens of the same text.
 *
 * @param text - the original text
 * @param tokens - the parser's tokens of `text` (white space between them, nothing else)
 * @param breaks - when given, receives (in order) the index of every token after the first that a line
 *   break separates from the token before: found while the gaps are checked, so no second pass is needed
 * @returns tokens as `tokensIn(text, 0, text.length)` returns them
 *
 * @example
 * ```ts
 * import { tokenize } from '../parser/tokenize.js';
 * const s = 'COVID-19 і 3.5 км...';
 * quoteTokens(s, tokenize(s)).map((t) => t.text); // ['COVID-19', 'і', '3', '.', '5', 'км', '...']
 * ```
 */
export function quoteTokens(text: string, tokens: readonly Token[], breaks: number[] | null = null): Tok[] {
  const count = tokens.length;
  const out: Tok[] = [];
  let done = 0; // text before this offset is tokenized
  let i = 0;
  while (i < count) {
    const t = tokens[i];
    const start = t.start;
    // Tokens that are not the parser's tokens of this text (out of order, or leaving text out): read the text itself.
    // One space, or none, is the common gap: settled without a call.
    const gap = start === done || (start === done + 1 && text.charCodeAt(done) === 32) ? GAP_SPACE : start < done ? GAP_TEXT : gapOf(text, done, start);
    if (gap === GAP_TEXT) return whole(text, breaks);
    // Text between this token and the next is white space (else the next step reads the text itself).
    const spaceAfter = (i + 1 < count ? tokens[i + 1].start : text.length) > t.end;
    const lower = alone(text, t, start !== done || start === 0, spaceAfter);
    if (lower === null) {
      // The rare stretch the parser cuts differently: kept out of this loop, which stays small for the compiler.
      const j = retokenize(text, tokens, i, done, out, breaks);
      if (j < 0) return whole(text, breaks);
      done = j < count ? tokens[j].end : text.length;
      i = j + 1;
      continue;
    }
    if (gap === GAP_LINE && breaks !== null && out.length > 0) breaks.push(out.length);
    out.push({ start, end: t.end, text: t.text, lower, kind: t.kind === 'word' || t.kind === 'number' ? 'w' : 'p' });
    done = t.end;
    i++;
  }
  if (done !== text.length && gapOf(text, done, text.length) === GAP_TEXT) return whole(text, breaks);
  return out;
}

/** The lower-case form of a parser token the quotes tokenizer cuts the same way, or null. */
function alone(text: string, t: Token, spaceBefore: boolean, spaceAfter: boolean): string | null {
  return t.kind === 'word' || t.kind === 'number' ? wordAlone(text, t, spaceBefore, spaceAfter) : markAlone(text, t);
}

/**
 * Tokenizes the text again from `done` (where parser token `i`, which does not stand alone, begins its
 * stretch) up to the next parser token that stands alone, and takes that one too. Returns the index of
 * that token (`tokens.length` when none is left), or -1 when the tokens are not the parser's tokens of the text.
 */
function retokenize(text: string, tokens: readonly Token[], i: number, done: number, out: Tok[], breaks: number[] | null): number {
  const count = tokens.length;
  let j = i + 1;
  let next: string | null = null;
  for (; j < count; j++) {
    next = alone(text, tokens[j], false, false);
    if (next !== null) break;
  }
  const to = j < count ? tokens[j].start : text.length;
  if (to < done) return -1;
  const first = out.length;
  for (const q of tokensIn(text, done, to)) out.push(q);
  if (next !== null) {
    const u = tokens[j];
    out.push({ start: u.start, end: u.end, text: u.text, lower: next, kind: u.kind === 'word' || u.kind === 'number' ? 'w' : 'p' });
  }
  if (breaks !== null) addBreaks(text, out, first, breaks);
  return j;
}

/** The stage's own tokenizer over the whole text, with its line breaks. */
function whole(text: string, breaks: number[] | null): Tok[] {
  const all = tokensIn(text, 0, text.length);
  if (breaks !== null) {
    breaks.length = 0;
    addBreaks(text, all, 0, breaks);
  }
  return all;
}
