/**
 * Knowledge-base look-ups of whole names, remembered: a name repeats within a document, and with a
 * knowledge base that cannot change (the bundled one) across documents too, so each distinct name
 * is looked up once. What is kept is only what the recogniser reads: the best entry's type and
 * gender and the ids of the first three entries.
 *
 * @module
 */
import { isImmutableKnowledgeBase, type KnowledgeBase } from '../../kb/knowledge-base.js';
import { normalizeAlias } from '../../kb/normalize.js';
import type { EntityType } from '../../types.js';
import { detach } from './detach.js';

/**
 * What the knowledge base says about a name.
 *
 * @example
 * ```ts
 * const hit: KbName = { type: 'PER', gender: 'm', ids: ['Q7747'] };
 * ```
 */
export interface KbName {
  /** Type of the best entry. */
  type: EntityType;
  /** Gender of the best entry, when it has one. */
  gender?: 'm' | 'f';
  /** Ids of the first three entries, best first (copy before handing out). */
  ids: readonly string[];
}

/** Names remembered per immutable KB; cleared when full so memory stays bounded on endless input. */
const MEMO = new WeakMap<KnowledgeBase, Map<string, KbName | null>>();
const LIMIT = 20_000;

/**
 * Every name and alias of an immutable KB (all languages, as lookup matches them), normalised and
 * lower-cased: most names in a new article are not in the KB, and one Set look-up tells so without
 * normalising the name and searching the KB's sorted keys. Built after BUILD_AFTER slow look-ups.
 */
const KEYS = new WeakMap<KnowledgeBase, Set<string> | number>();
/**
 * Look-ups to make the slow way before building the Set: building costs tens of milliseconds, which
 * a short job (one article) should not pay; a long one makes up for it within a few documents.
 */
const BUILD_AFTER = 500;

function buildKeys(kb: KnowledgeBase): Set<string> {
  const keys = new Set<string>();
  if (kb.forEachName) {
    // the KB's own index keys, without parsing its entries
    kb.forEachName((name) => keys.add(name.toLowerCase()));
    return keys;
  }
  for (const entry of kb.entries()) {
    for (const lang in entry.names) for (const name of entry.names[lang as keyof typeof entry.names] ?? []) keys.add(normalizeAlias(name).toLowerCase());
    for (const alias of entry.aliases ?? []) keys.add(normalizeAlias(alias).toLowerCase());
  }
  return keys;
}

/**
 * A character normalizeAlias may rewrite or that we do not vouch for, or white space it would fold:
 * a name without any is its own normalizeAlias up to letter case.
 */
const NOT_PLAIN = /[^A-Za-z0-9.&' -]|^ | $| {2}/;

/**
 * The table to remember look-ups in for one document: shared across documents for an immutable KB,
 * a fresh one (this document only) for any other.
 *
 * @example
 * ```ts
 * const table = kbNameTable(kb);
 * kbName(kb, table, 'Sergei Lavrov')?.type; // 'PER'
 * ```
 */
export function kbNameTable(kb: KnowledgeBase): Map<string, KbName | null> {
  if (!isImmutableKnowledgeBase(kb)) return new Map();
  let table = MEMO.get(kb);
  if (!table) {
    MEMO.set(kb, (table = new Map()));
    KEYS.set(kb, 0);
  }
  else if (table.size >= LIMIT) table.clear();
  return table;
}

/**
 * What the KB says about an English name, null when it knows no entry by it. `lower`, when given,
 * is the name in lower case (a word's, already made): it saves lower-casing the name again.
 *
 * @example
 * ```ts
 * kbName(kb, kbNameTable(kb), 'Marco Rubio')?.ids[0]; // the Wikidata id of Marco Rubio
 * ```
 */
export function kbName(kb: KnowledgeBase, table: Map<string, KbName | null>, name: string, lower?: string): KbName | null {
  let hit = table.get(name);
  if (hit !== undefined) return hit;
  let keys = KEYS.get(kb);
  if (typeof keys === 'number') KEYS.set(kb, (keys = keys < BUILD_AFTER ? keys + 1 : buildKeys(kb)));
  // normalizeAlias(name) of a plain name lower-cases to name.toLowerCase(): absent from the keys, no
  // entry has it (remembered like any other answer: the next mention costs one look-up)
  if (typeof keys === 'object' && !NOT_PLAIN.test(name) && !keys.has(lower !== undefined && lower.length === name.length ? lower : name.toLowerCase())) {
    table.set(detach(name), null);
    return null;
  }
  const found = kb.lookup(name, 'en');
  hit = null;
  if (found.length) {
    // every hit has the same fields, in one order: one hidden class for the code that reads them
    hit = { type: found[0].type, gender: found[0].gender || undefined, ids: found.slice(0, 3).map((e) => e.id) };
  }
  // the table may outlive the document: keep a copy of the name, not a view into the text
  table.set(detach(name), hit);
  return hit;
}
