/**
 * Splits a name into words (keeping the exact separators and punctuation so the base form can be
 * rebuilt) and marks words that never decline: abbreviations, Latin-script words, initials,
 * words with digits, and words inside quotation marks.
 *
 * @module
 */

/**
 * One word of a name with what surrounds it.
 *
 * @example
 * ```ts
 * // '«Роснефти»,' → { lead: '«', core: 'Роснефти', trail: '»,', frozen: false, … }
 * ```
 */
export interface NameToken {
  /** Whitespace before the word plus leading punctuation. */
  lead: string;
  /** The word itself (letters, apostrophes, hyphens). */
  core: string;
  /** Trailing punctuation. */
  trail: string;
  /** True when the word must stay as written. */
  frozen: boolean;
  /** True when the word starts with an upper-case letter. */
  capital: boolean;
}

const OPEN_QUOTES = new Set(['«', '“', '„', '"', '‘']);
const CLOSE_QUOTES = new Set(['»', '”', '"', '’', '“']);
const PUNCT = new Set([...OPEN_QUOTES, ...CLOSE_QUOTES, '(', ')', '[', ']', '.', ',', ':', ';', '!', '?', '…', '—', '–']);
/** The same marks by char code (each is one UTF-16 unit): tested at both ends of every word. */
const PUNCT_CODES: ReadonlySet<number> = new Set([...PUNCT].map((c) => c.charCodeAt(0)));

/** True when the word starts with a letter that lower-casing changes (an upper-case letter). */
function startsUpper(core: string): boolean {
  if (core.length === 0) return false;
  const c = core.charCodeAt(0);
  // Basic Latin and Cyrillic letters answer from their code; other letters the slow way.
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x42f)) return true;
  if (c < 0x80 || (c >= 0x430 && c <= 0x45f)) return false;
  const first = core[0]!;
  return first !== first.toLowerCase();
}

function isCyrillic(code: number): boolean {
  return code >= 0x0400 && code <= 0x04ff;
}

/** Space, tab, line feed, carriage return, no-break space, narrow no-break space. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x202f;
}

/**
 * Letter class of the character at `i`: 0 not a letter, 1 lower-case, 2 upper-case (other
 * scripts are decided by toLowerCase/toUpperCase, the slow path). ASCII and the basic
 * Cyrillic block are decided from the code alone: this runs for every word of every mention.
 */
function letterClass(code: number, word: string, i: number): 0 | 1 | 2 {
  if (code < 0x80) return code >= 97 && code <= 122 ? 1 : code >= 65 && code <= 90 ? 2 : 0;
  if (code >= 0x0400 && code <= 0x045f) return code >= 0x0430 ? 1 : 2;
  if (code === 0x0490) return 2; // Ґ
  if (code === 0x0491) return 1; // ґ
  const ch = word[i]!;
  const lower = ch.toLowerCase();
  if (lower === ch.toUpperCase()) return 0;
  return ch !== lower ? 2 : 1;
}

/** Decides whether a bare word can decline at all. */
function frozenWord(core: string): boolean {
  let letters = 0;
  let cyrillic = 0;
  let upper = 0;
  for (let i = 0; i < core.length; i++) {
    const code = core.charCodeAt(i);
    if (code >= 48 && code <= 57) return true; // digits: "Су-27", "G7"
    const cls = letterClass(code, core, i);
    if (cls !== 0) {
      letters++;
      if (isCyrillic(code)) cyrillic++;
      if (cls === 2) upper++;
    }
  }
  if (cyrillic === 0 || cyrillic < letters) return true; // Latin or mixed script: Reuters
  if (letters <= 1) return true; // initials: В., Дж
  return upper >= 2 && upper === letters; // abbreviations: МЗС, РФ, США
}

/**
 * Tokenises a name. Quotation marks that wrap the whole name do not freeze it («Роснефти»).
 *
 * @example
 * ```ts
 * tokenizeName('Білого дому').map((t) => t.core); // ['Білого', 'дому']
 * ```
 */
export function tokenizeName(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  const n = text.length;
  let i = 0;
  let spaceStart = 0;
  let quoteDepth = 0;
  while (i < n) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    while (end < n && !isSpace(text.charCodeAt(end))) end++;
    let a = i;
    let b = end;
    while (a < b && PUNCT_CODES.has(text.charCodeAt(a))) a++;
    while (b > a && PUNCT_CODES.has(text.charCodeAt(b - 1))) b--;
    const core = text.slice(a, b);
    for (let k = i; k < a; k++) if (OPEN_QUOTES.has(text[k]!)) quoteDepth++;
    const quoted = quoteDepth > 0;
    for (let k = b; k < end; k++) if (CLOSE_QUOTES.has(text[k]!) && quoteDepth > 0) quoteDepth--;
    tokens.push({
      // Whitespace before the word plus its leading punctuation.
      lead: spaceStart === a ? '' : text.slice(spaceStart, a),
      core,
      trail: b === end ? '' : text.slice(b, end),
      frozen: core.length === 0 || quoted || frozenWord(core),
      capital: startsUpper(core),
    });
    i = end;
    spaceStart = end;
  }
  const pendingSpace = spaceStart < n ? text.slice(spaceStart) : '';
  if (tokens.length > 0) tokens[tokens.length - 1]!.trail += pendingSpace;
  // Quotes around the whole name are not a quoted title inside it.
  const firstTok = tokens[0];
  const lastTok = tokens[tokens.length - 1];
  if (firstTok && lastTok && OPEN_QUOTES.has(firstTok.lead.trim()[0] ?? '') && CLOSE_QUOTES.has(lastTok.trail[0] ?? '')) {
    for (const t of tokens) t.frozen = t.core.length === 0 || frozenWord(t.core);
  }
  return tokens;
}
