/**
 * Document consistency: one entity keeps one type throughout a document. Mentions that share a
 * stem key (Лавров, Лаврова, Лаврову) pool their evidence; a lone surname takes the person reading
 * of a full name it ends («Сергій Лавров» … «Лавров»), and shares its gender.
 *
 * @module
 */
import type { EntityType } from '../types.js';
import { stemKey } from './stem.js';
import { bestType, type Scored } from './typing.js';

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const SPACES = /\s+/;
const ALL_CAPS_END = /\s\p{Lu}+$/u;
const APOSTROPHES = /[’ʼ`]/g;

function keyOf(s: Scored): string {
  return s.key;
}

function lastWordKey(s: Scored): string {
  const words = s.text.split(SPACES);
  return stemKey(words[words.length - 1]!.toLowerCase().replace(APOSTROPHES, "'"));
}

/**
 * Settles each candidate's type using the whole document, and returns the types in input order.
 *
 * @example
 * ```ts
 * const types = settleTypes(scored); // ['PER', 'LOC', 'PER', …]
 * ```
 */
export function settleTypes(scored: readonly Scored[]): EntityType[] {
  // Full personal names lend their reading to lone surnames.
  const surnames = new Map<string, 'm' | 'f' | undefined>();
  for (const s of scored) {
    if (s.text.includes(' ') && !s.contextual && bestType(s) === 'PER' && s.score.PER >= 3 && !ALL_CAPS_END.test(s.text)) {
      const k = lastWordKey(s);
      if (!surnames.has(k) || s.gender) surnames.set(k, s.gender);
    }
  }
  for (const s of scored) {
    if (s.locked || s.text.includes(' ')) continue;
    const k = lastWordKey(s);
    if (surnames.has(k)) {
      s.score.PER += 4;
      const g = surnames.get(k);
      if (g && !s.gender) s.gender = g;
    }
  }
  // Pool the evidence of all forms of one name.
  const pooled = new Map<string, Record<EntityType, number>>();
  for (const s of scored) {
    if (s.contextual) continue; // its type is its own context's
    const k = keyOf(s);
    let sum = pooled.get(k);
    if (!sum) pooled.set(k, (sum = { PER: 0, ORG: 0, LOC: 0, MISC: 0 }));
    for (const t of TYPES) sum[t] += s.score[t];
  }
  const genders = new Map<string, 'm' | 'f'>();
  for (const s of scored) if (s.gender && !genders.has(keyOf(s))) genders.set(keyOf(s), s.gender);
  return scored.map((s) => {
    const type = s.locked ? bestType(s) : bestType({ score: pooled.get(keyOf(s))! });
    if (type === 'PER' && !s.gender) {
      const g = genders.get(keyOf(s));
      if (g) s.gender = g;
    }
    return type;
  });
}
