/**
 * The English recogniser's view of a parsed document: one entry per word with its shape, flags,
 * possessive ending and position (sentence start, all-caps line), built in one pass over doc.tokens.
 *
 * @module
 */
import type { ParsedDocument } from '../../stages.js';
import { datelineLength } from './dateline.js';
import { detach } from './detach.js';
import { W, wordFlags } from './lexicon.js';

/**
 * Letter case of a word.
 *
 * @example
 * ```ts
 * readWords(parse('NATO', 'en'))[0].shape === Shape.Upper; // true
 * ```
 */
export const enum Shape {
  /** No capital first letter ("said", "de"). */
  Lower = 0,
  /** Capital first letter and some lower-case letters ("Lavrov", "McCain"). */
  Title = 1,
  /** Two or more letters, all capitals, or an acronym with dots ("NATO", "U.S."). */
  Upper = 2,
  /** A single capital letter ("I", "A"). */
  Letter = 3,
}

/**
 * One word of the document as the recogniser sees it.
 *
 * @example
 * ```ts
 * const w: EnWord = { start: 0, end: 6, text: 'Russia', lower: 'russia', shape: Shape.Title, flags: 32,
 *   poss: true, sentStart: true, capsLine: false, breakBefore: true, line: 0, ampBefore: false, dateline: false };
 * ```
 */
export interface EnWord {
  /** Offset of the first character. */
  start: number;
  /** Offset past the last character of the name part (a possessive 's is left out). */
  end: number;
  /** text.slice(start, end). */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** Letter case. */
  shape: Shape;
  /** Lexicon flags of `lower` (see W). */
  flags: number;
  /** The word carries a possessive ending ("Russia's", "Reuters'"): a name ends here. */
  poss: boolean;
  /** First word of a sentence, a line, a quotation or a clause after a colon: its capital says nothing. */
  sentStart: boolean;
  /** The word's line is written in capitals (a headline or dateline): its case says nothing. */
  capsLine: boolean;
  /** Punctuation (other than an acronym's dots or '&') or a line break separates it from the previous word. */
  breakBefore: boolean;
  /** Index of the word's line. */
  line: number;
  /** An ampersand joins it to the word before ("Procter & Gamble"). */
  ampBefore: boolean;
  /** The word names the place of a dateline ("MOSCOW 1996-08-22", "IRVINE, Calif 1996-08-30"). */
  dateline: boolean;
}

const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const POSSESSIVE = /['’]s$/i;
const APOS = /[’ʼ`]/g;
const CURLY = /[’ʼ`]/;
const ACRONYM_OPEN = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const ACRONYM = /^(?:\p{Lu}\.)+$/u;
/** Abbreviations after which a full stop does not end a sentence. */
const NO_STOP_BEFORE = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'prof', 'capt', 'sgt', 'jr', 'sr', 'no', 'vs', 'v', 'rev', 'mt', 'ft', 'inc', 'corp', 'co', 'ltd', 'maj', 'adm', 'cmdr', 'cpl', 'hon']);

function shapeOf(text: string): Shape {
  const c = text.charCodeAt(0);
  // ASCII fast path: most words of English news
  if (c >= 97 && c <= 122) return Shape.Lower;
  if (c >= 65 && c <= 90) {
    if (text.length === 1) return Shape.Letter;
    const d = text.charCodeAt(1);
    if (d >= 97 && d <= 122) return Shape.Title;
  } else if (!UPPER.test(text)) return Shape.Lower;
  if (HAS_LOWER.test(text)) return Shape.Title;
  return text.replace(/\./g, '').length > 1 ? Shape.Upper : Shape.Letter;
}

/** What a word token's text alone tells: computed once per distinct token text, not per token. */
interface TokenInfo {
  /** The token's text without a possessive ending. */
  text: string;
  lower: string;
  shape: Shape;
  flags: number;
  /** Length of the possessive ending cut off (0 or 2). */
  cut: number;
}

/**
 * Token text → what it tells. News repeats its words, so after the first few documents nearly every
 * token is a hit: one Map look-up replaces lower-casing, three regex tests and the lexicon look-up,
 * and the words share their lower-case strings (cheaper to hash and compare later). The lexicon is
 * immutable, so an entry never goes stale; the bound keeps memory flat on endless input.
 */
const TOKEN_INFO = new Map<string, TokenInfo>();
const TOKEN_INFO_LIMIT = 50_000;

function tokenInfo(tokenText: string): TokenInfo {
  let info = TOKEN_INFO.get(tokenText);
  if (info !== undefined) return info;
  // the table outlives the document: keep copies, not views into its text
  const key = detach(tokenText);
  const cut = key.length > 2 && POSSESSIVE.test(key) ? 2 : 0;
  const text = cut ? detach(key.slice(0, key.length - 2)) : key;
  let lower = text.toLowerCase();
  if (CURLY.test(lower)) lower = lower.replace(APOS, "'");
  info = { text, lower, shape: shapeOf(text), flags: wordFlags(lower), cut };
  if (TOKEN_INFO.size >= TOKEN_INFO_LIMIT) TOKEN_INFO.clear();
  TOKEN_INFO.set(key, info);
  return info;
}

/** Single-character punctuation that ends a sentence: . ! ? … : ; */
function endsSentence(c: string): boolean {
  if (c.length !== 1) return false;
  const k = c.charCodeAt(0);
  return k === 46 || k === 33 || k === 63 || k === 0x2026 || k === 58 || k === 59;
}

/** Single-character quotation marks that open a quotation: " “ ‘ ' « „ */
function opensQuote(c: string): boolean {
  if (c.length !== 1) return false;
  const k = c.charCodeAt(0);
  return k === 34 || k === 0x201c || k === 0x2018 || k === 39 || k === 0xab || k === 0x201e;
}

const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const ENDS_IN_S = /s$/i;

/**
 * Builds the word list of a document in one pass over its tokens. Acronyms with dots split by the
 * tokenizer ("U", ".", "S", ".") are joined into one word; possessive endings are cut off the span.
 *
 * @example
 * ```ts
 * readWords(parse("Russia's army", 'en'))[0].text; // 'Russia'
 * ```
 */
export function readWords(doc: ParsedDocument): EnWord[] {
  const { text, tokens } = doc;
  const out: EnWord[] = [];
  let breakPending = true;
  let sentPending = true;
  let ampPending = false;
  let line = 0;
  let lastEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // line breaks between tokens end sentences and runs
    for (let k = lastEnd; k < t.start; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        breakPending = true;
        sentPending = true;
      }
    }
    lastEnd = t.end;
    if (t.kind !== 'word') {
      const c = t.text;
      if (c === '&' && !breakPending) {
        ampPending = true;
        continue;
      }
      if ((c === "'" || c === '’') && out.length && out[out.length - 1].end === t.start) {
        // "Reuters' report" or split "Russia ' s": a possessive
        const prev = out[out.length - 1];
        const next = tokens[i + 1];
        if (next && next.start === t.end && (next.text === 's' || next.text === 'S') && next.kind === 'word') {
          prev.poss = true;
          i++;
          lastEnd = next.end;
          breakPending = true;
          continue;
        }
        if (ENDS_IN_S.test(prev.text) && (!next || next.start > t.end)) {
          prev.poss = true;
          breakPending = true;
          continue;
        }
      }
      if (c === '.' && out.length && out[out.length - 1].end === t.start) {
        const prev = out[out.length - 1];
        // acronym with dots: U.S., U.N., D.C.
        // (acronyms are short: the bound keeps a long "U.U.U.…" linear)
        if (prev.text.length === 1 || (prev.text.length < 12 && (ACRONYM_OPEN.test(prev.text) || ACRONYM.test(prev.text)))) {
          const next = tokens[i + 1];
          if (next && next.start === t.end && next.kind === 'word' && next.text.length === 1 && UPPER.test(next.text)) {
            prev.end = next.end;
            prev.text = text.slice(prev.start, prev.end);
            prev.lower = prev.text.toLowerCase();
            prev.flags = wordFlags(prev.lower);
            prev.shape = Shape.Upper;
            i++;
            lastEnd = next.end;
            continue;
          }
          if (prev.text.includes('.') || (prev.shape === Shape.Letter)) {
            prev.end = t.end;
            prev.text = text.slice(prev.start, prev.end);
            prev.lower = prev.text.toLowerCase();
            prev.flags = wordFlags(prev.lower);
            if (prev.text.length > 2) prev.shape = Shape.Upper;
            // an initial or acronym may still end the sentence; a following capital decides nothing
            continue;
          }
        }
        const after = tokens[i + 1];
        if (NO_STOP_BEFORE.has(prev.lower) && after !== undefined && !text.slice(t.end, after.start).includes('\n')) {
          // "Mr. Smith", "Acme Inc. said": the dot belongs to the word and ends nothing
          prev.end = t.end;
          prev.text = text.slice(prev.start, prev.end);
          continue;
        }
      }
      breakPending = true;
      if (endsSentence(c)) sentPending = true;
      else if (opensQuote(c) && (out.length === 0 || !LETTER_OR_DIGIT.test(text[t.start - 1] ?? ' '))) {
        // a quotation starts with a capital of its own
        sentPending = true;
      }
      continue;
    }
    const info = tokenInfo(t.text);
    const poss = info.cut !== 0;
    // every field set here, in one order: all words share one hidden class and the later passes stay monomorphic
    out.push({
      start: t.start, end: t.end - info.cut, text: info.text, lower: info.lower, shape: info.shape, flags: info.flags, poss,
      sentStart: sentPending, capsLine: false, breakBefore: breakPending, line, ampBefore: ampPending, dateline: false,
    });
    ampPending = false;
    breakPending = poss;
    sentPending = false;
  }
  markCapsLines(text, out);
  markDatelines(text, out);
  return out;
}

function markDatelines(text: string, words: EnWord[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if ((i > 0 && words[i - 1].line === w.line) || w.shape !== Shape.Upper) continue;
    // a line that opens with a place in capitals, maybe a region after a comma, then a date
    const length = datelineLength(text, w.start);
    if (!length) continue;
    const stop = w.start + length;
    for (let k = i; k < words.length && words[k].start < stop && words[k].shape !== Shape.Lower; k++) {
      if (words[k].shape === Shape.Upper || words[k].shape === Shape.Title || words[k].shape === Shape.Letter) words[k].dateline = true;
    }
  }
}

/**
 * A line whose words are all capitals (at least one word of two letters) is a headline or a dateline;
 * so is a line of four or more words where every word of four letters or more is capitalised and so is
 * a function word inside it ("Only 24 Percent of Clinton's Donors Are Small Donors"). Either way its capitals say nothing.
 */
/** Tables and lists of names: two numbers, brackets, several commas or a colon. */
const NOT_HEADLINE = /[():;]|,[^,]*,|\d\D+\d/;

function markCapsLines(text: string, words: EnWord[]): void {
  let i = 0;
  while (i < words.length) {
    const line = words[i].line;
    let j = i;
    let lower = 0;
    let upper = 0;
    let longTitle = 0;
    let longLower = 0;
    let capFunc = 0;
    while (j < words.length && words[j].line === line) {
      const w = words[j];
      if (w.shape === Shape.Upper) upper++;
      else if (w.shape === Shape.Title || w.shape === Shape.Lower) lower++;
      if (j > i && w.shape === Shape.Title && w.flags & W.FUNC && w.text.length >= 2) capFunc++;
      if (w.text.length >= 4 && !(w.flags & W.FUNC)) {
        if (w.shape === Shape.Title) longTitle++;
        else if (w.shape === Shape.Lower) longLower++;
      }
      j++;
    }
    const capitals = upper >= 1 && lower === 0 && !(upper === 1 && j - i === 1 && words[i].text.length <= 5);
    // a capitalised "Are", "With", "Of" inside the line tells a headline from a list of names
    // a headline is short: the length bound also keeps NOT_HEADLINE's scan small
    const short = words[j - 1].end - words[i].start <= 200;
    const titleCase = short && j - i >= 4 && longTitle >= 3 && longLower === 0 && capFunc >= 1 && !NOT_HEADLINE.test(text.slice(words[i].start, words[j - 1].end));
    if (capitals || titleCase) {
      for (let k = i; k < j; k++) words[k].capsLine = true;
    }
    i = j;
  }
}
