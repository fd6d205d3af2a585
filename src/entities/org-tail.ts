/**
 * The lower-case tail of an organisation name after its head noun: genitive nouns with their
 * adjectives, joined by «та/і» and opened by «з» («Міністерство економічного розвитку і торгівлі»,
 * «Державне агентство з інвестицій», «Управління капітального будівництва»). The tail must end in
 * a genitive noun, so a verb or an adjective after the name is never taken.
 *
 * @module
 */
import { isLowerWord, isOrgHead, joined, type RunContext } from './context.js';

const MAX_TAIL = 7;
// Adjective endings in the genitive and other oblique cases: the words that stand before a noun in a tail.
const ADJECTIVE = /(?:[иі]й|ого|ього|ому|ьому|ої|ьої|[иі]м|[иі]х|[иі]ми|ою|ьою)$/u;
// …except the genitive plural of nouns in -ція, -сія, -зія: «інвестицій», «комісій».
const NOUN_IJ = /[цсз]ій$/u;

/**
 * The last token of the genitive tail that starts at token `k`, or -1 when there is none.
 *
 * @example
 * ```ts
 * // «Міністерство економічного розвитку і торгівлі заявило», k at «економічного»
 * orgTail(ctx, k); // index of «торгівлі»
 * ```
 */
export function orgTail(ctx: RunContext, k: number): number {
  const p = ctx.lex.patterns;
  // The token before the tail is the head noun or a noun of the name: a conjunction may follow it.
  let last = ctx.tokens[k - 1]?.kind === 'word' && !isAdjective(ctx.info[k - 1]!.lower) ? k - 1 : -1;
  const before = last;
  let pendingJoin = false; // a conjunction or preposition waits for its noun
  for (let j = k, n = 0; n < MAX_TAIL && isLowerWord(ctx, j) && joined(ctx, j - 1, j); j++, n++) {
    const w = ctx.info[j]!.lower;
    if (p.TAIL_PREPOSITIONS.has(w) || p.TAIL_CONJUNCTIONS.has(w)) {
      // A conjunction right after the head joins a second phrase, not a field of the body
      // («Верховного суду та виправданої жінки»); after a field it joins another field.
      if (pendingJoin || last !== j - 1 || (p.TAIL_CONJUNCTIONS.has(w) && last === before && isOrgHead(ctx, before))) break;
      pendingJoin = true;
      continue;
    }
    if (p.NAMED_AFTER.has(w)) {
      // «… імені Тараса Шевченка», «… ім. О. О. Потебні»: the person's name closes the tail.
      const name = namedAfter(ctx, j);
      if (name > j && !pendingJoin) last = name;
      break;
    }
    if (ctx.lex.stopWords.has(w) || p.TAIL_STOP.has(w)) break;
    if (isAdjective(w)) continue; // waits for its noun
    if (!p.GENITIVE_TAIL.test(w)) break;
    last = j;
    pendingJoin = false;
  }
  // «… з питань» needs its own genitive: without one, the preposition phrase is not the name's.
  // («… із загальних справ», «… закордонних справ» keep theirs: an adjective makes the phrase whole.)
  if (last > before && p.TAIL_NEEDS_MORE.has(ctx.info[last]!.lower) && !isAdjective(ctx.info[last - 1]!.lower)) {
    last = p.TAIL_PREPOSITIONS.has(ctx.info[last - 1]!.lower) ? last - 2 : last - 1;
  }
  return last <= before ? -1 : last;
}

function isAdjective(lower: string): boolean {
  return ADJECTIVE.test(lower) && !NOUN_IJ.test(lower);
}

/**
 * The last token of the name after «імені» / «ім.» at token `j` (initials and up to three
 * capitalised words), or -1.
 *
 * @example
 * ```ts
 * // «… університет імені Тараса Шевченка», j at «імені»
 * namedAfter(ctx, j); // index of «Шевченка»
 * ```
 */
export function namedAfter(ctx: RunContext, j: number): number {
  let k = ctx.tokens[j + 1]?.text === '.' ? j + 2 : j + 1;
  let last = -1;
  let words = 0;
  while (ctx.tokens[k] && ctx.tokens[k]!.kind === 'word' && ctx.info[k]!.cap && joined(ctx, k - 1, k) && words < 3) {
    if (ctx.info[k]!.initial) {
      k += 2; // the initial and its full stop
      continue;
    }
    last = k++;
    words++;
  }
  return last;
}

/**
 * The territorial branch after a body's name: «… у Житомирській області», «… у місті Києві»,
 * «… в АРК». Returns the last token of the branch, or -1.
 *
 * @example
 * ```ts
 * // «Управління МНС України в Житомирській області уклало угоду», last at «України»
 * branchTail(ctx, last); // index of «області»
 * ```
 */
export function branchTail(ctx: RunContext, last: number): number {
  const p = ctx.lex.patterns;
  const prep = last + 1;
  if (!isLowerWord(ctx, prep) || !p.BRANCH_PREPOSITIONS.has(ctx.info[prep]!.lower) || !joined(ctx, last, prep)) return -1;
  const a = prep + 1;
  const b = prep + 2;
  if (!ctx.tokens[a] || ctx.tokens[a]!.kind !== 'word' || !joined(ctx, prep, a)) return -1;
  // «у Житомирській області», «в Одеській обл.»
  if (ctx.info[a]!.cap && p.REGION_ADJECTIVE.test(ctx.info[a]!.lower) && isLowerWord(ctx, b) && p.REGION_NOUNS.has(ctx.info[b]!.lower) && joined(ctx, a, b)) return b;
  // «у місті Києві»
  if (isLowerWord(ctx, a) && p.CITY_NOUNS.has(ctx.info[a]!.lower) && ctx.tokens[b]?.kind === 'word' && ctx.info[b]!.cap && joined(ctx, a, b)) return b;
  // «в АРК», «у м. Києві» are left out: the abbreviations are too often places of their own.
  return -1;
}
