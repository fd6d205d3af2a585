/**
 * Knowledge-base look-ups of whole names, remembered: a name repeats within a document, and with a
 * knowledge base that cannot change (the bundled one) across documents too, so each distinct name
 * is looked up once. What is kept is only what the recogniser reads: the best entry's type and
 * gender and the ids of the first three entries.
 *
 * @module
 */
import { isImmutableKnowledgeBase, type KnowledgeBase } from '../../kb/knowledge-base.js';
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
  if (!table) MEMO.set(kb, (table = new Map()));
  else if (table.size >= LIMIT) table.clear();
  return table;
}

/**
 * What the KB says about an English name, null when it knows no entry by it.
 *
 * @example
 * ```ts
 * kbName(kb, kbNameTable(kb), 'Marco Rubio')?.ids[0]; // the Wikidata id of Marco Rubio
 * ```
 */
export function kbName(kb: KnowledgeBase, table: Map<string, KbName | null>, name: string): KbName | null {
  let hit = table.get(name);
  if (hit !== undefined) return hit;
  const found = kb.lookup(name, 'en');
  hit = null;
  if (found.length) {
    hit = { type: found[0].type, ids: found.slice(0, 3).map((e) => e.id) };
    if (found[0].gender) hit.gender = found[0].gender;
  }
  // the table may outlive the document: keep a copy of the name, not a view into the text
  table.set(detach(name), hit);
  return hit;
}
