/**
 * Quotations: direct, partial and indirect speech, with cues and speakers.
 *
 * The stage reads the whole text once for quotation marks ({@link scanMarks}) and once for tokens;
 * every attribution lookup after that looks at a bounded window, so the stage is linear in the text.
 *
 * @module
 */
import type { FoundCue, FoundQuote, NameMention, ParsedDocument, ReferringMention } from '../stages.js';
import type { QuoteKind } from '../types.js';
import { attributionAfter, attributionBefore, sentenceCue, trailingAttribution, type Attribution } from './attribution.js';
import { afterOf, beforeOf, looksLikeName } from './classify.js';
import { makeContext, type Ctx } from './context.js';
import { findIndirect } from './indirect.js';
import { scanMarks, type MarkedSpan } from './marks.js';
import { findDialogueLines, splitAtAttributions } from './pieces.js';

interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  cue: FoundCue | null;
  speaker: ReferringMention | null;
  /** Draft this one continues (a piece of the same utterance). */
  group?: Draft;
  /** May take the voice of the quotation before it when it has no speaker. */
  mayContinue: boolean;
  /** A partial quotation without a cue: kept only inside an indirect quotation, whose cue and speaker it takes. */
  pending?: boolean;
}

/** Trims white space and a trailing comma from inside a marked span. */
function inner(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  return [s, e];
}

/** A quotation right next to another (`«Треба порадитися». – «Гаразд».`): a dialogue exchange. */
function besideQuote(text: string, open: number, close: number): boolean {
  return /[»”"]\s*[.,!?…]?\s*[—–-]?\s*$/.test(text.slice(Math.max(0, open - 6), open)) || /^\s*[.,!?…]?\s*[—–-]?\s*[«„“"]/.test(text.slice(close + 1, close + 7));
}

function hasFinalPunctuation(text: string, start: number, end: number): boolean {
  return /[.!?…]/.test(text.slice(start, end));
}

/** Drafts for one utterance in marks (a span, or the paragraph pieces of a continued quotation). */
function fromMarks(ctx: Ctx, group: MarkedSpan[], out: Draft[], nested = false): void {
  const { text } = ctx;
  const first = group[0];
  const last = group[group.length - 1];
  const before = beforeOf(text, first.open);
  const after = last.closed ? afterOf(text, last.close) : 'end';
  const [s0, e0] = inner(text, first.open + 1, first.close);
  if (e0 <= s0) return;
  if (!last.closed && (before === 'inside' || before === 'comma')) return;
  const attrAfter = last.closed ? attributionAfter(ctx, last.close, first.open) : null;
  const attrBefore = before === 'colon' || before === 'comma' ? attributionBefore(ctx, first.open) : null;
  // `«Ведмідь» - це тотем`: a dash that introduces no attribution is the author's copula, not a speech boundary.
  const afterOk = after === 'end' || !!attrAfter || (after === 'attribution' && (/^[»”"’›]?\s*[,.!?…]/.test(text.slice(last.close, last.close + 3)) || /[.!?…]\s*$/.test(text.slice(last.open + 1, last.close))));
  const whole = (before === 'start' || before === 'colon' || before === 'dash' || (before === 'comma' && attrBefore?.cue)) && afterOk;
  if (whole) {
    let attr: Attribution | null = attrBefore?.cue || attrBefore?.speaker ? attrBefore : attrAfter;
    // `X said: "…"` names its speaker explicitly; an attribution after the quotation wins otherwise.
    const explicitBefore = before === 'colon' && !!attrBefore?.cue && !!attrBefore.speaker;
    if (attrAfter && (attrAfter.cue || !attr) && !explicitBefore) attr = attrAfter;
    // A standalone sentence of three or more words with lower-case words in it is speech, not a title.
    const words = text.slice(s0, e0).split(/\s+/);
    const punctuated = group.some((g) => hasFinalPunctuation(text, g.open + 1, g.close)) || words.length > 6 || (words.length >= 3 && words.some((w) => /^\p{Ll}/u.test(w)) && before !== 'dash');
    if (!attr && !punctuated && !besideQuote(text, first.open, last.close) && looksLikeName(ctx, s0, e0)) return;
    const drafts: Draft[] = [];
    for (const g of group) {
      const [s0g, e] = inner(text, g.open + 1, g.close);
      let s = s0g;
      // A transcript line names its speaker before a colon: `"WALLACE: Let's start …`.
      const label = /^(\p{Lu}[\p{Lu}.' -]{1,30}):\s+/u.exec(text.slice(s, Math.min(e, s + 40)));
      let labelled: Attribution | null = null;
      if (label && !attr?.cue) {
        labelled = { cue: null, speaker: { start: s, end: s + label[1].length, text: label[1], kind: 'name', base: label[1] }, end: s + label[1].length, resumes: false };
        s += label[0].length;
      }
      if (e <= s) continue;
      const split = group.length === 1 ? splitAtAttributions(ctx, s, e, true, first.open) : { pieces: [[s, e]] as [number, number][], attribution: null };
      const a = labelled ?? split.attribution ?? attr;
      for (const [ps, pe] of split.pieces) drafts.push({ start: ps, end: pe, kind: 'direct', cue: a?.cue ?? null, speaker: a?.speaker ?? null, mayContinue: !a });
    }
    drafts.forEach((d, i) => {
      if (i > 0) d.group = drafts[0];
      out.push(d);
    });
    return;
  }
  // Inside a quotation, words in marks within a sentence are names or scare quotes, not someone else's speech.
  if (nested || looksLikeName(ctx, s0, e0)) return;
  const attr = sentenceCue(ctx, first.open) ?? (after === 'attribution' ? attrAfter : null) ?? trailingAttribution(ctx, last.close);
  // Without a cue of its own, a partial quotation may still sit inside reported speech (`За її словами, Захід «…»`): decided later.
  const pending = !attr && (ctx.lex.lang !== 'en' || text.slice(s0, e0).split(/\s+/).length < 3);
  out.push({ start: s0, end: e0, kind: 'partial', cue: attr?.cue ?? null, speaker: attr?.speaker ?? null, mayContinue: false, pending });
}

/**
 * Finds quotations in a parsed document: direct quotations in any mark style (continued over
 * paragraphs, interrupted by attributions, or as dialogue lines after a dash), partial quotations in the
 * author's sentence, and indirect speech. Each comes with its cue (lemma, gender, number) and the words
 * naming its speaker; a quotation without a speaker of its own that goes on in the voice of the one
 * before it points to that one with `continues`. Guillemets around a name are not quotations.
 *
 * @param doc - the parsed document
 * @param names - the names the entities stage found (used for speaker spans and the name test)
 * @returns quotations in text order
 *
 * @example
 * ```ts
 * import { parse } from 'citata/parser';
 * import { findQuotes } from 'citata/quotes';
 * const [q] = findQuotes(parse('«Ми готові», — сказав він.', 'uk'), []);
 * q.text;          // 'Ми готові'
 * q.cue?.lemma;    // 'сказати'
 * q.speaker?.text; // 'він'
 * ```
 */
export function findQuotes(doc: ParsedDocument, names: readonly NameMention[]): FoundQuote[] {
  const { text } = doc;
  const ctx = makeContext(text, doc.lang, names);
  const drafts: Draft[] = [];
  const all = scanMarks(text);
  const spans = all.filter((s) => s.depth === 0);
  // Top-level spans, for telling whether an offset lies inside a quotation.
  const covered: [number, number][] = [];
  for (let i = 0; i < spans.length; i++) {
    const group = [spans[i]];
    while (i + 1 < spans.length && spans[i + 1].continues !== undefined) group.push(spans[++i]);
    covered.push([group[0].open, group[group.length - 1].close]);
    fromMarks(ctx, group, drafts);
  }
  // A quotation inside a quotation is a quotation of its own when it passes the same tests.
  for (const s of all) if (s.depth > 0 && s.closed) fromMarks(ctx, [s], drafts, true);
  const inQuote = (pos: number): boolean => {
    let lo = 0;
    let hi = covered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (covered[mid][0] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && covered[lo - 1][1] > pos;
  };
  for (const line of findDialogueLines(ctx)) {
    if (inQuote(line[0].start)) continue;
    const lineDrafts = line.map((p): Draft => ({ start: p.start, end: p.end, kind: 'direct', cue: p.attribution?.cue ?? null, speaker: p.attribution?.speaker ?? null, mayContinue: false }));
    lineDrafts.forEach((d, i) => {
      if (i > 0) d.group = lineDrafts[0];
      drafts.push(d);
    });
  }
  const indirect = findIndirect(ctx, inQuote);
  for (const d of indirect) drafts.push({ ...d, kind: 'indirect', mayContinue: false });
  return finish(text, adoptReporting(drafts, indirect));
}

/** Gives pending partial quotations the cue and speaker of the indirect quotation around them, and drops the rest. */
function adoptReporting(drafts: Draft[], indirect: readonly { start: number; end: number; cue: FoundCue | null; speaker: ReferringMention | null }[]): Draft[] {
  const sorted = [...indirect].sort((a, b) => a.start - b.start);
  return drafts.filter((d) => {
    if (!d.pending) return true;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= d.start) lo = mid + 1;
      else hi = mid;
    }
    const around = lo > 0 ? sorted[lo - 1] : null;
    if (!around || around.end < d.end) return false;
    d.cue = around.cue;
    d.speaker = around.speaker;
    return true;
  });
}

/** Sorts, drops duplicates, and links pieces and speakerless quotations to the quotation they continue. */
function finish(text: string, drafts: Draft[]): FoundQuote[] {
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Draft[] = [];
  for (const d of drafts) {
    const prev = kept[kept.length - 1];
    if (prev && prev.start === d.start && prev.end === d.end) continue;
    kept.push(d);
  }
  const index = new Map<Draft, number>();
  const out: FoundQuote[] = [];
  kept.forEach((d, i) => {
    index.set(d, i);
    const q: FoundQuote = { start: d.start, end: d.end, text: text.slice(d.start, d.end), kind: d.kind, cue: d.cue, speaker: d.speaker };
    if (d.group && index.has(d.group)) q.continues = index.get(d.group);
    else if (!d.speaker && d.mayContinue && i > 0) {
      // The voice goes on when the quotation before is near and nothing but narration lies between.
      const p = out[i - 1];
      if (d.start - p.end < 700) q.continues = i - 1;
    }
    out.push(q);
  });
  return out;
}

export type { FoundQuote, FoundCue, ReferringMention } from '../stages.js';
