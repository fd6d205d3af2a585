import type { Lang } from '../types.js';
import { normalizeAlias } from './normalize.js';
import type { KnowledgeBaseEntry } from './types.js';
import { validateEntry } from './validate.js';

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
}

const NONE: readonly KnowledgeBaseEntry[] = Object.freeze([]);

class IndexedKnowledgeBase implements KnowledgeBase {
  private readonly byId = new Map<string, KnowledgeBaseEntry>();
  private readonly byAlias = new Map<string, KnowledgeBaseEntry[]>();
  private readonly byLangAlias = new Map<string, KnowledgeBaseEntry[]>();

  constructor(entries: Iterable<KnowledgeBaseEntry>) {
    for (const entry of entries) this.byId.set(entry.id, entry); // later entries override earlier ones by id
    for (const entry of this.byId.values()) this.index(entry);
    const byPopularity = (a: KnowledgeBaseEntry, b: KnowledgeBaseEntry) => (b.popularity ?? 0) - (a.popularity ?? 0);
    for (const list of this.byAlias.values()) list.sort(byPopularity);
    for (const list of this.byLangAlias.values()) list.sort(byPopularity);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): KnowledgeBaseEntry | undefined {
    return this.byId.get(id);
  }

  lookup(name: string, lang?: Lang): readonly KnowledgeBaseEntry[] {
    const key = normalizeAlias(name);
    if (lang) {
      const own = this.byLangAlias.get(`${lang}\u0000${key}`);
      if (own) return own;
    }
    return this.byAlias.get(key) ?? NONE;
  }

  entries(): IterableIterator<KnowledgeBaseEntry> {
    return this.byId.values();
  }

  private index(entry: KnowledgeBaseEntry): void {
    for (const [lang, names] of Object.entries(entry.names) as [Lang, string[]][]) {
      for (const name of names) {
        const key = normalizeAlias(name);
        add(this.byAlias, key, entry);
        add(this.byLangAlias, `${lang}\u0000${key}`, entry);
      }
    }
    for (const alias of entry.aliases ?? []) add(this.byAlias, normalizeAlias(alias), entry);
  }
}

function add(map: Map<string, KnowledgeBaseEntry[]>, key: string, entry: KnowledgeBaseEntry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
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
  return new IndexedKnowledgeBase(checked);
}
