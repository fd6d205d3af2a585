/**
 * Two-word media names cited without guillemets: «як повідомляла Українська правда», «за даними
 * Дзеркала тижня», «Українські Новини». Matched by stem, so every case form is found.
 *
 * @module
 */
import { MEDIA_NAMES as UK_MEDIA } from '../lang/uk/media.js';
import { isLowerWord, joined, type RunContext } from './context.js';
import { head3 } from './lexicon.js';
import { stemKey } from './stem.js';

// First-word stem → second-word stems; and the first three letters of the first words (as one
// number), so that almost every candidate is turned away before any stem is built.
const PAIRS = new Map<string, Set<string>>();
const FIRST_THREE = new Set<number>();
for (const name of UK_MEDIA) {
  const [a, b] = name.toLowerCase().split(' ') as [string, string];
  const key = stemKey(a);
  let set = PAIRS.get(key);
  if (!set) PAIRS.set(key, (set = new Set()));
  set.add(stemKey(b));
  FIRST_THREE.add(head3(a));
}

/**
 * The last token of a two-word media name that starts at word `first` (its second word either the
 * next capitalised word of the run or a lower-case word after it), or -1. Ukrainian only.
 *
 * @example
 * ```ts
 * // «Як повідомляла Українська правда, …», first at «Українська»
 * mediaEnd(ctx, first, -1); // index of «правда»
 * ```
 */
export function mediaEnd(ctx: RunContext, first: number, nextInRun: number): number {
  if (ctx.doc.lang !== 'uk') return -1;
  const lower = ctx.info[first]!.lower;
  if (lower.length < 3 || !FIRST_THREE.has(head3(lower))) return -1;
  const seconds = PAIRS.get(stemKey(lower));
  if (!seconds) return -1;
  const second = nextInRun >= 0 ? nextInRun : isLowerWord(ctx, first + 1) && joined(ctx, first, first + 1) ? first + 1 : -1;
  return second >= 0 && seconds.has(stemKey(ctx.info[second]!.lower)) ? second : -1;
}
