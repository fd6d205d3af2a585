/**
 * English named-entity recognition: capitalised runs typed by compromise's lexicon (generated at
 * build time into src/lang/en/compromise-lexicon.ts, read into Maps on the first English text),
 * citata's own English word lists, titles, head nouns, context and document consistency.
 * One linear pass per step; compromise itself is never loaded.
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { NameMention, ParsedDocument } from '../stages.js';
import { harmonise } from './english/consistency.js';
import { companyNounAfter, contextType, prepositionHint, siteBefore } from './english/context.js';
import { LOC_FLAGS, NAME_FLAGS, W } from './english/lexicon.js';
import { dateFollows } from './english/dateline.js';
import { kbName, kbNameTable } from './english/kb-names.js';
import { kbSurname } from './english/kb-surnames.js';
import { findRuns, gatherEvidence, type Run } from './english/runs.js';
import { segmentRun, type Segment } from './english/segment.js';
import { markClubPlaces, markTeams } from './english/sports.js';
import { B, readWords, Shape, type EnWords } from './english/words.js';
import type { RecognizeOptions } from './index.js';

/** Is text[i] a double quotation mark (" or ”, or “ when `open`)? */
function isQuoteAt(text: string, i: number, open: boolean): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c === 34 || c === (open ? 0x201c : 0x201d);
}

/** Does a quotation close at `end`, maybe after a comma or a stop (`[,.?!]?["”]`)? */
function closesQuote(text: string, end: number): boolean {
  if (end >= text.length) return false;
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
  // each pass is its own small function: V8 optimises (and, when a new document shows it a new
  // case, re-optimises) small functions sooner and more cheaply than one large one, which matters
  // on unseen text, where compiling is a large part of the cost
  const text = doc.text;
  const words = readWords(doc);
  const ev = gatherEvidence(words);
  const segs = segmentRuns(words, findRuns(words, ev));
  const kb = options.kb;
  if (kb) applyKb(kb, text, words, segs);
  applyContext(text, words, segs);
  const teams = markTeams(text, words, segs);
  applyDatelines(text, words, segs);
  markClubPlaces(text, words, segs, teams, ev.sportWords);
  return toMentions(text, words, harmonise(words, dropSlugs(text, words, segs), ev));
}

function segmentRuns(words: EnWords, runs: readonly Run[]): Segment[] {
  const segs: Segment[] = [];
  for (let i = 0; i < runs.length; i++) segmentRun(words, runs[i], segs);
  return segs;
}

/** Types the segments the knowledge base knows by their whole name, or (a lone word) by a person's surname. */
function applyKb(kb: KnowledgeBase, text: string, words: EnWords, segs: readonly Segment[]): void {
  const table = kbNameTable(kb);
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    // a one-word name is its word's text (shared by every mention): no slice to make
    const name = s.b - s.a === 1 ? words.text[s.a] : text.slice(words.start[s.a], words.end[s.b - 1]);
    const found = kbName(kb, table, name, s.b - s.a === 1 ? words.lower[s.a] : undefined);
    if (found) {
      s.type = found.type;
      s.strong = true;
      s.needsEvidence = false;
      if (found.gender) s.gender = found.gender;
      s.kbIds = found.ids.slice();
    } else if (s.b - s.a === 1 && !s.strong) {
      // a known person's surname alone ("Lavrov met Rubio")
      const gender = kbSurname(kb, words.lower[s.a]);
      if (gender !== undefined) {
        // a hint, not a verdict: a surname is often a company's or a club's name too ("giant Vantor",
        // "Vantor shares"), and the words around the name may say so
        s.type = 'PER';
        s.hint = true;
        s.needsEvidence = false;
        if (gender) s.gender = gender;
      }
    }
  }
}

/** Titles of works in quotation marks, then the words around the names the lexicon left weak. */
function applyContext(text: string, words: EnWords, segs: readonly Segment[]): void {
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const start = words.start[s.a];
    const end = words.end[s.b - 1];
    // a whole quotation that is a capitalised phrase is a title of a work: "Viva Zapata"
    if (s.b - s.a > 1 && !s.strong && start > 0 && isQuoteAt(text, start - 1, true) && closesQuote(text, end)) {
      s.type = 'MISC';
      s.strong = true;
      s.needsEvidence = false;
      continue;
    }
    if (s.strong) {
      // "in Warren", "at Dunmore": a lone first name after a preposition of place is a town
      const f = words.flags[s.a];
      if (s.type === 'PER' && s.b - s.a === 1 && f & W.FIRST && !(f & (W.LAST | W.PERSON | LOC_FLAGS)) && !s.kbIds && siteBefore(words, s.a)) {
        s.type = 'LOC';
        s.strong = false;
        s.ctx = true;
        s.gender = undefined;
      } else if (s.type === 'PER' && s.b - s.a === 1 && !s.kbIds && companyNounAfter(words, s.b)) {
        // "Barlow stock closed down", "Fulham defender": a lone name before a company's or club's noun
        s.type = 'ORG';
        s.strong = false;
        s.ctx = true;
        s.gender = undefined;
      }
      continue;
    }
    const t = contextType(words, s.a, s.b);
    if (t) {
      s.type = t;
      s.ctx = true;
      continue;
    }
    if (s.hint) continue;
    const hint = prepositionHint(words, s.a, s.b);
    if (hint) {
      s.type = hint;
      s.hint = true;
    }
  }
}

/** A dateline: "MOSCOW 1996-08-22", "KYIV, Aug 22" (a place, whatever the sports pages say). */
function applyDatelines(text: string, words: EnWords, segs: readonly Segment[]): void {
  const { bits, line } = words;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const a = s.a;
    const lineStart = (bits[a] & B.CapsLine || words.shape[a] === Shape.Upper) && (a === 0 || line[a - 1] !== line[a]);
    if (bits[a] & B.Dateline || (lineStart && dateFollows(text, words.end[s.b - 1]))) {
      s.type = 'LOC';
      s.strong = true;
      s.team = false;
      s.fixed = true;
      s.needsEvidence = false;
    }
  }
}

/**
 * Drops a wire story's slug: the ordinary words in capitals that open a headline before a dash
 * ("GOLF - HARLOW LEADS", "MARKETS - Oslo"), capitalised elsewhere in the story or not.
 */
function dropSlugs(text: string, words: EnWords, segs: Segment[]): Segment[] {
  const { bits, flags, line } = words;
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const a = s.a;
    let slug = bits[a] & B.CapsLine && (a === 0 || line[a - 1] !== line[a]) && dashAfter(text, words.end[s.b - 1]);
    for (let k = a; slug && k < s.b; k++) if (!(flags[k] & W.COMMON) || flags[k] & NAME_FLAGS) slug = false;
    if (slug && !out) out = segs.slice(0, i);
    else if (!slug && out) out.push(s);
  }
  return out ?? segs;
}

/** Does " -" (a blank, then a dash) follow `end`? */
function dashAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 45;
}

function toMentions(text: string, words: EnWords, segs: readonly Segment[]): NameMention[] {
  const out: NameMention[] = [];
  for (let i = 0; i < segs.length; i++) out.push(toMention(text, words, segs[i]));
  return out;
}

function toMention(text: string, words: EnWords, s: Segment): NameMention {
  const start = words.start[s.a];
  const end = words.end[s.b - 1];
  const span = text.slice(start, end);
  // All fields in one order, as the Cyrillic recogniser makes them: one shape for the linker.
  return { start, end, text: span, type: s.type, base: span, gender: s.type === 'PER' && s.gender ? s.gender : undefined, kbIds: s.kbIds || undefined };
}
