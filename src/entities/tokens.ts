/**
 * Per-token facts the Cyrillic recogniser needs, computed in one pass: capitalisation,
 * abbreviations, initials, and whether a capital letter is explained by position alone
 * (sentence start, after an opening quotation mark or a dialogue dash) rather than by a name.
 *
 * @module
 */
import type { ParsedDocument, Token } from '../stages.js';

/**
 * Facts about one token.
 *
 * @example
 * ```ts
 * const f: TokenInfo = { cap: true, allCaps: false, initial: false, ambiguous: false, latin: false, lower: 'лавров' };
 * ```
 */
export interface TokenInfo {
  /** A word whose first letter is upper case. */
  readonly cap: boolean;
  /** An all-caps word of two or more letters (МЗС, США, NATO). */
  readonly allCaps: boolean;
  /** A single capital letter followed directly by a full stop: an initial (В. І. Вернадський). */
  readonly initial: boolean;
  /** The capital is explained by position: sentence or paragraph start, after an opening quote or dash. */
  readonly ambiguous: boolean;
  /** Latin script. */
  readonly latin: boolean;
  /** Lower-case form of the text (apostrophes unified); a word that starts in lower case is kept as it is. */
  readonly lower: string;
}

const UPPER = /^\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const OPENERS = new Set(['«', '„', '“', '"', '(', '[', '‹', "'", '*', '•', '·', '|']);
const DASHES = new Set(['—', '–', '-', '―']);
const CLOSERS = new Set(['»', '”', '"', '“', ')']);
// Lower-case abbreviations ending in a full stop that do not end a sentence (м. Київ, вул. Хрещатик).
const INNER_ABBREVIATIONS = new Set(
  'м с смт вул просп пл пров бул обл р-н ім св ст гр пан пані див напр т тис млн млрд грн руб дол им ул г пос д кв о оз'.split(' '),
);

const APOSTROPHES = /[’ʼ`]/g;

function lowerOf(text: string): string {
  const lower = text.toLowerCase();
  // Most words have no apostrophe: skip the replace for them.
  return lower.indexOf('’') < 0 && lower.indexOf('ʼ') < 0 && lower.indexOf('`') < 0 ? lower : lower.replace(APOSTROPHES, "'");
}

function unifyApostrophes(text: string): string {
  return text.indexOf('’') < 0 && text.indexOf('ʼ') < 0 && text.indexOf('`') < 0 ? text : text.replace(APOSTROPHES, "'");
}

/** A–Z or a–z. */
function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** True when the word's first letter is upper case. */
function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  // Basic Cyrillic and Latin letters answer from their code; this is on every token.
  if ((c >= 0x430 && c <= 0x45f) || (c >= 0x61 && c <= 0x7a)) return false;
  if ((c >= 0x400 && c <= 0x42f) || (c >= 0x41 && c <= 0x5a)) return true;
  const first = word.charAt(0);
  // Cheaper than a Unicode regex on every token: a letter that lower-cases to another is upper case.
  return first !== first.toLowerCase() && UPPER.test(first);
}

/** True when the word has a lower-case letter (\p{Ll}); basic Latin and Cyrillic letters answer from their code. */
function hasLowerLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) return true;
    } else if (c >= 0x400 && c <= 0x45f) {
      if (c >= 0x430) return true;
    } else if (c !== 0x2019 && c !== 0x2bc) return LOWER_LETTER.test(word); // anything else: the regex decides
  }
  return false;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * Computes {@link TokenInfo} for every token of the document, in one pass.
 *
 * @example
 * ```ts
 * const doc = parse('Лавров заявив. Він…', 'uk');
 * tokenInfo(doc)[0].ambiguous; // true: the first word of a text
 * ```
 */
export function tokenInfo(doc: ParsedDocument): TokenInfo[] {
  const { tokens, text } = doc;
  const out: TokenInfo[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const isWord = t.kind === 'word';
    const cap = isWord && isCapital(t.text);
    const allCaps = cap && t.text.length >= 2 && !hasLowerLetter(t.text);
    const next = tokens[i + 1];
    const initial = cap && t.text.length === 1 && next !== undefined && next.text === '.' && next.start === t.end;
    out[i] = { cap, allCaps, initial, ambiguous: cap && isAmbiguous(tokens, out, i, text), latin: isWord && isLatin(t.text.charCodeAt(0)), lower: cap ? lowerOf(t.text) : isWord ? unifyApostrophes(t.text) : t.text };
  }
  return out;
}

// What may follow the first word of a list or a full name after a colon.
const LIST_JOINERS = new Set([',', ';', 'і', 'й', 'та', 'и']);

/** «: Гоголя, Шевченка», «: Ткачук і Мельник»: the word after the colon, a joiner, another capitalised word. */
function listAfterColon(tokens: readonly Token[], i: number): boolean {
  const joiner = tokens[i + 1];
  const next = tokens[i + 2];
  return joiner !== undefined && next !== undefined && LIST_JOINERS.has(joiner.text) && next.kind === 'word' && isCapital(next.text);
}

function isAmbiguous(tokens: readonly Token[], info: readonly TokenInfo[], i: number, text: string): boolean {
  // Walk back over opening marks and dashes to the token that decides.
  let j = i - 1;
  let opened = false;
  while (j >= 0) {
    const p = tokens[j]!;
    if (hasNewline(text, p.end, tokens[j + 1]!.start)) return true;
    if (!OPENERS.has(p.text) && !DASHES.has(p.text)) break;
    // An opening quotation mark or a dash opens an utterance whose first word is capitalised anyway.
    if (p.text !== '(' && p.text !== '[') opened = true;
    j--;
  }
  if (j < 0 || opened) return true;
  let p = tokens[j]!;
  // «вулиць: Гоголя, Шевченка»: a colon before a list of names does not start a sentence (a
  // quotation or a line break after it was handled above); before a clause («відповіла:
  // Наскільки я знаю», «Помните, мы…») it does.
  if (p.text === ':') return !listAfterColon(tokens, i);
  // «І що буде?» Відкрила…: a sentence that ended inside a quotation, before its closing mark.
  if (CLOSERS.has(p.text) && j > 0 && SENTENCE_END.has(tokens[j - 1]!.text)) p = tokens[j - 1]!;
  if (!SENTENCE_END.has(p.text)) return false;
  if (p.text === '.') {
    const before = tokens[j - 1];
    if (before && before.end === p.start) {
      if (info[j - 1]?.initial) return false; // В. Вернадський
      if (before.kind === 'word' && INNER_ABBREVIATIONS.has(lowerOf(before.text))) return false; // м. Київ
    }
  }
  return true;
}
