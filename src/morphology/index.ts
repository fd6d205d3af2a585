/**
 * Base forms of names (nominative singular) from hand-written declension rules.
 * STUB: the real implementation lives beside this file; language rule tables in src/lang/<code>/.
 *
 * @module
 */
import type { EntityType, Lang } from '../types.js';

/**
 * Evidence from the document: word forms seen elsewhere in it (and KB names), used to choose
 * between candidate base forms ('Лаврова' → 'Лавров' is confirmed when 'Лавров' occurs).
 */
export interface NameEvidence {
  /** True when this exact word form (case-sensitive) occurs in the document or the KB. */
  has(form: string): boolean;
}

/** What is known about the name being lemmatised. */
export interface BaseFormOptions {
  /** Language of the text (a Russian name inside Ukrainian text is still lemmatised with `lang: 'uk'`; the rules try both). */
  lang: Lang;
  /** The entity type: persons, places and organisations decline differently. */
  type: EntityType;
  /** Gender when known (from a first name, a title, an agreeing verb). */
  gender?: 'm' | 'f';
  /** Document and KB evidence. */
  evidence?: NameEvidence;
}

/**
 * Returns the base form of a (possibly multi-word) name: 'Сергія Лаврова' → 'Сергій Лавров',
 * 'Білого дому' → 'Білий дім', 'Алясці' → 'Аляска', 'Рубіо' → 'Рубіо'.
 *
 * @example
 * ```ts
 * baseFormOfName('Сергія Лаврова', { lang: 'uk', type: 'PER' }); // 'Сергій Лавров'
 * ```
 */
export function baseFormOfName(text: string, _options: BaseFormOptions): string {
  return text;
}
