/**
 * Splitting a text into words with offsets, for finding title phrases. Hand-written rather than a
 * global regex because it runs over every character of every document: a word is a letter, mark or
 * digit, then letters, marks, digits, apostrophes, dots and hyphens, ending on a letter, mark,
 * digit or dot (the same words as `/[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'ʼ’.-]*[\p{L}\p{M}\p{N}.])?/gu`).
 *
 * @module
 */

/**
 * A word of the text with its offsets.
 *
 * @example
 * ```ts
 * const w: Word = { start: 16, end: 24, text: 'Очільник' };
 * ```
 */
export interface Word {
  start: number;
  end: number;
  text: string;
}

/**
 * A scanned word: its text is sliced from the source only when read, since most words of a
 * document are only looked at by their first letters.
 */
class ScannedWord implements Word {
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const INITIALISM = /^(?:\p{L}\.)+$/u;

/** Per BMP code unit: 0 not yet classified, 1 letter/mark/digit, 2 anything else; filled on first sight. */
const CLASS = new Uint8Array(0x10000);

function isWordChar(cp: number): boolean {
  if (cp < 0x10000) {
    let c = CLASS[cp];
    if (c === 0) CLASS[cp] = c = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
    return c === 1;
  }
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** Characters allowed inside a word but not at its ends: ' ’ - (the dot may end one). */
function isJoiner(cp: number): boolean {
  return cp === 0x27 || cp === 0x2019 || cp === 0x2d;
}

/**
 * The words of a text as offsets only: `start[i]` and `end[i]` of word i, in text order. What the
 * title search reads (one pair of numbers per word, not an object).
 *
 * @example
 * ```ts
 * const ws: WordSpans = scanWordSpans('Глава МЗС РФ.');
 * ws.length;   // 3
 * ws.start[1]; // 6
 * ```
 */
export interface WordSpans {
  readonly length: number;
  readonly start: readonly number[];
  readonly end: readonly number[];
}

/**
 * The words of a text in one linear pass, as offsets. Dots stay only inside initialisms (U.S.).
 * With `from` and `to`, the words of `text.slice(from, to)`, with offsets in `text`.
 *
 * @example
 * ```ts
 * scanWordSpans('Глава МЗС РФ.').end; // [5, 9, 12]
 * scanWordSpans('Глава МЗС РФ.', 6).start; // [6, 10]
 * ```
 */
export function scanWordSpans(text: string, from = 0, to = text.length): WordSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = to;
  let pos = from;
  while (pos < n) {
    // By UTF-16 unit with the class table; a surrogate pair is read as its code point.
    let c = text.charCodeAt(pos);
    let width = 1;
    let cls = CLASS[c];
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(pos) as number;
      if (cp > 0xffff) {
        width = 2;
        cls = isWordChar(cp) ? 1 : 2;
      }
    }
    if (cls === 0) cls = isWordChar(c) ? 1 : 2;
    if (cls !== 1) {
      pos += width;
      continue;
    }
    const start = pos;
    let end = pos + width; // just after the last character a word may end on
    let p = end;
    let dotted = false;
    while (p < n) {
      c = text.charCodeAt(p);
      let w = 1;
      let k = CLASS[c];
      if (c >= 0xd800 && c <= 0xdbff) {
        const cp = text.codePointAt(p) as number;
        if (cp > 0xffff) {
          w = 2;
          k = isWordChar(cp) ? 1 : 2;
        }
      }
      if (c === 0x2e) {
        p += 1;
        end = p;
        dotted = true;
        continue;
      }
      if (k === 0) k = isWordChar(c) ? 1 : 2;
      if (k === 1) {
        p += w;
        end = p;
        dotted = false;
      } else if (w === 1 && isJoiner(c)) p += 1;
      else break;
    }
    let stop = end;
    if (dotted && !INITIALISM.test(text.slice(start, end))) while (stop > start && text.charCodeAt(stop - 1) === 0x2e) stop--;
    if (stop > start) {
      starts.push(start);
      ends.push(stop);
    }
    pos = end;
  }
  return { length: starts.length, start: starts, end: ends };
}

/**
 * The words of a text in one linear pass, with offsets and text ({@link scanWordSpans} as objects).
 * With `from` and `to`, the words of `text.slice(from, to)`, with offsets in `text`.
 *
 * @example
 * ```ts
 * scanWords('Глава МЗС РФ.').map((w) => w.text); // ['Глава', 'МЗС', 'РФ']
 * scanWords('Глава МЗС РФ.', 6).map((w) => w.start); // [6, 10]
 * ```
 */
export function scanWords(text: string, from = 0, to = text.length): Word[] {
  const ws = scanWordSpans(text, from, to);
  const out: Word[] = [];
  for (let i = 0; i < ws.length; i++) out.push(new ScannedWord(text, ws.start[i], ws.end[i]));
  return out;
}
