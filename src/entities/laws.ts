/**
 * Names of laws and decrees: «Закону України», «Указом Президента України», and with the title
 * in guillemets that opens with «Про» — «Закону України «Про місцеве самоврядування»» — one
 * MISC name, not a place or a person.
 *
 * @module
 */
import { LAW_HEAD } from '../lang/uk/name-words.js';
import { span, type Candidate } from './candidates.js';
import type { RunContext } from './context.js';

// How far a law's quoted title may run, in tokens.
const MAX_TITLE = 40;
const OPENERS: Readonly<Record<string, string>> = { '«': '»', '"': '"', '“': '”', '„': '“' };

/**
 * The law name a capitalised run opens, or null: a law noun with what names the law (its country
 * or issuer), and its «Про …» title when one follows.
 *
 * @example
 * ```ts
 * lawName(ctx, words); // the MISC candidate «Закону України «Про освіту»» for the run «Закону України»
 * ```
 */
export function lawName(ctx: RunContext, words: readonly number[]): Candidate | null {
  const first = words[0]!;
  if (ctx.doc.lang !== 'uk' || !LAW_HEAD.test(ctx.info[first]!.lower)) return null;
  const last = titleEnd(ctx, words[words.length - 1]!);
  if (last < 0 && words.length < 2) return null;
  return span(ctx, first, last < 0 ? words[words.length - 1]! : last, 'cap', 'MISC');
}

/** The closing mark of a «Про …» title right after token `i` on the same line, or -1. */
function titleEnd(ctx: RunContext, i: number): number {
  const { tokens, info } = ctx;
  const open = tokens[i + 1];
  const close = open ? OPENERS[open.text] : undefined;
  if (close === undefined || info[i + 2]?.lower !== 'про') return -1;
  const text = ctx.doc.text;
  let depth = 0;
  for (let k = i + 2; k < tokens.length && k < i + MAX_TITLE; k++) {
    const t = tokens[k]!.text;
    if (text.charCodeAt(tokens[k]!.start - 1) === 10) return -1; // a title stays on one line
    if (t === open!.text && t !== close) depth++;
    else if (t === close) {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

const HEAD_WORD = /^\p{L}+/u;
const LEMMAS: readonly (readonly [string, string])[] = [
  ['закон', 'Закон'],
  ['кодекс', 'Кодекс'],
  ['указ', 'Указ'],
  ['декрет', 'Декрет'],
  ['постанов', 'Постанова'],
  ['конституці', 'Конституція'],
];

/**
 * The base form of a law's name: its head noun in the nominative, the rest as written (the
 * issuer stays in the genitive, the title in its guillemets); null when the text is no law name.
 *
 * @example
 * ```ts
 * lawBase('Законом України «Про освіту»'); // 'Закон України «Про освіту»'
 * ```
 */
export function lawBase(text: string): string | null {
  const m = HEAD_WORD.exec(text);
  if (!m) return null;
  const lower = m[0].toLowerCase();
  if (!LAW_HEAD.test(lower)) return null;
  for (const [stem, lemma] of LEMMAS) if (lower.startsWith(stem)) return lemma + text.slice(m[0].length);
  return null;
}
