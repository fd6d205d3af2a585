/**
 * Names in quotation marks: «РИА Новости», «Роснефти», ТОВ «Альфа». A short capitalised span in
 * guillemets is a name (not a quotation) when the words around it put a name there: a head noun
 * (агентство, компанія), a preposition or conjunction, an adjective, or a legal form before it.
 *
 * @module
 */
import type { EntityType } from '../types.js';
import { isAdjective, isOrgHead, type RunContext } from './context.js';
import { nameKey } from './stem.js';
import { lookupInflected } from './lexicon.js';
import { extend, isPlace } from './multiword.js';

/**
 * A quoted name: token range of the span and the type its context gives.
 *
 * @example
 * ```ts
 * const q: QuotedName = { first: 7, last: 7, next: 9, type: 'ORG', legal: false }; // «Роснефти»
 * ```
 */
export interface QuotedName {
  /** First token of the span (the legal form, or the first word inside the marks). */
  readonly first: number;
  /** Last token of the span (the closing mark after a legal form, or the last word inside). */
  readonly last: number;
  /** Index of the token after the closing mark: where scanning resumes. */
  readonly next: number;
  /** ORG, or MISC after a noun naming a work or product. */
  readonly type: EntityType;
  /** True when a legal form opens the span (ТОВ «Альфа»). */
  readonly legal: boolean;
}

const CLOSERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['«', ['»']],
  ['„', ['“', '”']],
  ['“', ['”']],
  ['"', ['"']],
]);
const BREAKS = new Set(['.', '!', '?', ';', ':', ',', '…']);
const MAX_TOKENS = 12;
const MAX_WORDS = 5;
const NEWLINE = /[\r\n]/;
const DASH = /^[—–-]$/;

/** Index of the mark that closes the one at `open`, or -1. Nested «…«…»…» is followed. */
function closing(ctx: RunContext, open: number): number {
  const mark = ctx.tokens[open]!.text;
  const closers = CLOSERS.get(mark);
  if (!closers) return -1;
  let depth = 0;
  const end = Math.min(ctx.tokens.length, open + 1 + MAX_TOKENS);
  let firstClose = -1;
  for (let i = open + 1; i < end; i++) {
    const t = ctx.tokens[i]!.text;
    if (closers.includes(t) && !(mark === '"' && depth > 0)) {
      if (firstClose < 0) firstClose = i;
      if (depth === 0) return i;
      depth--;
    } else if (t === mark && mark !== '"') depth++;
    else if (t === '\n') break;
  }
  return firstClose;
}

/** Checks the words between the marks: capitalised start, few words, no sentence punctuation. */
function contentOk(ctx: RunContext, from: number, to: number): boolean {
  if (from > to) return false;
  const first = ctx.tokens[from]!;
  if (!(ctx.info[from]!.cap || first.kind === 'number')) return false;
  let words = 0;
  for (let i = from; i <= to; i++) {
    const t = ctx.tokens[i]!;
    if (t.kind === 'word') words++;
    else if (BREAKS.has(t.text)) return false;
    if (ctx.tokens[i + 1] && NEWLINE.test(ctx.doc.text.slice(t.end, ctx.tokens[i + 1]!.start))) return false;
  }
  return words > 0 && words <= MAX_WORDS;
}

function titleCased(ctx: RunContext, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (ctx.tokens[k]!.kind !== 'word') continue;
    // «Слава Україні»: a slogan about a place, not the name of a body.
    if (!ctx.info[k]!.cap || ctx.lex.stopWords.has(ctx.info[k]!.lower) || isPlace(ctx, k)) return false;
  }
  return true;
}

function brandLike(ctx: RunContext, from: number, to: number): boolean {
  let capitalised = true;
  let marked = false;
  for (let k = from; k <= to; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word') continue;
    const f = ctx.info[k]!;
    if (!f.cap) capitalised = false;
    // «НЕ ПИТИМУ КАВУ НА НІЧ»: capitals over function words are shouting, not a brand.
    if (f.allCaps && t.text.length > 1 && ctx.lex.stopWords.has(f.lower)) return false;
    if (f.latin || (f.cap && t.text.includes('-')) || f.allCaps || ctx.lex.patterns.ORG_WORD.test(f.lower)) marked = true;
  }
  return capitalised && marked;
}

const OPENING = new Set(['«', '„', '“', '"']);

/**
 * True when token `i` opens a company name as a legal form does: a known form (ТОВ, ПАТ), or an
 * unknown short Cyrillic abbreviation right before an opening mark («КВП «Водоканал»», «ВО
 * «Батьківщина»»): such a prefix names the kind of body, and the name keeps it.
 *
 * @example
 * ```ts
 * isLegalForm(ctx, i); // true for «ТОВ» and «ФПГ» in «ФПГ «Альтком»», false for «СБУ»
 * ```
 */
export function isLegalForm(ctx: RunContext, i: number): boolean {
  const text = ctx.tokens[i]!.text;
  if (ctx.lex.legalForms.has(text)) return true;
  const f = ctx.info[i]!;
  if (!f.allCaps || f.latin || text.length > 5 || ctx.lex.abbreviations.has(text) || ctx.lex.nonNameAbbreviations.has(text)) return false;
  const next = ctx.tokens[i + 1];
  return next !== undefined && OPENING.has(next.text) && next.start === ctx.tokens[i]!.end + 1;
}

/**
 * Reads a quoted name starting at token `i` (an opening mark or a legal form before one).
 * Returns `null` when the tokens there are not a quoted name.
 *
 * @example
 * ```ts
 * // tokens of 'проти «Роснефти» і …' with i at «
 * quotedName(ctx, 1); // { first: 2, last: 2, next: 4, type: 'ORG', legal: false }
 * ```
 */
export function quotedName(ctx: RunContext, i: number): QuotedName | null {
  const t = ctx.tokens[i]!;
  if (t.kind === 'word' && isLegalForm(ctx, i) && ctx.tokens[i + 1]) {
    // «ТОВ НПП «Альфа»», «ПрАТ КП «Бета»»: further abbreviations may stand between the form and the name.
    let open = i + 1;
    while (open < i + 3 && ctx.tokens[open] && ctx.info[open]!.allCaps) open++;
    const close = closing(ctx, open);
    if (close > open + 1 && contentOk(ctx, open + 1, close - 1)) return { first: i, last: close, next: close + 1, type: 'ORG', legal: true };
    return null;
  }
  const close = closing(ctx, i);
  if (close < 0 || !contentOk(ctx, i + 1, close - 1)) return null;
  const after = ctx.tokens[close + 1];
  const afterNext = ctx.tokens[close + 2];
  // «Ідемо додому», — сказав він: a quotation with its attribution, not a name.
  if (after && after.text === ',' && afterNext && DASH.test(afterNext.text)) return null;
  let words = 0;
  for (let k = i + 1; k < close; k++) if (ctx.tokens[k]!.kind === 'word') words++;
  const prev = i > 0 ? ctx.tokens[i - 1]! : undefined;
  const prevLower = prev && prev.kind === 'word' ? ctx.info[i - 1]!.lower : '';
  let type: EntityType = 'ORG';
  let ok = false;
  if (prev && prev.kind === 'word') {
    if (lookupInflected(ctx.lex.workNouns, prevLower) !== undefined) {
      ok = true;
      type = 'MISC';
    } else if (isOrgHead(ctx, i - 1) || ctx.lex.patterns.NAME_CONNECTORS.has(prevLower)) ok = true;
    else if (!ctx.info[i - 1]!.cap && isAdjective(ctx, i - 1)) ok = true;
    else if (ctx.info[i - 1]!.allCaps) ok = true;
  }
  // A single capitalised word in guillemets is a name wherever it stands («Укрзалізниця» заявила).
  if (!ok && words === 1 && ctx.tokens[i + 1]!.kind === 'word' && !ctx.lex.stopWords.has(ctx.info[i + 1]!.lower)) ok = true;
  // So are words that only a name writes so: Latin («Krederi Finance»), a capitalised compound
  // («Нео-Бізнес Системи»), a company word («Індустріал Груп»).
  if (!ok && brandLike(ctx, i + 1, close - 1)) ok = true;
  // Two or more words all in title case («Прем'єр Лізинг», «Стіл Продактс Лімітед»): Ukrainian
  // capitalises only the first word of a phrase, so a title-cased run is a name.
  if (!ok && words >= 2 && titleCased(ctx, i + 1, close - 1)) ok = true;
  // «Червоноармійський лісгосп», «Полтавське управління геофізичних робіт»: the words make up an
  // organisation name by themselves (adjectives, a head noun, its genitive field).
  if (!ok && words >= 2 && ctx.tokens[i + 1]!.kind === 'word') {
    const ext = extend(ctx, [i + 1]);
    if (ext && ext.type === 'ORG' && ext.last === close - 1) ok = true;
  }
  if (!ok) return null;
  // «Брексита»: a one-word event or holiday stays MISC in guillemets too.
  if (words === 1 && type === 'ORG' && ctx.lex.miscNames.has(nameKey(ctx.tokens[i + 1]!.text))) type = 'MISC';
  return { first: i + 1, last: close - 1, next: close + 1, type, legal: false };
}
