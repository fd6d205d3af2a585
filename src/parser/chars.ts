/**
 * Character classes for the parser's linear scans.
 *
 * Every scan in the parser (tokens, sentences, paragraphs, language) reads the text one UTF-16
 * code unit at a time and asks this module what the unit is. Classes come from Unicode general
 * categories, looked up once per distinct code unit and cached in a table, so a scan never runs a
 * regular expression per character after the first sight of that character.
 *
 * @module
 */

/** White space as JavaScript's `\s` sees it (includes U+2028/2029, NBSP, BOM). */
export const SPACE = 1;
/** Upper-case or title-case letter (`\p{Lu}`, `\p{Lt}`). */
export const UPPER = 2;
/** Lower-case letter (`\p{Ll}`). */
export const LOWER = 3;
/** A letter without case (`\p{Lm}`, `\p{Lo}`), e.g. ʼ U+02BC, CJK. */
export const LETTER = 4;
/** A combining mark (`\p{M}`): stays inside the token it follows. */
export const MARK = 5;
/** A digit or other number character (`\p{N}`). */
export const DIGIT = 6;
/** A punctuation mark (`\p{P}`). */
export const PUNCT = 7;
/** Invisible joiners (ZWJ, ZWNJ, soft hyphen, word joiner): stay inside the token they follow. */
export const JOIN = 8;
/** A high surrogate (first half of an astral code point). */
export const HIGH = 9;
/** A low surrogate (second half of an astral code point, or a lone one). */
export const LOW = 10;
/** Anything else that is not white space: symbols, controls (NUL), private use, unassigned. */
export const OTHER = 11;

const RE_SPACE = /^\s$/u;
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_LOWER = /^\p{Ll}$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_MARK = /^\p{M}$/u;
const RE_DIGIT = /^\p{N}$/u;
const RE_PUNCT = /^\p{P}$/u;

/** Classes of BMP code units, filled on first sight (0 = not yet classified). */
const BMP = new Uint8Array(0x10000);
/** Classes of astral code points, filled on first sight. */
const ASTRAL = new Map<number, number>();

/** Classifies one code point with the Unicode-property regexes (run once per distinct code point). */
function compute(cp: number): number {
  if (cp === 0x200d || cp === 0x200c || cp === 0x00ad || cp === 0x2060) return JOIN;
  if (cp >= 0xd800 && cp <= 0xdbff) return HIGH;
  if (cp >= 0xdc00 && cp <= 0xdfff) return LOW;
  const ch = String.fromCodePoint(cp);
  if (RE_SPACE.test(ch)) return SPACE;
  if (RE_UPPER.test(ch)) return UPPER;
  if (RE_LOWER.test(ch)) return LOWER;
  if (RE_LETTER.test(ch)) return LETTER;
  if (RE_MARK.test(ch)) return MARK;
  if (RE_DIGIT.test(ch)) return DIGIT;
  if (RE_PUNCT.test(ch)) return PUNCT;
  return OTHER;
}

/**
 * The class of one UTF-16 code unit (a surrogate half is `HIGH` or `LOW`; see {@link classAt}).
 *
 * @example
 * ```ts
 * classOf('Л'.charCodeAt(0)); // UPPER
 * classOf(0x20); // SPACE
 * ```
 */
export function classOf(unit: number): number {
  const k = BMP[unit];
  if (k !== 0) return k;
  return (BMP[unit] = compute(unit));
}

/**
 * The class of an astral code point (above U+FFFF).
 *
 * @example
 * ```ts
 * classOfAstral(0x1f600); // OTHER (😀)
 * ```
 */
export function classOfAstral(cp: number): number {
  let k = ASTRAL.get(cp);
  if (k === undefined) {
    k = compute(cp);
    ASTRAL.set(cp, k);
  }
  return k;
}

/**
 * The class of the character at `i`, reading a valid surrogate pair as its code point
 * (a lone surrogate stays `HIGH`/`LOW`).
 *
 * @example
 * ```ts
 * classAt('a😀', 1); // OTHER
 * ```
 */
export function classAt(text: string, i: number): number {
  const k = classOf(text.charCodeAt(i));
  if (k !== HIGH || i + 1 >= text.length) return k;
  const lo = text.charCodeAt(i + 1);
  if (lo < 0xdc00 || lo > 0xdfff) return k;
  return classOfAstral(((text.charCodeAt(i) - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
}

/**
 * Whether a class is a letter of any kind.
 *
 * @example
 * ```ts
 * isLetterClass(classOf('ї'.charCodeAt(0))); // true
 * ```
 */
export function isLetterClass(k: number): boolean {
  return k === UPPER || k === LOWER || k === LETTER;
}

/**
 * Whether a code unit is a line break that ends a paragraph:
 * LF, CR, VT, FF, LINE SEPARATOR (U+2028), PARAGRAPH SEPARATOR (U+2029). NEL (U+0085) is not:
 * JavaScript does not count it as white space, so it stays a symbol inside a paragraph.
 *
 * @example
 * ```ts
 * isLineBreak(0x0a); // true
 * ```
 */
export function isLineBreak(unit: number): boolean {
  return (unit >= 0x0a && unit <= 0x0d) || unit === 0x2028 || unit === 0x2029;
}

/**
 * Whether a code unit is an apostrophe that may stand inside a word («Мар'їнка», «п’ять», "don't").
 * U+02BC ʼ is a letter already; U+0060 ` is a common typewriter stand-in in Ukrainian.
 *
 * @example
 * ```ts
 * isApostrophe("'".charCodeAt(0)); // true
 * ```
 */
export function isApostrophe(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019 || unit === 0x02bc || unit === 0x60;
}

/**
 * Whether a code unit is a hyphen that may stand inside a word («Івано-Франківськ»).
 * Dashes (– —) are not: they separate words.
 *
 * @example
 * ```ts
 * isHyphen('-'.charCodeAt(0)); // true
 * ```
 */
export function isHyphen(unit: number): boolean {
  return unit === 0x2d || unit === 0x2010 || unit === 0x2011;
}
