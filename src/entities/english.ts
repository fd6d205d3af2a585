/**
 * English named-entity recognition: capitalised runs typed by compromise's lexicon (generated at
 * build time into src/lang/en/compromise-lexicon.ts, read into Maps on the first English text),
 * citata's own English word lists, titles, head nouns, context and document consistency.
 * One linear pass per step; compromise itself is never loaded.
 *
 * @module
 */
import type { NameMention, ParsedDocument } from '../stages.js';
import { harmonise } from './english/consistency.js';
import { contextType } from './english/context.js';
import { dateFollows } from './english/dateline.js';
import { kbName, kbNameTable } from './english/kb-names.js';
import { kbSurname } from './english/kb-surnames.js';
import { findRuns, gatherEvidence } from './english/runs.js';
import { segmentRun, type Segment } from './english/segment.js';
import { markTeams } from './english/sports.js';
import { readWords, Shape, type EnWord } from './english/words.js';
import type { RecognizeOptions } from './index.js';

/** Is text[i] a double quotation mark (" or ”, or “ when `open`)? */
function isQuoteAt(text: string, i: number, open: boolean): boolean {
  const c = text.charCodeAt(i);
  return c === 34 || c === (open ? 0x201c : 0x201d);
}

/** Does a quotation close at `end`, maybe after a comma or a stop (`[,.?!]?["”]`)? */
function closesQuote(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 44 || c === 46 || c === 63 || c === 33) return isQuoteAt(text, end + 1, false);
  return isQuoteAt(text, end, false);
}

/**
 * Finds the names in an English document: people (with gender where a first name tells it),
 * organisations, places and other names (nationality adjectives, events). Each name is its own base
 * form; a possessive ending is left out of the span ("Putin's" → "Putin").
 *
 * @example
 * ```ts
 * import { parse } from '../parser/index.js';
 * recognizeEnglishNames(parse("Foreign Minister Sergei Lavrov met Russia's allies.", 'en'), { kb: null });
 * // [{ text: 'Sergei Lavrov', type: 'PER', gender: 'm', … }, { text: 'Russia', type: 'LOC', … }]
 * ```
 */
export function recognizeEnglishNames(doc: ParsedDocument, options: RecognizeOptions): NameMention[] {
  const words = readWords(doc);
  const ev = gatherEvidence(words);
  const segs: Segment[] = [];
  for (const run of findRuns(words, ev)) segmentRun(words, run, segs);
  const kb = options.kb;
  const text = doc.text;
  if (kb) {
    const table = kbNameTable(kb);
    for (const s of segs) {
      const first = words[s.a];
      // a one-word name is its word's text (shared by every mention): no slice to make
      const name = s.b - s.a === 1 ? first.text : text.slice(first.start, words[s.b - 1].end);
      const found = kbName(kb, table, name);
      if (found) {
        s.type = found.type;
        s.strong = true;
        s.needsEvidence = false;
        if (found.gender) s.gender = found.gender;
        s.kbIds = found.ids.slice();
      } else if (s.b - s.a === 1 && !s.strong) {
        // a known person's surname alone ("Lavrov met Rubio")
        const gender = kbSurname(kb, first.lower);
        if (gender !== undefined) {
          s.type = 'PER';
          s.strong = true;
          s.needsEvidence = false;
          if (gender) s.gender = gender;
        }
      }
    }
  }
  for (const s of segs) {
    const start = words[s.a].start;
    const end = words[s.b - 1].end;
    // a whole quotation that is a capitalised phrase is a title of a work: "Viva Zapata"
    if (s.b - s.a > 1 && !s.strong && start > 0 && isQuoteAt(text, start - 1, true) && closesQuote(text, end)) {
      s.type = 'MISC';
      s.strong = true;
      s.needsEvidence = false;
      continue;
    }
    if (s.strong) continue;
    const t = contextType(words, s.a, s.b);
    if (t) {
      s.type = t;
      s.ctx = true;
    }
  }
  markTeams(text, words, segs);
  for (const s of segs) {
    const first = words[s.a];
    const end = words[s.b - 1].end;
    // a dateline: "MOSCOW 1996-08-22", "KYIV, Aug 22" (a place, whatever the sports pages say)
    const lineStart = (first.capsLine || first.shape === Shape.Upper) && (s.a === 0 || words[s.a - 1].line !== first.line);
    if (first.dateline || (lineStart && dateFollows(text, end))) {
      s.type = 'LOC';
      s.strong = true;
      s.team = false;
      s.fixed = true;
      s.needsEvidence = false;
    }
  }
  return harmonise(words, segs, ev).map((s) => toMention(text, words, s));
}

function toMention(text: string, words: readonly EnWord[], s: Segment): NameMention {
  const start = words[s.a].start;
  const end = words[s.b - 1].end;
  const span = text.slice(start, end);
  const m: NameMention = { start, end, text: span, type: s.type, base: span };
  if (s.type === 'PER' && s.gender) m.gender = s.gender;
  if (s.kbIds) m.kbIds = s.kbIds;
  return m;
}
