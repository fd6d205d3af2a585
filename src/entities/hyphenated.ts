/**
 * Two names joined by a hyphen in one token («Путін-Трамп», «Київ-Варшава»), split in two when
 * each part is known on its own.
 *
 * @module
 */
import type { Candidate } from './candidates.js';
import type { RunContext } from './context.js';
import { stemKey } from './stem.js';

const UPPER_FIRST = /^\p{Lu}/u;

/**
 * «Путін-Трамп»: two names joined by a hyphen, each known on its own. Pushes both parts and
 * returns true; false (and nothing pushed) otherwise.
 *
 * @example
 * ```ts
 * splitHyphenated(ctx, i, out); // true for «Путін-Трамп» when both are known
 * ```
 */
export function splitHyphenated(ctx: RunContext, i: number, out: Candidate[]): boolean {
  const t = ctx.tokens[i]!;
  const dash = t.text.indexOf('-');
  if (dash < 2 || dash > t.text.length - 3 || t.text.indexOf('-', dash + 1) >= 0) return false;
  const a = t.text.slice(0, dash);
  const b = t.text.slice(dash + 1);
  if (!UPPER_FIRST.test(b)) return false;
  const known = (s: string) => ctx.seen.has(stemKey(s.toLowerCase())) && ctx.kb(s) !== undefined || ctx.lex.firstNames.has(s) || standalone(ctx, s);
  if (!known(a) || !known(b)) return false;
  out.push({ start: t.start, end: t.start + dash, first: i, last: i, words: [i], source: 'part', shapeType: undefined, partOf: i });
  out.push({ start: t.start + dash + 1, end: t.end, first: i, last: i, words: [i], source: 'part', shapeType: undefined, partOf: i });
  return true;
}

// A word the document capitalises as a word of its own (its stem among the «seen» stems, from a
// token that is not this hyphenated one), or a KB person.
function standalone(ctx: RunContext, s: string): boolean {
  const hit = ctx.kb(s);
  if (hit && hit.type === 'PER') return true;
  return ctx.seen.has(stemKey(s.toLowerCase()));
}
