/**
 * Small text helpers of the quotes stage: the tokenizer and character classes.
 *
 * @module
 */

/**
 * A word or punctuation token inside a scanned window, with offsets into the whole text.
 *
 * @example
 * ```ts
 * const t: Tok = { start: 0, end: 6, text: 'Лавров', lower: 'лавров', kind: 'w' };
 * ```
 */
export interface Tok {
  /** Offset of the first code unit. */
  start: number;
  /** Offset past the last code unit. */
  end: number;
  /** The token text. */
  text: string;
  /** Lower-case text (apostrophes unified to ’). */
  lower: string;
  /** `w` a word (letters, digits, inner apostrophes and hyphens), `p` anything else. */
  kind: 'w' | 'p';
}

// Words keep inner apostrophes and hyphens («Мар'їнка», «23-річний»); other non-space characters are one token each.
const TOKEN = /([\p{L}\p{M}\p{N}]+(?:['’ʼ‘\-‑][\p{L}\p{M}\p{N}]+)*)|\.{3}|\S/gu;
const APOSTROPHES = /['ʼ‘]/g;
const HAS_APOSTROPHE = /['ʼ‘]/;

/**
 * Tokenizes `text.slice(from, to)` with offsets into `text`.
 *
 * @example
 * ```ts
 * tokensIn('Він сказав.', 0, 11).map((t) => t.text); // ['Він', 'сказав', '.']
 * ```
 */
export function tokensIn(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    const start = from + m.index;
    if (m[1] === undefined) {
      out.push({ start, end: start + t.length, text: t, lower: t, kind: 'p' });
      continue;
    }
    const lower = t.toLowerCase();
    out.push({ start, end: start + t.length, text: t, lower: HAS_APOSTROPHE.test(lower) ? lower.replace(APOSTROPHES, '’') : lower, kind: 'w' });
  }
  return out;
}

const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

/** Per BMP code unit: 0 not yet known, 1 an upper-case letter, 2 not. */
const UPPER_UNITS = new Uint8Array(0x10000);

/**
 * Whether a word starts with a capital letter.
 *
 * @example
 * ```ts
 * isCapitalized('Лавров'); // true
 * ```
 */
export function isCapitalized(word: string): boolean {
  const unit = word.charCodeAt(0);
  // The first code unit's answer is remembered (asked for nearly every token); astral letters take the regex.
  if (unit !== unit || (unit >= 0xd800 && unit <= 0xdfff)) return UPPER.test(word);
  let k = UPPER_UNITS[unit];
  if (k === 0) k = UPPER_UNITS[unit] = UPPER.test(String.fromCharCode(unit)) ? 1 : 2;
  return k === 1;
}

/**
 * Whether a character is a letter.
 *
 * @example
 * ```ts
 * isLetter('ї'); // true
 * ```
 */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && LETTER.test(ch);
}

/**
 * Dashes that open dialogue lines and introduce attributions.
 *
 * @example
 * ```ts
 * DASHES.has('—'); // true
 * ```
 */
export const DASHES = new Set(['—', '–', '-', '―', '‒']);

/**
 * Sentence-final punctuation.
 *
 * @example
 * ```ts
 * FINAL.has('…'); // true
 * ```
 */
export const FINAL = new Set(['.', '!', '?', '…', '...']);

