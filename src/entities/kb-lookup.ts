/**
 * Knowledge-base lookups for candidate names, by exact alias first and then by stem key, so that
 * inflected forms (Україні, Лаврова, Будапешті) find their nominative entries. Results are cached per
 * knowledge base: a name is looked up once however often it occurs, in one document or many. Most
 * words asked about are no name at all: a set of hashes of the KB's names turns them away before
 * the KB's own search.
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

// Stem lookups without indexing every name up front (that cost 50–300 ms on the first call).
// One pass over the KB's prebuilt name index files each normalised name under its first two
// letters, and only the buckets a query can hit get their stem keys computed. A stem key keeps
// the name's first two letters except where they were blurred (*) or folded (ц→к, з→г, с→х), so
// the query's key tells which buckets can hold a match. Candidates found this way are then
// checked against the entries' own names, exactly as a full index would see them.
interface StemBuckets {
  /**
   * {@link fnv} of every normalised name of the KB: most words asked about are no name, and the
   * hash of their normalised form, read from the char codes, says so without the KB's search.
   * Made once {@link HASH_AFTER} names have been asked about, so that a short run (one
   * document) does not pay for hashing every name.
   */
  hashes: ReadonlySet<number> | undefined;
  /** Names asked about before the hashes were made. */
  asked: number;
  readonly kb: KnowledgeBase;
  /** First two letters of a normalised name → the names, each once. */
  readonly raw: Map<string, string[]>;
  /** First two letters → stem key of the normalised name → names with it (computed on first use). */
  readonly keyed: Map<string, Map<string, string[]>>;
  /** Stem key → matching entries, most popular first. */
  readonly answers: Map<string, readonly KnowledgeBaseEntry[]>;
}

const NONE: readonly KnowledgeBaseEntry[] = [];
const NO_NAMES: readonly string[] = [];
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
  b = { hashes: undefined, asked: 0, kb, raw, keyed: new Map(), answers: new Map() };
  BUCKETS.set(kb, b);
  return b;
}

/** FNV-1a hash of a string's char codes, kept to 30 bits (a small integer). */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h & 0x3fffffff;
}

/**
 * {@link fnv} of the KB's normalised form of `name` (what `normalizeAlias` makes of it: lower
 * case), read from the char codes without building that string; -1 when the name needs the full
 * normalisation (five letters or fewer, where abbreviations keep their case; apostrophes, ё and
 * spaces to fold; letters outside basic Latin and Cyrillic).
 */
function aliasHash(name: string): number {
  const n = name.length;
  if (n <= 5) return -1;
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) {
    let c = name.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) c += 32;
      else if (c < 0x20 || c === 0x27 || c === 0x60) return -1;
      else if (c === 0x20 && (i === 0 || i === n - 1 || name.charCodeAt(i + 1) === 0x20)) return -1;
    } else if (c >= 0x410 && c <= 0x42f) c += 32;
    else if (c >= 0x430 && c <= 0x45f) {
      if (c === 0x451) return -1; // ё
    } else if (c >= 0x400 && c <= 0x40f) {
      if (c === 0x401) return -1; // Ё
      c += 80;
    } else if (c === 0x490) c = 0x491; // Ґ
    else if (c !== 0x491) return -1;
    h = Math.imul(h ^ c, 16777619);
  }
  return h & 0x3fffffff;
}

/**
 * False when the KB surely has no name `name` (after `normalizeAlias`); true when it may
 * have it, and `kb.lookup` decides.
 */
function mayHaveAlias(b: StemBuckets, name: string): boolean {
  let hashes = b.hashes;
  if (!hashes) {
    if (++b.asked < HASH_AFTER) return true;
    hashes = b.hashes = hashesOf(b.kb);
  }
  const h = aliasHash(name);
  return h < 0 || hashes.has(h);
}

/** How many names are looked up before the KB's names are hashed (a few documents' worth). */
const HASH_AFTER = 2000;

function hashesOf(kb: KnowledgeBase): ReadonlySet<number> {
  const hashes = new Set<number>();
  let last = '';
  kb.forEachName!((name) => {
    if (name === last) return;
    last = name;
    hashes.add(fnv(name));
  });
  return hashes;
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
  const folded = key.indexOf('ё') < 0 ? key : key.replace(YO_ALL, 'е');
  const out: KnowledgeBaseEntry[] = [];
  const seen = new Set<KnowledgeBaseEntry>();
  let scanned = false;
  for (const c0 of lettersAt(folded, 0)) {
    for (const c1 of lettersAt(folded, 1)) {
      const names = keyedBucket(b, c0 + c1)?.get(folded);
      if (names) scanned = true;
      for (const name of names ?? NO_NAMES) {
        for (const entry of kb.lookup(name)) {
          if (seen.has(entry)) continue;
          seen.add(entry);
          // The bucket key came from the normalised name; the entry's own names decide.
          if (hasStemName(entry, key)) out.push(entry);
        }
      }
    }
  }
  // A key no bucket name has costs a few map reads to answer again: only answers that took
  // entry lookups are kept (unseen text asks about many such keys once).
  if (!scanned) return out;
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
  if (!kb) return NO_FINDER;
  const cache = sharedCache(kb, lang);
  const find = (name: string): KbHit | undefined => {
    const known = cache.get(name);
    if (known !== undefined) return known === null ? undefined : known;
    if (cache.size >= MAX_CACHED) cache.clear();
    let exact = true;
    const b = bucketsOf(kb);
    let entries: readonly KnowledgeBaseEntry[] = b === null || mayHaveAlias(b, name) ? kb.lookup(name, lang) : NONE;
    if (entries.length === 0 && !ALL_CAPS.test(name)) {
      const key = nameKey(name);
      // Short stems collide with ordinary words; only a stem of three letters or more is trusted.
      if (unblurredLength(key) >= 3) {
        entries = stemEntries(kb, key);
        exact = false;
      }
    }
    const best = entries[0];
    let hit: KbHit | undefined;
    if (best) {
      // Built field by field in the order the spread form had: no temporary objects per hit.
      const h: { type: EntityType; ids: string[]; exact: boolean; gender?: 'm' | 'f'; kind?: string } = { type: best.type, ids: entries.map((e) => e.id), exact };
      if (best.gender) h.gender = best.gender;
      if (best.kind) h.kind = best.kind;
      hit = h;
    }
    cache.set(name, hit ?? null);
    return hit;
  };
  EXACT.set(find, (name) => {
    const b = bucketsOf(kb);
    return (b === null || mayHaveAlias(b, name)) && kb.lookup(name).length > 0;
  });
  return find;
}

/** Length of a stem key without its blur marks (*). */
function unblurredLength(key: string): number {
  let n = key.length;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 0x2a) n--;
  return n;
}

const NO_FINDER = (): KbHit | undefined => undefined;
/** Exact-name tests of the finders that have a name set, for {@link kbHasExact}. */
const EXACT = new WeakMap<(name: string) => KbHit | undefined, (name: string) => boolean>();

/**
 * True when the finder's knowledge base has `name` exactly (what `find(name)?.exact` says), without
 * the stem lookup a miss would cost: for callers that only ask whether a pair of words is one name.
 *
 * @example
 * ```ts
 * const find = kbFinder(kb, 'uk');
 * kbHasExact(find, 'Нью Йорк'); // true when the KB lists «Нью Йорк»
 * ```
 */
export function kbHasExact(find: (name: string) => KbHit | undefined, name: string): boolean {
  const exact = EXACT.get(find);
  return exact ? exact(name) : find(name)?.exact === true;
}

const KNOWN = new WeakMap<KnowledgeBase, Map<string, boolean>>();

/** The per-knowledge-base cache of {@link kbKnows} answers. */
function knownCache(kb: KnowledgeBase): Map<string, boolean> {
  let cache = KNOWN.get(kb);
  if (!cache) KNOWN.set(kb, (cache = new Map()));
  return cache;
}

/** `kb.lookup(form)` finds something; answers cached. */
function lookedUp(kb: KnowledgeBase, cache: Map<string, boolean>, form: string): boolean {
  let k = cache.get(form);
  if (k === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(form, (k = kb.lookup(form).length > 0));
  }
  return k;
}

/**
 * {@link kbKnows} bound to one knowledge base, for a caller that asks about many forms.
 *
 * @example
 * ```ts
 * const knows = kbNameTest(kb);
 * knows('Лавров'); // true when the KB lists the alias «Лавров»
 * ```
 */
export function kbNameTest(kb: KnowledgeBase): (form: string) => boolean {
  const cache = knownCache(kb);
  return (form) => {
    const b = bucketsOf(kb);
    return (b === null || mayHaveAlias(b, form)) && lookedUp(kb, cache, form);
  };
}

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
  // Most forms are no name, and their hash says so without a search or a cache entry.
  const b = bucketsOf(kb);
  if (b && !mayHaveAlias(b, form)) return false;
  return lookedUp(kb, knownCache(kb), form);
}
