/**
 * Keeps the quotations of a document from overlapping. Quotations never cross; the one nesting allowed
 * is quoted words inside the indirect clause that holds them (DESIGN.md). Marked and dialogue
 * quotations win over one another in text order (an outer quotation over the quotation inside it);
 * an indirect clause ends where the next attribution or a quotation running past it starts. Each step
 * is a sort and a linear sweep, so the number of quotations stays linear in the text.
 *
 * @module
 */
import type { FoundCue, ReferringMention } from '../stages.js';
import type { QuoteKind } from '../types.js';

// Built once at module load (none is global or sticky, so `test`/`exec` keep no state).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_CHAR = /\s/;

/**
 * A quotation before the final ordering and linking.
 *
 * @example
 * ```ts
 * const d: Draft = { start: 1, end: 9, kind: 'direct', cue: null, speaker: null, mayContinue: true };
 * ```
 */
export interface Draft {
  /** Offset of the first character. */
  start: number;
  /** Offset past the last character. */
  end: number;
  /** Direct, partial or indirect. */
  kind: QuoteKind;
  /** The reporting verb. */
  cue: FoundCue | null;
  /** The words naming the speaker. */
  speaker: ReferringMention | null;
  /** Draft this one continues (a piece of the same utterance). Always present, undefined when none: one object shape. */
  group: Draft | undefined;
  /** May take the voice of the quotation before it when it has no speaker. */
  mayContinue: boolean;
  /** A partial quotation without a cue: kept only inside an indirect quotation, whose cue and speaker it takes. */
  pending: boolean;
}

const byStart = (a: Draft, b: Draft): number => a.start - b.start || b.end - a.end;

/**
 * Drops marked and dialogue quotations that start inside an earlier one (a quotation inside a
 * quotation, or marks that cross): the outer quotation is the utterance. Pieces of one interrupted
 * quotation do not overlap, so they all stay.
 *
 * @example
 * ```ts
 * // '«„Так“»' → the drafts 'Так' (nested) and '„Так“' (outer): only the outer stays
 * dropNested(drafts);
 * ```
 */
export function dropNested(drafts: readonly Draft[]): Draft[] {
  const sorted = [...drafts].sort(byStart);
  const out: Draft[] = [];
  let end = -1;
  for (const d of sorted) {
    if (d.start < end) continue;
    out.push(d);
    end = d.end;
  }
  return out;
}

/** Where the attribution of an indirect draft starts: its cue or its speaker, whichever comes first at or after `after`. */
function attributionStart(d: Draft, after: number): number {
  let s = d.start;
  if (d.cue && d.cue.start >= after) s = Math.min(s, d.cue.start);
  if (d.speaker && d.speaker.start >= after) s = Math.min(s, d.speaker.start);
  return s;
}

/** Moves `end` back over spaces and punctuation, to the last letter or digit before it (or `start`). */
function trimBack(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && !LETTER_OR_DIGIT.test(text[e - 1])) e--;
  return e;
}

/** Clause-ending punctuation, possibly followed by one conjunction (`, а`, `; and`, `, though`); or a bare `and`/`but` (`… and said she would stand …`). */
const BOUNDARY_END = /[,;:—–]\s*\p{Ll}{0,8}$/u;
const AND_END = /\s(?:and|but|і|та|а|но|и)$/u;

/**
 * Where the clause from `start` stops before `cut`: at the boundary punctuation, or -1 when none comes right before `cut`.
 * A bare `and` counts only before the next cue itself (`… and said …`), not inside a subject (`he and Maskhadov agreed`).
 */
function boundaryBefore(text: string, start: number, cut: number, atCue: boolean): number {
  let e = cut;
  while (e > start && SPACE_CHAR.test(text[e - 1])) e--;
  const from = Math.max(start, e - 12);
  const tail = text.slice(from, e);
  const m = BOUNDARY_END.exec(tail) ?? (atCue ? AND_END.exec(tail) : null);
  return m ? from + m.index : -1;
}

/**
 * Fits indirect clauses around the marked quotations: a clause that starts inside a quotation is
 * dropped; a clause is cut where the next clause's attribution starts, and where a direct quotation
 * that runs past its end starts; quoted words that close past its end extend it, and quotations wholly
 * inside a clause stay nested in it. Returns the clauses left,
 * in text order (the drafts are changed in place).
 *
 * @example
 * ```ts
 * // 'Лавров заявив: Лавров заявив: так.' → the first clause ends before the second 'Лавров'
 * ```
 */
export function fitIndirect(text: string, indirect: readonly Draft[], marked: readonly Draft[]): Draft[] {
  const sorted = [...indirect].sort(byStart);
  // 1. A clause ends where the next clause's attribution starts when a clause boundary comes right before
  //    it (`заявив, що A, а Рубіо сказав, що B`). Otherwise the next clause is reported inside this one
  //    (`said he thought that …`, `Лавров заявив: Лавров заявив: так`) and is not a quotation of its own;
  //    nor is any clause that starts inside it.
  const clauses: Draft[] = [];
  let nestedEnd = -1;
  for (const next of sorted) {
    if (next.start < nestedEnd) continue;
    const c = clauses[clauses.length - 1];
    if (c) {
      const cut = attributionStart(next, c.start);
      const stop = cut < c.end && trimBack(text, c.start, cut) - c.start >= 2 ? boundaryBefore(text, c.start, cut, !!next.cue && next.cue.start === cut) : -1;
      if (stop >= 0) c.end = trimBack(text, c.start, stop);
      if (next.start < c.end) {
        nestedEnd = Math.max(nestedEnd, next.end);
        continue;
      }
    }
    clauses.push(next);
  }
  // 2. Against the marked quotations (sorted, not overlapping one another): one sweep.
  const quotes = [...marked].sort(byStart);
  const out: Draft[] = [];
  let q = 0;
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    if (c.end <= c.start) continue;
    const nextStart = i + 1 < clauses.length ? clauses[i + 1].start : Infinity;
    // Quotations that end before the clause starts cannot touch it or any later clause.
    while (q < quotes.length && quotes[q].end <= c.start) q++;
    if (q < quotes.length && quotes[q].start <= c.start) continue; // the clause starts inside a quotation
    for (let k = q; k < quotes.length && quotes[k].start < c.end; k++) {
      if (quotes[k].end <= c.end) continue;
      // Quoted words that close past the clause (`says Trump is “unfit to serve.”`) belong to it.
      if (quotes[k].kind === 'partial' && quotes[k].end <= nextStart) {
        c.end = quotes[k].end;
        continue;
      }
      // Another quotation runs past the clause: the clause ends before its opening mark.
      c.end = trimBack(text, c.start, quotes[k].start - 1);
      break;
    }
    if (c.end - c.start < 2 || !LETTER_OR_DIGIT.test(text.slice(c.start, c.end))) continue;
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end) continue;
    out.push(c);
  }
  return out;
}
