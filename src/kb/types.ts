/**
 * Knowledge-base entry types.
 *
 * @module
 */
import type { EntityType, Lang } from '../types.js';

/**
 * A role an entity holds or held, in each language's words, with dates where the source has them.
 *
 * @example
 * ```ts
 * const role: KnowledgeBaseRole = { uk: 'міністр закордонних справ Росії', en: 'Minister of Foreign Affairs of Russia', country: 'Q159', from: '2004', to: null };
 * ```
 */
export interface KnowledgeBaseRole {
  /** Ukrainian wording. */
  uk?: string;
  /** Russian wording. */
  ru?: string;
  /** English wording. */
  en?: string;
  /** QID of the organisation the role belongs to (a ministry, a party), where the source gives it. */
  org?: string;
  /** QID of the country the role belongs to. */
  country?: string;
  /** First year (or date) of the role. */
  from?: string | null;
  /** Last year (or date) of the role; null while it lasts. */
  to?: string | null;
}

/**
 * One entity in a knowledge base.
 *
 * @example
 * ```ts
 * const entry: KnowledgeBaseEntry = {
 *   id: 'Q7747', type: 'PER', gender: 'm',
 *   names: { uk: ['Володимир Путін', 'Путін'], ru: ['Владимир Путин'], en: ['Vladimir Putin'] },
 * };
 * ```
 */
export interface KnowledgeBaseEntry {
  /** Wikidata QID. */
  id: string;
  /** Entity type. */
  type: EntityType;
  /** Names per language; the first of each list is the preferred base form. */
  names: Partial<Record<Lang, string[]>>;
  /** Further aliases in any language. */
  aliases?: string[];
  /** Roles held, with dates. */
  roles?: KnowledgeBaseRole[];
  /** Gender of a person. */
  gender?: 'm' | 'f';
  /** QID of the entity's country. */
  country?: string;
  /** A prior for choosing between entries with the same alias: larger is more popular. */
  popularity?: number;
  /** Finer kind: country, city, region, person, organization, media, … */
  kind?: string;
  /** Adjectives derived from the name, per language ('Ukrainian'), for context such as «the Ukrainian president». */
  adjectives?: Partial<Record<Lang, string[]>>;
}
