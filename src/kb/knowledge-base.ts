import type { Lang } from '../types.js';
import { normalizeAlias } from './normalize.js';
import type { KnowledgeBaseEntry } from './types.js';
import { validateEntry } from './validate.js';
import { ArrayEntryStore, LANG_BIT, LazyEntryStore, MapNameIndex, SortedNameIndex, type EntryStore, type NameIndex } from './name-index.js';

/**
 * A set of entities to link mentions to, indexed by normalised name.
 *
 * @example
 * ```ts
 * const kb = createKnowledgeBase([{ id: 'Q1', type: 'ORG', names: { uk: ['Рада'] } }]);
 * kb.lookup('рада')[0].id; // 'Q1'
 * ```
 */
export interface KnowledgeBase {
  /** Number of entries. */
  readonly size: number;
  /** The entry with this QID. */
  get(id: string): KnowledgeBaseEntry | undefined;
  /** Entries with a name or alias equal to `name` after {@link normalizeAlias}, most popular first. */
  lookup(name: string, lang?: Lang): readonly KnowledgeBaseEntry[];
  /** Every entry. */
  entries(): IterableIterator<KnowledgeBaseEntry>;
  /**
   * The entries that have roles (persons with offices), for resolving titles such as «речник Кремля».
   * Optional so that any object with `lookup` and `get` still serves as a knowledge base.
   */
  withRoles?(): readonly KnowledgeBaseEntry[];
  /**
   * Calls `visit` once per (normalised name, entry) pair with the languages that give the entry the
   * name, without parsing the entry: for building derived indexes (stem keys) quickly; get the
   * entry itself with {@link KnowledgeBase.get} only for the names that matter.
   */
  forEachName?(visit: (normalizedName: string, id: string, langs: readonly Lang[]) => void): void;
}

/** The languages of each combination of language bits (uk 1, ru 2, en 4). */
const LANGS_OF: readonly (readonly Lang[])[] = [0, 1, 2, 3, 4, 5, 6, 7].map((bits) => (['uk', 'ru', 'en'] as const).filter((l) => (bits & LANG_BIT[l]) !== 0));

class IndexedKnowledgeBase implements KnowledgeBase, NameSearch {
  private roleHolders: KnowledgeBaseEntry[] | undefined;

  constructor(
    private readonly store: EntryStore,
    private readonly names: NameIndex,
    private readonly roleIndices?: readonly number[],
  ) {}

  withRoles(): readonly KnowledgeBaseEntry[] {
    if (!this.roleHolders) {
      this.roleHolders = this.roleIndices
        ? this.roleIndices.map((i) => this.store.at(i))
        : [...this.entries()].filter((e) => (e.roles?.length ?? 0) > 0);
    }
    return this.roleHolders;
  }

  get size(): number {
    return this.store.size;
  }

  get(id: string): KnowledgeBaseEntry | undefined {
    const index = this.store.indexOf(id);
    return index === undefined ? undefined : this.store.at(index);
  }

  lookup(name: string, lang?: Lang): readonly KnowledgeBaseEntry[] {
    return this.lookupKey(normalizeAlias(name), lang);
  }

  lookupKey(key: string, lang?: Lang): readonly KnowledgeBaseEntry[] {
    const hits = this.names.hits(key);
    // A fresh plain array, not a shared frozen one: frozen arrays have their own hidden class, and
    // callers' optimised code that saw both kinds was thrown away (a deopt) on the first miss.
    if (!hits) return [];
    let chosen = hits;
    if (lang) {
      // Prefer the entries that carry the name in the text's language; fall back to any language
      // (a Russian spelling inside Ukrainian text still names the same entity).
      const bit = LANG_BIT[lang] ?? 0;
      const own = hits.filter((h) => (h.langs & bit) !== 0);
      if (own.length) chosen = own;
    }
    return chosen.map((h) => this.store.at(h.index));
  }

  beginsWords(words: string): boolean {
    return this.names.beginsWords(words);
  }

  *entries(): IterableIterator<KnowledgeBaseEntry> {
    for (let i = 0; i < this.store.size; i++) yield this.store.at(i);
  }

  forEachName(visit: (normalizedName: string, id: string, langs: readonly Lang[]) => void): void {
    this.names.forEach((name, hit) => visit(name, this.store.idAt(hit.index), LANGS_OF[hit.langs & 7]));
  }
}

/**
 * True for a knowledge base made by this module ({@link createKnowledgeBase}, the bundled one):
 * those never change once made, so what is read from them may be remembered across documents.
 * Any other object serving as a KB is read afresh every time.
 *
 * @example
 * ```ts
 * isImmutableKnowledgeBase(defaultKnowledgeBase());                      // true
 * isImmutableKnowledgeBase({ lookup: () => [], get: () => undefined, … }); // false
 * ```
 */
export function isImmutableKnowledgeBase(kb: KnowledgeBase): boolean {
  return kb instanceof IndexedKnowledgeBase;
}

/**
 * Lookups by names already normalised ({@link normalizeAlias}), for callers that try many guessed
 * names: no normalising again, and a guess whose first words begin no name can be skipped.
 *
 * @example
 * ```ts
 * const search = nameSearch(createKnowledgeBase([{ id: 'Q1', type: 'ORG', names: { uk: ['Білий дім'] } }]));
 * search?.beginsWords('білий');          // true: «білий дім» begins so
 * search?.beginsWords('білого');         // false
 * search?.beginsWords('білий дім');      // false: no name goes on after it
 * search?.lookupKey('білий дім')[0].id;  // 'Q1'
 * ```
 */
export interface NameSearch {
  /** Whether some normalised name begins with `words` (whole words) followed by a space. */
  beginsWords(words: string): boolean;
  /** {@link KnowledgeBase.lookup} of a name that is its own {@link normalizeAlias}. */
  lookupKey(key: string, lang?: Lang): readonly KnowledgeBaseEntry[];
}

/**
 * The {@link NameSearch} of a knowledge base made by this module; undefined for any other object
 * serving as a KB (only its `lookup` may be asked then).
 *
 * @example
 * ```ts
 * nameSearch(defaultKnowledgeBase())?.beginsWords('білий'); // true
 * nameSearch({ lookup: () => [], get: () => undefined, … }); // undefined
 * ```
 */
export function nameSearch(kb: KnowledgeBase): NameSearch | undefined {
  return kb instanceof IndexedKnowledgeBase ? kb : undefined;
}

/**
 * Builds a knowledge base from entries. Each entry is checked; a malformed one throws a
 * `TypeError` naming the entry and the field. A later entry with the same `id` replaces an earlier one,
 * so `createKnowledgeBase([...defaults, ...mine])` overrides defaults.
 *
 * @example
 * ```ts
 * const kb = createKnowledgeBase([
 *   { id: 'Q42', type: 'PER', gender: 'm', names: { en: ['Douglas Adams', 'Adams'] } },
 * ]);
 * kb.lookup('Douglas Adams')[0].id; // 'Q42'
 * ```
 */
export function createKnowledgeBase(entries: Iterable<KnowledgeBaseEntry>): KnowledgeBase {
  if (entries == null || typeof (entries as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new TypeError('createKnowledgeBase: expected an array (or iterable) of entries');
  }
  const checked: KnowledgeBaseEntry[] = [];
  let index = 0;
  for (const entry of entries) checked.push(validateEntry(entry, index++));
  const store = new ArrayEntryStore(checked);
  return new IndexedKnowledgeBase(store, new MapNameIndex(store));
}

/**
 * The bundled KB's storage as scripts/build-kb.mjs writes it: `entries` one JSON entry per line,
 * `ids[i]` the id on line i, `keys` normalizeAlias of every name sorted by code unit, `hits` for
 * each key in order [count, lineIndex, langBits, …] (most popular first), `roleHolders` the lines
 * of entries with roles.
 *
 * @example
 * ```ts
 * const data: PrecomputedKnowledgeBase = { entries: '{"id":"Q1",…}', ids: ['Q1'], keys: ['всесвіт'], hits: [1, 0, 1], roleHolders: [] };
 * ```
 */
export interface PrecomputedKnowledgeBase {
  entries: string;
  ids: readonly string[];
  keys: readonly string[];
  hits: readonly number[];
  roleHolders: readonly number[];
}

/**
 * Wraps a knowledge base that scripts/build-kb.mjs has already checked and indexed, so that
 * loading the bundled KB does no per-name work; each entry is parsed when first returned.
 * Internal: not re-exported from the package.
 *
 * @example
 * ```ts
 * const kb = createPrecomputedKnowledgeBase({ entries, ids, keys, hits, roleHolders });
 * ```
 */
export function createPrecomputedKnowledgeBase(data: PrecomputedKnowledgeBase): KnowledgeBase {
  return new IndexedKnowledgeBase(new LazyEntryStore(data.entries, data.ids), new SortedNameIndex(data.keys, data.hits), data.roleHolders);
}

/**
 * Parses knowledge-base entries from JSON Lines text (one entry per line, blank lines and
 * lines starting with `//` ignored), as `../kb/entities.jsonl` is written. A line that is not
 * valid JSON throws a `SyntaxError` naming the line; a malformed entry throws a `TypeError`.
 * Unknown fields (source, iso, …) are kept as they are and ignored by the library.
 *
 * @example
 * ```ts
 * const entries = parseKnowledgeBaseJsonl('{"id":"Q42","type":"PER","names":{"en":["Douglas Adams"]}}\n');
 * const kb = createKnowledgeBase(entries);
 * kb.get('Q42')?.names.en?.[0]; // 'Douglas Adams'
 * ```
 */
export function parseKnowledgeBaseJsonl(text: string): KnowledgeBaseEntry[] {
  if (typeof text !== 'string') throw new TypeError(`parseKnowledgeBaseJsonl: expected a string, got ${text === null ? 'null' : typeof text}`);
  const out: KnowledgeBaseEntry[] = [];
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('//')) continue;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (err) {
      throw new SyntaxError(`knowledge-base JSONL line ${lineNo}: ${(err as Error).message}`);
    }
    out.push(validateEntry(value, lineNo - 1));
  }
  return out;
}
