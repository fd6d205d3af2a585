/**
 * What a document's lines say about its words: a line in capitals or in headline case is a
 * headline (its capitals say nothing), and a line that opens with a place in capitals and a date is
 * a dateline. One pass over the lines.
 *
 * @module
 */
import { datelineLength } from './dateline.js';
import { W } from './lexicon.js';
import { Shape } from './token-info.js';
import { B, type EnWords } from './columns.js';

/** Marks the capitalised words of the dateline that opens at word i, if one does. */
function markDateline(text: string, words: EnWords, i: number): void {
  const { n, start, shape, bits } = words;
  const length = datelineLength(text, start[i]);
  if (!length) return;
  const stop = start[i] + length;
  for (let k = i; k < n && start[k] < stop && shape[k] !== Shape.Lower; k++) {
    if (shape[k] === Shape.Upper || shape[k] === Shape.Title || shape[k] === Shape.Letter) bits[k] |= B.Dateline;
  }
}

/** Tables and lists of names: two numbers, brackets, several commas or a colon. */
const NOT_HEADLINE = /[():;]|,[^,]*,|\d\D+\d/;

/**
 * Marks headlines and datelines. A line whose words are all capitals (at least one word of two
 * letters) is a headline or a dateline; so is a line of four or more words where every word of four
 * letters or more is capitalised and so is a function word inside it ("Only 24 Percent of
 * Clinton's Donors Are Small Donors"). Either way its capitals say nothing.
 *
 * @example
 * ```ts
 * markLines(text, words); // "MOSCOW 1996-08-22": MOSCOW gets B.CapsLine and B.Dateline
 * ```
 */
export function markLines(text: string, words: EnWords): void {
  const { n, start, end, line: lineOf, flags, shape, bits, text: texts } = words;
  let i = 0;
  while (i < n) {
    const line = lineOf[i];
    if (shape[i] === Shape.Upper) markDateline(text, words, i);
    let j = i;
    let lower = 0;
    let upper = 0;
    let longTitle = 0;
    let longLower = 0;
    let capFunc = 0;
    while (j < n && lineOf[j] === line) {
      const s = shape[j];
      const f = flags[j];
      if (s === Shape.Upper) upper++;
      else if (s === Shape.Title || s === Shape.Lower) lower++;
      const length = texts[j].length;
      if (j > i && s === Shape.Title && f & W.FUNC && length >= 2) capFunc++;
      if (length >= 4 && !(f & W.FUNC)) {
        if (s === Shape.Title) longTitle++;
        else if (s === Shape.Lower) longLower++;
      }
      j++;
      if (longLower > 0) {
        // a long lower-case word: neither a line in capitals nor one in headline case, whatever follows
        while (j < n && lineOf[j] === line) j++;
        break;
      }
    }
    const capitals = upper >= 1 && lower === 0 && !(upper === 1 && j - i === 1 && texts[i].length <= 5);
    // a capitalised "Are", "With", "Of" inside the line tells a headline from a list of names
    // a headline is short: the length bound also keeps NOT_HEADLINE's scan small
    const short = end[j - 1] - start[i] <= 200;
    const titleCase = short && j - i >= 4 && longTitle >= 3 && longLower === 0 && capFunc >= 1 && !NOT_HEADLINE.test(text.slice(start[i], end[j - 1]));
    if (capitals || titleCase) {
      for (let k = i; k < j; k++) bits[k] |= B.CapsLine;
    }
    i = j;
  }
}
