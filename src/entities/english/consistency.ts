/**
 * Document consistency: one name keeps one type across the document, a surname after a full name
 * is a person, and a capitalised word that only a sentence start or a headline vouches for stays
 * only if the document names it elsewhere.
 *
 * @module
 */
import type { EntityType } from '../../types.js';
import type { Segment } from './segment.js';
import { B, type EnWords } from './words.js';
import { W } from './lexicon.js';
import { COMPANY_SUFFIXES } from '../../lang/en/organisations.js';
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

/**
 * The short names a company's full name (one that ends in a COMPANY_SUFFIXES word) gives ("Belmont International Inc" → "belmont international"
 * and "belmont"): its words before a legal-form suffix, and its first word when that is no ordinary word.
 */
function addShortNames(words: EnWords, s: Segment, into: Set<string>): void {
  const { lower, flags, bits } = words;
  // "Procter & Gamble Co": an ampersand's halves are no short names
  for (let i = s.a + 1; i < s.b; i++) if (bits[i] & B.AmpBefore) return;
  if (s.b - s.a > 2) {
    let k = lower[s.a];
    for (let i = s.a + 1; i < s.b - 1; i++) k += ' ' + lower[i];
    into.add(k);
  }
  if (!(flags[s.a] & (W.COMMON | W.FUNC | W.FIRST)) && words.text[s.a].length > 2) into.add(lower[s.a]);
}

/** Does the document's context (not a guess) make this lone word an organisation, and not a person? */
function orgLed(names: Map<string, NameStats>, first: string): boolean {
  const v = names.get(first)?.votes;
  return v !== undefined && v[1] >= 20 && v[0] < 20;
}

/** Records the words of a person's full name (not particles, not initials) with the name's gender. */
function addParts(words: EnWords, s: Segment, into: Map<string, 'm' | 'f' | undefined>): void {
  for (let j = s.a; j < s.b; j++) {
    const l = words.lower[j];
    if (!PARTICLES.has(l) && words.text[j].length > 2) into.set(l, s.gender);
  }
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
  // most documents need neither: made on first use
  let weakParts: Map<string, 'm' | 'f' | undefined> | undefined;
  let orgParts: Set<string> | undefined;
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
    // a bare guess counts only where nothing better speaks: one "percent of Tolvar" outweighs ten "Tolvar said"
    st.votes[typeIndex(s.type)] += s.team ? 1000 : s.strong ? 30 : s.ctx ? 20 : s.hint ? 2 : 1;
    if (!s.needsEvidence) st.supported = true;
    st.count++;
    if (s.team) teams++;
    if (s.type === 'ORG' && s.strong && s.b - s.a > 1 && COMPANY_SUFFIXES.has(words.lower[s.b - 1])) addShortNames(words, s, (orgParts ??= new Set()));
    // a weak guess ("Vantor Cables" typed PER for want of better) makes its words a person's only
    // where nothing better speaks of them ("giant Vantor" does)
    if (s.type === 'PER' && s.b - s.a > 1) addParts(words, s, s.strong || s.ctx ? personParts : (weakParts ??= new Map()));
  }
  if (weakParts) for (const [k, g] of weakParts) {
    const v = names.get(k)?.votes;
    if (!personParts.has(k) && (!v || (v[1] < 20 && v[2] < 20 && v[3] < 20))) personParts.set(k, g);
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
    if (s.plain && st.count < 2 && !personParts.has(k) && !s.team) continue;
    out.push(s);
    if (orgParts && !s.strong && !s.team && orgParts.has(k) && !personParts.has(k)) {
      s.type = 'ORG';
      s.gender = undefined;
      continue;
    }
    if (single && personParts.has(k) && (!s.strong || s.type === 'PER')) {
      s.gender = s.gender ?? personParts.get(k);
      s.type = 'PER';
      continue;
    }
    if (s.fixed) continue;
    // "Vantor Cables" guessed a person, where "giant Vantor" and "Vantor shares" are a company
    if (!single && s.type === 'PER' && !s.strong && !s.ctx && orgLed(names, words.lower[s.a])) {
      s.type = 'ORG';
      s.gender = undefined;
      continue;
    }
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
