/**
 * A name glossed in Latin script in brackets right after it — «Джанкарло Еспехо (Giancarlo
 * Espejo)», «Листхеуг (Listhaug)» — is the same name spelt the other way, so the gloss takes the
 * type the name before it settled on. Runs on the settled types, after document consistency.
 *
 * @module
 */
import type { EntityType } from '../types.js';
import type { RunContext } from './context.js';
import type { Scored } from './typing.js';

/**
 * Gives every bracketed Latin gloss the settled type of the Cyrillic name it follows.
 *
 * @example
 * ```ts
 * // «директор Джанкарло Еспехо (Giancarlo Espejo) з Белізу»: Giancarlo Espejo becomes PER
 * shareGlossTypes(ctx, scored, types);
 * ```
 */
export function shareGlossTypes(ctx: RunContext, scored: readonly Scored[], types: EntityType[]): void {
  const { tokens, info } = ctx;
  for (let i = 1; i < scored.length; i++) {
    const g = scored[i]!.cand;
    const open = g.first - 1;
    // Only a Latin name that opens the brackets: «(Giancarlo Espejo)», «(Aid to the Church in Need, ACN)».
    // (An abbreviation, «(TLP)», is typed well by its own evidence.)
    if (open < 1 || tokens[open]!.text !== '(' || !info[g.first]!.latin || (g.first === g.last && info[g.first]!.allCaps)) continue;
    const after = tokens[g.last + 1]?.text;
    if (after !== ')' && after !== ',' && after !== ';') continue;
    const name = scored[i - 1]!.cand;
    // The glossed name ends right before the bracket and is written in Cyrillic.
    if (name.last !== open - 1 || info[name.first]!.latin) continue;
    // A gloss longer than the name shows the name was cut short («[Масих] (Ashiq Masih)» after a
    // sentence start): its type is no evidence then, but a one-word name glossed by two
    // capitalised words is a person's surname glossed by the full name.
    if (g.words.length > name.words.length) {
      if (name.words.length === 1 && g.words.length === 2 && g.last === g.first + 1 && info[g.last]!.cap && !info[g.last]!.allCaps) types[i] = 'PER';
      continue;
    }
    if (types[i - 1] !== 'MISC') types[i] = types[i - 1]!;
  }
}
