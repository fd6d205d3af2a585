/**
 * Chooses one candidate per word so that all declining words of a name share a gender and case
 * (Сергія Лаврова: both masculine genitive; Верховної Ради: both feminine genitive). Scores each
 * of the 28 gender×case combinations (one pass over each word's candidates fills a score per
 * combination) and keeps the best total.
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

/** Scratch arrays for chooseAgreeing (one call at a time: JavaScript runs it to the end). */
const BEST = new Float64Array(COMBOS);
const TOTALS = new Float64Array(COMBOS);

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
  // One pass over each word's candidates fills its best score per combination (masks have few
  // bits), instead of scanning every candidate once per combination.
  TOTALS.fill(0);
  for (const cands of words) {
    BEST.fill(NO_CANDIDATE);
    for (const c of cands) {
      let m = c.mask;
      while (m !== 0) {
        const low = m & -m;
        const bit = 31 - Math.clz32(low);
        if (c.score > BEST[bit]!) BEST[bit] = c.score;
        m ^= low;
      }
    }
    // Summed word by word, in the same order for every combination.
    for (let bit = 0; bit < COMBOS; bit++) TOTALS[bit]! += BEST[bit]!;
  }
  let bestBit = -1;
  let bestTotal = -Infinity;
  for (const bit of bits) {
    const total = TOTALS[bit]!;
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
