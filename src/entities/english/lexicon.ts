/**
 * Word classes for English names, from compromise's lexicon (first names, surnames, places,
 * organisations, demonyms, honorifics; generated into src/lang/en/compromise-lexicon.ts at build time)
 * and from citata's own lists in src/lang/en/. The recogniser does plain Map look-ups: compromise
 * itself is never loaded (importing it costs ~0.5 s of CPU) and its tagger never runs.
 *
 * The Maps are built once, on the first English look-up rather than at module load: the build
 * splits ~25k words (a few ms), which Ukrainian and Russian users should not pay for.
 *
 * @module
 */
import { COMPROMISE_IRREGULAR_PLURALS, COMPROMISE_LEXICON, COMPROMISE_ORG_WORDS, COMPROMISE_PLACE_WORDS } from '../../lang/en/compromise-lexicon.js';
import { FUNCTION_WORDS } from '../../lang/en/function-words.js';
import { CALENDAR_WORDS, EXTRA_DEMONYMS, MISC_HEADS } from '../../lang/en/misc.js';
import { KNOWN_ORGS, ORG_HEADS, ORG_OF_HEADS } from '../../lang/en/organisations.js';
import { KNOWN_PLACES, PLACE_HEADS, PLACE_OF_HEADS } from '../../lang/en/places.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../../lang/en/titles.js';
import { SPORT_WORDS } from '../../lang/en/sports.js';

/**
 * Bit flags of what a lower-cased word (or phrase) can be; one word may carry several.
 *
 * @example
 * ```ts
 * (wordFlags('sergei') & W.MALE) !== 0; // true
 * ```
 */
export const W = {
  MALE: 1,
  FEMALE: 2,
  FIRST: 4,
  LAST: 8,
  PERSON: 16,
  COUNTRY: 32,
  CITY: 64,
  REGION: 128,
  PLACE: 256,
  ORG: 512,
  DEMONYM: 1024,
  HONORIFIC: 2048,
  TIME: 4096,
  COMMON: 8192,
  TITLE: 16384,
  TITLE_MOD: 32768,
  ORG_HEAD: 65536,
  PLACE_HEAD: 131072,
  ORG_OF: 262144,
  PLACE_OF: 524288,
  MISC_HEAD: 1048576,
  PROPER: 2097152,
  FUNC: 4194304,
  /**
   * Not from a lexicon: a lower-case word that opens with an Arabic or South Asian article and a
   * capital ("al-Saadani", "ul-Haq"), a name part all the same. Set once per distinct token (see
   * words.ts), so the per-word "is it capitalised?" test needs no string work.
   */
  ARTICLE: 8388608,
  /** A word of sports reports (see SPORT_WORDS): counted by the same pass that reads the case evidence. */
  SPORT: 16777216,
} as const;

/**
 * Any flag that says "a name of some kind".
 *
 * @example
 * ```ts
 * (wordFlags('kyiv') & NAME_FLAGS) !== 0; // true
 * ```
 */
export const NAME_FLAGS = W.MALE | W.FEMALE | W.FIRST | W.LAST | W.PERSON | W.COUNTRY | W.CITY | W.REGION | W.PLACE | W.ORG | W.DEMONYM | W.PROPER;
/**
 * Flags of a place.
 *
 * @example
 * ```ts
 * (wordFlags('paris') & LOC_FLAGS) !== 0; // true
 * ```
 */
export const LOC_FLAGS = W.COUNTRY | W.CITY | W.REGION | W.PLACE;
/**
 * Flags of a person's name part.
 *
 * @example
 * ```ts
 * (wordFlags('mary') & PER_FLAGS) !== 0; // true
 * ```
 */
export const PER_FLAGS = W.MALE | W.FEMALE | W.FIRST | W.LAST | W.PERSON;

const TAG_FLAGS: Record<string, number> = {
  MaleName: W.MALE | W.FIRST,
  FemaleName: W.FEMALE | W.FIRST,
  FirstName: W.FIRST,
  LastName: W.LAST,
  Person: W.PERSON,
  Country: W.COUNTRY,
  City: W.CITY,
  Region: W.REGION,
  Place: W.PLACE,
  ProperNoun: W.PROPER,
  Organization: W.ORG,
  SportsTeam: W.ORG,
  Demonym: W.DEMONYM,
  Honorific: W.HONORIFIC,
  Month: W.TIME,
  WeekDay: W.TIME,
  Date: W.TIME,
  Duration: W.TIME,
  Determiner: W.FUNC | W.COMMON,
  Preposition: W.FUNC | W.COMMON,
  Conjunction: W.FUNC | W.COMMON,
  Pronoun: W.FUNC | W.COMMON,
  Possessive: W.FUNC | W.COMMON,
  QuestionWord: W.FUNC | W.COMMON,
  Adverb: W.FUNC | W.COMMON,
  Copula: W.FUNC | W.COMMON,
  Modal: W.FUNC | W.COMMON,
  Negative: W.FUNC | W.COMMON,
  Expression: W.FUNC | W.COMMON,
  Reflexive: W.FUNC | W.COMMON,
  Condition: W.FUNC | W.COMMON,
  Cardinal: W.FUNC | W.COMMON,
  Ordinal: W.FUNC | W.COMMON,
  TextValue: W.FUNC | W.COMMON,
};

/** The separator of the generated word lists. */
const SEP = '|';

interface Lexicon {
  words: Map<string, number>;
  phrases: Map<string, number>;
  /** First words of the phrases: a phrase look-up that does not start with one is skipped. */
  heads: Set<string>;
}

function build(): Lexicon {
  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  const add = (key: string, flag: number) => {
    const map = key.includes(' ') ? phrases : words;
    map.set(key, (map.get(key) ?? 0) | flag);
  };
  for (const [tags, list] of COMPROMISE_LEXICON) {
    let flags = 0;
    for (const tag of tags.split(',')) flags |= TAG_FLAGS[tag] ?? W.COMMON;
    // compromise's keys are unique and come first: set, no merge (this loop is most of the build)
    for (const key of list.split(SEP)) (key.includes(' ') ? phrases : words).set(key, flags);
  }
  for (const key of COMPROMISE_ORG_WORDS.split(SEP)) add(key, W.ORG_HEAD);
  for (const key of COMPROMISE_PLACE_WORDS.split(SEP)) add(key, W.PLACE_HEAD);
  const lists: [ReadonlySet<string>, number][] = [
    [EXTRA_DEMONYMS, W.DEMONYM], [MISC_HEADS, W.MISC_HEAD], [KNOWN_ORGS, W.ORG], [ORG_HEADS, W.ORG_HEAD],
    [ORG_OF_HEADS, W.ORG_OF], [KNOWN_PLACES, W.PLACE], [PLACE_HEADS, W.PLACE_HEAD], [PLACE_OF_HEADS, W.PLACE_OF],
    [TITLE_HEADS, W.TITLE], [TITLE_MODIFIERS, W.TITLE_MOD], [FUNCTION_WORDS, W.FUNC | W.COMMON], [CALENDAR_WORDS, W.TIME],
    [SPORT_WORDS, W.SPORT],
  ];
  for (const [set, flag] of lists) for (const key of set) add(key, flag);
  // irregular plurals ("women", "children") are ordinary nouns
  for (const plural of COMPROMISE_IRREGULAR_PLURALS.split(SEP)) if (!words.has(plural)) add(plural, W.COMMON);
  const heads = new Set<string>();
  for (const key of phrases.keys()) heads.add(key.slice(0, key.indexOf(' ')));
  return { words, phrases, heads };
}

let built: Lexicon | undefined;

/** The Maps, built on first use and kept for the life of the process. */
function lexicon(): Lexicon {
  return (built ??= build());
}

/**
 * Flags of a lower-cased single word, 0 when unknown.
 *
 * @example
 * ```ts
 * (wordFlags('mary') & W.FEMALE) !== 0; // true
 * ```
 */
export function wordFlags(lower: string): number {
  const words = lexicon().words;
  const f = words.get(lower);
  if (f !== undefined) return f;
  // contractions take the flags of their first part: "i've", "we're", "it's"
  const apos = lower.indexOf("'");
  if (apos > 0) return words.get(lower.slice(0, apos)) ?? 0;
  return 0;
}

/**
 * Flags of a lower-cased phrase of several words joined by single spaces, 0 when unknown.
 *
 * @example
 * ```ts
 * (phraseFlags('european union') & W.ORG) !== 0; // true
 * ```
 */
export function phraseFlags(lower: string): number {
  return lexicon().phrases.get(lower) ?? 0;
}

/**
 * Does some known phrase start with this lower-cased word? When not, no phrase that starts with it
 * needs to be built and looked up.
 *
 * @example
 * ```ts
 * phraseHead('european'); // true ("european union")
 * phraseHead('said'); // false
 * ```
 */
export function phraseHead(lower: string): boolean {
  return lexicon().heads.has(lower);
}

/**
 * Flags of the phrase made of the words [a, b) of a document (their lower case joined by spaces), 0
 * when unknown. Builds the phrase only when its first word starts some known phrase.
 *
 * @example
 * ```ts
 * (spanFlags(['european', 'union'], 0, 2) & W.ORG) !== 0; // true
 * ```
 */
export function spanFlags(lower: readonly string[], a: number, b: number): number {
  const lex = lexicon();
  let key = lower[a];
  if (!lex.heads.has(key)) return 0;
  for (let i = a + 1; i < b; i++) key += ' ' + lower[i];
  return lex.phrases.get(key) ?? 0;
}
