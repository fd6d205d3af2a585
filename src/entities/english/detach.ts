/**
 * Copies of strings that are kept across documents. V8 makes a slice of 13 or more characters a
 * view into the whole string it was cut from: a remembered "administration" would keep its whole
 * document alive. Concatenating and slicing forces a flat copy of the characters alone.
 *
 * @module
 */

/** Below this length V8 copies a slice anyway. */
const SLICE_VIEW_MIN = 13;

/**
 * A string equal to `s` that holds no reference to a larger string.
 *
 * @example
 * ```ts
 * const doc = 'The administration said…';
 * detach(doc.slice(4, 18)) === 'administration'; // true, and `doc` may be collected
 * ```
 */
export function detach(s: string): string {
  return s.length < SLICE_VIEW_MIN ? s : (' ' + s).slice(1);
}
