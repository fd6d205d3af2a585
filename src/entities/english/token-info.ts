/**
 * What one token's text tells the English recogniser, independent of where it stands: its text
 * without a possessive ending, lower case, letter case and lexicon flags. Remembered per distinct
 * token text across documents (bounded).
 *
 * @module
 */
import { detach } from './detach.js';
import { W, wordFlags } from './lexicon.js';

/**
 * Letter case of a word.
 *
 * @example
 * ```ts
 * readWords(parse('NATO', 'en')).shape[0] === Shape.Upper; // true
 * ```
 */
export const enum Shape {
  /** No capital first letter ("said", "de"). */
  Lower = 0,
  /** Capital first letter and some lower-case letters ("Lavrov", "McCain"). */
  Title = 1,
  /** Two or more letters, all capitals, or an acronym with dots ("NATO", "U.S."). */
  Upper = 2,
  /** A single capital letter ("I", "A"). */
  Letter = 3,
}

const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const POSSESSIVE = /['’]s$/i;
const APOS = /[’ʼ`]/g;
const CURLY = /[’ʼ`]/;

function shapeOf(text: string): Shape {
  const c = text.charCodeAt(0);
  // ASCII fast path: most words of English news
  if (c >= 97 && c <= 122) return Shape.Lower;
  if (c >= 65 && c <= 90) {
    if (text.length === 1) return Shape.Letter;
    const d = text.charCodeAt(1);
    if (d >= 97 && d <= 122) return Shape.Title;
  } else if (!UPPER.test(text)) return Shape.Lower;
  if (HAS_LOWER.test(text)) return Shape.Title;
  return text.replace(/\./g, '').length > 1 ? Shape.Upper : Shape.Letter;
}

/** Arabic and South Asian name parts written with a lower-case article: "al-Saadani", "ul-Haq". */
const ARTICLE_NAME = /^(?:al|el|ul|ud|ad|as|ash|at|az|bin|ibn|abu|ben|bar)-\p{Lu}/u;

/** ARTICLE_NAME, tried only when its hyphen stands third or fourth: most lower-case words have none. */
function articleName(text: string): boolean {
  return text.length > 3 && (text.charCodeAt(2) === 45 || text.charCodeAt(3) === 45) && ARTICLE_NAME.test(text);
}

/**
 * What a word token's text alone tells: computed once per distinct token text, not per token.
 *
 * @example
 * ```ts
 * const info: TokenInfo = { text: 'Russia', lower: 'russia', shape: Shape.Title, flags: 32, cut: 2 }; // "Russia's"
 * ```
 */
export interface TokenInfo {
  /** The token's text without a possessive ending. */
  text: string;
  lower: string;
  shape: Shape;
  flags: number;
  /** Length of the possessive ending cut off (0 or 2). */
  cut: number;
}

/**
 * Token text → what it tells. News repeats its words, so after the first few documents nearly every
 * token is a hit: one Map look-up replaces lower-casing, three regex tests and the lexicon look-up,
 * and the words share their lower-case strings (cheaper to hash and compare later). The lexicon is
 * immutable, so an entry never goes stale; the bound keeps memory flat on endless input.
 */
const TOKEN_INFO = new Map<string, TokenInfo>();
const TOKEN_INFO_LIMIT = 50_000;

/**
 * What a token's text tells (shared by every token with that text).
 *
 * @example
 * ```ts
 * tokenInfo("Russia's").text; // 'Russia'
 * ```
 */
export function tokenInfo(tokenText: string): TokenInfo {
  let info = TOKEN_INFO.get(tokenText);
  if (info !== undefined) return info;
  // the table outlives the document: keep copies, not views into its text
  const key = detach(tokenText);
  const cut = key.length > 2 && POSSESSIVE.test(key) ? 2 : 0;
  const text = cut ? detach(key.slice(0, key.length - 2)) : key;
  let lower = text.toLowerCase();
  if (CURLY.test(lower)) lower = lower.replace(APOS, "'");
  const shape = shapeOf(text);
  const flags = shape === Shape.Lower && articleName(text) ? wordFlags(lower) | W.ARTICLE : wordFlags(lower);
  info = { text, lower, shape, flags, cut };
  if (TOKEN_INFO.size >= TOKEN_INFO_LIMIT) TOKEN_INFO.clear();
  TOKEN_INFO.set(key, info);
  return info;
}

