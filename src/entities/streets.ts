/**
 * Street addresses: a street abbreviation or noun with the street's name and house number
 * («вул. Хрещатик, 22», «вулиця Франка», «на площі Ринок»), one place name.
 *
 * @module
 */
import { span, type Candidate } from './candidates.js';
import { MARRY_VERBS, STREET_ADJECTIVE_LOCATIVE, STREET_PREPOSITIONS } from '../lang/uk/name-words.js';
import { joined, type RunContext } from './context.js';

/**
 * «вул. Хрещатик, 22», «просп. Перемоги», «вулиці Івасюка»: a street abbreviation with its full
 * stop or a street noun, the capitalised name (initials included: «вул. Р. Люксембург») and a house
 * number after a comma.
 *
 * @example
 * ```ts
 * streetAddress(ctx, i); // the candidate «вулиці Івасюка» when token i is «вулиці»
 * ```
 */
export function streetAddress(ctx: RunContext, i: number): Candidate | null {
  const { tokens, info } = ctx;
  // «вул. Хрещатик»: the abbreviation and its full stop; «вулиця Франка»: the noun.
  const name = ctx.lex.patterns.STREET_PREFIXES.has(info[i]!.lower) ? (tokens[i + 1]?.text === '.' ? i + 2 : -1) : i + 1;
  if (name < 0 || !tokens[name] || tokens[name]!.kind !== 'word' || !info[name]!.cap || !joined(ctx, name - 1, name)) return null;
  let last = name;
  let k = name;
  for (let n = 0; n < 4 && tokens[k] && info[k]!.cap && tokens[k]!.kind === 'word'; n++) {
    last = k;
    k += info[k]!.initial ? 2 : 1;
    if (!tokens[k] || !joined(ctx, info[last]!.initial ? last + 1 : last, k)) break;
  }
  if (info[last]!.initial) return null;
  // «, 22», «, 30-А», «, 4/6»: the house number belongs to the address.
  if (tokens[last + 1]?.text === ',' && tokens[last + 2]?.kind === 'number' && tokens[last + 2]!.start === tokens[last + 1]!.end + 1) {
    last += 2;
    const sep = tokens[last + 1];
    const tail = tokens[last + 2];
    if (sep && tail && (sep.text === '-' || sep.text === '/') && sep.start === tokens[last]!.end && tail.start === sep.end) last += 2;
  }
  return span(ctx, i, last, 'cap', 'LOC');
}


/**
 * «жив на Городоцькій», «кафе на Інститутській»: «на» (or «по») before one capitalised feminine
 * adjective in the locative names a street whose noun is left out; a woman is not «на» anyone,
 * save after a verb of marrying («одружився на Ковальській»).
 *
 * @example
 * ```ts
 * streetByAdjective(ctx, i, 'городоцькій'); // true for «Городоцькій» in «жив на Городоцькій біля парку»
 * ```
 */
export function streetByAdjective(ctx: RunContext, first: number, lower: string): boolean {
  if (first < 1 || !STREET_PREPOSITIONS.has(ctx.info[first - 1]!.lower) || !STREET_ADJECTIVE_LOCATIVE.test(lower)) return false;
  return first < 2 || !MARRY_VERBS.has(ctx.info[first - 2]!.lower);
}
