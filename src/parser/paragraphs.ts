/**
 * Paragraph boundaries: news text puts one paragraph per line (often with blank lines between).
 *
 * @module
 */
import type { Span } from '../types.js';
import * as chars from './chars.js';

// Local bindings, taken once: a runner that rewrites imports into property reads (vitest's
// module runner does) would otherwise pay a getter call per character in the loops below.
const { SPACE, classOf } = chars;

/** The units `chars.isLineBreak` accepts (LF, VT, FF, CR, U+2028, U+2029), one at a time. */
const LINE_BREAK = /[\n\v\f\r\u2028\u2029]/g;

/**
 * Appends the span `[start, end)` trimmed of white space, unless nothing but white space is left.
 * Used by the paragraph and sentence splitters so both trim alike.
 *
 * @example
 * ```ts
 * const out: Span[] = [];
 * pushTrimmed('  Так. ', 0, 7, out); // out: [{ start: 2, end: 6, text: 'Так.' }]
 * ```
 */
export function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && classOf(text.charCodeAt(start)) === SPACE) start++;
  while (end > start && classOf(text.charCodeAt(end - 1)) === SPACE) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/**
 * Splits text into paragraphs at line breaks (`\n`, `\r\n`, `\r`, U+2028, U+2029, and also
 * VT, FF). Blank lines are skipped; each span is trimmed of surrounding white space.
 * One linear pass.
 *
 * @example
 * ```ts
 * splitParagraphs('Перший абзац.\r\n\r\n  Другий абзац. ');
 * // [{ start: 0, end: 13, text: 'Перший абзац.' }, { start: 19, end: 32, text: 'Другий абзац.' }]
 * ```
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;
  // The regex engine finds the next line break faster than a loop over every code unit; its
  // lastIndex is reset here and nothing runs between the calls, so the shared regex keeps no state.
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    const i = m.index;
    pushTrimmed(text, start, i, out);
    start = i + 1;
  }
  pushTrimmed(text, start, n, out);
  return out;
}
