/**
 * Multi-word name patterns whose later words are in lower case: organisations and places built on a
 * head noun («Національний банк України», «Служба безпеки України», «Одеській області»,
 * «Другої світової війни»), and adjectives coordinated before one shared head («Фастівського та
 * Васильківського районів»).
 *
 * @module
 */
import type { EntityType } from '../types.js';
import { firstNameGender, isAdjective, isEventHead, isGeoHead, isLowerWord, isOrgHead, joined, type RunContext } from './context.js';
import { nameKey } from './stem.js';
import { branchTail, orgTail } from './org-tail.js';

const HEAD_TYPE = { org: 'ORG', geo: 'LOC', event: 'MISC' } as const;

/**
 * True when the word has a surname ending (Шевченко, Лаврова, Ковальського).
 *
 * @example
 * ```ts
 * looksLikeSurname(ctx, i); // true for «Лаврова», «Шевченка», «Ковальського»
 * ```
 */
export function looksLikeSurname(ctx: RunContext, i: number): boolean {
  const p = ctx.lex.patterns;
  const lower = ctx.info[i]!.lower;
  return p.STRONG_SURNAME.test(lower) || p.WEAK_SURNAME.test(lower) || p.ADJECTIVAL_SURNAME.test(lower);
}

/**
 * True when the word is a known place: a LOC abbreviation, a gazetteer or KB place (with `settlement`, only countries and cities).
 *
 * @example
 * ```ts
 * isPlace(ctx, i); // true for «РФ», «Черкасах», «Будапешті»
 * ```
 */
export function isPlace(ctx: RunContext, i: number, settlement = false): boolean {
  // Asked about the same token by several steps: answers are kept per document and token
  // (bit 0: asked, bit 1: the answer; bits 2 and 3 the same with `settlement`).
  if (ctx !== memoCtx) {
    memoCtx = ctx;
    memo = new Uint8Array(ctx.tokens.length);
  }
  const shift = settlement ? 2 : 0;
  const m = memo[i]! >> shift;
  if (m & 1) return (m & 2) !== 0;
  const answer = placeAnswer(ctx, i, settlement);
  memo[i]! |= (answer ? 3 : 1) << shift;
  return answer;
}

let memoCtx: RunContext | undefined;
let memo = new Uint8Array(0);

function placeAnswer(ctx: RunContext, i: number, settlement: boolean): boolean {
  const text = ctx.tokens[i]!.text;
  const abbr = ctx.lex.abbreviations.get(text);
  if (abbr) return abbr === 'LOC';
  if (ctx.lex.places.has(nameKey(text)) && !firstNameGender(ctx, i)) return true; // Олександрія ≠ Олександр
  const hit = ctx.kb(text);
  // With `settlement`, only countries and cities: continents and provinces double as names (Азія Бібі).
  if (settlement && hit && hit.kind !== 'country' && hit.kind !== 'city') return false;
  return hit !== undefined && hit.type === 'LOC' && (hit.exact || !firstNameGender(ctx, i));
}

/**
 * Extends a run of capitalised adjectives and head nouns over the lower-case rest of an
 * organisation or place name: «Національний банк України», «Служба безпеки України»,
 * «Кабінету міністрів», «Одеській області». Returns the last token and the type, or null.
 *
 * @example
 * ```ts
 * extend(ctx, [i])?.type; // 'ORG' when token i is «Національний» in «Національний банк України»
 * ```
 */
export function extend(ctx: RunContext, words: number[], depth = 0): { last: number; type: EntityType } | null {
  if (words.length > 3) return null;
  let head: 'org' | 'geo' | 'event' | undefined;
  // «Петровими рухами», «Томиного магазину»: a possessive adjective names an owner, not an institution;
  // before a place noun it names the place («Байкового кладовища», «Орлового озера», «Змієвих валів»).
  if (ctx.lex.patterns.POSSESSIVE_ADJECTIVE.test(ctx.info[words[0]!]!.lower) && !(words.length === 1 && isLowerWord(ctx, words[0]! + 1) && isGeoHead(ctx, words[0]! + 1) && joined(ctx, words[0]!, words[0]! + 1))) return null;
  for (const w of words) {
    if (isOrgHead(ctx, w)) head = 'org';
    else if (!head && isGeoHead(ctx, w)) head = 'geo';
    // «Революції Гідності», «День Незалежності»: a capitalised event head with its name.
    else if (!head && w === words[0] && words.length > 1 && isEventHead(ctx, w)) head = 'event';
    // Only a true adjective ending opens a name here: «Києві площею» is a place and a noun.
    else if (!ctx.lex.patterns.INNER_ADJECTIVE.test(ctx.info[w]!.lower) && !ctx.info[w]!.allCaps && !locativeBeforeHead(ctx, w, words)) {
      if (!head) return null;
      const end = words[words.length - 1]!;
      const branch = head === 'org' ? branchTail(ctx, end) : -1;
      return { last: branch > end ? branch : end, type: HEAD_TYPE[head] };
    }
  }
  let last = words[words.length - 1]!;
  let k = last + 1;
  if (!head) {
    // Up to three lower-case adjectives before the head: «Старовижівська районна рада».
    for (let n = 0; n < 4 && isLowerWord(ctx, k) && joined(ctx, k - 1, k); n++, k++) {
      if (isOrgHead(ctx, k)) head = 'org';
      else if (isGeoHead(ctx, k)) head = 'geo';
      else if (isEventHead(ctx, k) && ctx.info[words[0]!]!.cap) head = 'event';
      if (head) break;
      if (!ctx.lex.patterns.INNER_ADJECTIVE.test(ctx.info[k]!.lower) || ctx.lex.stopWords.has(ctx.info[k]!.lower)) return null;
    }
    if (!head) return null;
    last = k;
    k++;
  }
  if (head === 'org') {
    while (isLowerWord(ctx, k) && joined(ctx, k - 1, k) && ctx.lex.orgComplements.has(ctx.info[k]!.lower)) last = k++;
    // A capitalised head names its field in the genitive: «Інститут історії України», «Управління освіти».
    if (k === last + 1 && last === words[words.length - 1] && ctx.info[last]!.cap && words.length === 1) {
      for (let n = 0; n < 2 && isLowerWord(ctx, k) && joined(ctx, k - 1, k) && ctx.lex.patterns.GENITIVE_NOUN.test(ctx.info[k]!.lower) && !ctx.lex.stopWords.has(ctx.info[k]!.lower); n++) last = k++;
    }
    // The head takes one genitive plural of its own: «Партії регіонів», «Національної спілки художників».
    if (k === last + 1 && isOrgHead(ctx, last) && isLowerWord(ctx, k) && joined(ctx, k - 1, k) && ctx.lex.patterns.GENITIVE_PLURAL.test(ctx.info[k]!.lower) && !ctx.lex.stopWords.has(ctx.info[k]!.lower)) last = k++;
    // A longer field in the genitive: «… економічного розвитку і торгівлі», «… з питань геодезії».
    const tail = orgTail(ctx, k);
    if (tail >= k) {
      last = tail;
      k = tail + 1;
    }
  }
  // «Печерського райсуду м. Києва»: a body of a town names the town after «м.».
  // (also «Подільська районна рада в м. Києві»).
  const town = isLowerWord(ctx, k) && ctx.lex.patterns.LOCATIVE_PREPOSITIONS.has(ctx.info[k]!.lower) && ctx.tokens[k + 1]?.text !== '.' ? k + 1 : k;
  if (head === 'org' && isLowerWord(ctx, town) && joined(ctx, k - 1, k) && joined(ctx, town - 1, town) && ctx.lex.patterns.TOWN_ABBREVIATIONS.has(ctx.info[town]!.lower) && ctx.tokens[town + 1]?.text === '.' && ctx.tokens[town + 2] && ctx.info[town + 2]!.cap && joined(ctx, town + 1, town + 2)) {
    // «… м. Маріуполя Донецької області»: the town may take its region.
    const region = town + 3;
    if (ctx.tokens[region + 1] && ctx.info[region]!.cap && ctx.lex.patterns.REGION_ADJECTIVE.test(ctx.info[region]!.lower) && isGeoHead(ctx, region + 1) && isLowerWord(ctx, region + 1) && joined(ctx, town + 2, region) && joined(ctx, region, region + 1)) {
      return { last: region + 1, type: 'ORG' };
    }
    return { last: town + 2, type: 'ORG' };
  }
  // The country or region the body belongs to: «… України», «… РФ», «… Хмельниччини»; or the body
  // it is part of: «Управління Державної служби …», «Головного управління СБ України».
  if (ctx.tokens[k] && ctx.info[k]!.cap && joined(ctx, k - 1, k) && !firstNameGender(ctx, k)) {
    const text = ctx.tokens[k]!.text;
    const abbreviation = ctx.info[k]!.allCaps && !ctx.lex.nonNameAbbreviations.has(text);
    // «… Хмельницької області», «… Івано-Франківської облради»: a region adjective with its head.
    // (A place keeps its own region apart: «Надвірнянського району | Івано-Франківської області».)
    if (head === 'org' && isAdjective(ctx, k) && (isGeoHead(ctx, k + 1) || isOrgHead(ctx, k + 1)) && isLowerWord(ctx, k + 1) && joined(ctx, k, k + 1)) {
      last = k + 1;
      // «Головного управління Національної гвардії України»: the inner body takes its country.
      // («Покровської міськради Донецької області»: or its region.)
      if (isOrgHead(ctx, k + 1) && ctx.tokens[k + 2] && ctx.info[k + 2]!.cap && joined(ctx, k + 1, k + 2)) {
        if (isAdjective(ctx, k + 2)) {
          if (isGeoHead(ctx, k + 3) && isLowerWord(ctx, k + 3) && joined(ctx, k + 2, k + 3)) last = k + 3;
        } else if (isPlace(ctx, k + 2)) last = k + 2;
      }
    } else if (isPlace(ctx, k) || abbreviation || (ctx.lex.patterns.PLACE_SUFFIX.test(ctx.info[k]!.lower) && !isOrgHead(ctx, k) && !ctx.lex.patterns.ORG_WORD.test(ctx.info[k]!.lower))) {
      // (Not «Держекоінспекція»: a body's name ends in -ія too, and it is the next subject.)
      last = k;
      if (abbreviation && ctx.tokens[k + 1] && ctx.info[k + 1]!.cap && joined(ctx, k, k + 1) && isPlace(ctx, k + 1)) last = k + 1;
      // «Інститут історії України НАН України»: the body it belongs to, by abbreviation, with its country.
      const parent = last + 1;
      if (head === 'org' && ctx.tokens[parent + 1] && ctx.info[parent]!.allCaps && ctx.lex.abbreviations.get(ctx.tokens[parent]!.text) === 'ORG' && joined(ctx, last, parent) && ctx.info[parent + 1]!.cap && joined(ctx, parent, parent + 1) && isPlace(ctx, parent + 1)) last = parent + 1;
    } else if (head === 'org' && depth < 2 && isGeoHead(ctx, k) && !ctx.info[k]!.allCaps) {
      // «Совет министров Республики Крым»: a state noun with the place's name.
      const place = capitalisedPlace(ctx, k);
      if (place > k) last = place;
    } else if (head === 'org' && depth < 2 && isAdjective(ctx, k)) {
      const inner = extend(ctx, [k], depth + 1);
      if (inner && inner.type === 'ORG' && inner.last > k) last = inner.last;
      else {
        // «Рада міністрів Автономної Республіки Крим»: a capitalised place name of several words.
        const place = capitalisedPlace(ctx, k);
        if (place > k) last = place;
      }
    }
    // «Державна служба України з надзвичайних ситуацій»: the field may follow the country.
    if (head === 'org' && last > words[words.length - 1]! && ctx.info[last]!.cap && isLowerWord(ctx, last + 1) && ctx.lex.patterns.TAIL_PREPOSITIONS.has(ctx.info[last + 1]!.lower) && fieldOpens(ctx, last + 2)) {
      const tail = orgTail(ctx, last + 1);
      if (tail > last + 1) last = tail;
    }
  }
  if (head === 'org') {
    const branch = branchTail(ctx, last);
    if (branch > last) last = branch;
  }
  return { last, type: HEAD_TYPE[head] };
}

/**
 * «в Белом доме», «на Красном море»: after «в»/«на», a lone locative adjective whose ending a
 * surname's instrumental shares («с Путином дома»), directly before a lower-case head noun.
 */
function locativeBeforeHead(ctx: RunContext, w: number, words: readonly number[]): boolean {
  return words.length === 1 && w > 0 && ctx.tokens[w - 1]!.kind === 'word' && ctx.lex.patterns.LOCATIVE_PREPOSITIONS.has(ctx.info[w - 1]!.lower) && ctx.lex.patterns.LOCATIVE_ADJECTIVE.test(ctx.info[w]!.lower) && isLowerWord(ctx, w + 1) && joined(ctx, w, w + 1) && (isOrgHead(ctx, w + 1) || isGeoHead(ctx, w + 1));
}

/**
 * The last known place in a run of up to three capitalised words after the adjective or state
 * noun at `k` («Автономної Республіки Крим», «Збройних Сил України», «Республики Крым»), or -1.
 */
function capitalisedPlace(ctx: RunContext, k: number): number {
  let last = -1;
  for (let j = k + 1, n = 0; n < 3 && ctx.tokens[j]?.kind === 'word' && ctx.info[j]!.cap && !ctx.info[j]!.allCaps && joined(ctx, j - 1, j); j++, n++) {
    if (firstNameGender(ctx, j)) break;
    if (isPlace(ctx, j)) last = j;
  }
  return last;
}

/** «з питань …», «з надзвичайних ситуацій»: a field after «з» opens with «питань» or an adjective. */
function fieldOpens(ctx: RunContext, i: number): boolean {
  if (!isLowerWord(ctx, i)) return false;
  const lower = ctx.info[i]!.lower;
  return lower === 'питань' || (isAdjective(ctx, i) && lower.endsWith('их'));
}

const CONJUNCTIONS = new Set([',', 'та', 'і', 'й', 'и', 'або']);

/**
 * The head noun that a run «Adj, Adj та Adj head» ends in, for its first adjective: its type and
 * token index («Хмельницької, Тернопільської та Чернівецької областей»).
 *
 * @example
 * ```ts
 * coordinatedHead(ctx, i); // { type: 'LOC', head: i + 3 } for «Фастівського та Васильківського районів»
 * ```
 */
export function coordinatedHead(ctx: RunContext, i: number): { type: EntityType; head: number } | null {
  if (!isAdjective(ctx, i) || !ctx.info[i]!.cap) return null;
  let k = i + 1;
  let sawConjunction = false;
  for (let n = 0; n < 10 && ctx.tokens[k]; n++, k++) {
    const t = ctx.tokens[k]!;
    const f = ctx.info[k]!;
    if (CONJUNCTIONS.has(f.lower)) {
      sawConjunction = true;
      continue;
    }
    if (f.cap && isAdjective(ctx, k)) continue;
    if (!sawConjunction || t.kind !== 'word' || f.cap) return null;
    if (isGeoHead(ctx, k)) return { type: 'LOC', head: k };
    if (isOrgHead(ctx, k)) return { type: 'ORG', head: k };
    return null;
  }
  return null;
}
