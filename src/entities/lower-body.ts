/**
 * Names of courts, prosecutors' offices and ministries written with a lower-case head, which the
 * place they serve makes a name: «апеляційного суду Миколаївської області», «прокуратури Одеської
 * області», «міністерстві охорони здоров'я Великобританії».
 *
 * @module
 */
import { isGeoHead, isLowerWord, joined, type RunContext } from './context.js';
import { extend, isPlace } from './multiword.js';
import { head3 } from './lexicon.js';

const MAX_ADJECTIVES = 3;

/**
 * True when the lower-case word token `i` is a head form that may open a body's name («суду»,
 * «прокуратури», «министерстве»).
 *
 * @example
 * ```ts
 * isLowerBodyHead(ctx, i); // true for «суду» in «до апеляційного суду Житомирської області»
 * ```
 */
export function isLowerBodyHead(ctx: RunContext, i: number): boolean {
  const lower = ctx.info[i]!.lower;
  return lower.length >= 3 && ctx.lex.lowerBodyHeads.has(head3(lower)) && ctx.lex.lowerBodyForms.has(lower);
}
// Full singular adjective endings only, Ukrainian and Russian (the heads are singular): the looser test takes nouns too
// («засідання», «основі», «ухвалі»), and «слідчих» is a plural noun.
const ADJECTIVE = /(?:[иіы]й|ого|ього|ому|ьому|ої|ьої|[иіы]м|ою|ьою|на|ька|ська|не|ьке|ая|ое|ую|ой)$/u;

/**
 * The first and last token of the body name whose lower-case head noun is token `i` (with the
 * adjectives before it, from no earlier than token `from`), or null when the name does not end in
 * the place the body serves.
 *
 * @example
 * ```ts
 * // «звернулася до апеляційного суду Миколаївської області», i at «суду»
 * lowerBody(ctx, i, 0); // { first: index of «апеляційного», last: index of «області» }
 * ```
 */
export function lowerBody(ctx: RunContext, i: number, from: number): { first: number; last: number } | null {
  const ext = extend(ctx, [i]);
  if (ext === null || ext.type !== 'ORG' || ext.last <= i) return nationalBody(ctx, i, from, ext === null ? i : ext.last);
  // It ends in the place: «суду Києва», «суду Одеської області», «суду м. Маріуполя»; not in another
  // body («суду Деснянського райсуду») nor in a branch («суду в місті Лагор»: the town alone is named).
  const last = ext.last;
  if (!isPlace(ctx, last) && !(isGeoHead(ctx, last) && ctx.info[last - 1]!.cap)) return nationalBody(ctx, i, from, last);
  // Between the head and the place only the head's own complements («охорони здоров'я»,
  // «міністрів») and a town abbreviation: «суде христианку Азию» is a verb's object, not a name.
  for (let k = i + 1; k < last && !ctx.info[k]!.cap; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === 'word' && !ctx.lex.orgComplements.has(ctx.info[k]!.lower) && !ctx.lex.patterns.TOWN_ABBREVIATIONS.has(ctx.info[k]!.lower)) return null;
  }
  for (let k = i + 1; k < last; k++) if (ctx.lex.patterns.BRANCH_PREPOSITIONS.has(ctx.info[k]!.lower)) return null;
  let first = i;
  for (let n = 0; n < MAX_ADJECTIVES && first - 1 >= from && adjectiveBefore(ctx, first - 1, first); n++) {
    first--;
    if (ctx.info[first]!.cap) break;
  }
  return { first, last };
}

// A lower-case adjective of a country: британского, российское, американский.
const NATIONAL = /[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$/u;

/**
 * «британского правительства», «британском кабинете министров», «российского МИД»: Russian news
 * names a country's government by its adjective and a lower-case head (Russian only: Ukrainian
 * writes «британського уряду» as a description). `last` is the end of the head's own tail.
 */
function nationalBody(ctx: RunContext, i: number, from: number, last: number): { first: number; last: number } | null {
  const adj = i - 1;
  if (ctx.doc.lang !== 'ru' || adj < from || !isLowerWord(ctx, adj) || !joined(ctx, adj, i) || !NATIONAL.test(ctx.info[adj]!.lower)) return null;
  // Only the head with its lower-case complements («кабинета министров»), never a capitalised name after it.
  let end = i;
  for (let k = i + 1; k <= last && isLowerWord(ctx, k); k++) end = k;
  return { first: adj, last: end };
}

/** A full adjective right before token `next`: lower case, or capitalised at the start of the name. */
function adjectiveBefore(ctx: RunContext, k: number, next: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.kind !== 'word' || !joined(ctx, k, next) || !ADJECTIVE.test(ctx.info[k]!.lower) || ctx.lex.stopWords.has(ctx.info[k]!.lower)) return false;
  // «Жовтневого районного суду», «Господарський суд» (dropped at a sentence start): a capitalised
  // adjective opens the name and ends the search.
  return isLowerWord(ctx, k) || (ctx.info[k]!.cap && !ctx.info[k]!.allCaps && (k === 0 || !ctx.info[k - 1]!.cap || ctx.tokens[k - 1]!.kind !== 'word'));
}
