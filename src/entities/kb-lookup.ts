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

// One stem index per knowledge base, built on first use: stem key of every Cyrillic name → entries.
const STEM_INDEX = new WeakMap<KnowledgeBase, Map<string, KnowledgeBaseEntry[]>>();

function stemIndex(kb: KnowledgeBase): Map<string, KnowledgeBaseEntry[]> {
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
      entries = stemIndex(kb).get(key) ?? [];
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
