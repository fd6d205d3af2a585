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
 * The quotes tokenizer's token for a parser word or number when the tokenizer would cut exactly it,
 * whatever surrounds it (a word runs over letters, marks and digits with single inner apostrophes or
 * hyphens); null otherwise. Most words are lower-case already: they share the parser's string.
 */
function wordAlone(text: string, t: Token): Tok | null {
  const { start, end } = t;
  if (classAt(text, start - 1) !== OTHER || classAt(text, end) !== OTHER) return null;
  let seen = 0;
  for (let i = start; i < end; i++) {
    const v = infoOf(text.charCodeAt(i));
    seen |= v;
    if ((v & CLASS_BITS) === WORD) continue;
    if ((v & CLASS_BITS) !== JOINER || i === start || i + 1 === end || (infoOf(text.charCodeAt(i + 1)) & CLASS_BITS) !== WORD) return null;
  }
  const word = t.text;
  // Apostrophes are unified to ’ in the lower-case form, as tokensIn does.
  const lower = (seen & (CHANGES | APOSTROPHE)) === 0 ? word : (seen & APOSTROPHE) === 0 ? word.toLowerCase() : word.toLowerCase().replace(APOSTROPHES, '’');
  return { start, end, text: word, lower, kind: 'w' };
}

/** The same for a parser punctuation mark or symbol (one character that joins nothing). */
function markAlone(text: string, t: Token): Tok | null {
  const { start, end } = t;
  if (end - start !== 1) return null;
  const unit = text.charCodeAt(start);
  const k = infoOf(unit) & CLASS_BITS;
  if (k === SURROGATE || k === WORD) return null;
  // `...` is one token; an apostrophe or hyphen between word characters joins them.
  if (unit === 0x2e && (text.charCodeAt(start - 1) === 0x2e || text.charCodeAt(end) === 0x2e)) return null;
  if (k === JOINER) {
    const before = classAt(text, start - 1);
    const after = classAt(text, end);
    if ((before === WORD || before === SURROGATE) && (after === WORD || after === SURROGATE)) return null;
  }
  return { start, end, text: t.text, lower: t.text, kind: 'p' };
}

/** Whether `text.slice(from, to)` is all white space (an empty stretch is). */
function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((infoOf(text.charCodeAt(k)) & SPACE) === 0) return false;
  return true;
}

function alone(text: string, t: Token): Tok | null {
  return t.kind === 'word' || t.kind === 'number' ? wordAlone(text, t) : markAlone(text, t);
}

/**
 * The quotes stage's tokens for a text, from the parser's tokens of the same text.
 *
 * @param text - the original text
 * @param tokens - the parser's tokens of `text` (white space between them, nothing else)
 * @returns tokens as `tokensIn(text, 0, text.length)` returns them
 *
 * @example
 * ```ts
 * import { tokenize } from '../parser/tokenize.js';
 * const s = 'COVID-19 і 3.5 км...';
 * quoteTokens(s, tokenize(s)).map((t) => t.text); // ['COVID-19', 'і', '3', '.', '5', 'км', '...']
 * ```
 */
export function quoteTokens(text: string, tokens: readonly Token[]): Tok[] {
  if (tokens.length === 0) return tokensIn(text, 0, text.length);
  const out: Tok[] = [];
  let done = 0; // text before this offset is tokenized
  let i = 0;
  while (i < tokens.length) {
    // Tokens that are not the parser's tokens of this text (out of order, or leaving text out): read the text itself.
    if (tokens[i].start < done || !blank(text, done, tokens[i].start)) return tokensIn(text, 0, text.length);
    let tok = alone(text, tokens[i]);
    if (!tok) {
      // Tokenize again from the last token taken up to the next one that stands alone.
      let j = i + 1;
      while (j < tokens.length && !(tok = alone(text, tokens[j]))) j++;
      const to = j < tokens.length ? tokens[j].start : text.length;
      if (to < done) return tokensIn(text, 0, text.length);
      for (const q of tokensIn(text, done, to)) out.push(q);
      done = to;
      i = j;
      if (!tok) break;
    }
    out.push(tok);
    done = tok.end;
    i++;
  }
  return done === text.length || blank(text, done, text.length) ? out : tokensIn(text, 0, text.length);
}
