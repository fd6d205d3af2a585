/**
 * Small scans around a cue for the speaker search: a relative clause between a subject and its verb, a clause
 * that leaves its subject unsaid, and a name in marks split by a full stop inside it.
 *
 * @module
 */
import type { ReferringMention } from '../stages.js';
import type { Ctx } from './context.js';
import { PREPOSITIONS, mention } from './speaker.js';
import { isCapitalized } from './text.js';

// Built once at module load.
const CLAUSE_BREAK = /^(?:[.!?…:;—–-]|\.\.\.)$/;
/** Relative pronouns that open a clause about the word before their comma. */
export const RELATIVES: ReadonlySet<string> = new Set(['який', 'яка', 'яке', 'які', 'котрий', 'котра', 'котрі', 'который', 'которая', 'которое', 'которые', 'who', 'which']);
const CLOSING_MARKS = new Set(['»', '”']);
const OPENING_MARKS = new Set(['«', '“', '„']);
/** A Ukrainian past plural verb (`відмовились`, `заявили`) and a plural noun in the nominative (`залізничники`). */
const PAST_PLURAL = /(?:ли|лися|лись)$/u;
// Read on a word's last four units only: an unanchored `\p{L}{3,}[иі]$` retries from every letter
// of a long word (quadratic on a 1 MB word, as recheck reports).
const PLURAL_NOUN_TAIL = /^\p{L}{3}[иі]$/u;

/**
 * The comma that opens a relative clause ending at the comma `comma` (`, який відвідав Херсон,`), or -1:
 * the clause holds no other comma and at most sixteen tokens.
 *
 * @example
 * ```ts
 * // 'Лубінець, який відвідав Херсон, заявив': relativeClauseStart(ctx, 0, 5) is 1, the comma after 'Лубінець'
 * ```
 */
export function relativeClauseStart(ctx: Ctx, from: number, comma: number): number {
  const { toks } = ctx;
  for (let m = comma - 1; m > from && m >= comma - 16; m--) {
    const t = toks[m];
    if (t.kind === 'p') {
      if (t.text === ',' || CLAUSE_BREAK.test(t.text)) return -1;
      continue;
    }
    if (RELATIVES.has(t.lower) && toks[m - 1]?.text === ',' && m - 1 > from) return m - 1;
  }
  return -1;
}

/**
 * Whether the words of tokens `from … to - 1` leave the subject unsaid: only function words, pronouns and
 * prepositional phrases (`Потім сказав`, `На початку другої ж сказав`), no noun or name that could be it.
 *
 * @example
 * ```ts
 * // 'На початку другої ж сказав' → true; 'Дом’є колись сказав', 'А сніг додав' → false
 * ```
 */
export function subjectOmitted(ctx: Ctx, from: number, to: number): boolean {
  const { toks, lex } = ctx;
  let afterPreposition = 0;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.kind !== 'w') continue;
    if (PREPOSITIONS.has(t.lower)) {
      afterPreposition = 2; // the noun and one modifier of a prepositional phrase
      continue;
    }
    if (afterPreposition > 0) {
      afterPreposition--;
      continue;
    }
    if (!lex.nonSubject.has(t.lower) && !lex.pronouns.has(t.lower)) return false;
  }
  return true;
}

/**
 * A short name in marks that ends right before token `k` (`«Наші гроші. Львів» в своїй публікації`), even when
 * a full stop inside it was taken for a sentence end.
 *
 * @example
 * ```ts
 * // '«Наші гроші. Львів» в своїй публікації вказали': markedNameBefore(ctx, k) at 'в' → 'Наші гроші. Львів'
 * ```
 */
export function markedNameBefore(ctx: Ctx, k: number): ReferringMention | null {
  const { toks } = ctx;
  const close = k - 1;
  if (close < 1 || !CLOSING_MARKS.has(toks[close].text)) return null;
  for (let m = close - 1; m >= 0 && m >= close - 8; m--) {
    if (!OPENING_MARKS.has(toks[m].text)) continue;
    return m + 1 < close && isCapitalized(toks[m + 1].text) ? mention(ctx, toks[m + 1], toks[close - 1], 'name') : null;
  }
  return null;
}

/**
 * The lower-case plural subject of a past plural verb among tokens `from … to - 1`, the verb after it with at
 * most two function words between (`залізничники також відмовились`), or null.
 *
 * @example
 * ```ts
 * // 'Показати лабораторію залізничники також відмовились.' → 'залізничники'
 * ```
 */
export function pluralSubject(ctx: Ctx, from: number, to: number): ReferringMention | null {
  const { toks, lex } = ctx;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.kind !== 'w' || isCapitalized(t.text) || !PLURAL_NOUN_TAIL.test(t.lower.slice(-4)) || lex.nonSubject.has(t.lower) || lex.pronouns.has(t.lower)) continue;
    const before = toks[k - 1];
    if (before && before.kind === 'w' && PREPOSITIONS.has(before.lower)) continue;
    for (let m = k + 1; m < to && m <= k + 3; m++) {
      const v = toks[m];
      if (v.kind !== 'w') break;
      if (PAST_PLURAL.test(v.lower)) return mention(ctx, t, t, 'descriptor');
      if (!lex.nonSubject.has(v.lower)) break;
    }
  }
  return null;
}


/** Conjunctions that join a second predicate of the same subject (`…, а также призвал …`). */
const JOINERS = new Set(['а', 'и', 'і', 'й', 'но', 'але']);
/** Adverbs that may stand between the conjunction and the second predicate. */
const JOIN_ADVERBS = new Set(['также', 'тоже', 'затем', 'потом', 'ещё', 'еще', 'також', 'потім', 'ще']);

/**
 * The index of the comma that ends reported content because a second predicate of the reporting subject
 * follows (`Лавров отметил, что …, а также призвал …`): a conjunction, at most one adverb, then a cue verb
 * that agrees with the cue at `cue` in gender and number; -1 when there is none up to token `last`.
 *
 * @example
 * ```ts
 * // 'Лавров отметил, что Россия открыта, а также призвал Запад …': the comma after 'открыта'
 * ```
 */
export function secondPredicateComma(ctx: Ctx, cue: number, from: number, last: number): number {
  const { toks, lex } = ctx;
  const own = lex.cues.get(toks[cue].lower);
  if (!own || (!own.gender && !own.number)) return -1;
  for (let k = from + 1; k < last; k++) {
    if (toks[k].text !== ',' || !JOINERS.has(toks[k + 1]?.lower ?? '')) continue;
    let v = k + 2;
    if (JOIN_ADVERBS.has(toks[v]?.lower ?? '')) v++;
    const info = v <= last ? lex.cues.get(toks[v].lower) : undefined;
    if (info && info.gender === own.gender && info.number === own.number && !info.impersonal) return k;
  }
  return -1;
}

/**
 * The token after a dative addressee that starts at token `k` (`журналистам`, `ТАСС`, `РИА Новости`) when
 * more words follow before `end` — the speaker comes after it (`— сообщил ТАСС источник`); else `k`.
 *
 * @example
 * ```ts
 * // tokens of '— сказал журналистам Песков.': pastAddressee(ctx, 2, 4) is 3, the index of 'Песков'
 * ```
 */
export function pastAddressee(ctx: Ctx, k: number, end: number): number {
  const { toks, lex } = ctx;
  const list = lex.addressees.get(toks[k]?.lower ?? '');
  if (!list) return k;
  for (const { words } of list) {
    let n = 1;
    while (n < words.length && toks[k + n]?.lower === words[n]) n++;
    if (n === words.length && k + n < end && toks[k + n].kind === 'w') return k + n;
  }
  return k;
}
