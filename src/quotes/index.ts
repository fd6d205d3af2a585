/**
 * Quotations: direct, partial and indirect speech, with cues and speakers.
 *
 * The stage reads the whole text once for quotation marks (`scanMarks` in marks.ts) and takes its tokens from
 * the parser's (re-tokenizing only the rare stretches its token rules cut differently: see tokens.ts);
 * every attribution lookup after that looks at a bounded window, so the stage is linear in the text.
 *
 * @module
 */
import type { FoundQuote, NameMention, ParsedDocument, ReferringMention } from '../stages.js';
import { attributionAfter, attributionBefore, sentenceCue, trailingAttribution, type Attribution } from './attribution.js';
import { afterOf, beforeOf, looksLikeName } from './classify.js';
import { makeContext, sentenceStartIndex, tokenIndex, type Ctx } from './context.js';
import { firstSubject } from './subject.js';
import { CoveredRanges } from './covered.js';
import { findIndirect, type IndirectDraft } from './indirect.js';
import { scanMarks, type MarkedSpan } from './marks.js';
import { dropNested, fitIndirect, type Draft } from './overlaps.js';
import { findDialogueLines, splitAtAttributions, type Piece } from './pieces.js';

// Built once at module load (none is global or sticky, so `test`/`exec` keep no state).
const SPACE_CHAR = /\s/;
const SPACE_OR_COMMA = /[\s,]/;
const FINAL_PUNCT = /[.!?…]/;
const PUNCT_AFTER_CLOSE = /^[»”"’›]?\s*[,.!?…]/;
const FINAL_AT_END = /[.!?…]\s*$/;
const LOWER_START = /^\p{Ll}/u;
const SPEAKER_LABEL = /^(\p{Lu}[\p{Lu}.' -]{1,30}):\s+/u;

/** Trims white space and a trailing comma from inside a marked span. */
function inner(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  // The inner apostrophe of a `''` mark pair.
  if (text[s] === "'" && text[s - 1] === "'") s++;
  if (text[e - 1] === "'" && text[e] === "'") e--;
  while (s < e && SPACE_CHAR.test(text[s])) s++;
  while (e > s && SPACE_OR_COMMA.test(text[e - 1])) e--;
  return [s, e];
}

const SPACE = /\s/;
const GAP_PUNCT = new Set(['.', ',', '!', '?', '…']);
const GAP_DASH = new Set(['—', '–', '-']);

/**
 * Whether `mark` is reached from `pos` stepping by `step` (±1) over, in order: spaces, one optional
 * punctuation mark, spaces, one optional dash, spaces — within six characters. A scan instead of a
 * regex with `\s*…\s*` runs, which can backtrack polynomially.
 */
function gapToMark(text: string, pos: number, step: 1 | -1, marks: string, first: ReadonlySet<string>, second: ReadonlySet<string>): boolean {
  const stop = step > 0 ? Math.min(text.length, pos + 6) : Math.max(-1, pos - 6);
  let i = pos;
  const spaces = (): void => {
    while (i !== stop && SPACE.test(text[i])) i += step;
  };
  spaces();
  if (i !== stop && first.has(text[i])) i += step;
  spaces();
  if (i !== stop && second.has(text[i])) i += step;
  spaces();
  return i !== stop && marks.includes(text[i]);
}

/** A quotation right next to another (`«Треба порадитися». – «Гаразд».`): a dialogue exchange. */
function besideQuote(text: string, open: number, close: number): boolean {
  // Before the opening mark the order reverses: closing mark, punctuation, dash, then the mark.
  return gapToMark(text, open - 1, -1, '»”"', GAP_DASH, GAP_PUNCT) || gapToMark(text, close + 1, 1, '«„“"', GAP_PUNCT, GAP_DASH);
}

/** Whether `text[start, end)` holds a blank line (two line feeds): a scan of the span only, not of the rest of the text. */
function hasBlankLine(text: string, start: number, end: number): boolean {
  for (let k = start; k + 1 < end; k++) if (text.charCodeAt(k) === 10 && text.charCodeAt(k + 1) === 10) return true;
  return false;
}

function hasFinalPunctuation(text: string, start: number, end: number): boolean {
  return FINAL_PUNCT.test(text.slice(start, end));
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
  const afterOk = after === 'end' || !!attrAfter || (after === 'attribution' && (PUNCT_AFTER_CLOSE.test(text.slice(last.close, last.close + 3)) || FINAL_AT_END.test(text.slice(last.open + 1, last.close))));
  const whole = (before === 'start' || before === 'colon' || before === 'dash' || (before === 'comma' && attrBefore?.cue)) && afterOk;
  if (whole) {
    let attr: Attribution | null = attrBefore?.cue || attrBefore?.speaker ? attrBefore : attrAfter;
    // `X said: "…"` names its speaker explicitly; an attribution after the quotation wins otherwise.
    const explicitBefore = before === 'colon' && !!attrBefore?.cue && !!attrBefore.speaker;
    if (attrAfter && (attrAfter.cue || !attr) && !explicitBefore) attr = attrAfter;
    // A standalone sentence of three or more words with lower-case words in it is speech, not a title.
    const words = text.slice(s0, e0).split(/\s+/);
    const punctuated = group.some((g) => hasFinalPunctuation(text, g.open + 1, g.close)) || words.length > 6 || (words.length >= 3 && words.some((w) => LOWER_START.test(w)) && before !== 'dash');
    if (!attr && !punctuated && !besideQuote(text, first.open, last.close) && looksLikeName(ctx, s0, e0)) return;
    const drafts: Draft[] = [];
    for (const g of group) {
      const [s0g, e] = inner(text, g.open + 1, g.close);
      let s = s0g;
      // A transcript line names its speaker before a colon: `"WALLACE: Let's start …`.
      const label = SPEAKER_LABEL.exec(text.slice(s, Math.min(e, s + 40)));
      let labelled: Attribution | null = null;
      if (label && !attr?.cue) {
        labelled = { cue: null, speaker: { start: s, end: s + label[1].length, text: label[1], kind: 'name', base: label[1] }, end: s + label[1].length, resumes: false };
        s += label[0].length;
      }
      if (e <= s) continue;
      const split = group.length === 1 ? splitAtAttributions(ctx, s, e, true, first.open) : { pieces: [[s, e]] as [number, number][], attribution: null };
      const a = labelled ?? split.attribution ?? attr;
      for (const [ps, pe] of split.pieces) drafts.push({ start: ps, end: pe, kind: 'direct', cue: a?.cue ?? null, speaker: a?.speaker ?? null, mayContinue: !a, pending: false, group: undefined });
    }
    joinGroup(drafts, out);
    return;
  }
  // Inside a quotation, words in marks within a sentence are names or scare quotes, not someone else's speech.
  // Words built into one sentence never run over a blank line: such a span pairs a lost closing mark with a far one.
  if (nested || hasBlankLine(text, s0, e0) || looksLikeName(ctx, s0, e0)) return;
  const attr = sentenceCue(ctx, first.open) ?? (after === 'attribution' ? attrAfter : null) ?? trailingAttribution(ctx, last.close);
  // `За це його називали «…»`: a naming verb in the impersonal plural, with no one named as its subject, gives a nickname.
  if (attr?.cue && attr.cue.number === 'pl' && ctx.lex.naming.has(attr.cue.lemma) && !namedSubject(ctx, attr)) return;
  // Without a cue of its own, a partial quotation may still sit inside reported speech (`За її словами, Захід «…»`): decided later.
  const pending = !attr && (ctx.lex.lang !== 'en' || text.slice(s0, e0).split(/\s+/).length < 3);
  // A clause of someone's words with no cue (`їй так сподобалося селище, «що аж серце зупинилося»`): four or more words
  // opening with a subordinator are never a name or a term; the sentence's subject said them. A pending draft
  // with a speaker stays even outside an indirect quotation (see adoptReporting).
  const speaker = attr?.speaker ?? (pending && ctx.lex.lang !== 'en' ? freeClauseSpeaker(ctx, s0, e0, first.open) : null);
  out.push({ start: s0, end: e0, kind: 'partial', cue: attr?.cue ?? null, speaker, mayContinue: false, pending, group: undefined });
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
  const ctx = makeContext(doc, names);
  const drafts: Draft[] = [];
  const all = scanMarks(text);
  const spans = all.filter(isTopLevel);
  // Top-level spans merged into disjoint ranges, for telling whether an offset lies inside a quotation.
  const covered = new CoveredRanges();
  for (let i = 0; i < spans.length; i++) {
    const group = [spans[i]];
    while (i + 1 < spans.length && spans[i + 1].continues !== undefined) group.push(spans[++i]);
    const from = group[0].open;
    const to = group[group.length - 1].close;
    covered.add(from, to);
    fromMarks(ctx, group, drafts);
  }
  // A quotation inside a quotation is a quotation of its own when it passes the same tests
  // (it stays only when the quotation around it does not: see dropNested).
  for (const s of all) if (s.depth > 0 && s.closed) fromMarks(ctx, [s], drafts, true);
  for (const line of findDialogueLines(ctx)) {
    if (covered.contains(line[0]!.start)) continue;
    joinGroup(line.map(dialogueDraft), drafts);
  }
  const marked = dropNested(drafts);
  // Pending partial quotations cut no clause: they live only inside one (adoptReporting drops the rest).
  const settled = marked.filter(isSettled);
  const indirect = fitIndirect(text, findIndirect(ctx, covered).map(indirectDraft), settled);
  return finish(text, [...adoptReporting(marked, indirect), ...indirect]);
}

/** The subject of the sentence of a cueless quoted clause (four or more words, opening with `що`, `бо` …), else null. */
function freeClauseSpeaker(ctx: Ctx, start: number, end: number, open: number): ReferringMention | null {
  const { text } = ctx;
  if (!LOWER_START.test(text[start] ?? '')) return null;
  let words = 1;
  let firstEnd = -1;
  for (let k = start; k < end && words < 4; k++) {
    if (text.charCodeAt(k) !== 32) continue;
    if (firstEnd < 0) firstEnd = k;
    words++;
  }
  // A clause, not a noun phrase (`мотивувати парафію «необхідністю добрих справ»` is a formula): it opens with `що`, `бо` ….
  if (words < 4) return null;
  const i = tokenIndex(ctx, open);
  if (!ctx.lex.clauseOpeners.has(text.slice(start, firstEnd).toLowerCase())) return null;
  return firstSubject(ctx, sentenceStartIndex(ctx, i), i);
}

/** Whether an attribution's speaker stands before its cue as its subject (`Вони назвали`; not `це`, nor the previous sentence's). */
function namedSubject(ctx: Ctx, attr: Attribution): boolean {
  const sp = attr.speaker;
  if (!sp || !attr.cue || sp.end > attr.cue.start || ctx.lex.nonSubject.has(sp.text.toLowerCase())) return false;
  // In the cue's own sentence: an omitted subject borrowed from the sentence before does not count.
  return ctx.toks[sentenceStartIndex(ctx, tokenIndex(ctx, attr.cue.start))].start <= sp.start;
}

// Module-level predicates, not closures made per document.
function isTopLevel(s: MarkedSpan): boolean {
  return s.depth === 0;
}

function isSettled(d: Draft): boolean {
  return !d.pending;
}

/** Appends the pieces of one quotation to `out`, each after the first continuing the first. */
function joinGroup(pieces: readonly Draft[], out: Draft[]): void {
  for (let i = 0; i < pieces.length; i++) {
    const d = pieces[i]!;
    if (i > 0) d.group = pieces[0];
    out.push(d);
  }
}

// Drafts are made with every field, in one order (module-level makers, not closures per call):
// one object shape for the passes that sort and filter them.
function dialogueDraft(p: Piece): Draft {
  return { start: p.start, end: p.end, kind: 'direct', cue: p.attribution?.cue ?? null, speaker: p.attribution?.speaker ?? null, mayContinue: false, pending: false, group: undefined };
}

function indirectDraft(d: IndirectDraft): Draft {
  return { start: d.start, end: d.end, kind: 'indirect', cue: d.cue, speaker: d.speaker, mayContinue: false, pending: false, group: undefined };
}

/** Gives pending partial quotations the cue and speaker of the indirect quotation around them, and drops the rest. */
function adoptReporting(drafts: Draft[], sorted: readonly Draft[]): Draft[] {
  // `sorted` is in text order and its clauses do not overlap.
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
    if (!around || around.end < d.end) return !!d.speaker;
    d.cue = around.cue;
    d.speaker = around.speaker;
    return true;
  });
}

/**
 * Sorts, keeps quotations from crossing (only quoted words inside an indirect clause may nest), and links
 * pieces and speakerless quotations to the quotation they continue.
 */
function finish(text: string, drafts: Draft[]): FoundQuote[] {
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Draft[] = [];
  let outer: Draft | null = null;
  for (const d of drafts) {
    const prev = kept[kept.length - 1];
    if (!outer || d.start >= outer.end) {
      kept.push(d);
      outer = d;
    } else if (outer.kind === 'indirect' && d.kind !== 'indirect' && d.end <= outer.end && (prev === outer || d.start >= prev.end)) {
      kept.push(d);
    }
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
