/**
 * Coordinated names share a type: in «Галич, Бурштин, Рогатин», «вул. Горького, Якубовського,
 * Соборна» or «Одеську, Херсонську та Запорізьку» the names whose type is certain lend it to the
 * ones whose type is a guess. Runs on the scores before document consistency.
 *
 * @module
 */
import type { EntityType } from '../types.js';
import { isLowerWord, type RunContext } from './context.js';
import { bestType, type Scored } from './typing.js';

const SEPARATORS = new Set([',', 'і', 'й', 'та', 'або', 'чи', 'и', 'или']);
const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
// How far ahead of the runner-up a type must be for a guess to count as certain.
const SURE_MARGIN = 3;
const BONUS = 3;
const REFLEXIVE = /(?:ся|сь)$/u;

/**
 * Adds the list's certain type to the uncertain members of every list of two or more names.
 *
 * @example
 * ```ts
 * // «Галич, Бурштин, Рогатин»: Галич and Бурштин are known places, Рогатин a guess
 * shareListTypes(ctx, scored); // Рогатин's LOC score grows by 3
 * ```
 */
export function shareListTypes(ctx: RunContext, scored: Scored[]): void {
  let start = 0;
  for (let i = 1; i <= scored.length; i++) {
    if (i < scored.length && listed(ctx, scored[i - 1]!, scored[i]!)) continue;
    if (i - start >= 2) settleList(scored, start, i);
    start = i;
  }
}

/** True when only list separators (a comma, «і», «та» …) on one line stand between two names. */
function listed(ctx: RunContext, a: Scored, b: Scored): boolean {
  if (a.cand.partOf !== undefined || b.cand.partOf !== undefined) return false;
  let from = a.cand.last + 1;
  // A quoted name ends before its closing mark, an initial before its full stop: skip those.
  while (from < b.cand.first && ctx.tokens[from]!.end <= a.cand.end) from++;
  const gap = b.cand.first - from;
  if (gap < 1 || gap > 2) return false;
  for (let k = from; k < b.cand.first; k++) if (!SEPARATORS.has(ctx.info[k]!.lower)) return false;
  if (subjectAfterBody(ctx, a, b)) return false;
  const text = ctx.doc.text;
  for (let c = a.cand.end; c < b.cand.start; c++) if (text.charCodeAt(c) === 10) return false;
  return true;
}

/**
 * «…підписала угоду з асоціацією, Ашіг Масіх звернувся…»: after a certain organisation, a
 * comma and a full name followed by a verb open a new clause whose subject the name is.
 */
function subjectAfterBody(ctx: RunContext, a: Scored, b: Scored): boolean {
  if (!a.locked || bestType(a) !== 'ORG' || b.cand.words.length < 2 || b.cand.source !== 'cap') return false;
  const next = b.cand.last + 1;
  if (!isLowerWord(ctx, next)) return false;
  const verb = ctx.info[next]!.lower;
  // A reflexive verb (звернувся, домовилась) is tested without its -ся/-сь.
  return ctx.lex.patterns.VERB_ENDING.test(REFLEXIVE.test(verb) ? verb.slice(0, -2) : verb);
}

function sureType(s: Scored): EntityType | undefined {
  let best: EntityType = 'PER';
  for (const t of TYPES) if (s.score[t] > s.score[best]) best = t;
  if (s.locked) return best;
  for (const t of TYPES) if (t !== best && s.score[best] - s.score[t] < SURE_MARGIN) return undefined;
  return best;
}

function settleList(scored: Scored[], from: number, to: number): void {
  let type: EntityType | undefined;
  for (let i = from; i < to; i++) {
    const t = sureType(scored[i]!);
    if (!t) continue;
    if (type && t !== type) return; // a mixed list: leave every member to its own evidence
    type = t;
  }
  if (!type) return;
  for (let i = from; i < to; i++) if (!scored[i]!.locked && sureType(scored[i]!) === undefined) scored[i]!.score[type] += BONUS;
}
