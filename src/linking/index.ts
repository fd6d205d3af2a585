/**
 * Linking: mentions into entities, base names, speakers resolved, Wikidata ids.
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { FoundQuote, NameMention, ParsedDocument } from '../stages.js';
import type { Entity, Quote } from '../types.js';

/** Options for {@link linkDocument}. */
export interface LinkOptions {
  /** Knowledge base to link to; `null` for none. */
  kb: KnowledgeBase | null;
}

/** What linking returns. */
export interface LinkedDocument {
  /** Entities in order of first mention, ids 'e1', 'e2', …. */
  entities: Entity[];
  /** Quotes in text order with speakers as mentions of the entities. */
  quotes: Quote[];
}

/**
 * Groups names into entities and resolves speakers. STUB: one entity per distinct base form.
 */
export function linkDocument(_doc: ParsedDocument, names: readonly NameMention[], quotes: readonly FoundQuote[], _options: LinkOptions): LinkedDocument {
  const entities: Entity[] = [];
  const byBase = new Map<string, Entity>();
  for (const n of names) {
    let e = byBase.get(n.base);
    if (!e) {
      e = { id: `e${entities.length + 1}`, type: n.type, name: n.base, mentions: [] };
      byBase.set(n.base, e);
      entities.push(e);
    }
    e.mentions.push({ start: n.start, end: n.end, text: n.text, entityId: e.id, kind: 'name', base: n.base });
  }
  return { entities, quotes: quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: null, cue: q.cue && { start: q.cue.start, end: q.cue.end, text: q.cue.text, lemma: q.cue.lemma } })) };
}
