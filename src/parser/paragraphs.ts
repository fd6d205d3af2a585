/**
 * Paragraph boundaries: news text puts one paragraph per line (often with blank lines between).
 *
 * @module
 */
import type { Span } from '../types.js';
import * as chars from './chars.js';

// Local bindings, taken once: a runner that rewrites imports into property reads (vitest's
// module runner does) would otherwise pay a getter call per character in the loops below.
const { SPACE, classOf, isLineBreak } = chars;

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
  for (let i = 0; i < n; i++) {
    if (isLineBreak(text.charCodeAt(i))) {
      pushTrimmed(text, start, i, out);
      start = i + 1;
    }
  }
  pushTrimmed(text, start, n, out);
  return out;
}
