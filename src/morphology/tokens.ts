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

function isCyrillic(code: number): boolean {
  return code >= 0x0400 && code <= 0x04ff;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\u202f';
}

/** Decides whether a bare word can decline at all. */
function frozenWord(core: string): boolean {
  let letters = 0;
  let cyrillic = 0;
  let upper = 0;
  for (let i = 0; i < core.length; i++) {
    const ch = core[i]!;
    const code = ch.charCodeAt(0);
    if (code >= 48 && code <= 57) return true; // digits: "Су-27", "G7"
    const lower = ch.toLowerCase();
    if (lower !== ch.toUpperCase()) {
      letters++;
      if (isCyrillic(code)) cyrillic++;
      if (ch !== lower) upper++;
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
  let i = 0;
  let pendingSpace = '';
  let quoteDepth = 0;
  while (i < text.length) {
    if (isSpace(text[i]!)) {
      pendingSpace += text[i]!;
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && !isSpace(text[end]!)) end++;
    let a = i;
    let b = end;
    while (a < b && PUNCT.has(text[a]!)) a++;
    while (b > a && PUNCT.has(text[b - 1]!)) b--;
    const lead = text.slice(i, a);
    const core = text.slice(a, b);
    const trail = text.slice(b, end);
    let opens = 0;
    for (const ch of lead) if (OPEN_QUOTES.has(ch)) opens++;
    quoteDepth += opens;
    const quoted = quoteDepth > 0;
    for (const ch of trail) if (CLOSE_QUOTES.has(ch) && quoteDepth > 0) quoteDepth--;
    const first = core[0] ?? '';
    tokens.push({
      lead: pendingSpace + lead,
      core,
      trail,
      frozen: core.length === 0 || quoted || frozenWord(core),
      capital: first !== first.toLowerCase(),
    });
    pendingSpace = '';
    i = end;
  }
  if (tokens.length > 0) tokens[tokens.length - 1]!.trail += pendingSpace;
  // Quotes around the whole name are not a quoted title inside it.
  const firstTok = tokens[0];
  const lastTok = tokens[tokens.length - 1];
  if (firstTok && lastTok && OPEN_QUOTES.has(firstTok.lead.trim()[0] ?? '') && CLOSE_QUOTES.has(lastTok.trail[0] ?? '')) {
    for (const t of tokens) t.frozen = t.core.length === 0 || frozenWord(t.core);
  }
  return tokens;
}
