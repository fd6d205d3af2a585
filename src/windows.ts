/**
 * Reading a very long text in windows, so that memory stays bounded by the window, not the text.
 *
 * The parser, the names stage and the quotes stage hold per-token data (tokens, token features,
 * candidate spans) for everything they read; on a 16 MB text that is ~1 GB of short-lived objects.
 * None of them needs more than a paragraph or so of context, so a text longer than
 * {@link WINDOW_CHARS} is cut at paragraph breaks into windows that these stages read one at a
 * time. Linking, which groups mentions across the whole text, still sees every name and quote at
 * once; its input is small (names and quotes, not tokens). News articles are far shorter than a
 * window, so for them nothing changes.
 *
 * What a window costs: a name's type is kept consistent within its window (the names stage's
 * document-level vote), and a quotation that runs across a window's edge is not found. Windows
 * end at a blank line where one is near, else at a line break, else at white space, so the edge
 * is where a quotation is least likely to be open.
 */
import type { FoundQuote, NameMention, ParsedDocument, ReferringMention } from './stages.js';
import type { Span } from './types.js';

/**
 * Texts longer than this (UTF-16 code units) are read in windows of about this size. Long enough
 * for all but the longest feature articles to be read whole; short enough that a window's
 * per-token objects stay few: at 100,000 the peak for a 16 MB English text was ~530 MiB, at
 * 50,000 ~390 MiB (bench/results.md).
 */
export const WINDOW_CHARS = 50_000;

/**
 * Cuts `text` into `[start, end)` windows of about `size` code units that end at a paragraph break
 * (a blank line if one is within reach, else a line break, else white space, else anywhere that
 * does not split a surrogate pair). One window covers a text no longer than `size`.
 *
 * @example
 * ```ts
 * windowBounds('перший абзац\n\nдругий абзац', 12); // [[0, 14], [14, 26]]
 * ```
 */
export function windowBounds(text: string, size: number = WINDOW_CHARS): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // How far past the nominal end a window may look for a blank line, then a line break, then a space.
  const slack = Math.max(1, size >> 2);
  let start = 0;
  while (text.length - start > size) {
    const end = cutAfter(text, start + size, Math.min(text.length, start + size + slack));
    out.push([start, end]);
    start = end;
  }
  out.push([start, text.length]);
  return out;
}

/** The best place to end a window at or after `from` and before `limit`. */
function cutAfter(text: string, from: number, limit: number): number {
  const blank = text.indexOf('\n\n', from);
  if (blank !== -1 && blank < limit) return blank + 2;
  const blankCrlf = text.indexOf('\n\r\n', from);
  if (blankCrlf !== -1 && blankCrlf < limit) return blankCrlf + 3;
  const line = text.indexOf('\n', from);
  if (line !== -1 && line < limit) return line + 1;
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d) return i + 1;
  }
  // No white space: cut anywhere, but never between the halves of a surrogate pair.
  const c = text.charCodeAt(from);
  return c >= 0xdc00 && c <= 0xdfff ? from + 1 : from;
}

/**
 * The results of one window, with every offset moved from the window's text into the whole text
 * and every index moved past the names and quotes of earlier windows.
 */
export interface ShiftedWindow {
  sentences: Span[];
  paragraphs: Span[];
  names: NameMention[];
  quotes: FoundQuote[];
}

/**
 * Moves a window's stage results by `offset` code units and re-bases name and quote indexes.
 *
 * @example
 * ```ts
 * const w = shiftWindow(parse('Лавров.', 'uk'), [], [], 100, 0, 0);
 * w.sentences[0].start; // 100
 * ```
 */
export function shiftWindow(
  doc: ParsedDocument,
  names: readonly NameMention[],
  quotes: readonly FoundQuote[],
  offset: number,
  namesBefore: number,
  quotesBefore: number,
): ShiftedWindow {
  const span = <T extends Span>(s: T): T => ({ ...s, start: s.start + offset, end: s.end + offset });
  const referring = (m: ReferringMention): ReferringMention => {
    const moved = span(m);
    if (m.nameIndex !== undefined) moved.nameIndex = m.nameIndex + namesBefore;
    return moved;
  };
  return {
    sentences: doc.sentences.map(span),
    paragraphs: doc.paragraphs.map(span),
    names: names.map(span),
    quotes: quotes.map((q) => {
      const moved: FoundQuote = { ...span(q), cue: q.cue && span(q.cue), speaker: q.speaker && referring(q.speaker) };
      if (q.continues !== undefined) moved.continues = q.continues + quotesBefore;
      return moved;
    }),
  };
}
