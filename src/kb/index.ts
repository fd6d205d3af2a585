/**
 * The knowledge base: entities with Wikidata QIDs and uk/ru/en names.
 *
 * @module
 */
export { createKnowledgeBase, parseKnowledgeBaseJsonl, type KnowledgeBase } from './knowledge-base.js';
export { defaultKnowledgeBase } from './default.js';
export { normalizeAlias } from './normalize.js';
export { validateEntry } from './validate.js';
export type { KnowledgeBaseEntry, KnowledgeBaseRole } from './types.js';
