/**
 * Surnames of the people a knowledge base knows ("Lavrov" from "Sergei Lavrov"), indexed once per
 * knowledge base: a lone surname opening a sentence ("Lavrov met Rubio") is then a person even when
 * the document names him nowhere else.
 *
 * @module
 */
import type { KnowledgeBase } from '../../kb/knowledge-base.js';

const CACHE = new WeakMap<KnowledgeBase, Map<string, 'm' | 'f' | null>>();

function build(kb: KnowledgeBase): Map<string, 'm' | 'f' | null> {
  const out = new Map<string, 'm' | 'f' | null>();
  for (const entry of kb.entries()) {
    if (entry.type !== 'PER') continue;
    for (const name of entry.names.en ?? []) {
      const space = name.lastIndexOf(' ');
      if (space < 0) continue;
      const last = name.slice(space + 1).toLowerCase();
      if (last.length < 3) continue;
      const gender = entry.gender ?? null;
      // two people of different gender with one surname: the surname tells no gender
      out.set(last, out.has(last) && out.get(last) !== gender ? null : gender);
    }
  }
  return out;
}

/**
 * The gender of the people the KB knows by this lower-cased surname: 'm', 'f', null when they
 * differ or the KB gives none, undefined when the KB knows no one by it.
 *
 * @example
 * ```ts
 * kbSurname(kb, 'lavrov'); // 'm'
 * ```
 */
export function kbSurname(kb: KnowledgeBase, lower: string): 'm' | 'f' | null | undefined {
  let index = CACHE.get(kb);
  if (!index) CACHE.set(kb, (index = build(kb)));
  return index.get(lower);
}
