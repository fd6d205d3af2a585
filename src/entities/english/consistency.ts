/**
 * Document consistency: one name keeps one type across the document, a surname after a full name
 * is a person, and a capitalised word that only a sentence start or a headline vouches for stays
 * only if the document names it elsewhere.
 *
 * @module
 */
import type { EntityType } from '../../types.js';
import type { Segment } from './segment.js';
import type { EnWord } from './words.js';
import type { CaseEvidence } from './runs.js';

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const PARTICLE = /^(?:de|da|del|della|di|do|dos|das|du|van|von|der|den|ter|la|le|bin|ibn|al|el|y|ben|abu|of|the)$/;

function keyOf(words: readonly EnWord[], s: Segment): string {
  let k = words[s.a].lower;
  for (let i = s.a + 1; i < s.b; i++) k += ' ' + words[i].lower;
  return k;
}

/**
 * Makes the types of a document's segments agree, and drops unsupported sentence-initial guesses.
 * Returns the segments kept, in the same order.
 *
 * @example
 * ```ts
 * harmonise(words, segments, evidence); // "Simmons" after "Phil Simmons" becomes PER
 * ```
 */
export function harmonise(words: readonly EnWord[], segs: readonly Segment[], ev: CaseEvidence): Segment[] {
  const votes = new Map<string, number[]>();
  const personParts = new Map<string, 'm' | 'f' | undefined>();
  const supported = new Set<string>();
  const count = new Map<string, number>();
  const keys = segs.map((s) => keyOf(words, s));
  segs.forEach((s, i) => {
    const k = keys[i];
    let v = votes.get(k);
    if (!v) votes.set(k, (v = [0, 0, 0, 0]));
    v[TYPES.indexOf(s.type)] += s.team ? 100 : s.strong ? 3 : s.ctx ? 2 : 1;
    if (!s.needsEvidence) supported.add(k);
    count.set(k, (count.get(k) ?? 0) + 1);
    if (s.type === 'PER' && s.b - s.a > 1) {
      for (let j = s.a; j < s.b; j++) {
        const w = words[j];
        if (!PARTICLE.test(w.lower) && w.text.length > 2) personParts.set(w.lower, s.gender);
      }
    }
  });
  // on a sports page an unknown lone name that never stands in a full name is a club more often than a player
  let teams = 0;
  for (const s of segs) if (s.team) teams++;
  const sporty = teams >= 3;
  const out: Segment[] = [];
  segs.forEach((s, i) => {
    const k = keys[i];
    const single = s.b - s.a === 1;
    if (s.needsEvidence && !supported.has(k) && !ev.midCaps.has(k) && !(single && personParts.has(k))) return;
    if (s.plain && count.get(k)! < 2 && !personParts.has(k)) return;
    if (single && personParts.has(k) && (!s.strong || s.type === 'PER')) {
      out.push({ ...s, type: 'PER', gender: s.gender ?? personParts.get(k) });
      return;
    }
    if (s.fixed) {
      out.push(s);
      return;
    }
    const v = votes.get(k)!;
    if (sporty && single && !s.strong && s.type === 'PER' && v[0] <= 1 && !personParts.has(k)) {
      out.push({ ...s, type: 'ORG', gender: undefined });
      return;
    }
    let best = TYPES.indexOf(s.type);
    for (let t = 0; t < 4; t++) if (v[t] > v[best]) best = t;
    out.push(best === TYPES.indexOf(s.type) ? s : { ...s, type: TYPES[best], gender: TYPES[best] === 'PER' ? s.gender : undefined });
  });
  return out;
}
