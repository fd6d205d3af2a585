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
import { kbSurname } from './english/kb-surnames.js';
import { findRuns, gatherEvidence } from './english/runs.js';
import { segmentRun, type Segment } from './english/segment.js';
import { markTeams } from './english/sports.js';
import { readWords, Shape, type EnWord } from './english/words.js';
import type { KnowledgeBaseEntry } from '../kb/types.js';
import type { RecognizeOptions } from './index.js';

const OPEN_QUOTE = /^["“]$/;
const CLOSE_QUOTE = /^[,.?!]?["”]/;

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
  for (const run of findRuns(words, ev)) for (const s of segmentRun(words, run)) segs.push(s);
  const kb = options.kb;
  const text = doc.text;
  const seen = new Map<string, readonly KnowledgeBaseEntry[]>();
  for (const s of segs) {
    const first = words[s.a];
    const end = words[s.b - 1].end;
    if (kb) {
      // names repeat within a document: look each one up once
      const name = text.slice(first.start, end);
      let found = seen.get(name);
      if (!found) seen.set(name, (found = kb.lookup(name, 'en')));
      if (found.length) {
        s.type = found[0].type;
        s.strong = true;
        s.needsEvidence = false;
        if (found[0].gender) s.gender = found[0].gender;
        s.kbIds = found.slice(0, 3).map((e) => e.id);
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
    if (s.b - s.a > 1 && OPEN_QUOTE.test(text.slice(start - 1, start)) && CLOSE_QUOTE.test(text.slice(end, end + 2)) && !s.strong) {
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
