/**
 * The tokenizer: one linear pass over the UTF-16 code units, like wink-nlp's, with offsets into
 * the original string (nothing is normalised, so nothing moves).
 *
 * @module
 */
import type { Token, TokenKind } from '../stages.js';
import * as chars from './chars.js';

// Local bindings, taken once: a runner that rewrites imports into property reads (vitest's
// module runner does) would otherwise pay a getter call per character in the loops below.
const { DIGIT, HIGH, JOIN, MARK, PUNCT, SPACE, classAt, classOf, isApostrophe, isHyphen, isLetterClass } = chars;

/** Regional indicator symbols pair up into one flag (🇺🇦). */
function isRegionalIndicator(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0xd83c && text.charCodeAt(i + 1) >= 0xdde6 && text.charCodeAt(i + 1) <= 0xddff;
}

/** Skin-tone modifiers U+1F3FB–1F3FF extend the emoji before them. */
function isSkinTone(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0xd83c && text.charCodeAt(i + 1) >= 0xdffb && text.charCodeAt(i + 1) <= 0xdfff;
}

/** Width in code units of the character at `i` (2 for a valid surrogate pair, else 1). */
function widthAt(text: string, i: number): number {
  if (classOf(text.charCodeAt(i)) !== HIGH || i + 1 >= text.length) return 1;
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff ? 2 : 1;
}

/** Whether the character at `i` starts a letter (BMP or astral). */
function letterAt(text: string, i: number): boolean {
  return i < text.length && isLetterClass(classAt(text, i));
}

/** Skips combining marks and joiners that stick to the token before them. */
function skipMarks(text: string, i: number, n: number): number {
  while (i < n) {
    const k = classAt(text, i);
    if (k !== MARK && k !== JOIN) break;
    i += widthAt(text, i);
  }
  return i;
}

/**
 * Scans a word from just after its first letter: letters, marks and joiners, with an apostrophe
 * or hyphen kept only when a letter follows it (so «Путін-Трамп» and "don't" are one token,
 * but the quote in "students' " is not part of the word).
 */
function scanWord(text: string, i: number, n: number): number {
  while (i < n) {
    const u = text.charCodeAt(i);
    const k = classOf(u);
    if (k === SPACE) break;
    if (k !== HIGH && k !== PUNCT && k !== DIGIT) {
      // BMP letter, mark or joiner continues the word; symbols stop it.
      if (isLetterClass(k) || k === MARK || k === JOIN) {
        i++;
        continue;
      }
      break;
    }
    if (k === HIGH) {
      const ak = classAt(text, i);
      if (isLetterClass(ak) || ak === MARK) {
        i += widthAt(text, i);
        continue;
      }
      break;
    }
    if ((isApostrophe(u) || isHyphen(u)) && letterAt(text, i + 1)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** Scans a number from just after its first digit: digits, with `.` or `,` kept between digits (3.5, 21.10.2025, 1,000). */
function scanNumber(text: string, i: number, n: number): number {
  while (i < n) {
    const u = text.charCodeAt(i);
    const k = classOf(u);
    if (k === DIGIT || k === MARK || k === JOIN) {
      i++;
      continue;
    }
    if ((u === 0x2e || u === 0x2c) && i + 1 < n && classOf(text.charCodeAt(i + 1)) === DIGIT) {
      i += 2;
      continue;
    }
    break;
  }
  return i;
}

/**
 * Scans a symbol from its first character: the character with its marks and joiners, a skin
 * tone after an emoji, a second regional indicator after the first (a flag), and characters
 * joined by ZWJ (👩‍🔬), so an emoji sequence is one token and a surrogate pair is never split.
 */
function scanSymbol(text: string, i: number, n: number): number {
  const first = i;
  i += widthAt(text, i);
  if (isRegionalIndicator(text, first) && i < n && isRegionalIndicator(text, i)) i += 2;
  for (;;) {
    const before = i;
    i = skipMarks(text, i, n);
    if (i < n && isSkinTone(text, i)) i += 2;
    // A ZWJ inside the run joins the next symbol (not a letter, digit, space or punctuation).
    if (i > before && text.charCodeAt(i - 1) === 0x200d && i < n) {
      const k = classAt(text, i);
      if (!isLetterClass(k) && k !== SPACE && k !== DIGIT && k !== PUNCT) {
        i += widthAt(text, i);
        continue;
      }
    }
    if (i === before) return i;
  }
}

/**
 * Splits text into tokens (words, numbers, punctuation marks, symbols) with offsets into the
 * original string; white space is skipped.
 *
 * - A word keeps inner apostrophes (' ’ ʼ `) and hyphens: «Мар'їнка», «п’ять», "don't",
 *   «Івано-Франківськ», «Путін-Трамп» are one token each.
 * - A number keeps `.` and `,` between digits: `3.5`, `21.10.2025`, `1,000`.
 * - Each punctuation mark is its own token (`...` is three).
 * - Combining marks and joiners (ZWJ, soft hyphen) stay in the token before them; an emoji
 *   sequence (surrogate pairs, ZWJ, skin tone, flag) is one `symbol`; a lone surrogate or NUL is
 *   a `symbol` of its own.
 *
 * Every token satisfies `text.slice(t.start, t.end) === t.text`, and every non-white-space
 * character is inside exactly one token.
 *
 * @example
 * ```ts
 * tokenize("Мар'їнка, 3.5 км!").map((t) => `${t.kind}:${t.text}`);
 * // ["word:Мар'їнка", 'punct:,', 'number:3.5', 'word:км', 'punct:!']
 * ```
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    if (k === SPACE) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    const ck = k === HIGH ? classAt(text, i) : k;
    if (isLetterClass(ck)) {
      kind = 'word';
      i = scanWord(text, i + widthAt(text, i), n);
    } else if (ck === DIGIT) {
      kind = 'number';
      i = scanNumber(text, i + widthAt(text, i), n);
    } else if (ck === PUNCT) {
      kind = 'punct';
      i = skipMarks(text, i + widthAt(text, i), n);
    } else {
      kind = 'symbol';
      i = scanSymbol(text, i, n);
    }
    out.push({ start, end: i, text: text.slice(start, i), kind });
  }
  return out;
}
