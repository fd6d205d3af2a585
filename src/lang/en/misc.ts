/**
 * English words for names that are neither people, organisations nor places (CoNLL's MISC): nationality
 * and religion adjectives, languages, events. Written by hand for citata (no external source); adds to
 * compromise's demonyms.
 *
 * @module
 */

/**
 * Nationality, regional and religious adjectives and nouns that compromise's `Demonym` tag misses.
 *
 * @example
 * ```ts
 * EXTRA_DEMONYMS.has('british'); // true
 * ```
 */
export const EXTRA_DEMONYMS: ReadonlySet<string> = new Set([
  'british', 'english', 'irish', 'scots', 'welsh', 'french', 'dutch', 'flemish', 'walloon', 'swiss', 'soviet',
  'ukrainian', 'ukrainians', 'russian', 'russians', 'belarusian', 'belarusians', 'byelorussian', 'moldovan', 'georgian',
  'azeri', 'azerbaijani', 'kazakhstani', 'uzbek', 'tajik', 'kyrgyz', 'chechen', 'chechens', 'tatar', 'tatars', 'kurdish',
  'kurd', 'kurds', 'arab', 'arabs', 'arabic', 'persian', 'israeli', 'israelis', 'jewish', 'jew', 'jews', 'muslim',
  'muslims', 'moslem', 'moslems', 'islamic', 'islamist', 'islamists', 'christian', 'christians', 'catholic', 'catholics',
  'protestant', 'protestants', 'orthodox', 'buddhist', 'buddhists', 'hindu', 'hindus', 'sikh', 'sikhs', 'sunni',
  'sunnis', 'shia', 'shi\'ite', 'shiite', 'shiites', 'western', 'westerners', 'eastern', 'european', 'europeans', 'asian',
  'african', 'american', 'americans', 'latin', 'nordic', 'scandinavian', 'balkan', 'baltic', 'caucasian', 'slav', 'slavic',
  'anglo', 'hispanic', 'bosnian', 'serb', 'serbs', 'croat', 'croats', 'slovene', 'slovenian', 'slovak', 'czech',
  'polish', 'pole', 'poles', 'hungarian', 'romanian', 'bulgarian', 'greek', 'greeks', 'cypriot', 'turkish', 'turk',
  'turks', 'finnish', 'finn', 'finns', 'swedish', 'danish', 'norwegian', 'icelandic', 'estonian', 'latvian',
  'lithuanian', 'spanish', 'portuguese', 'italian', 'german', 'germans', 'austrian', 'belgian', 'luxembourgish',
  'chinese', 'japanese', 'korean', 'koreans', 'vietnamese', 'thai', 'indian', 'pakistani', 'afghan', 'iranian',
  'iraqi', 'iraqis', 'syrian', 'syrians', 'lebanese', 'jordanian', 'egyptian', 'libyan', 'saudi', 'yemeni',
  'palestinian', 'palestinians', 'canadian', 'mexican', 'brazilian', 'argentine', 'argentinian', 'chilean',
  'colombian', 'venezuelan', 'cuban', 'australian', 'australians', 'zealander', 'kiwi', 'nigerian', 'kenyan',
  'ethiopian', 'somali', 'sudanese', 'algerian', 'moroccan', 'tunisian', 'south african', 'zimbabwean',
  'tamil', 'tamils', 'sinhalese', 'bengali', 'punjabi', 'pashtun', 'uighur', 'uyghur', 'tibetan', 'mongolian',
  'yugoslav', 'yugoslavs', 'briton', 'britons', 'hutu', 'hutus', 'tutsi', 'tutsis', 'afrikaner', 'afrikaners',
  'afrikaans', 'hebrew', 'olympic', 'paralympic', 'roman', 'anglican', 'lutheran', 'methodist', 'baptist', 'mormon',
  'republican', 'democrat', 'democratic', 'bolshevik', 'marxist', 'communist', 'socialist', 'nazi', 'nazis', 'zionist',
]);

/**
 * Words that end the name of an event, a prize, a law or another MISC name ("World Cup",
 * "Nobel Prize", "Good Friday Agreement").
 *
 * @example
 * ```ts
 * MISC_HEADS.has('cup'); // true
 * ```
 */
export const MISC_HEADS: ReadonlySet<string> = new Set([
  'cup', 'championship', 'championships', 'open', 'games', 'olympics', 'olympiad', 'grand prix', 'prix', 'trophy',
  'series', 'tour', 'prize', 'award', 'awards', 'medal', 'war', 'revolution', 'agreement', 'accord', 'accords', 'treaty',
  'act', 'protocol', 'summit', 'conference', 'festival', 'day', 'index', 'classic', 'masters', 'derby', 'marathon',
  'plan', 'doctrine', 'declaration', 'convention', 'charter', 'bible', 'koran', 'quran', 'gospel',
]);

/**
 * Month and weekday names: capitalised, but no entities (compromise's lexicon lacks "march").
 *
 * @example
 * ```ts
 * CALENDAR_WORDS.has('march'); // true
 * ```
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'feb', 'apr', 'jun', 'jul', 'aug', 'sept', 'oct', 'nov', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
