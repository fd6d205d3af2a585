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

/**
 * Words of sports reports: with one result already read, a few of these make the page a sports page,
 * where a city or county is mostly a club.
 *
 * @example
 * ```ts
 * SPORT_WORDS.has('innings'); // true
 * ```
 */
export const SPORT_WORDS: ReadonlySet<string> = new Set([
  'match', 'matches', 'goal', 'goals', 'innings', 'wickets', 'wicket', 'homer', 'homered', 'homers', 'inning', 'pitcher',
  'halftime', 'half-time', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'batsman', 'bowler', 'semifinal',
  'quarterfinal', 'squad', 'seeded', 'tries', 'scored', 'championship', 'playoff', 'playoffs', 'touchdown', 'rbi',
  'doubleheader', 'fixture', 'fixtures', 'relegation', 'unbeaten', 'scoreless', 'equaliser', 'equalizer',
]);

/**
 * Players' positions and roles that follow a club's name ("Ipswich striker", "Yorkshire batsman").
 *
 * @example
 * ```ts
 * CLUB_NOUNS.has('striker'); // true
 * ```
 */
export const CLUB_NOUNS: ReadonlySet<string> = new Set([
  'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'batsman', 'bowler', 'all-rounder', 'skipper',
  'playmaker', 'winger', 'fullback', 'full-back', 'scrum-half', 'fly-half', 'flanker', 'forward', 'centre-back',
  'sweeper', 'pitcher', 'shortstop', 'outfielder', 'quarterback', 'wicketkeeper', 'seamer', 'spinner', 'opener',
  'teammate', 'team-mate',
]);
