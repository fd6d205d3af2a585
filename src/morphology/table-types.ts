/**
 * Shapes of the declension tables that src/lang/<code>/declension.ts write as data.
 *
 * @module
 */

/**
 * One declension rule: [inflected suffix, nominative replacement, tags, weight, scope?].
 * Tags: `m:gen,acc f:nom` (genders m f n p, cases nom gen dat acc ins loc voc or `all`).
 * Scope: 'P' persons only, 'L' places and organisations only.
 *
 * @example
 * ```ts
 * const row: RuleRow = ['ові', '', 'm:dat,loc', 6]; // Трампові → Трамп
 * ```
 */
export type RuleRow = readonly [suffix: string, replacement: string, tags: string, weight: number, scope?: 'P' | 'L'];

/**
 * A language's declension data.
 *
 * @example
 * ```ts
 * const table: DeclensionTable = { nouns: [['а', '', 'm:gen,acc', 3]], adjectives: [], indeclinable: ['Баку'], feminineSurnameEndings: ['ой'] };
 * ```
 */
export interface DeclensionTable {
  /** Noun paradigms (first names, surnames, head nouns of places and organisations). */
  readonly nouns: readonly RuleRow[];
  /** Adjective paradigms (adjectival surnames, adjectives before a head noun). */
  readonly adjectives: readonly RuleRow[];
  /** Names that never decline although they end like an inflected form. */
  readonly indeclinable: readonly string[];
  /** Oblique endings only a feminine surname in -а takes (Захаровой): evidence of a woman. */
  readonly feminineSurnameEndings: readonly string[];
}
