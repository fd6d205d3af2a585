/**
 * English words around a name that say it is a company or a club, used by the recogniser's context
 * rules (src/entities/english/context.ts). Lower case. Written by hand for citata, no external source.
 *
 * @module
 */

/**
 * Nouns after "X's" that only a company has ("Kestrel's output", "Tolvar's shares"); a person has a
 * spokesman or a newspaper too, so those are not here.
 *
 * @example
 * ```ts
 * COMPANY_POSSESSIONS.has('shares'); // true
 * ```
 */
export const COMPANY_POSSESSIONS: ReadonlySet<string> = new Set([
  'shares', 'stock', 'subsidiary', 'unit', 'board', 'shareholders', 'profit', 'profits', 'earnings', 'revenue',
  'revenues', 'sales', 'output', 'division', 'stake', 'bid', 'directors', 'employees', 'workers', 'plant', 'factory',
  'management', 'executives', 'bonds', 'ceo',
]);

/**
 * Nouns before "of X" or "in X" that make X a company ("40 percent of Tolvar", "a stake in Brevik").
 *
 * @example
 * ```ts
 * COMPANY_OF_NOUNS.has('stake'); // true
 * ```
 */
export const COMPANY_OF_NOUNS: ReadonlySet<string> = new Set([
  'percent', 'stake', 'shares', 'share', 'stock', 'acquisition', 'subsidiary', 'unit', 'division', 'chairman',
  'shareholders', 'takeover', 'control', 'owner', 'owners', 'holding', 'interest',
]);

/**
 * Nouns right after a lone name that make it a company or a club even when the name is a known
 * person's ("Barlow stock closed down", "the Fulham defender").
 *
 * @example
 * ```ts
 * COMPANY_FOLLOWERS.has('stock'); // true
 * ```
 */
export const COMPANY_FOLLOWERS: ReadonlySet<string> = new Set([
  'shares', 'stock', 'stockholders', 'shareholders', 'defender', 'striker', 'midfielder', 'goalkeeper', 'shortstop',
  'pitcher', 'outfielder', 'batsman', 'bowler', 'playmaker',
]);
