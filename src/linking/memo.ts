/**
 * Bounded memo tables for the pure string functions of linking (stem keys, role-word matches):
 * names and title words repeat within a document and across the articles of a batch, and these
 * functions are hot. A table that grows past its bound is emptied, so memory stays bounded
 * whatever the input; results never depend on what is cached.
 *
 * @module
 */
import { isImmutableKnowledgeBase, type KnowledgeBase } from '../kb/knowledge-base.js';
import type { Lang } from '../types.js';

/** Entries kept per table before it is emptied (a few MB at most). */
const LIMIT = 20_000;

/**
 * A memo table for a pure one-argument string function.
 *
 * @example
 * ```ts
 * const upper = new Memo((s: string) => s.toUpperCase());
 * upper.get('київ'); // 'КИЇВ' (computed once, then read back)
 * ```
 */
export class Memo<V> {
  /** Values by key; an undefined value is kept as {@link UNDEFINED}, so one `get` tells a miss. */
  private readonly table = new Map<string, V | typeof UNDEFINED>();

  constructor(
    private readonly compute: (key: string) => V,
    private readonly limit: number = LIMIT,
  ) {}

  /** The function's value for `key`, computed on first use. */
  get(key: string): V {
    const t = this.table;
    const v = t.get(key);
    if (v !== undefined) return v === UNDEFINED ? (undefined as V) : (v as V);
    const computed = this.compute(key);
    if (t.size >= this.limit) t.clear();
    t.set(key, computed === undefined ? UNDEFINED : computed);
    return computed;
  }
}

/** Stands for a remembered undefined in {@link Memo}'s table. */
const UNDEFINED: unique symbol = Symbol('undefined');

/**
 * Values computed from a knowledge base, per KB and language, kept across documents — only for
 * KBs that cannot change ({@link isImmutableKnowledgeBase}); for any other KB nothing is kept and
 * every call computes afresh. Each table is bounded like {@link Memo}.
 *
 * @example
 * ```ts
 * const countries = new KbMemo<string>();
 * countries.get(kb, 'uk', 'Росія', () => kb.lookup('Росія', 'uk')[0]?.id ?? 'росія'); // 'Q159'
 * ```
 */
export class KbMemo<V> {
  private readonly tables = new WeakMap<KnowledgeBase, Map<Lang, Map<string, V>>>();

  constructor(private readonly limit: number = LIMIT) {}

  /** The value for `key`, computed by `compute` unless remembered for this KB and language. */
  get(kb: KnowledgeBase, lang: Lang, key: string, compute: () => V): V {
    if (!isImmutableKnowledgeBase(kb)) return compute();
    let perLang = this.tables.get(kb);
    if (!perLang) this.tables.set(kb, (perLang = new Map()));
    let table = perLang.get(lang);
    if (!table) perLang.set(lang, (table = new Map()));
    let v = table.get(key);
    if (v === undefined && !table.has(key)) {
      v = compute();
      if (table.size >= this.limit) table.clear();
      table.set(key, v);
    }
    return v as V;
  }
}

/**
 * Like {@link KbMemo}, keyed by three strings in turn (type, text, base of a name) rather than one
 * joined key: the parts are strings the document already has, so no key is built and hashed per call.
 *
 * @example
 * ```ts
 * const candidates = new KbPathMemo<string[]>();
 * candidates.get(kb, 'uk', 'LOC', 'Росії', 'Росія', () => kb.lookup('Росія', 'uk').map((e) => e.id)); // ['Q159']
 * ```
 */
export class KbPathMemo<V> {
  private readonly tables = new WeakMap<KnowledgeBase, Map<Lang, { size: number; root: Map<string, Map<string, Map<string, V>>> }>>();

  constructor(private readonly limit: number = LIMIT) {}

  /** The value for the key path, computed by `compute` unless remembered for this KB and language. */
  get(kb: KnowledgeBase, lang: Lang, a: string, b: string, c: string, compute: () => V): V {
    if (!isImmutableKnowledgeBase(kb)) return compute();
    let perLang = this.tables.get(kb);
    if (!perLang) this.tables.set(kb, (perLang = new Map()));
    let table = perLang.get(lang);
    if (!table) perLang.set(lang, (table = { size: 0, root: new Map() }));
    let byB = table.root.get(a);
    if (!byB) table.root.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (!byC) byB.set(b, (byC = new Map()));
    let v = byC.get(c);
    if (v === undefined && !byC.has(c)) {
      v = compute();
      if (table.size >= this.limit) {
        table.root.clear();
        table.size = 0;
        table.root.set(a, (byB = new Map()));
        byB.set(b, (byC = new Map()));
      }
      byC.set(c, v);
      table.size++;
    }
    return v as V;
  }
}
