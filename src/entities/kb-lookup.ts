/**
 * Knowledge-base lookups for candidate names, by exact alias first and then by stem key, so that
 * inflected forms (Україні, Лаврова, Будапешті) find their nominative entries. Results are cached per
 * knowledge base: a name is looked up once however often it occurs, in one document or many.
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KnowledgeBaseEntry } from '../kb/types.js';
import type { EntityType } from '../types.js';
import { nameKey } from './stem.js';

/**
 * What the knowledge base says about a name.
 *
 * @example
 * ```ts
 * const hit: KbHit = { type: 'LOC', ids: ['Q212'], exact: false, kind: 'country' }; // «Україні»
 * ```
 */
export interface KbHit {
  /** Type of the best entry. */
  readonly type: EntityType;
  /** Ids of the matching entries, best first. */
  readonly ids: readonly string[];
  /** Gender of the best entry, for persons. */
  readonly gender?: 'm' | 'f';
  /** Finer kind of the best entry (country, city, region, person, media, …). */
  readonly kind?: string;
  /** True when the text matched a name exactly (not only by stem). */
  readonly exact: boolean;
}

const ALL_CAPS = /^[\p{Lu}\d.&-]+$/u;
const BLUR = /\*/g;

// Stem lookups without indexing every name up front (that cost 50–300 ms on the first call).
// One pass over the KB's prebuilt name index files each normalised name under its first two
// letters, and only the buckets a query can hit get their stem keys computed. A stem key keeps
// the name's first two letters except where they were blurred (*) or folded (ц→к, з→г, с→х), so
// the query's key tells which buckets can hold a match. Candidates found this way are then
// checked against the entries' own names, exactly as a full index would see them.
interface StemBuckets {
  /** First two letters of a normalised name → the names, each once. */
  readonly raw: Map<string, string[]>;
  /** First two letters → stem key of the normalised name → names with it (computed on first use). */
  readonly keyed: Map<string, Map<string, string[]>>;
  /** Stem key → matching entries, most popular first. */
  readonly answers: Map<string, readonly KnowledgeBaseEntry[]>;
}

const BUCKETS = new WeakMap<KnowledgeBase, StemBuckets | null>();
const YO_ALL = /ё/g;
const ALTERNANTS = ['і', 'ї', 'о', 'е', 'є'];
const UNFOLD = new Map([['к', 'ц'], ['г', 'з'], ['х', 'с']]);

function bucketsOf(kb: KnowledgeBase): StemBuckets | null {
  let b = BUCKETS.get(kb);
  if (b !== undefined) return b;
  if (!kb.forEachName) {
    BUCKETS.set(kb, null);
    return null;
  }
  const raw = new Map<string, string[]>();
  // The prebuilt index visits names sorted, one visit per entry: consecutive visits mostly share
  // the name or at least its bucket, so the common case is two character compares.
  let last = '';
  let h0 = -1;
  let h1 = -1;
  let bucket: string[] = [];
  kb.forEachName((name) => {
    if (name === last) return;
    last = name;
    if (name.charCodeAt(0) !== h0 || name.charCodeAt(1) !== h1) {
      h0 = name.charCodeAt(0);
      h1 = name.charCodeAt(1);
      const head = name.slice(0, 2);
      let list = raw.get(head);
      if (!list) raw.set(head, (list = []));
      bucket = list;
    }
    bucket.push(name);
  });
  b = { raw, keyed: new Map(), answers: new Map() };
  BUCKETS.set(kb, b);
  return b;
}

/** The letters that can stand at position `p` of a name whose stem key is `key`. */
function lettersAt(key: string, p: number): readonly string[] {
  const c = key[p];
  if (c === undefined) return [''];
  if (c === '*') return ALTERNANTS;
  const unfold = UNFOLD.get(c);
  // Folding touches only the last letter of the first word's stem.
  if (unfold && (key[p + 1] === undefined || key[p + 1] === ' ')) return [c, unfold];
  return [c];
}

function keyedBucket(b: StemBuckets, head: string): Map<string, string[]> | undefined {
  let keyed = b.keyed.get(head);
  if (keyed) return keyed;
  const list = b.raw.get(head);
  if (!list) return undefined;
  keyed = new Map();
  for (const name of list) {
    const k = nameKey(name);
    const names = keyed.get(k);
    if (!names) keyed.set(k, [name]);
    else names.push(name); // each name is in its bucket once
  }
  b.keyed.set(head, keyed);
  return keyed;
}

function hasStemName(entry: KnowledgeBaseEntry, key: string): boolean {
  for (const names of [entry.names.uk, entry.names.ru, entry.aliases]) {
    if (names) for (const name of names) if (!ALL_CAPS.test(name) && nameKey(name) === key) return true;
  }
  return false;
}

function stemEntries(kb: KnowledgeBase, key: string): readonly KnowledgeBaseEntry[] {
  const b = bucketsOf(kb);
  if (!b) return fullStemIndex(kb).get(key) ?? [];
  const known = b.answers.get(key);
  if (known) return known;
  const folded = key.replace(YO_ALL, 'е');
  const out: KnowledgeBaseEntry[] = [];
  const seen = new Set<KnowledgeBaseEntry>();
  for (const c0 of lettersAt(folded, 0)) {
    for (const c1 of lettersAt(folded, 1)) {
      for (const name of keyedBucket(b, c0 + c1)?.get(folded) ?? []) {
        for (const entry of kb.lookup(name)) {
          if (seen.has(entry)) continue;
          seen.add(entry);
          // The bucket key came from the normalised name; the entry's own names decide.
          if (hasStemName(entry, key)) out.push(entry);
        }
      }
    }
  }
  out.sort((x, y) => (y.popularity ?? 0) - (x.popularity ?? 0));
  if (b.answers.size >= MAX_CACHED) b.answers.clear();
  b.answers.set(key, out);
  return out;
}

// A knowledge base that cannot list its names cheaply gets one full stem index, built on first
// use: stem key of every Cyrillic name → entries.
const STEM_INDEX = new WeakMap<KnowledgeBase, Map<string, KnowledgeBaseEntry[]>>();

function fullStemIndex(kb: KnowledgeBase): Map<string, KnowledgeBaseEntry[]> {
  let index = STEM_INDEX.get(kb);
  if (index) return index;
  index = new Map();
  for (const entry of kb.entries()) {
    const names = [...(entry.names.uk ?? []), ...(entry.names.ru ?? []), ...(entry.aliases ?? [])];
    for (const name of names) {
      if (ALL_CAPS.test(name)) continue; // abbreviations match exactly or not at all
      const key = nameKey(name);
      const list = index.get(key);
      if (!list) index.set(key, [entry]);
      else if (!list.includes(entry)) list.push(entry);
    }
  }
  for (const list of index.values()) list.sort((a, b) => (b.popularity ?? 0) - (a.popularity ?? 0));
  STEM_INDEX.set(kb, index);
  return index;
}

// Answers per knowledge base and language, shared by all documents: a knowledge base does not
// change, and news repeats the same names from one story to the next. Cleared when it grows large.
const SHARED = new WeakMap<KnowledgeBase, Map<string, Map<string, KbHit | null>>>();
const MAX_CACHED = 100_000;

function sharedCache(kb: KnowledgeBase, lang: string): Map<string, KbHit | null> {
  let byLang = SHARED.get(kb);
  if (!byLang) SHARED.set(kb, (byLang = new Map()));
  let cache = byLang.get(lang);
  if (!cache) byLang.set(lang, (cache = new Map()));
  return cache;
}

/**
 * A lookup function over a knowledge base (or none).
 *
 * @example
 * ```ts
 * const find = kbFinder(kb, 'uk');
 * find('Україні')?.type; // 'LOC'
 * ```
 */
export function kbFinder(kb: KnowledgeBase | null, lang: 'uk' | 'ru'): (name: string) => KbHit | undefined {
  if (!kb) return () => undefined;
  const cache = sharedCache(kb, lang);
  return (name: string) => {
    const known = cache.get(name);
    if (known !== undefined) return known === null ? undefined : known;
    if (cache.size >= MAX_CACHED) cache.clear();
    let exact = true;
    let entries: readonly KnowledgeBaseEntry[] = kb.lookup(name, lang);
    const key = nameKey(name);
    // Short stems collide with ordinary words; only a stem of three letters or more is trusted.
    if (entries.length === 0 && !ALL_CAPS.test(name) && key.replace(BLUR, '').length >= 3) {
      entries = stemEntries(kb, key);
      exact = false;
    }
    const best = entries[0];
    const hit: KbHit | undefined = best
      ? { type: best.type, ids: entries.map((e) => e.id), exact, ...(best.gender ? { gender: best.gender } : {}), ...(best.kind ? { kind: best.kind } : {}) }
      : undefined;
    cache.set(name, hit ?? null);
    return hit;
  };
}

const KNOWN = new WeakMap<KnowledgeBase, Map<string, boolean>>();

/**
 * True when the knowledge base has `form` as a name in any language (answers cached per
 * knowledge base, shared by all documents).
 *
 * @example
 * ```ts
 * kbKnows(kb, 'Лавров'); // true when the KB lists Сергій Лавров with the alias «Лавров»
 * ```
 */
export function kbKnows(kb: KnowledgeBase, form: string): boolean {
  let cache = KNOWN.get(kb);
  if (!cache) KNOWN.set(kb, (cache = new Map()));
  let k = cache.get(form);
  if (k === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(form, (k = kb.lookup(form).length > 0));
  }
  return k;
}
