import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

let cached: KnowledgeBase | undefined;

/**
 * The knowledge base that ships with citata, built on first use (not at import) so that
 * code which never links pays nothing for it.
 *
 * @example
 * ```ts
 * const kb = defaultKnowledgeBase();
 * kb.lookup('Україна', 'uk')[0]?.id; // 'Q212'
 * ```
 */
export function defaultKnowledgeBase(): KnowledgeBase {
  // TODO(linking): load the bundled data (src/kb/data) once it is generated.
  cached ??= createKnowledgeBase([]);
  return cached;
}
