/**
 * Acronyms that a text coins for a common noun phrase and spells out right before them:
 * «комплексної інформаційної системи (КІС)», «тимчасових споруд (ТС)». They abbreviate ordinary
 * words, so they are no names, however capitalised.
 *
 * @module
 */
import type { RunContext } from './context.js';

const MAX_BACK = 6;

/**
 * True when the all-caps word at `i` stands in brackets right after lower-case words whose first
 * letters spell its first and last letters.
 *
 * @example
 * ```ts
 * // «закупила пристрої (БФП) для шкіл»
 * coinedAcronym(ctx, i); // false: «пристрої» does not end a phrase that starts with «б»
 * // «багатофункціональних пристроїв (БФП)»
 * coinedAcronym(ctx, i); // true
 * ```
 */
export function coinedAcronym(ctx: RunContext, i: number): boolean {
  const { tokens, info } = ctx;
  const open = tokens[i - 1];
  const close = tokens[i + 1];
  if (!open || !close || open.text !== '(' || close.text !== ')' || !info[i]!.allCaps || i < 2) return false;
  const abbr = info[i]!.lower;
  const lastWord = tokens[i - 2]!;
  if (lastWord.kind !== 'word' || info[i - 2]!.cap || info[i - 2]!.lower.charAt(0) !== abbr.charAt(abbr.length - 1)) return false;
  // The phrase's first word starts with the acronym's first letter, a few lower-case words back.
  for (let k = i - 2, n = 0; k >= 0 && n < MAX_BACK; k--, n++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || info[k]!.cap) return false;
    if (k < i - 2 && info[k]!.lower.charAt(0) === abbr.charAt(0)) return true;
  }
  return false;
}
