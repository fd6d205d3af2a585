/**
 * Named-entity recognition: names with types and base forms.
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { NameMention, ParsedDocument } from '../stages.js';
import { recognizeCyrillicNames } from './cyrillic.js';
import { recognizeEnglishNames } from './english.js';

/**
 * Options for {@link recognizeNames}.
 *
 * @example
 * ```ts
 * const options: RecognizeOptions = { kb: null };
 * ```
 */
export interface RecognizeOptions {
  /** Knowledge base used to type names; `null` for none. */
  kb: KnowledgeBase | null;
}

/**
 * Finds the names in a parsed document, each with its type and base form, in text order.
 *
 * @example
 * ```ts
 * import { parse } from 'citata/parser';
 * import { recognizeNames } from 'citata/entities';
 * recognizeNames(parse('Сергія Лаврова запитали.', 'uk'), { kb: null })[0].base; // 'Сергій Лавров'
 * ```
 */
export function recognizeNames(doc: ParsedDocument, options: RecognizeOptions): NameMention[] {
  return doc.lang === 'en' ? recognizeEnglishNames(doc, options) : recognizeCyrillicNames(doc, options);
}

export type { NameMention } from '../stages.js';
