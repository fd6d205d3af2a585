/**
 * Chooses one candidate per word so that all declining words of a name share a gender and case
 * (Сергія Лаврова: both masculine genitive; Верховної Ради: both feminine genitive). Tries each
 * of the 28 gender×case combinations and keeps the best total score: a few dozen comparisons.
 *
 * @module
 */
import type { Candidate } from './rules.js';
import { CASES, COMBOS } from './tags.js';

/** Score of a word that has no candidate for a combination: kept as written, penalised. */
const NO_CANDIDATE = -8;

/**
 * Every combination, masculine nominative first (ties go to the earlier one).
 *
 * @example
 * ```ts
 * ALL_BITS.length; // 28
 * ```
 */
export const ALL_BITS: readonly number[] = Array.from({ length: COMBOS }, (_, i) => i);

const MALE_BITS = Array.from({ length: CASES.length }, (_, i) => i);
const FEMALE_BITS = Array.from({ length: CASES.length }, (_, i) => CASES.length + i);
const PERSON_BITS = [...MALE_BITS, ...FEMALE_BITS];

/**
 * Combinations allowed for a person: masculine and feminine, or only the known gender.
 *
 * @example
 * ```ts
 * personBits('f').length; // 7
 * ```
 */
export function personBits(gender: 'm' | 'f' | undefined): readonly number[] {
  return gender === 'm' ? MALE_BITS : gender === 'f' ? FEMALE_BITS : PERSON_BITS;
}

/**
 * The chosen base form per word (undefined: keep the word).
 *
 * @example
 * ```ts
 * chooseAgreeing([[{ base: 'Сергій', mask: 2, score: 6 }]], ALL_BITS); // ['Сергій']
 * ```
 */
export function chooseAgreeing(words: readonly Candidate[][], bits: readonly number[]): (string | undefined)[] {
  let bestBit = -1;
  let bestTotal = -Infinity;
  for (const bit of bits) {
    let total = 0;
    for (const cands of words) {
      let best = NO_CANDIDATE;
      for (const c of cands) if ((c.mask >>> bit) & 1 && c.score > best) best = c.score;
      total += best;
    }
    if (total > bestTotal) {
      bestTotal = total;
      bestBit = bit;
    }
  }
  return words.map((cands) => {
    let best: Candidate | undefined;
    for (const c of cands) if ((c.mask >>> bestBit) & 1 && (!best || c.score > best.score)) best = c;
    return best?.base;
  });
}

