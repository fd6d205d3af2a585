/**
 * Interrupted quotations and dialogue lines. `«A, — каже X, — B»` is two pieces with one attribution;
 * a paragraph opened by a dash (`— Ми готові, — сказав він.`) is a dialogue line, split the same way.
 *
 * @module
 */
import { attributionAfter, type Attribution } from './attribution.js';
import { tokenIndex, type Ctx } from './context.js';
import { DASHES, FINAL, isCapitalized } from './text.js';

// Built once at module load (none is global or sticky, so `test`/`exec` keep no state).
const SPACE_CHAR = /\s/;
const PIECE_TRIM = /[\s,;:—–-]/;
const QUOTE_MARK = /^[«»„“”"]$/;

/**
 * A piece of quoted text with the attribution that interrupts or follows it.
 *
 * @example
 * ```ts
 * const p: Piece = { start: 1, end: 10, attribution: null };
 * ```
 */
export interface Piece {
  /** Offset of the first character. */
  start: number;
  /** Offset past the last character. */
  end: number;
  /** The attribution found for the whole utterance, if any. */
  attribution: Attribution | null;
}

const INNER_END = new Set([',', '.', '!', '?', '…', '...', ':', ';']);

/** Trims white space, and a trailing comma or dash, from a piece. */
function trimPiece(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && SPACE_CHAR.test(text[s])) s++;
  while (e > s && PIECE_TRIM.test(text[e - 1])) e--;
  return [s, e];
}

/**
 * Splits the text between `start` and `end` at attributions set off by dashes (`, — каже X, —`).
 * With `requireCue`, only an attribution with a reporting verb splits (speech may contain dashes).
 * Returns the pieces and the first attribution met (shared by all pieces).
 *
 * @example
 * ```ts
 * // '«Діло закінчено, — пише поетеса. — Сподіваюсь…»' → pieces 'Діло закінчено', 'Сподіваюсь…'
 * ```
 */
export function splitAtAttributions(ctx: Ctx, start: number, end: number, requireCue: boolean, quoteOpen = -1): { pieces: [number, number][]; attribution: Attribution | null; tail: Attribution | null } {
  const { toks, text } = ctx;
  const pieces: [number, number][] = [];
  let attribution: Attribution | null = null;
  let pieceStart = start;
  let i = tokenIndex(ctx, start);
  for (; i < toks.length && toks[i].start < end; i++) {
    const t = toks[i];
    if (!DASHES.has(t.text) || i === 0) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (prev.start < pieceStart || !next || next.kind !== 'w') continue;
    const punct = prev.kind === 'p' && INNER_END.has(prev.text);
    // Without punctuation before the dash, only a reporting verb right after it makes an attribution.
    if (!punct && !(prev.kind === 'w' && ctx.lex.cues.has(next.lower))) continue;
    // Hand the attribution reader the position just before the punctuation that ends the piece.
    const attr = attributionAfter(ctx, punct ? prev.start - 1 : prev.end - 1, quoteOpen);
    if (!attr || (requireCue && !attr.cue) || attr.end > end) continue;
    const keep = !punct || (FINAL.has(prev.text) && prev.text !== '.') ? prev.end : prev.start;
    const [s, e] = trimPiece(text, pieceStart, keep);
    if (e > s) pieces.push([s, e]);
    attribution ??= attr;
    if (!attr.resumes) {
      const [s2, e2] = trimPiece(text, skipToResume(ctx, attr.end), end);
      return { pieces, attribution, tail: e2 > s2 ? attr : null };
    }
    pieceStart = skipToResume(ctx, attr.end);
    i = tokenIndex(ctx, pieceStart) - 1;
  }
  const [s, e] = trimPiece(text, pieceStart, end);
  if (e > s) pieces.push([s, e]);
  return { pieces, attribution, tail: null };
}

/** Whether a blank line (two line breaks) separates token `k` from the one before. */
function blankBefore(ctx: Ctx, k: number): boolean {
  if (k === 0) return true;
  const { text } = ctx;
  let breaks = 0;
  // Counted in place: no slice of the gap.
  for (let p = ctx.toks[k - 1].end, e = ctx.toks[k].start; p < e; p++) if (text.charCodeAt(p) === 10 && ++breaks === 2) return true;
  return false;
}

/** Whether any of tokens `from … to - 1` is a quotation mark. */
function hasQuoteMark(toks: Ctx['toks'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k].kind === 'p' && QUOTE_MARK.test(toks[k].text)) return true;
  return false;
}

/** The offset after an attribution's closing `, —` / `. —`, where the quotation resumes. */
function skipToResume(ctx: Ctx, pos: number): number {
  const { toks } = ctx;
  let i = tokenIndex(ctx, pos);
  for (let n = 0; n < 3 && i < toks.length && toks[i].kind === 'p' && (INNER_END.has(toks[i].text) || DASHES.has(toks[i].text)); n++) {
    const wasDash = DASHES.has(toks[i].text);
    i++;
    if (wasDash) break;
  }
  return i < toks.length ? toks[i].start : pos;
}

/**
 * Finds dialogue lines: paragraphs that open with a dash followed by speech, split at their attributions.
 * Lines that look like list items (lower-case start, ending in `;` or `,`) are left alone.
 *
 * @example
 * ```ts
 * // '— Що з фабрикою? — прошепотів Макар.' → one piece 'Що з фабрикою?' with cue 'прошепотів', speaker 'Макар'
 * ```
 */
export function findDialogueLines(ctx: Ctx): Piece[][] {
  const { toks, text, lineStarts } = ctx;
  const out: Piece[][] = [];
  let next = 0; // the first token not yet looked at
  // Only a token that begins a line can open a dialogue line: the loop visits those alone.
  for (const i of lineStarts) {
    if (i < next || !DASHES.has(toks[i].text)) continue;
    const first = toks[i + 1];
    if (!first || ctx.breakBefore[i + 1] || first.start === toks[i].end) continue;
    if (first.kind === 'w' ? !isCapitalized(first.text) : first.text !== '…' && first.text !== '...') continue;
    let j = i + 1;
    while (j < toks.length && !ctx.breakBefore[j]) j++;
    let lastTok = toks[j - 1];
    if (lastTok.text === ';' || lastTok.text === ',') continue;
    const { pieces, attribution } = splitAtAttributions(ctx, first.start, lastTok.end, false, toks[i].start);
    if (!pieces.length) continue;
    if (!attribution) {
      // A line of speech without attribution goes on over the following single-line paragraphs
      // (texts with one sentence per line) until a blank line, another dash line, or narration ending in a colon.
      let k = j;
      while (k < toks.length && k - j < 400 && !DASHES.has(toks[k].text) && !blankBefore(ctx, k)) {
        let m = k + 1;
        while (m < toks.length && !ctx.breakBefore[m]) m++;
        const end = toks[m - 1];
        if (end.text === ':' || hasQuoteMark(toks, k, m)) break;
        lastTok = end;
        k = m;
      }
      if (k > j) pieces[pieces.length - 1][1] = lastTok.end;
      j = k;
    }
    out.push(pieces.map(([s, e]) => ({ start: s, end: e, attribution })));
    next = j;
  }
  return out;
}
