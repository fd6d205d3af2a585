/**
 * The quotation-mark state machine: one pass over the marks and line breaks of a text, a small stack of
 * open marks, and the paragraph convention of news (a quotation continued over paragraphs reopens the
 * mark at the start of each paragraph and closes it only at the end of the last).
 *
 * @module
 */
import { isLetter } from './text.js';

// Built once at module load (none is global or sticky, so `test`/`exec` keep no state).
const SPACE_OR_OPEN = /[\s([{«„“‘—–\-/]/;
const SPACE_OR_CLOSE = /[\s)\]}.,;:!?»”’…\-—–/]/;
const DIGIT = /\d/;
const LINE_BREAK = /[\n\r]/;
const SPACE_CHAR = /\s/;
const ONLY_FINAL_OR_SPACE = /^[.!?…\s]*$/;

/**
 * A span of text between quotation marks.
 *
 * @example
 * ```ts
 * const s: MarkedSpan = { open: 12, close: 16, mark: '«', depth: 0, closed: true };
 * ```
 */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or of the paragraph end for an unclosed mark. */
  close: number;
  /** The opening mark. */
  mark: string;
  /** Nesting depth: 0 for an outermost quotation. */
  depth: number;
  /** False when the mark never closed (the span then ends at its paragraph end). */
  closed: boolean;
  /** Index (into the returned array) of the piece this one continues after a paragraph break. */
  continues?: number;
}

interface Open {
  mark: string;
  pos: number;
  /** Where the current piece's text starts (after the opening or reopening mark). */
  from: number;
  closers: string;
  /** Line breaks crossed without a reopening mark. */
  crossed: number;
  /** End of the first paragraph, for reporting an unclosed mark. */
  firstBreak: number;
  /** Index of the earlier piece this span continues, after a reopening. */
  continues?: number;
}

/** Quotation marks and line-break runs: the only characters the machine looks at. */
// `''` (two apostrophes) is the double mark of texts typed without one (`''Yes,'' he said`): it comes first.
const EVENTS = /''|[«»„“”"'‘’‹›]|\r?\n\s*/g;
const MAX_DEPTH = 6;
/** A quotation that crosses more paragraphs than this without closing is taken as unbalanced. */
const MAX_CROSSED = 12;
const OPENERS: Readonly<Record<string, string>> = { '«': '»', '„': '“”', '‹': '›', '‘': '’', '“': '”“', '"': '"', "'": "'’", "''": "''", '”': '”' };

function spaceOrOpen(ch: string | undefined): boolean {
  return ch === undefined || SPACE_OR_OPEN.test(ch);
}

function spaceOrClose(ch: string | undefined): boolean {
  return ch === undefined || SPACE_OR_CLOSE.test(ch);
}

/**
 * Finds every span between quotation marks: « », „ “, “ ”, " ", ‹ ›, ‘ ’ and ' ' (an apostrophe between
 * letters, as in «Мар'їнка» or "don't", is not a mark). Linear in the text length.
 *
 * @example
 * ```ts
 * scanMarks('Він сказав: «Так».').map((s) => [s.open, s.close]); // [[12, 16]]
 * ```
 */
export function scanMarks(text: string): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  const stack: Open[] = [];
  const emit = (o: Open, close: number, closed: boolean, depth: number): number => {
    out.push({ open: o.from - 1, close, mark: o.mark, depth, closed, ...(o.continues !== undefined ? { continues: o.continues } : {}) });
    return out.length - 1;
  };
  const dropUnclosed = (o: Open, depth: number): void => {
    if (depth !== 0) return;
    // Quotations that opened inside a stray mark were counted one level too deep: lift them.
    for (let j = out.length - 1; j >= 0 && out[j].open > o.pos; j--) if (out[j].depth > 0) out[j].depth--;
    if (o.firstBreak > o.from) emit(o, o.firstBreak, false, depth);
  };
  /** The last closing mark: `«A: «b».` closes both quotations with one mark at a paragraph end. */
  let lastClose = { pos: -1, depth: -1, mark: '' };
  const push = (mark: string, pos: number): void => {
    if (stack.length >= MAX_DEPTH) stack.splice(0, 1);
    stack.push({ mark, pos, from: pos + 1, closers: OPENERS[mark], crossed: 0, firstBreak: -1 });
  };
  /** Closes the innermost open mark that `ch` can close; unclosed marks inside it are dropped. */
  const close = (ch: string, pos: number): boolean => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (!stack[k].closers.includes(ch)) continue;
      const o = stack[k];
      for (let j = stack.length - 1; j > k; j--) dropUnclosed(stack[j], j);
      stack.length = k;
      emit(o, pos, true, k);
      lastClose = { pos, depth: k, mark: ch };
      return true;
    }
    return false;
  };
  /** A new opening mark after an unclosed one of its kind crossed a paragraph break: the old one was stray. */
  const dropStale = (mark: string): void => {
    if (stack.length > 0 && stack[0].mark === mark && stack[0].crossed > 0) {
      dropUnclosed(stack[0], 0);
      stack.length = 0;
    }
  };
  EVENTS.lastIndex = 0;
  for (let m = EVENTS.exec(text); m; m = EVENTS.exec(text)) {
    const ch = m[0];
    const pos = m.index;
    if (ch[0] === '\n' || ch[0] === '\r') {
      if (stack.length === 0) continue;
      const next = pos + ch.length;
      const bottom = stack[0];
      // Close nested marks at the break: they never cross paragraphs.
      for (let j = stack.length - 1; j > 0; j--) dropUnclosed(stack[j], j);
      stack.length = 1;
      if (bottom.firstBreak < 0) bottom.firstBreak = pos;
      if (bottom.mark === "'" || bottom.mark === '‘') {
        stack.length = 0; // single quotes never cross paragraphs: this one was an apostrophe or a stray mark
        continue;
      }
      const reopens = text.startsWith(bottom.mark, next) && isLetterOrSpaceAfter(text, next + bottom.mark.length);
      if (!reopens && bottom.crossed === 0 && lastClose.depth === 1 && bottom.closers.includes(lastClose.mark) && lastClose.pos > bottom.pos && ONLY_FINAL_OR_SPACE.test(text.slice(lastClose.pos + 1, pos))) {
        emit(bottom, lastClose.pos, true, 0);
        stack.length = 0;
        continue;
      }
      if (!reopens && (bottom.mark === '"' || bottom.mark === '“' || bottom.mark === "''" || bottom.mark === '”')) {
        // Straight and English quotation marks reopen every paragraph of a long quotation: one that does not was stray.
        stack.length = 0;
        for (let j = out.length - 1; j >= 0 && out[j].open > bottom.pos; j--) if (out[j].depth > 0) out[j].depth--;
        continue;
      }
      if (reopens) {
        // The paragraph reopens the mark: the piece so far is a quotation piece; the next continues it.
        const idx = emit(bottom, trimEnd(text, bottom.from, pos), true, 0);
        stack[0] = { ...bottom, from: next + 1, crossed: 0, firstBreak: -1, continues: bottom.continues ?? idx };
        EVENTS.lastIndex = next + bottom.mark.length;
      } else if (++bottom.crossed > MAX_CROSSED) {
        stack.length = 0;
        dropUnclosed(bottom, 0);
      }
      continue;
    }
    const prev = text[pos - 1];
    const after = text[pos + 1];
    switch (ch) {
      case '«': case '„': case '‹':
        push(ch, pos);
        break;
      case '»': case '›':
        close(ch, pos);
        break;
      case '“': {
        const top = stack[stack.length - 1];
        if (top && top.mark === '„') close(ch, pos);
        else if (top && top.mark === '“' && !spaceOrOpen(prev) && spaceOrClose(after)) close(ch, pos);
        else push(ch, pos);
        break;
      }
      case '”':
        // A stray `”` typed for an opening mark (`”Fear. I am afraid …”`) opens when nothing it could close is open.
        if (!close(ch, pos) && spaceOrOpen(prev) && isLetterOrDigit(after)) push(ch, pos);
        break;
      case '"': {
        const opens = spaceOrOpen(prev) && !spaceOrClose(after);
        const top = stack[stack.length - 1];
        if (top && top.mark === '"' && !opens) close(ch, pos);
        else if (opens) {
          dropStale(ch);
          push(ch, pos);
        } else close(ch, pos);
        break;
      }
      case "''": {
        // Like `"`; the span's mark offsets are the first apostrophe of the opening pair and the last of the closing one.
        const opens = spaceOrOpen(prev) && !spaceOrClose(text[pos + 2]);
        const top = stack[stack.length - 1];
        if (top && top.mark === "''" && !opens) close(ch, pos + 1);
        else if (opens) {
          dropStale(ch);
          push(ch, pos);
        }
        break;
      }
      case "'": case '’': case '‘': {
        if (isLetter(prev) && isLetter(after)) break; // an apostrophe: Мар'їнка, don't
        const opens = spaceOrOpen(prev) && isLetterOrDigit(after);
        if (ch !== '’' && opens) push(ch, pos);
        else if (!spaceOrOpen(prev)) {
          const top = stack[stack.length - 1];
          if (top && (top.mark === "'" || top.mark === '‘')) close(ch, pos);
        }
        break;
      }
    }
  }
  for (let j = stack.length - 1; j >= 0; j--) {
    const o = stack[j];
    if (o.firstBreak < 0) o.firstBreak = paragraphEndFrom(text, o.from);
    dropUnclosed(o, j);
  }
  return out.sort((a, b) => a.open - b.open || b.close - a.close);
}

function isLetterOrDigit(ch: string | undefined): boolean {
  return isLetter(ch) || (ch !== undefined && DIGIT.test(ch));
}

function isLetterOrSpaceAfter(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && !LINE_BREAK.test(ch);
}

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && SPACE_CHAR.test(text[e - 1])) e--;
  return e;
}

/** The end of the paragraph from `from`, scanning at most a bounded stretch (a stray mark near the end). */
function paragraphEndFrom(text: string, from: number): number {
  const limit = Math.min(text.length, from + 2000);
  for (let i = from; i < limit; i++) if (text[i] === '\n') return i;
  return limit;
}
