/**
 * Storage behind a knowledge base: where entries live and how names find them. Two kinds:
 * built from entries at run time (user KBs), or precomputed by scripts/build-kb.mjs (the
 * bundled KB, which must load in a few milliseconds: entries stay JSON text until asked for).
 *
 * @module
 */
import type { Lang } from '../types.js';
import { normalizeAlias } from './normalize.js';
import type { KnowledgeBaseEntry } from './types.js';

/**
 * A name's hit: the entry's position in the store and a bit per language giving it the name.
 *
 * @example
 * ```ts
 * const hit: Hit = { index: 42, langs: LANG_BIT.uk | LANG_BIT.ru };
 * ```
 */
export interface Hit {
  /** Position of the entry in its {@link EntryStore}. */
  index: number;
  /** uk 1, ru 2, en 4, any-language alias 8. */
  langs: number;
}

/**
 * Bits of {@link Hit.langs}; scripts/build-kb.mjs writes the same values.
 *
 * @example
 * ```ts
 * (hit.langs & LANG_BIT.en) !== 0; // the entry has this name in English
 * ```
 */
export const LANG_BIT: Readonly<Record<Lang, number>> = { uk: 1, ru: 2, en: 4 };
const ALIAS_BIT = 8;

/**
 * Entries by position and by id.
 *
 * @example
 * ```ts
 * const store: EntryStore = new ArrayEntryStore(entries);
 * store.at(store.indexOf('Q212')!).names.uk?.[0]; // 'Україна'
 * ```
 */
export interface EntryStore {
  readonly size: number;
  at(index: number): KnowledgeBaseEntry;
  /** The id of the entry at `index`, without parsing it. */
  idAt(index: number): string;
  indexOf(id: string): number | undefined;
}

/**
 * Normalised name → hits, most popular first.
 *
 * @example
 * ```ts
 * const index: NameIndex = new MapNameIndex(store);
 * index.hits('україна')?.[0].index; // position of Україна
 * ```
 */
export interface NameIndex {
  hits(key: string): readonly Hit[] | undefined;
  /** Whether some key begins with `words` followed by a space: 'білий' for 'білий дім'. */
  beginsWords(words: string): boolean;
  /** Every (key, hit) pair. */
  forEach(visit: (key: string, hit: Hit) => void): void;
}

/**
 * Entries held as objects; a later entry with an id replaces the earlier one.
 *
 * @example
 * ```ts
 * new ArrayEntryStore([{ id: 'Q1', type: 'LOC', names: { en: ['A'] } }]).size; // 1
 * ```
 */
export class ArrayEntryStore implements EntryStore {
  readonly list: KnowledgeBaseEntry[] = [];
  private readonly byId = new Map<string, number>();

  constructor(entries: Iterable<KnowledgeBaseEntry>) {
    for (const entry of entries) {
      const at = this.byId.get(entry.id);
      if (at === undefined) {
        this.byId.set(entry.id, this.list.length);
        this.list.push(entry);
      } else this.list[at] = entry;
    }
  }

  get size(): number {
    return this.list.length;
  }

  at(index: number): KnowledgeBaseEntry {
    return this.list[index];
  }

  idAt(index: number): string {
    return this.list[index].id;
  }

  indexOf(id: string): number | undefined {
    return this.byId.get(id);
  }
}

/**
 * Entries kept as JSON lines and parsed one by one on first access (the bundled KB).
 *
 * @example
 * ```ts
 * new LazyEntryStore('{"id":"Q1","type":"LOC","names":{"en":["A"]}}', ['Q1']).at(0).id; // 'Q1'
 * ```
 */
export class LazyEntryStore implements EntryStore {
  private readonly lines: string[];
  private readonly parsed: (KnowledgeBaseEntry | undefined)[];
  private byId: Map<string, number> | undefined;

  constructor(
    jsonl: string,
    private readonly ids: readonly string[],
  ) {
    this.lines = jsonl.split('\n');
    this.parsed = new Array<KnowledgeBaseEntry | undefined>(this.lines.length);
  }

  get size(): number {
    return this.ids.length;
  }

  at(index: number): KnowledgeBaseEntry {
    let entry = this.parsed[index];
    if (!entry) this.parsed[index] = entry = JSON.parse(this.lines[index]) as KnowledgeBaseEntry;
    return entry;
  }

  idAt(index: number): string {
    return this.ids[index];
  }

  indexOf(id: string): number | undefined {
    if (!this.byId) {
      this.byId = new Map();
      this.ids.forEach((x, i) => this.byId!.set(x, i));
    }
    return this.byId.get(id);
  }
}

/**
 * Indexes a store by {@link normalizeAlias} of every name and alias, most popular first.
 *
 * @example
 * ```ts
 * new MapNameIndex(new ArrayEntryStore(entries)).hits('київ');
 * ```
 */
export class MapNameIndex implements NameIndex {
  private readonly byName = new Map<string, Hit[]>();
  /** Every key's words before each of its spaces, made on first use (most KBs are never asked). */
  private wordPrefixes: Set<string> | undefined;

  constructor(store: ArrayEntryStore) {
    store.list.forEach((entry, index) => {
      for (const lang in entry.names) {
        const bit = LANG_BIT[lang as Lang] ?? 0;
        for (const name of entry.names[lang as Lang] ?? []) this.add(normalizeAlias(name), index, bit);
      }
      for (const alias of entry.aliases ?? []) this.add(normalizeAlias(alias), index, ALIAS_BIT);
    });
    const pop = (h: Hit) => store.at(h.index).popularity ?? 0;
    for (const hits of this.byName.values()) if (hits.length > 1) hits.sort((a, b) => pop(b) - pop(a));
  }

  hits(key: string): readonly Hit[] | undefined {
    return this.byName.get(key);
  }

  beginsWords(words: string): boolean {
    this.wordPrefixes ??= wordPrefixes(this.byName.keys());
    return this.wordPrefixes.has(words);
  }

  forEach(visit: (key: string, hit: Hit) => void): void {
    for (const [key, hits] of this.byName) for (const hit of hits) visit(key, hit);
  }

  private add(key: string, index: number, bit: number): void {
    const hits = this.byName.get(key);
    if (!hits) {
      this.byName.set(key, [{ index, langs: bit }]);
      return;
    }
    const same = hits.find((h) => h.index === index);
    if (same) same.langs |= bit;
    else hits.push({ index, langs: bit });
  }
}

/**
 * The build-time index: normalised names sorted by UTF-16 code unit, found by binary search (so
 * loading builds no Map), with flat hits [count, entryIndex, langBits, …] per key in key order.
 *
 * @example
 * ```ts
 * new SortedNameIndex(['київ', 'україна'], [1, 7, 1, 1, 3, 1]).hits('україна'); // [{ index: 3, langs: 1 }]
 * ```
 */
export class SortedNameIndex implements NameIndex {
  private readonly offsets: Int32Array;
  /**
   * Key → its position, and the words before each space of every key (as in {@link MapNameIndex}):
   * made once a process has asked {@link TABLES_AFTER} times, for a stream of documents looks up
   * tens of thousands of guessed names and a hash lookup is several times cheaper than a binary
   * search; the first documents (and a process that links one) search and build nothing.
   */
  private byKey: Map<string, number> | undefined;
  private wordPrefixes: Set<string> | undefined;
  private keyAsks = 0;
  private prefixAsks = 0;

  constructor(
    private readonly keys: readonly string[],
    private readonly flatHits: readonly number[],
  ) {
    // One pass to find where each key's hits start.
    this.offsets = new Int32Array(keys.length);
    let at = 0;
    for (let k = 0; k < keys.length; k++) {
      this.offsets[k] = at;
      at += 1 + 2 * flatHits[at];
    }
  }

  hits(key: string): readonly Hit[] | undefined {
    let k: number | undefined;
    if (this.byKey) k = this.byKey.get(key);
    else if (++this.keyAsks > TABLES_AFTER) {
      const byKey = new Map<string, number>();
      for (let i = 0; i < this.keys.length; i++) byKey.set(this.keys[i], i);
      this.byKey = byKey;
      k = byKey.get(key);
    } else {
      const at = this.lowerBound(key);
      k = at < this.keys.length && this.keys[at] === key ? at : undefined;
    }
    if (k === undefined) return undefined;
    const at = this.offsets[k];
    const out: Hit[] = [];
    for (let i = 0; i < this.flatHits[at]; i++) out.push({ index: this.flatHits[at + 1 + 2 * i], langs: this.flatHits[at + 2 + 2 * i] });
    return out;
  }

  beginsWords(words: string): boolean {
    if (this.wordPrefixes) return this.wordPrefixes.has(words);
    if (++this.prefixAsks > TABLES_AFTER) {
      this.wordPrefixes = wordPrefixes(this.keys);
      return this.wordPrefixes.has(words);
    }
    // A key that begins with the words and a space sorts first among those not below that prefix.
    const prefix = `${words} `;
    const at = this.lowerBound(prefix);
    return at < this.keys.length && this.keys[at].startsWith(prefix);
  }

  /** The position of the first key not below `s` in code-unit order. */
  private lowerBound(s: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid] < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  forEach(visit: (key: string, hit: Hit) => void): void {
    for (let k = 0; k < this.keys.length; k++) {
      const at = this.offsets[k];
      for (let i = 0; i < this.flatHits[at]; i++) visit(this.keys[k], { index: this.flatHits[at + 1 + 2 * i], langs: this.flatHits[at + 2 + 2 * i] });
    }
  }
}

/** Asks of a {@link SortedNameIndex} answered by binary search before it builds its hash tables. */
const TABLES_AFTER = 2000;

/**
 * Every key's words before each of its spaces: «сполучені штати америки» gives 'сполучені' and
 * 'сполучені штати' (asked without the space, so the asker need not build a string with it).
 */
function wordPrefixes(keys: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const key of keys) for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) set.add(key.slice(0, at));
  return set;
}
