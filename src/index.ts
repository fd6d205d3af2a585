/**
 * citata: who said what in news text.
 *
 * ```ts
 * import { extract } from 'citata';
 * const doc = extract(text, { lang: 'auto' });
 * doc.entities; // people, organisations, places, other names — one per real-world entity
 * doc.quotes;   // quotations with their speakers and cues
 * ```
 *
 * @module
 */
export { extract, createExtractor, type Extractor } from './extract.js';
export type { ExtractOptions } from './options.js';
export { createKnowledgeBase, defaultKnowledgeBase, normalizeAlias, parseKnowledgeBaseJsonl, type KnowledgeBase, type KnowledgeBaseEntry, type KnowledgeBaseRole } from './kb/index.js';
export type { Cue, Entity, EntityType, Extraction, Lang, LangOption, Mention, MentionKind, Quote, QuoteKind, Span } from './types.js';
