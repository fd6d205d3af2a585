/**
 * Quotations: direct, partial and indirect speech, with cues and speakers.
 *
 * @module
 */
import type { FoundQuote, NameMention, ParsedDocument } from '../stages.js';

/**
 * Finds quotations in a parsed document. STUB: replaced by the real quote finder.
 */
export function findQuotes(_doc: ParsedDocument, _names: readonly NameMention[]): FoundQuote[] {
  return [];
}

export type { FoundQuote, FoundCue, ReferringMention } from '../stages.js';
