/**
 * Shape tests on the words of a capitalised run that decide how it is emitted: a unique body at a
 * sentence start, an inflected abbreviation, a possessive of a first name, a lone adjective.
 *
 * @module
 */
import { firstNameGender, type RunContext } from './context.js';
import { lookupInflected } from './lexicon.js';
import { isPlace } from './multiword.js';
import { nameKey, stemKey } from './stem.js';

/**
 * «Апеляційний суд вказав», «Кіровоградська міська рада погодила»: at a sentence start, one
 * adjective in the singular nominative and the head noun of a unique body, in its dictionary
 * form, name one body. (Plurals — «Українські компанії» — and kinds of business — «Комунальне
 * підприємство» — are common nouns.)
 *
 * @example
 * ```ts
 * singularBody(ctx, first, last); // true for «Апеляційний суд»
 * ```
 */
export function singularBody(ctx: RunContext, first: number, last: number): boolean {
  const head = ctx.info[last]!.lower;
  if (!ctx.lex.patterns.UNIQUE_BODY_HEADS.has(head) || ctx.info[last]!.cap) return false;
  for (let k = first; k < last; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || !ctx.lex.patterns.SINGULAR_ADJECTIVE.test(ctx.info[k]!.lower) || ctx.lex.stopWords.has(ctx.info[k]!.lower)) return false;
  }
  return true;
}

/**
 * An organisation's abbreviation with a case ending glued on («МИДа», «УДАРу»).
 *
 * @example
 * ```ts
 * inflectedOrgAbbreviation(ctx, i); // true for «МИДа»
 * ```
 */
export function inflectedOrgAbbreviation(ctx: RunContext, i: number): boolean {
  const m = ctx.lex.patterns.INFLECTED_ABBREVIATION.exec(ctx.tokens[i]!.text);
  return m !== null && ctx.lex.abbreviations.get(m[1]!) === 'ORG';
}

/**
 * A capitalised word after token `from`, up to token `last` («Відділ освіти Покровської міськради
 * Донецької області»).
 *
 * @example
 * ```ts
 * capitalAfter(ctx, i, ext.last); // true when «Покровської» lies between
 * ```
 */
export function capitalAfter(ctx: RunContext, from: number, last: number): boolean {
  for (let k = from + 1; k <= last; k++) if (ctx.info[k]!.cap) return true;
  return false;
}

/**
 * «Дориних долонях», «Петрове вміння»: a possessive adjective made from a first name.
 *
 * @example
 * ```ts
 * possessiveOfName(ctx, i); // true for «Дориних»
 * ```
 */
export function possessiveOfName(ctx: RunContext, i: number): boolean {
  const f = ctx.info[i]!;
  if (f.allCaps || f.latin || isPlace(ctx, i)) return false; // «у Миколаєві» is the town
  const m = ctx.lex.patterns.POSSESSIVE_NAME.exec(f.lower);
  if (!m) return false;
  for (const e of ctx.lex.patterns.NAME_FROM_STEM) if (ctx.lex.firstNameForms.has(m[1]! + e)) return true;
  // «Данкових друзів», «Путінових планів»: a name the document writes with a capital in
  // mid-sentence (Данко, Путін) makes its possessive a mention of the person, even when no
  // lexicon knows the name. (Only at a capital not explained by position: a sentence may open with
  // an ordinary possessive adjective.)
  if (f.ambiguous) return false;
  for (const e of ctx.lex.patterns.NAME_FROM_STEM) if (ctx.seen.has(stemKey(m[1]! + e))) return true;
  return false;
}

/**
 * A capitalised adjective that begins a longer name the recogniser cannot delimit («Земельного
 * кодексу», «Чорного моря»): not a surname, nor a town named by an adjective.
 *
 * @example
 * ```ts
 * loneAdjective(ctx, i); // true for «Земельного»
 * ```
 */
export function loneAdjective(ctx: RunContext, i: number): boolean {
  const lower = ctx.info[i]!.lower;
  const p = ctx.lex.patterns;
  // Neuter and plural -ське, -ських are never surnames; -ський, -ська may be.
  if (!p.NEUTER_OR_PLURAL_ADJECTIVE.test(lower) && (!p.PLAIN_ADJECTIVE.test(lower) || p.ADJECTIVAL_SURNAME.test(lower))) return false;
  // «Рівне», «смт Кіровське»: a town named by an adjective is in the gazetteer; «с. Ставрове»,
  // «озера Пісочне»: after a place noun the adjective is the place's own name.
  return !afterPlaceNoun(ctx, i) && !firstNameGender(ctx, i) && ctx.kb(ctx.tokens[i]!.text) === undefined && !ctx.lex.places.has(nameKey(ctx.tokens[i]!.text));
}

/**
 * True when a place noun or its abbreviation stands right before token `i` («с. Ставрове», «селі
 * Половинкине», «озера Пісочне»), so a capitalised word there names the place. A genitive plural
 * is not one («Партії регіонів Теймураз Гветадзе»).
 *
 * @example
 * ```ts
 * afterPlaceNoun(ctx, i); // true for «Ставрове» in «в с. Ставрове наступного року»
 * ```
 */
export function afterPlaceNoun(ctx: RunContext, i: number): boolean {
  if (i < 1) return false;
  const dotted = ctx.tokens[i - 1]!.text === '.' && i > 1;
  const noun = dotted ? i - 2 : i - 1;
  const t = ctx.tokens[noun]!;
  if (t.kind !== 'word' || ctx.info[noun]!.cap) return false;
  const nl = ctx.info[noun]!.lower;
  // One- and two-letter abbreviations (с., м.) count only with their full stop.
  return nl.length < 3 ? dotted && ctx.lex.placeNouns.has(nl) : !nl.endsWith('ів') && lookupInflected(ctx.lex.placeNouns, nl) !== undefined;
}
