/**
 * English titles that stand before a person's name ("Foreign Minister Sergei Lavrov",
 * "Secretary of State Marco Rubio", "Mr Smith"). The recogniser strips them off the name's span.
 * Written by hand for citata (CC0-style, no external source).
 *
 * @module
 */

/**
 * Title heads: a capitalised run that holds one of these keeps only the words after it as the person.
 *
 * @example
 * ```ts
 * TITLE_HEADS.has('minister'); // true
 * ```
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'madam', 'madame', 'monsieur',
  'mme', 'herr', 'frau', 'signor', 'senor', 'señor', 'rev', 'reverend', 'father', 'sister', 'brother', 'rabbi', 'imam',
  'sheikh', 'sheik', 'ayatollah', 'cardinal', 'archbishop', 'bishop', 'pope', 'patriarch', 'metropolitan',
  'president', 'vice-president', 'chairman', 'chairwoman', 'chair', 'chief', 'premier', 'minister', 'secretary',
  'secretary-general', 'chancellor', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'gov',
  'mayor', 'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'speaker', 'leader', 'king', 'queen',
  'prince', 'princess', 'emperor', 'empress', 'tsar', 'czar', 'sultan', 'emir', 'shah', 'crown', 'duke', 'duchess',
  'count', 'countess', 'baron', 'baroness', 'judge', 'justice', 'magistrate', 'prosecutor', 'attorney', 'commissioner',
  'general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'commander', 'cmdr',
  'admiral', 'adm', 'sergeant', 'sgt', 'corporal', 'cpl', 'private', 'marshal', 'brigadier', 'officer', 'inspector',
  'detective', 'constable', 'superintendent', 'coach', 'manager', 'director', 'ceo', 'executive', 'founder', 'editor',
  'correspondent', 'analyst', 'economist', 'chairperson', 'deputy', 'presidential', 'candidate', 'nominee', 'counsel',
  'aide', 'adviser', 'advisor', 'treasurer', 'registrar', 'dean', 'rector', 'provost', 'principal', 'champion',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'batsman', 'bowler', 'skipper', 'player', 'driver',
  'rider', 'veteran', 'star', 'actor', 'actress', 'singer', 'writer', 'author', 'novelist', 'poet', 'artist',
  'fullback', 'winger', 'flanker', 'scrum-half', 'fly-half', 'broker', 'dealer', 'pitcher', 'catcher', 'shortstop',
  'outfielder', 'infielder', 'quarterback', 'wicketkeeper', 'all-rounder', 'seamer', 'spinner', 'off-spinner',
  'leg-spinner', 'opener', 'playmaker', 'sweeper', 'major-general', 'lieutenant-general', 'lieutenant-colonel',
  'brigadier-general', 'rear-admiral', 'vice-admiral', 'sub-lieutenant',
]);

/**
 * Titles held in a company or a club ("CEO", "chairman", "striker"): an unknown word right before
 * one is the employer ("Zentrix CEO Paul Baker", "Fulham defender Joe Bright"), not a country.
 *
 * @example
 * ```ts
 * EMPLOYER_TITLES.has('ceo'); // true
 * ```
 */
export const EMPLOYER_TITLES: ReadonlySet<string> = new Set([
  'ceo', 'chairman', 'chairwoman', 'chairperson', 'director', 'executive', 'managing', 'chief', 'spokesman', 'spokeswoman',
  'spokesperson', 'analyst', 'economist', 'founder', 'editor', 'correspondent', 'coach', 'manager', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'forward', 'batsman', 'bowler', 'skipper', 'player', 'captain', 'pitcher',
  'playmaker', 'fullback', 'winger', 'flanker', 'scrum-half', 'fly-half', 'shortstop', 'outfielder', 'quarterback',
  'all-rounder', 'keeper', 'broker', 'dealer', 'treasurer',
]);

/**
 * Words that may come before a title head inside one capitalised run ("Prime", "Foreign", "Deputy",
 * "Defence" in "Deputy Defence Minister"), or between the head and a domain ("Secretary of State").
 *
 * @example
 * ```ts
 * TITLE_MODIFIERS.has('foreign'); // true
 * ```
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'foreign', 'deputy', 'vice', 'first', 'acting', 'former', 'ex', 'late', 'new', 'then', 'senior', 'junior',
  'assistant', 'associate', 'under', 'executive', 'managing', 'general', 'chief', 'head', 'interim', 'caretaker',
  'defence', 'defense', 'interior', 'home', 'finance', 'economy', 'economics', 'trade', 'justice', 'health', 'education',
  'energy', 'culture', 'labour', 'labor', 'agriculture', 'transport', 'environment', 'state', 'treasury', 'war',
  'industry', 'information', 'communications', 'security', 'intelligence', 'budget', 'commerce', 'development',
  'economic', 'emergencies', 'sports', 'sport', 'tourism', 'housing', 'science', 'technology', 'immigration',
  'attorney', 'surgeon', 'solicitor', 'white', 'house', 'press', 'supreme', 'grand', 'crown', 'opposition',
  'party', 'team', 'club', 'national', 'federal', 'regional', 'provincial', 'city', 'county', 'district', 'central',
  'bank', 'army', 'navy', 'air', 'force', 'military', 'police', 'fire', 'olympic', 'world', 'european', 'royal',
  'majority', 'minority', 'shadow', 'union', 'cabinet', 'government', 'parliamentary', 'senate', 'house',
  'high', 'financial',
]);
