/**
 * English place vocabulary, written by hand for citata (no external source); it adds to the places and
 * place words that compromise ships.
 *
 * @module
 */

/**
 * Nouns that make a capitalised phrase a place when they end it ("Black Sea", "Grace Road",
 * "Gaza Strip") or start it before "of" ("Gulf of Mexico", "Isle of Man").
 *
 * @example
 * ```ts
 * PLACE_HEADS.has('sea'); // true
 * ```
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'sea', 'ocean', 'river', 'lake', 'lakes', 'bay', 'gulf', 'strait', 'straits', 'channel', 'canal', 'island', 'islands',
  'isle', 'isles', 'peninsula', 'coast', 'mountain', 'mountains', 'mount', 'mt', 'hill', 'hills', 'valley', 'desert',
  'plain', 'plains', 'plateau', 'basin', 'delta', 'forest', 'park', 'street', 'st', 'road', 'rd', 'avenue', 'ave',
  'boulevard', 'square', 'lane', 'bridge', 'highway', 'province', 'region', 'oblast', 'krai', 'district', 'territory',
  'territories', 'state', 'county', 'city', 'town', 'village', 'republic', 'kingdom', 'emirates', 'strip', 'bank',
  'heights', 'falls', 'cape', 'harbour', 'harbor', 'port', 'airport', 'stadium', 'arena', 'square', 'palace', 'tower',
  'castle', 'cathedral', 'prison', 'base', 'field', 'ground', 'oval', 'circuit', 'peak', 'glacier', 'reef', 'creek',
]);

/**
 * Heads that, before "of", start a place's name ("Gulf of Aden", "Republic of Ireland", "Sea of Azov").
 *
 * @example
 * ```ts
 * PLACE_OF_HEADS.has('gulf'); // true
 * ```
 */
export const PLACE_OF_HEADS: ReadonlySet<string> = new Set([
  'gulf', 'bay', 'sea', 'isle', 'isles', 'island', 'islands', 'strait', 'straits', 'cape', 'lake', 'mount', 'republic',
  'kingdom', 'state', 'states', 'province', 'region', 'city', 'county', 'district', 'port', 'sea', 'tower', 'statue',
  'valley', 'straits', 'principality', 'emirate', 'commonwealth', 'federation', 'union',
]);

/**
 * Places that compromise's lexicon misses or tags as ordinary words. Lower case.
 *
 * @example
 * ```ts
 * KNOWN_PLACES.has('u.s.'); // true
 * ```
 */
export const KNOWN_PLACES: ReadonlySet<string> = new Set([
  'u.s.', 'us', 'usa', 'u.s.a.', 'uk', 'u.k.', 'britain', 'great britain', 'england', 'scotland', 'wales',
  'northern ireland', 'ireland', 'europe', 'asia', 'africa', 'america', 'north america', 'south america',
  'latin america', 'midwest', 'middle east', 'far east', 'balkans', 'caucasus', 'baltics', 'scandinavia', 'siberia',
  'crimea', 'donbas', 'donbass', 'donetsk', 'luhansk', 'lugansk', 'kharkiv', 'kherson', 'zaporizhzhia', 'odesa', 'odessa',
  'mariupol', 'bakhmut', 'avdiivka', 'lviv', 'dnipro', 'kyiv', 'kiev', 'moscow', 'st petersburg', 'st. petersburg',
  'washington', 'd.c.', 'brussels', 'gaza', 'west bank', 'golan heights', 'jerusalem', 'tel aviv', 'kashmir', 'tibet',
  'russian federation', 'taiwan', 'hong kong', 'macau', 'soviet union', 'ussr', 'yugoslavia', 'czechoslovakia', 'bosnia', 'herzegovina',
  'kosovo', 'chechnya', 'dagestan', 'abkhazia', 'transnistria', 'kurdistan', 'alaska', 'anchorage', 'hague',
  'wall street', 'silicon valley', 'manhattan', 'brooklyn', 'beijing', 'tokyo', 'seoul', 'pyongyang', 'tehran',
  'baghdad', 'damascus', 'kabul', 'islamabad', 'new delhi', 'delhi', 'ankara', 'istanbul', 'cairo', 'riyadh',
  'doha', 'dubai', 'abu dhabi', 'geneva', 'vienna', 'berlin', 'paris', 'london', 'rome', 'madrid', 'warsaw',
  'budapest', 'prague', 'bucharest', 'sofia', 'belgrade', 'zagreb', 'sarajevo', 'minsk', 'vilnius', 'riga',
  'tallinn', 'helsinki', 'stockholm', 'oslo', 'copenhagen', 'amsterdam', 'athens', 'lisbon', 'dublin', 'ottawa',
  'beirut', 'amman', 'gaza strip', 'sinai', 'persian gulf', 'black sea', 'baltic sea', 'mediterranean', 'atlantic',
  'pacific', 'arctic', 'antarctica', 'sahara', 'amazon', 'danube', 'dnieper', 'volga', 'nile', 'euphrates',
  'the hague', 'the gambia', 'the bahamas',
]);

/**
 * First words of place names ("St Louis", "San Diego", "Los Angeles", "Port Said"): a run that starts
 * with one is a place.
 *
 * @example
 * ```ts
 * PLACE_PREFIXES.has('san'); // true
 * ```
 */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(['st', 'st.', 'saint', 'san', 'santa', 'sao', 'são', 'los', 'las', 'port', 'fort', 'mount', 'lake', 'cape', 'ciudad', 'puerto']);

/**
 * Capitalised adjectives that start many place and organisation names ("New York", "United Nations"):
 * at a sentence start they stay in the run when a capitalised word follows.
 *
 * @example
 * ```ts
 * NAME_STARTERS.has('united'); // true
 * ```
 */
export const NAME_STARTERS: ReadonlySet<string> = new Set(['new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'great', 'greater', 'united', 'royal', 'national', 'international', 'federal', 'general', 'first', 'grand', 'san', 'santa', 'saint', 'st', 'fort', 'port', 'mount', 'lake', 'cape', 'little', 'big', 'old', 'supreme', 'european', 'islamic', 'democratic', 'social', 'liberal', 'free', 'red', 'white', 'black', 'golden', 'holy', 'middle', 'far', 'near']);

/**
 * Nations that field national teams but that the lexicon does not tag as countries: on a sports
 * page they stay places (CoNLL's convention for national teams), never clubs.
 *
 * @example
 * ```ts
 * HOME_NATIONS.has('scotland'); // true
 * ```
 */
export const HOME_NATIONS: ReadonlySet<string> = new Set(['england', 'scotland', 'wales', 'northern ireland', 'ireland', 'republic of ireland']);
