/**
 * Datelines: a place in capitals, maybe a region after a comma, then a date ("MOSCOW 1996-08-22",
 * "KYIV, Ukraine Aug 22"). Read by a scan over at most a few dozen characters instead of one
 * regex: the place and region parts both allow spaces before the blank that ends them, which
 * makes a single pattern backtrack polynomially (recheck proved it). Only the dates are regexes,
 * and they cannot backtrack.
 *
 * @module
 */

/**
 * Dates after a name: "1996-08-22", "22 Aug", "Aug 22", "August 22". Group 1 or 2 holds the first
 * three letters of the month, checked against MONTH_STEMS: "BOSTON 5 Toronto 3" is a score line.
 */
const DATE_AFTER_NAME = /^(?:\d{4}-\d\d-\d\d|\d{1,2}[ \t]+(\p{L}{3})|(\p{L}{3})[\p{L}.]*[ \t]+\d{1,2}\b)/u;
/** Dateline dates with the number first: "1996-08-22", "22 August" (group 1: the month). */
const DATELINE_DAY_FIRST = /^(?:\d{4}-\d\d-\d\d|\d{1,2}[ \t]+(\p{Lu}\p{Ll}{2,8})\b)/u;
/** Dateline dates with the month first: "Aug. 22", "August 22" (group 1: the month). */
const DATELINE_MONTH_FIRST = /^(\p{Lu}\p{Ll}{2,8})\.?[ \t]+\d{1,2}\b/u;
/** First three letters of the English month names, lower case. */
const MONTH_STEMS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);
/** Month words a dateline spells out or abbreviates ("Aug", "Sept", "August"); a longer word must be one of these. */
const MONTH_WORDS: ReadonlySet<string> = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug',
  'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
]);

/**
 * Every date the scans accept holds an ISO date or a month's first three letters at a word start: a
 * window without either (a score line, "DENVER 7 Phoenix 2") is turned away before the scan, which
 * would otherwise try every place length. Fixed alternatives only: it cannot backtrack.
 */
const MONTH_OR_ISO = /\d{4}-\d\d-\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Does a date match name a real month (or need none: "1996-08-22")? */
function monthOk(m: RegExpExecArray): boolean {
  const word = m[1] ?? m[2];
  if (word === undefined) return true;
  const l = word.toLowerCase();
  return l.length === 3 ? MONTH_STEMS.has(l) : MONTH_WORDS.has(l) || (m[2] !== undefined && MONTH_STEMS.has(l.slice(0, 3)));
}

const AFTER_NAME_DATES: readonly RegExp[] = [DATE_AFTER_NAME];
const DATELINE_DATES: readonly RegExp[] = [DATELINE_DAY_FIRST, DATELINE_MONTH_FIRST];

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
/** Characters of a place in capitals: "NEW YORK", "ST. PETERSBURG", "N'DJAMENA", "GUINEA-BISSAU". */
const PLACE_CHAR = /^[\p{Lu}.'’ -]$/u;
/** Characters of a region after the comma of a name: letters, dots and spaces. */
const REGION_AFTER_NAME_CHAR = /^[\p{L} .]$/u;
/** Characters of a region in a dateline: letters, dots and spaces. */
const REGION_CHAR = /^[\p{L}. ]$/u;

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Is there an ASCII digit in text[from, to)? Every date has one: without it no scan can match. */
function hasDigit(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * The characters (code points) of a window: the string itself when it has no surrogates (then its
 * indices are code points already), else its code points as an array.
 */
type Chars = string | readonly string[];

function charsOf(window: string): Chars {
  for (let i = 0; i < window.length; i++) {
    const c = window.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return Array.from(window);
  }
  return window;
}

/** Index after the blanks (spaces, tabs) from i. */
function skipBlank(cs: Chars, i: number): number {
  while (isBlank(cs[i])) i++;
  return i;
}

/** Index after the longest run of `test` characters from i, at most `max` of them. */
function runEnd(cs: Chars, i: number, max: number, test: RegExp): number {
  let e = i;
  while (e < cs.length && e - i < max && test.test(cs[e])) e++;
  return e;
}

/** Length (in characters of `cs`) of a date matched by one of `dates` at f, or -1. */
function dateAt(cs: Chars, f: number, dates: readonly RegExp[]): number {
  if (f >= cs.length) return -1;
  // every date starts with a digit or a letter: an ASCII character that is neither matches none
  const c = cs[f].charCodeAt(0);
  if (c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return -1;
  const rest = typeof cs === 'string' ? cs.slice(f) : cs.slice(f).join('');
  for (const d of dates) {
    const m = d.exec(rest);
    if (m && monthOk(m)) return typeof cs === 'string' ? m[0].length : Array.from(m[0]).length;
  }
  return -1;
}

/**
 * End of "REGION<blanks>DATE" where REGION runs over [q, e) for some e with min ≤ e − q ≤ max
 * (longest first, as a greedy pattern would), or -1.
 */
function regionThenDate(cs: Chars, q: number, min: number, max: number, test: RegExp, dates: readonly RegExp[]): number {
  let tried = -1;
  for (let e = runEnd(cs, q, max, test); e >= q + min; e--) {
    if (!isBlank(cs[e])) continue;
    const f = skipBlank(cs, e);
    // region ends inside one run of blanks all lead to the same date position
    if (f === tried) continue;
    tried = f;
    const len = dateAt(cs, f, dates);
    if (len >= 0) return f + len;
  }
  return -1;
}

/** How far the scans read: a dateline is short, and the bound keeps every scan constant-time. */
const AFTER_NAME_WINDOW = 40;
const DATELINE_WINDOW = 80;

/**
 * Does a date follow a name that ends at `from`, maybe after a region: the text right after
 * "MOSCOW" in "MOSCOW 1996-08-22" or "KYIV, Kyiv Oblast 22 Aug"? Reads at most 40 characters.
 *
 * @example
 * ```ts
 * dateFollows('MOSCOW 1996-08-22', 6); // true
 * dateFollows('KYIV, Kyiv Oblast 22 Aug', 4); // true
 * dateFollows('MOSCOW said on Monday', 6); // false
 * ```
 */
export function dateFollows(text: string, from: number): boolean {
  if (!hasDigit(text, from, from + AFTER_NAME_WINDOW)) return false;
  const window = text.slice(from, from + AFTER_NAME_WINDOW);
  if (!MONTH_OR_ISO.test(window)) return false;
  const cs = charsOf(window);
  const p = skipBlank(cs, 0);
  if (dateAt(cs, p, AFTER_NAME_DATES) >= 0) return true;
  if (cs[p] !== ',') return false;
  // the region may take some of the spaces after the comma (not tabs): try each start
  const g = skipBlank(cs, p + 1);
  for (let q = g; q > p; q--) {
    if (q < g && cs[q] !== ' ') break;
    if (regionThenDate(cs, q, 2, 20, REGION_AFTER_NAME_CHAR, AFTER_NAME_DATES) >= 0) return true;
  }
  return false;
}

/**
 * Length of the dateline that starts at `start` ("MOSCOW 1996-08-22", "WASHINGTON, D.C. Aug. 22"),
 * 0 when there is none. The place is 2–41 characters in capitals (an initial capital and 1–40 more),
 * the region after a comma 1–25 characters starting with a letter. Reads at most 80 characters.
 *
 * @example
 * ```ts
 * datelineLength('MOSCOW 1996-08-22 Russia said', 0); // 17
 * datelineLength('KYIV, Ukraine 22 August the army', 0); // 23
 * datelineLength('MOSCOW said on Monday', 0); // 0
 * ```
 */
export function datelineLength(text: string, start: number): number {
  if (!hasDigit(text, start, start + DATELINE_WINDOW)) return 0;
  const window = text.slice(start, start + DATELINE_WINDOW);
  if (!MONTH_OR_ISO.test(window)) return 0;
  const cs = charsOf(window);
  if (!cs.length || !UPPER.test(cs[0])) return 0;
  const dates = DATELINE_DATES;
  // longest place first, then the region (if any) before no region: the order a greedy pattern takes
  let tried = -1;
  for (let e = runEnd(cs, 1, 40, PLACE_CHAR); e >= 2; e--) {
    let end = -1;
    if (cs[e] === ',') {
      const q = skipBlank(cs, e + 1);
      if (q < cs.length && LETTER.test(cs[q])) end = regionThenDate(cs, q + 1, 0, 24, REGION_CHAR, dates);
    }
    if (end < 0 && isBlank(cs[e])) {
      const f = skipBlank(cs, e);
      if (f !== tried) {
        tried = f;
        const len = dateAt(cs, f, dates);
        if (len >= 0) end = f + len;
      }
    }
    if (end >= 0) return typeof cs === 'string' ? end : cs.slice(0, end).join('').length;
  }
  return 0;
}
