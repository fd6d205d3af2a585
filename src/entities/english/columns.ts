/**
 * The words of a document held column by column (typed arrays and two string arrays), not as one
 * object per word: a 16 MB article has millions of words, and an object each cost hundreds of
 * megabytes and most of the stage's time in garbage collection. Small documents share one set of
 * columns, reused from call to call.
 *
 * @module
 */

/**
 * Position bits of a word (see {@link EnWords.bits}).
 *
 * @example
 * ```ts
 * (words.bits[i] & B.SentStart) !== 0; // the word opens a sentence
 * ```
 */
export const enum B {
  /** The word carries a possessive ending ("Russia's", "Reuters'"): a name ends here. */
  Poss = 1,
  /** First word of a sentence, a line, a quotation or a clause after a colon: its capital says nothing. */
  SentStart = 2,
  /** The word's line is written in capitals (a headline or dateline): its case says nothing. */
  CapsLine = 4,
  /** Punctuation (other than an acronym's dots or '&') or a line break separates it from the previous word. */
  BreakBefore = 8,
  /** An ampersand joins it to the word before ("Procter & Gamble"). */
  AmpBefore = 16,
  /** The word names the place of a dateline ("MOSCOW 1996-08-22", "IRVINE, Calif 1996-08-30"). */
  Dateline = 32,
}

/**
 * The words of a document, column by column: word i is `start[i]`, `end[i]`, `text[i]`… for
 * i < n. Every column may be longer than n (they are reused): never read past n.
 *
 * @example
 * ```ts
 * const words = readWords(parse("Russia's army", 'en'));
 * words.text[0]; // 'Russia'
 * (words.bits[0] & B.Poss) !== 0; // true
 * ```
 */
export interface EnWords {
  /** Number of words. */
  n: number;
  /** Offset of the first character. */
  start: Int32Array;
  /** Offset past the last character of the name part (a possessive 's is left out). */
  end: Int32Array;
  /** Index of the word's line. */
  line: Int32Array;
  /** Lexicon flags of the lower case (see W). */
  flags: Int32Array;
  /** Letter case (a Shape). */
  shape: Uint8Array;
  /** Position bits (see B). */
  bits: Uint8Array;
  /** text.slice(start, end). */
  text: string[];
  /** Lower case, curly apostrophes straightened. */
  lower: string[];
}

/**
 * Typed arrays kept from one document to the next: a document's words die with its call, so the
 * next one may write over them. Only arrays up to POOL_LIMIT words are kept, so memory stays small
 * whatever the input; a longer document gets arrays of its own.
 */
let pool: EnWords | undefined;
const POOL_LIMIT = 1 << 16;

function columns(capacity: number): EnWords {
  return {
    n: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    line: new Int32Array(capacity),
    flags: new Int32Array(capacity),
    shape: new Uint8Array(capacity),
    bits: new Uint8Array(capacity),
    text: [],
    lower: [],
  };
}

/**
 * Empty columns for up to `capacity` words: the pooled ones when they are large enough.
 *
 * @example
 * ```ts
 * emptyWords(100).n; // 0
 * ```
 */
export function emptyWords(capacity: number): EnWords {
  if (capacity > POOL_LIMIT) return columns(capacity);
  if (pool === undefined || pool.start.length < capacity) pool = columns(Math.max(capacity, 1024));
  // the string arrays are written over from index 0 too; what a longer earlier document left past n
  // is at most POOL_LIMIT short strings (mostly TOKEN_INFO's own)
  pool.n = 0;
  return pool;
}

