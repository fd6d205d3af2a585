import { DEFAULT_KB_ENTRIES_JSONL, DEFAULT_KB_HITS_JSON, DEFAULT_KB_IDS, DEFAULT_KB_KEYS, DEFAULT_KB_ROLE_HOLDERS } from './data/default-entries.js';
import { createPrecomputedKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

let cached: KnowledgeBase | undefined;

/**
 * The knowledge base that ships with citata (5,739 entities with verified Wikidata QIDs and
 * uk/ru/en names: countries, territories, regions, cities, international bodies, newsmakers),
 * loaded on first use (not at import) so that code which never links pays nothing for it.
 * Its name index is built at build time (scripts/build-kb.mjs) and each entry is parsed when first
 * returned. Sources and licences: src/kb/SOURCES.md.
 *
 * @example
 * ```ts
 * const kb = defaultKnowledgeBase();
 * kb.lookup('Україна', 'uk')[0]?.id; // 'Q212'
 * kb.lookup('Georgia', 'en')[0]?.kind; // 'country' (before the US state: popularity prior)
 * ```
 */
export function defaultKnowledgeBase(): KnowledgeBase {
  cached ??= createPrecomputedKnowledgeBase({
    entries: DEFAULT_KB_ENTRIES_JSONL,
    ids: DEFAULT_KB_IDS.split('\n'),
    keys: DEFAULT_KB_KEYS.split('\n'),
    hits: JSON.parse(DEFAULT_KB_HITS_JSON) as number[],
    roleHolders: DEFAULT_KB_ROLE_HOLDERS,
  });
  return cached;
}
