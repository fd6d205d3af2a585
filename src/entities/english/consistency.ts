/**
 * Document consistency: one name keeps one type across the document, a surname after a full name
 * is a person, and a capitalised word that only a sentence start or a headline vouches for stays
 * only if the document names it elsewhere.
 *
 * @module
 */
import type { EntityType } from '../../types.js';
import type { Segment } from './segment.js';
import type { EnWords } from './words.js';
import type { CaseEvidence } from './runs.js';

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
/** Particles and joiners inside a person's name: never a name part of their own. */
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'ben', 'abu', 'of', 'the']);

/** What the document says about one name (its lower-cased words): one Map entry instead of four. */
interface NameStats {
  /** Weighted votes per type, in TYPES order. */
  votes: [number, number, number, number];
  /** Some mention stands without needing the document's support. */
  supported: boolean;
  /** Number of mentions. */
  count: number;
}

function keyOf(lower: readonly string[], s: Segment): string {
  let k = lower[s.a];
  for (let i = s.a + 1; i < s.b; i++) k += ' ' + lower[i];
  return k;
}

function typeIndex(t: EntityType): number {
  return t === 'PER' ? 0 : t === 'ORG' ? 1 : t === 'LOC' ? 2 : 3;
}

/**
 * Makes the types of a document's segments agree, and drops unsupported sentence-initial guesses.
 * Returns the segments kept, in the same order; a segment whose type changes is retyped in place
 * (the caller reads the segments only through the result).
 *
 * @example
 * ```ts
 * harmonise(words, segments, evidence); // "Simmons" after "Phil Simmons" becomes PER
 * ```
 */
export function harmonise(words: EnWords, segs: readonly Segment[], ev: CaseEvidence): Segment[] {
  const names = new Map<string, NameStats>();
  const personParts = new Map<string, 'm' | 'f' | undefined>();
  const stats: NameStats[] = new Array(segs.length);
  const keys: string[] = new Array(segs.length);
  let teams = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const k = keyOf(words.lower, s);
    keys[i] = k;
    let st = names.get(k);
    if (!st) names.set(k, (st = { votes: [0, 0, 0, 0], supported: false, count: 0 }));
    stats[i] = st;
    st.votes[typeIndex(s.type)] += s.team ? 100 : s.strong ? 3 : s.ctx ? 2 : 1;
    if (!s.needsEvidence) st.supported = true;
    st.count++;
    if (s.team) teams++;
    if (s.type === 'PER' && s.b - s.a > 1) {
      for (let j = s.a; j < s.b; j++) {
        const l = words.lower[j];
        if (!PARTICLES.has(l) && words.text[j].length > 2) personParts.set(l, s.gender);
      }
    }
  }
  // on a sports page an unknown lone name that never stands in a full name is a club more often than a player
  const sporty = teams >= 3;
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const k = keys[i];
    const st = stats[i];
    const single = s.b - s.a === 1;
    if (s.needsEvidence && !st.supported && !ev.midCaps.has(k) && !(single && personParts.has(k))) continue;
    if (s.plain && st.count < 2 && !personParts.has(k)) continue;
    out.push(s);
    if (single && personParts.has(k) && (!s.strong || s.type === 'PER')) {
      s.gender = s.gender ?? personParts.get(k);
      s.type = 'PER';
      continue;
    }
    if (s.fixed) continue;
    const v = st.votes;
    if (sporty && single && !s.strong && s.type === 'PER' && v[0] <= 1 && !personParts.has(k)) {
      s.type = 'ORG';
      s.gender = undefined;
      continue;
    }
    const own = typeIndex(s.type);
    let best = own;
    for (let t = 0; t < 4; t++) if (v[t] > v[best]) best = t;
    if (best !== own) {
      s.type = TYPES[best];
      if (s.type !== 'PER') s.gender = undefined;
    }
  }
  return out;
}
