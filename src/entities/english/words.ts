/**
 * The English recogniser's view of a parsed document: per word its span, text, lower case, shape,
 * lexicon flags, line and position bits (sentence start, all-caps line, possessive…), built in one
 * pass over doc.tokens, held column by column (see columns.ts).
 *
 * @module
 */
import type { ParsedDocument } from '../../stages.js';
import { detach } from './detach.js';
import { wordFlags } from './lexicon.js';
import { B, emptyWords, type EnWords } from './columns.js';
import { markLines } from './lines.js';
import { Shape, tokenInfo } from './token-info.js';

export { B, type EnWords } from './columns.js';
export { Shape } from './token-info.js';

const UPPER = /^\p{Lu}/u;
const ACRONYM_OPEN = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const ACRONYM = /^(?:\p{Lu}\.)+$/u;
/** Abbreviations after which a full stop does not end a sentence. */
const NO_STOP_BEFORE = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'prof', 'capt', 'sgt', 'jr', 'sr', 'no', 'vs', 'v', 'rev', 'mt', 'ft', 'inc', 'corp', 'co', 'ltd', 'maj', 'adm', 'cmdr', 'cpl', 'hon']);

/** Single-character punctuation that ends a sentence: . ! ? … : ; */
function endsSentence(c: string): boolean {
  if (c.length !== 1) return false;
  const k = c.charCodeAt(0);
  return k === 46 || k === 33 || k === 63 || k === 0x2026 || k === 58 || k === 59;
}

/** A dash that may set off a clause ("SPAIN - Bond yields"). */
function isDash(c: string): boolean {
  return c === '-' || c === '--' || c === '\u2013' || c === '\u2014';
}

/** Is text[i] a space or a tab (or outside the text)? */
function isBlankAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const k = text.charCodeAt(i);
  return k === 32 || k === 9 || k === 10;
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
 * The columns are reused by the next call: read them before calling again.
 *
 * @example
 * ```ts
 * readWords(parse("Russia's army", 'en')).text[0]; // 'Russia'
 * ```
 */
export function readWords(doc: ParsedDocument): EnWords {
  const { text, tokens } = doc;
  const words = emptyWords(tokens.length);
  const { start, end, line: lineOf, flags, shape, bits, text: texts, lower } = words;
  let n = 0;
  // the position bits the next word will get (B.BreakBefore, B.SentStart, B.AmpBefore)
  let pending = B.BreakBefore | B.SentStart;
  let line = 0;
  let lastEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // line breaks between tokens end sentences and runs
    for (let k = lastEnd; k < t.start; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        pending |= B.BreakBefore | B.SentStart;
      }
    }
    lastEnd = t.end;
    if (t.kind !== 'word') {
      const c = t.text;
      if (c === '&' && !(pending & B.BreakBefore)) {
        pending |= B.AmpBefore;
        continue;
      }
      const p = n - 1;
      if ((c === "'" || c === '’') && n > 0 && end[p] === t.start) {
        // "Reuters' report" or split "Russia ' s": a possessive
        const next = tokens[i + 1];
        if (next && next.start === t.end && (next.text === 's' || next.text === 'S') && next.kind === 'word') {
          bits[p] |= B.Poss;
          i++;
          lastEnd = next.end;
          pending |= B.BreakBefore;
          continue;
        }
        if (ENDS_IN_S.test(texts[p]) && (!next || next.start > t.end)) {
          bits[p] |= B.Poss;
          pending |= B.BreakBefore;
          continue;
        }
      }
      if (c === '.' && n > 0 && end[p] === t.start) {
        const prev = texts[p];
        // acronym with dots: U.S., U.N., D.C.
        // (acronyms are short: the bound keeps a long "U.U.U.…" linear)
        if (prev.length === 1 || (prev.length < 12 && (ACRONYM_OPEN.test(prev) || ACRONYM.test(prev)))) {
          const next = tokens[i + 1];
          if (next && next.start === t.end && next.kind === 'word' && next.text.length === 1 && UPPER.test(next.text)) {
            end[p] = next.end;
            texts[p] = detach(text.slice(start[p], next.end));
            lower[p] = texts[p].toLowerCase();
            flags[p] = wordFlags(lower[p]);
            shape[p] = Shape.Upper;
            i++;
            lastEnd = next.end;
            continue;
          }
          if (prev.includes('.') || shape[p] === Shape.Letter) {
            end[p] = t.end;
            texts[p] = detach(text.slice(start[p], t.end));
            lower[p] = texts[p].toLowerCase();
            flags[p] = wordFlags(lower[p]);
            if (texts[p].length > 2) shape[p] = Shape.Upper;
            // an initial or acronym may still end the sentence; a following capital decides nothing
            continue;
          }
        }
        const after = tokens[i + 1];
        if (NO_STOP_BEFORE.has(lower[p]) && after !== undefined && !text.slice(t.end, after.start).includes('\n')) {
          // "Mr. Smith", "Acme Inc. said": the dot belongs to the word and ends nothing
          end[p] = t.end;
          texts[p] = detach(text.slice(start[p], t.end));
          continue;
        }
      }
      pending |= B.BreakBefore;
      // "SPAIN - Bond yields eased": a dash after a word in capitals opens a clause of its own
      if (endsSentence(c) || (n > 0 && shape[n - 1] === Shape.Upper && isDash(c) && isBlankAt(text, t.start - 1) && isBlankAt(text, t.end))) pending |= B.SentStart;
      else if (opensQuote(c) && (n === 0 || !LETTER_OR_DIGIT.test(text[t.start - 1] ?? ' '))) {
        // a quotation starts with a capital of its own
        pending |= B.SentStart;
      }
      continue;
    }
    const info = tokenInfo(t.text);
    const poss = info.cut !== 0;
    start[n] = t.start;
    end[n] = t.end - info.cut;
    lineOf[n] = line;
    flags[n] = info.flags;
    shape[n] = info.shape;
    bits[n] = poss ? pending | B.Poss : pending;
    texts[n] = info.text;
    lower[n] = info.lower;
    n++;
    // a possessive ends the name: the next word stands apart
    pending = poss ? B.BreakBefore : 0;
  }
  words.n = n;
  markLines(text, words);
  return words;
}
