/**
 * English sports-report words the recogniser uses to tell a team from the place it is named after
 * ("Essex drew with Yorkshire"). Lower case. Written by hand for citata, no external source.
 *
 * @module
 */

/**
 * Result verbs that follow a team's name, one word or two ("beat", "lost to", "were held").
 *
 * @example
 * ```ts
 * RESULT_AFTER_VERBS.has('lost to'); // true
 * RESULT_AFTER_VERBS.has('said'); // false
 * ```
 */
export const RESULT_AFTER_VERBS: ReadonlySet<string> = new Set([
  'beat', 'beats', 'defeated', 'drew', 'draw', 'edged', 'routed', 'thrashed', 'crushed', 'overcame', 'outclassed',
  'hammered', 'stunned', 'upset', 'eliminated', 'lost to', 'lose to', 'were beaten', 'were held',
]);
