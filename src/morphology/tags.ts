/**
 * Gender×case bit masks for declension rules: 4 genders/numbers (m, f, n, p) × 7 cases = 28 bits,
 * so agreement between the words of a name is one AND per pair instead of set operations.
 *
 * @module
 */

/**
 * Genders (and plural) in bit order.
 *
 * @example
 * ```ts
 * GENDERS.indexOf('f'); // 1
 * ```
 */
export const GENDERS = ['m', 'f', 'n', 'p'] as const;
/**
 * Cases in bit order.
 *
 * @example
 * ```ts
 * CASES.indexOf('gen'); // 1
 * ```
 */
export const CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'voc'] as const;

/**
 * Number of gender×case combinations (bits in a mask).
 *
 * @example
 * ```ts
 * COMBOS; // 28
 * ```
 */
export const COMBOS = GENDERS.length * CASES.length;

/** Mask with every case of one gender set. */
const ALL_CASES = (1 << CASES.length) - 1;

/**
 * Mask of all cases of a gender.
 *
 * @example
 * ```ts
 * genderMask('f'); // bits 7..13
 * ```
 */
export function genderMask(gender: (typeof GENDERS)[number]): number {
  return ALL_CASES << (GENDERS.indexOf(gender) * CASES.length);
}

/**
 * Parses `m:gen,acc f:nom` (or `m:all`) into a bit mask. Called only while tables compile.
 *
 * @example
 * ```ts
 * parseTags('m:nom f:nom') === ((1 << 0) | (1 << 7)); // true
 * ```
 */
export function parseTags(tags: string): number {
  let mask = 0;
  for (const group of tags.split(' ')) {
    if (!group) continue;
    const [g, cases] = group.split(':') as [string, string | undefined];
    const gi = GENDERS.indexOf(g as (typeof GENDERS)[number]);
    if (gi < 0 || !cases) throw new Error(`bad declension tag: ${group}`);
    for (const c of cases.split(',')) {
      if (c === 'all') mask |= ALL_CASES << (gi * CASES.length);
      else {
        const ci = CASES.indexOf(c as (typeof CASES)[number]);
        if (ci < 0) throw new Error(`bad case in declension tag: ${group}`);
        mask |= 1 << (gi * CASES.length + ci);
      }
    }
  }
  return mask;
}
