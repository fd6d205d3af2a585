/**
 * Named-entity recognition: names with types and base forms.
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { NameMention, ParsedDocument } from '../stages.js';

/** Options for {@link recognizeNames}. */
export interface RecognizeOptions {
  /** Knowledge base used to type names; `null` for none. */
  kb: KnowledgeBase | null;
}

/**
 * Finds the names in a parsed document. STUB: replaced by the real recogniser.
 */
export function recognizeNames(_doc: ParsedDocument, _options: RecognizeOptions): NameMention[] {
  return [];
}

export type { NameMention } from '../stages.js';
