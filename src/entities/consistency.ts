/**
 * Document consistency: one entity keeps one type throughout a document. Mentions that share a
 * stem key (Лавров, Лаврова, Лаврову) pool their evidence; a lone surname takes the person reading
 * of a full name it ends («Сергій Лавров» … «Лавров»), and shares its gender.
 *
 * @module
 */
import type { EntityType } from '../types.js';
import type { RunContext } from './context.js';
import { stemKey } from './stem.js';
import { bestType, type Scored } from './typing.js';

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const SPACES = /\s+/;
const ALL_CAPS_END = /\s\p{Lu}+$/u;
const APOSTROPHES = /[’ʼ`]/g;

/**
 * The stem key of the candidate's last whitespace-separated word. When that word is exactly its
 * last token, capitalised (so that `lower` is the whole word lower-cased), the token's lower-case
 * form is used instead of splitting and lower-casing the text again.
 */
function lastWordKey(ctx: RunContext, s: Scored): string {
  const c = s.cand;
  const last = c.words[c.words.length - 1]!;
  const t = ctx.tokens[last]!;
  const f = ctx.info[last]!;
  if (c.source !== 'part' && f.cap && t.end === c.end && (t.start === c.start || isSpace(ctx.doc.text.charCodeAt(t.start - 1)))) return stemKey(f.lower);
  const words = s.text.split(SPACES);
  return stemKey(words[words.length - 1]!.toLowerCase().replace(APOSTROPHES, "'"));
}

/** Whitespace as `\s` knows it, for the characters that separate words of a name. */
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 9 || c === 10 || c === 13 || c === 0x202f || c === 0x2009;
}

/**
 * Settles each candidate's type using the whole document, and returns the types in input order.
 *
 * @example
 * ```ts
 * const types = settleTypes(ctx, scored); // ['PER', 'LOC', 'PER', …]
 * ```
 */
export function settleTypes(ctx: RunContext, scored: readonly Scored[]): EntityType[] {
  lendSurnames(ctx, scored);
  const pooled = poolScores(scored);
  const genders = genderByKey(scored);
  return scored.map((s) => {
    const type = s.locked ? bestType(s) : bestType({ score: pooled.get(s.key)! });
    if (type === 'PER' && !s.gender) {
      const g = genders.get(s.key);
      if (g) s.gender = g;
    }
    return type;
  });
}

/** Full personal names lend their reading (and gender) to lone surnames. */
function lendSurnames(ctx: RunContext, scored: readonly Scored[]): void {
  const surnames = new Map<string, 'm' | 'f' | undefined>();
  for (const s of scored) {
    if (s.text.includes(' ') && !s.contextual && bestType(s) === 'PER' && s.score.PER >= 3 && !ALL_CAPS_END.test(s.text)) {
      const k = lastWordKey(ctx, s);
      if (!surnames.has(k) || s.gender) surnames.set(k, s.gender);
    }
  }
  if (surnames.size === 0) return;
  for (const s of scored) {
    if (s.locked || s.text.includes(' ')) continue;
    const k = lastWordKey(ctx, s);
    if (surnames.has(k)) {
      s.score.PER += 4;
      const g = surnames.get(k);
      if (g && !s.gender) s.gender = g;
    }
  }
}

/** Sums the evidence of all forms of one name (by stem key); a contextual mention keeps its own. */
function poolScores(scored: readonly Scored[]): Map<string, Record<EntityType, number>> {
  const pooled = new Map<string, Record<EntityType, number>>();
  for (const s of scored) {
    if (s.contextual) continue; // its type is its own context's
    let sum = pooled.get(s.key);
    if (!sum) pooled.set(s.key, (sum = { PER: 0, ORG: 0, LOC: 0, MISC: 0 }));
    for (const t of TYPES) sum[t] += s.score[t];
  }
  return pooled;
}

/** The first gender known for each stem key. */
function genderByKey(scored: readonly Scored[]): Map<string, 'm' | 'f'> {
  const genders = new Map<string, 'm' | 'f'>();
  for (const s of scored) if (s.gender && !genders.has(s.key)) genders.set(s.key, s.gender);
  return genders;
}
