/**
 * Sentence boundaries inside paragraphs: one pass over each paragraph that stops only at
 * terminators (. ! ? … and their kin) and decides there, from a few characters around, whether
 * the sentence ends.
 *
 * @module
 */
import type { Lang, Span } from '../types.js';
import { type AbbreviationKind, abbreviationTable, isSentenceStarter } from './abbreviations.js';
import * as chars from './chars.js';
import { pushTrimmed, splitParagraphs } from './paragraphs.js';

// Local bindings, taken once: a runner that rewrites imports into property reads (vitest's
// module runner does) would otherwise pay a getter call per character in the loops below.
const { DIGIT, HIGH, LOW, LOWER, MARK, OTHER, PUNCT, SPACE, UPPER, classAt, classOf, isApostrophe, isHyphen, isLetterClass } = chars;

/** ! ? ‼ ⁇ ⁈ ⁉ and the full-width ！ ？ 。: they end a sentence before anything but a lower-case word. */
function isStrongTerminator(u: number): boolean {
  return u === 0x21 || u === 0x3f || u === 0x203c || (u >= 0x2047 && u <= 0x2049) || u === 0xff01 || u === 0xff1f || u === 0x3002;
}

/** Marks that may close a quotation or a bracket right after a terminator: » ” “ " ' ’ › ) ] }. */
function isClosing(u: number): boolean {
  return (
    u === 0xbb || u === 0x201d || u === 0x201c || u === 0x22 || u === 0x27 || u === 0x2019 || u === 0x203a ||
    u === 0x29 || u === 0x5d || u === 0x7d
  );
}

/** Marks that may open a quotation or a bracket before the first word of a sentence. */
function isOpening(u: number): boolean {
  return (
    u === 0xab || u === 0x201e || u === 0x201c || u === 0x22 || u === 0x27 || u === 0x2039 || u === 0x2018 ||
    u === 0x201a || u === 0x28 || u === 0x5b || u === 0x7b
  );
}

/** Dashes that introduce an attribution (« — сказав він»); a hyphen counts when spaced. */
function isDashAt(text: string, i: number, end: number): boolean {
  const u = text.charCodeAt(i);
  if (u === 0x2014 || u === 0x2013 || u === 0x2015 || u === 0x2012) return true;
  return isHyphen(u) && (i + 1 >= end || classOf(text.charCodeAt(i + 1)) === SPACE);
}

/** Punctuation after a terminator that keeps the sentence going: `«Ні!», — крикнув`. */
function isContinuing(u: number): boolean {
  return u === 0x2c || u === 0x3b || u === 0x3a;
}

/** Skips white space from `i` up to `end`. */
function skipSpace(text: string, i: number, end: number): number {
  while (i < end && classOf(text.charCodeAt(i)) === SPACE) i++;
  return i;
}

/** Roman numerals, in Latin and in the Cyrillic look-alikes people type («ХХ ст.»). */
function isRomanDigit(u: number): boolean {
  return (
    u === 0x49 || u === 0x56 || u === 0x58 || u === 0x4c || u === 0x43 || u === 0x4d || u === 0x406 || u === 0x425 ||
    u === 0x421 || u === 0x41c
  );
}

/** Roman numerals longer than this are not looked for (XXVIII is 6). */
const MAX_ROMAN = 8;

/** Whether a number (Arabic or Roman) ends right before `i`, white space aside: «2025 р.», «XX ст.». */
function numberBefore(text: string, i: number, lower: number): boolean {
  let j = i;
  while (j > lower && classOf(text.charCodeAt(j - 1)) === SPACE) j--;
  if (j === i || j === lower) return false;
  if (classOf(text.charCodeAt(j - 1)) === DIGIT) return true;
  let k = j;
  while (k > lower && j - k < MAX_ROMAN && isRomanDigit(text.charCodeAt(k - 1))) k--;
  return k < j && (k === lower || classOf(text.charCodeAt(k - 1)) === SPACE);
}

/**
 * How the word before a full stop behaves: an abbreviation kind (`year` is a numeric one after a
 * number: «2025 р.», «XX ст.», «5 км.»), an initial, a dotted acronym, or a plain word.
 */
type Before = AbbreviationKind | 'year' | 'initial' | 'acronym' | 'word';

/** Longest run scanned back from a full stop to find an abbreviation; longer runs are plain words. */
const MAX_ABBREVIATION = 24;

/**
 * Reads the letters (with inner dots, hyphens, apostrophes) before the full stop at `dot` and
 * says how they behave. Bounded by {@link MAX_ABBREVIATION}, so the pass stays linear.
 */
function classifyBefore(text: string, dot: number, lower: number, table: ReadonlyMap<string, AbbreviationKind>): Before {
  if (dot === lower || (!isLetterClass(classAt(text, dot - 1)) && classOf(text.charCodeAt(dot - 1)) !== MARK)) return 'word';
  let b = dot;
  while (b > lower) {
    const u = text.charCodeAt(b - 1);
    const k = classOf(u);
    if (!(isLetterClass(k) || k === MARK || u === 0x2e || isHyphen(u) || isApostrophe(u))) break;
    if (dot - b >= MAX_ABBREVIATION) return 'word';
    b--;
  }
  while (b < dot && text.charCodeAt(b) === 0x2e) b++;
  const raw = text.slice(b, dot);
  const key = raw.toLowerCase();
  const single = raw.length === 1 || (raw.length > 1 && classOf(raw.charCodeAt(1)) === MARK && raw.length === 2);
  // An upper-case single letter is an initial even when a lower-case abbreviation looks the same («Д. Трамп»).
  if (single && classOf(raw.charCodeAt(0)) === UPPER) return 'initial';
  let kind = table.get(key);
  const lastDot = key.lastIndexOf('.');
  if (kind === undefined && lastDot >= 0) {
    kind = table.get(key.slice(lastDot + 1));
    if (kind === undefined) return key.split('.').every((p) => p.length > 0 && p.length <= 3) ? 'acronym' : 'word';
  }
  if (kind === undefined) return single ? 'end' : 'word';
  if (kind === 'numeric') return numberBefore(text, b, lower) ? 'year' : 'title';
  return kind;
}

/** Whether the word at `i` is a common sentence starter (and not itself an initial followed by a dot). */
function starterAt(text: string, i: number, end: number): boolean {
  let j = i;
  while (j < end && j - i < 20 && isLetterClass(classOf(text.charCodeAt(j)))) j++;
  if (j === i || (j < end && text.charCodeAt(j) === 0x2e)) return false;
  return isSentenceStarter(text.slice(i, j).toLowerCase());
}

/** What the terminator cluster at a candidate boundary was made of. */
interface Cluster {
  /** Where the cluster starts (its first terminator). */
  start: number;
  /** Just after the cluster (terminators and closing marks). */
  end: number;
  /** It holds ! or ? (or their kin). */
  strong: boolean;
  /** It holds … or two or more full stops. */
  ellipsis: boolean;
  /** It holds a closing quotation mark or bracket. */
  closed: boolean;
}

/** Decides whether the sentence ends after `c`, inside the paragraph that ends at `pe`. */
function endsSentence(text: string, c: Cluster, pe: number, lower: number, table: ReadonlyMap<string, AbbreviationKind>): boolean {
  if (c.end >= pe) return false; // the paragraph's end closes it anyway
  // Glued to what follows: 3.5, 21.10.2025, U.S., example.com, "Mo.-based", «грн./шт.».
  if (classOf(text.charCodeAt(c.end)) !== SPACE) return false;
  const m = skipSpace(text, c.end, pe);
  const u = text.charCodeAt(m);
  if (isDashAt(text, m, pe)) {
    // «Ні!» — крикнув він. A closing mark before the dash always means an attribution;
    // without one, only a lower-case word after the dash does.
    if (c.closed) return false;
    // An abbreviation before the dash is a dateline or an aside ("FAIRVIEW, W.Va. — The coal…").
    if (!c.strong && !c.ellipsis && classifyBefore(text, c.start, lower, table) !== 'word') return false;
    const w = skipSpace(text, m + 1, pe);
    return !(w < pe && classOf(text.charCodeAt(w)) === LOWER);
  }
  if (isContinuing(u)) return false;
  let q = m;
  while (q < pe && isOpening(text.charCodeAt(q))) q++;
  // Only quotation marks left before the paragraph's end: they belong to this sentence.
  if (q >= pe) return false;
  const k = classAt(text, q);
  // No sentence starts with a lower-case word or with punctuation such as «/», «)», «%».
  if (k === LOWER || k === PUNCT) return false;
  if (c.strong || c.ellipsis) return true;
  const before = classifyBefore(text, c.start, lower, table);
  if (before === 'word') return true;
  if (before === 'title') return false;
  if (k === DIGIT) return false;
  if (before === 'end') return true;
  if (before === 'year') {
    // «Це сталося у 2025 р. Далі…» ends; «У квітні 2015 р. ТД «Украгропром» повідомив…» and
    // «Навесні 1655 р. Б. Хмельницький…» open with the date (at most four words with the
    // abbreviation) and go on.
    return k !== UPPER || starterAt(text, q, pe) || !fewWords(text, lower, c.start, 4);
  }
  // An initial or a dotted acronym: «В. І. Вернадський», "J. R. R. Tolkien", "U.S. President",
  // "at 9 a.m. Sunday" go on; "… in the U.S. The company" ends.
  return k === UPPER && starterAt(text, q, pe);
}

/** A date that opens a sentence («У листопаді 2025 р.») is shorter than this. */
const MAX_LEAD = 48;

/** Whether `[from, to)` holds at most `max` words or numbers within {@link MAX_LEAD} characters. */
function fewWords(text: string, from: number, to: number, max: number): boolean {
  if (to - from > MAX_LEAD) return false;
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const k = classOf(text.charCodeAt(i));
    const wordChar = isLetterClass(k) || k === DIGIT || k === MARK;
    if (wordChar && !inWord && ++words > max) return false;
    inWord = wordChar || (inWord && (text.charCodeAt(i) === 0x2e || isHyphen(text.charCodeAt(i)) || isApostrophe(text.charCodeAt(i))));
  }
  return true;
}

/** Whether a code unit begins a terminator cluster. */
function isTerminator(u: number): boolean {
  return u === 0x2e || u === 0x2026 || isStrongTerminator(u);
}

/** Splits one paragraph `[ps, pe)` into sentences, appending them to `out`. */
function splitParagraph(text: string, ps: number, pe: number, table: ReadonlyMap<string, AbbreviationKind>, out: Span[]): void {
  let start = ps;
  // Whether the current sentence has a word or symbol yet: punctuation alone («…») or a list
  // number alone («1.») is not a sentence.
  let content = false;
  let i = ps;
  while (i < pe) {
    const u = text.charCodeAt(i);
    if (!isTerminator(u)) {
      if (!content) {
        const k = classOf(u);
        content = isLetterClass(k) || k === OTHER || k === HIGH || k === LOW;
      }
      i++;
      continue;
    }
    const c: Cluster = { start: i, end: i, strong: false, ellipsis: false, closed: false };
    let dots = 0;
    let j = i;
    for (; j < pe; j++) {
      const v = text.charCodeAt(j);
      if (v === 0x2e) dots++;
      else if (v === 0x2026) c.ellipsis = true;
      else if (isStrongTerminator(v)) c.strong = true;
      else if (isClosing(v)) c.closed = true;
      else if (classOf(v) !== MARK) break;
    }
    if (dots >= 2) c.ellipsis = true;
    c.end = j;
    if (content && endsSentence(text, c, pe, start, table)) {
      pushTrimmed(text, start, c.end, out);
      start = c.end;
      content = false;
    }
    i = j;
  }
  pushTrimmed(text, start, pe, out);
}

/**
 * Splits text into sentences, each inside one paragraph (see `splitParagraphs`) and trimmed.
 *
 * A sentence ends at `.`, `!`, `?`, `…` (with any closing quotation marks and brackets after
 * them) unless what follows says otherwise:
 * - a lower-case word, a comma, or a dash after a closing quotation mark continues it:
 *   `«Ні!» — крикнув він.`, `"Stop!" he said.`, `Він… пішов.`;
 * - an abbreviation does not end it before a name or a number: `м. Київ`, `т. зв. «ДНР»`,
 *   `Mr. Smith`, `ст. 15`; `тис.`, `млн.`, `грн.`, `Inc.` end it before a capital letter;
 *   `р.`, `ст.`, `г.` end it only after a number (`2025 р. Далі`) and not before a name
 *   (`р. Дніпро`);
 * - initials and dotted acronyms go on (`В. І. Вернадський`, `J. R. R. Tolkien`,
 *   `U.S. officials`) unless a common sentence starter follows (`in the U.S. The`);
 * - a full stop glued to the next character is not a boundary (`3.5`, `21.10.2025`);
 * - a quotation that holds several sentences is split where they end, and its last piece keeps
 *   the attribution: `«Все скінчилося. Ми перемогли», — сказав він.` is two sentences, the
 *   second ending with `— сказав він.`; `«…труднощі». Далі` splits after the closing mark.
 *
 * `lang` chooses whose abbreviations win when languages disagree; the others still apply.
 *
 * @example
 * ```ts
 * splitSentences('«Ні!» — крикнув він. Проф. В. І. Петренко живе в м. Києві.').map((s) => s.text);
 * // ['«Ні!» — крикнув він.', 'Проф. В. І. Петренко живе в м. Києві.']
 * ```
 */
export function splitSentences(text: string, lang?: Lang): Span[] {
  return sentencesIn(text, splitParagraphs(text), lang);
}

/**
 * {@link splitSentences} over paragraphs the caller already has (`splitParagraphs(text)`), so
 * `parse` scans the text for line breaks once rather than twice.
 *
 * @example
 * ```ts
 * const text = 'Так. Ні.';
 * sentencesIn(text, splitParagraphs(text), 'uk').map((s) => s.text); // ['Так.', 'Ні.']
 * ```
 */
export function sentencesIn(text: string, paragraphs: readonly Span[], lang?: Lang): Span[] {
  const table = abbreviationTable(lang);
  const out: Span[] = [];
  for (const p of paragraphs) splitParagraph(text, p.start, p.end, table, out);
  return out;
}
