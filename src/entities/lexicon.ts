/**
 * The language data the Cyrillic recogniser reads, gathered per language into lookup structures
 * built once at module load (stem-keyed maps, so inflected forms find their nominative entry).
 *
 * @module
 */
import * as ruAbbr from '../lang/ru/entity-abbreviations.js';
import { FIRST_NAMES as RU_FIRST_NAMES } from '../lang/ru/first-names.js';
import * as ruPatterns from '../lang/ru/name-patterns.js';
import * as ruOrg from '../lang/ru/org-heads.js';
import { NON_NAME_WORDS as RU_STOP } from '../lang/ru/stop-words.js';
import { TITLES as RU_TITLES } from '../lang/ru/titles.js';
import * as ukAbbr from '../lang/uk/entity-abbreviations.js';
import { FIRST_NAMES as UK_FIRST_NAMES } from '../lang/uk/first-names.js';
import * as ukPatterns from '../lang/uk/name-patterns.js';
import * as ukOrg from '../lang/uk/org-heads.js';
import { NON_NAME_WORDS as UK_STOP } from '../lang/uk/stop-words.js';
import { TITLES as UK_TITLES } from '../lang/uk/titles.js';
import { PLACES as UK_PLACES } from '../lang/uk/places.js';
import { PLACES as RU_PLACES } from '../lang/ru/places.js';
import { endingsByLastLetter, NO_ENDINGS } from '../lang/per-language.js';
import { nameKey } from './stem.js';
import type { EntityType } from '../types.js';

/**
 * Everything the recogniser knows about one language, ready for lookups.
 *
 * @example
 * ```ts
 * const lex = cyrillicLexicon('uk');
 * lex.abbreviations.get('МЗС'); // 'ORG'
 * ```
 */
export interface CyrillicLexicon {
  /** Title word (lemma and stem, see {@link lookupInflected}) → gender it implies (`null`: none). */
  readonly titles: ReadonlyMap<string, 'm' | 'f' | null>;
  /** Organisation head nouns (see {@link lookupInflected}). */
  readonly orgHeads: ReadonlyMap<string, boolean>;
  /** Lower-case words that continue an organisation name after its head. */
  readonly orgComplements: ReadonlySet<string>;
  /** Nouns that introduce a quoted work or product name (фільм, операція). */
  readonly workNouns: ReadonlyMap<string, boolean>;
  /** Nouns after which a capitalised name is a place (місто, с., річка). */
  readonly placeNouns: ReadonlyMap<string, boolean>;
  /** Event head nouns (війна, революція). */
  readonly eventHeads: ReadonlyMap<string, boolean>;
  /** Stem keys of one-word MISC names (Різдво, Інтернет). */
  readonly miscNames: ReadonlySet<string>;
  /** Place head nouns (область, море). */
  readonly geoHeads: ReadonlyMap<string, boolean>;
  /** Abbreviation → type. */
  readonly abbreviations: ReadonlyMap<string, EntityType>;
  /** Legal forms that open a company name. */
  readonly legalForms: ReadonlySet<string>;
  /** All-caps common nouns. */
  readonly nonNameAbbreviations: ReadonlySet<string>;
  /** Power-plant abbreviations (АЕС, ТЕС): a name together with a capitalised adjective before them. */
  readonly plantAbbreviations: ReadonlySet<string>;
  /** Legal forms that name a body even alone (ОСББ, ГО); other legal forms alone are common nouns. */
  readonly bareNameForms: ReadonlySet<string>;
  /** Lower-case head forms that a following place makes a body's name (суду, прокуратури). */
  readonly lowerBodyForms: ReadonlySet<string>;
  /** Their first three letters as numbers ({@link head3}): most words are turned away by a number lookup. */
  readonly lowerBodyHeads: ReadonlySet<number>;
  /** Lower-case function and common words that are never names. */
  readonly stopWords: ReadonlySet<string>;
  /** Nominative first names → gender (this language's list, then the other's: news quotes both spellings). */
  readonly firstNames: ReadonlyMap<string, 'm' | 'f'>;
  /** Lower-case first names → gender. */
  readonly firstNameForms: ReadonlyMap<string, 'm' | 'f'>;
  /** First names that end in a consonant (Франц, Лев): they never take feminine endings (Франції is France). */
  readonly consonantNames: ReadonlySet<string>;
  /** Stems of first names (without the final vowel) → gender, `x` when names of both genders share it; see {@link firstNameOf}. */
  readonly firstNameStems: ReadonlyMap<string, 'm' | 'f' | 'x'>;
  /** Stem keys ({@link nameKey}) of the language's gazetteer of places. */
  readonly places: ReadonlySet<string>;
  /** Stem key → nominative of the gazetteer's names with a lower-case word («Красная площадь»): their base forms. */
  readonly placePhrases: ReadonlyMap<string, string>;
  /** First letters (char codes) of the street abbreviations and nouns: most words are told apart by their first letter. */
  readonly streetFirstLetters: ReadonlySet<number>;
  /** Word endings and context words (see src/lang/<code>/name-patterns.ts). */
  readonly patterns: typeof ukPatterns;
}

// The letter a first name loses when it declines: Микола/Миколи, Сергій/Сергія, Ілля/Іллею.
// A later word that starts in lower case: «Красная площадь», «Кременчуцьке водосховище».
const LOWER_WORD = / \p{Ll}/u;
const FINAL_NAME_LETTER = /[аяоеєйьі]$/u;
// Case endings of first names, longest first.
const NAME_ENDINGS = ['ієві', 'ові', 'еві', 'єві', 'ією', 'ией', 'ом', 'ем', 'єм', 'ём', 'ою', 'ею', 'єю', 'ой', 'ей', 'ій', 'ия', 'ию', 'ии', 'а', 'я', 'у', 'ю', 'і', 'ї', 'и', 'о', 'е', 'є'];

const NAME_ENDINGS_BY_LAST = endingsByLastLetter(NAME_ENDINGS);

/**
 * Gender of a first name in any case form (Сергія, Оленою, Марією), or `undefined`.
 *
 * @example
 * ```ts
 * firstNameOf(cyrillicLexicon('uk'), 'сергія'); // 'm'
 * ```
 */
export function firstNameOf(lex: CyrillicLexicon, lower: string): 'm' | 'f' | undefined {
  const direct = lex.firstNameForms.get(lower);
  if (direct) return direct;
  // A stem matches only with a case ending after it: «Ради» is not «Радий».
  for (const e of NAME_ENDINGS_BY_LAST.get(lower.charCodeAt(lower.length - 1)) ?? NO_ENDINGS) {
    if (lower.length - e.length >= 3 && lower.endsWith(e)) {
      const stem = lower.slice(0, lower.length - e.length);
      if (FEMININE_ENDINGS.has(e) && e !== 'і' && lex.consonantNames.has(stem)) continue;
      const g = lex.firstNameStems.get(stem);
      // Маріо and Марія share a stem: the ending tells which (Марією is feminine).
      if (g === 'x') return FEMININE_ENDINGS.has(e) ? 'f' : 'm';
      if (g) return g;
    }
  }
  return undefined;
}

// Case endings of common nouns, singular and plural, longest first.
const NOUN_ENDINGS = ['ами', 'ями', 'ові', 'еві', 'єві', 'ом', 'ем', 'єм', 'ём', 'ою', 'ею', 'єю', 'ой', 'ей', 'ам', 'ям', 'ах', 'ях', 'ів', 'їв', 'ії', 'ію', 'ия', 'ию', 'ии', 'а', 'я', 'у', 'ю', 'і', 'ї', 'и', 'ы', 'о', 'е', 'є'];

const NOUN_ENDINGS_BY_LAST = endingsByLastLetter(NOUN_ENDINGS);

// Word forms that look like a form of a lemma in the map but are other words (per map, set at build).
const FALSE_FRIENDS = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<string>>();

/**
 * Builds a map from lemmas and their stems (lemma without its final vowel) to values. The stem
 * stays (it is what «мерії», «горою» reduce to); `falseFriends` are whole word forms that the stem
 * would wrongly match («мері» is Mary, not «мерія»; «горе» is grief, not «гора»).
 */
function inflectedMap<V>(pairs: Iterable<readonly [string, V]>, falseFriends?: ReadonlySet<string>): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  if (falseFriends) FALSE_FRIENDS.set(map, falseFriends);
  for (const [lemma, value] of pairs) {
    map.set(lemma, value);
    const stem = lemma.replace(FINAL_NAME_LETTER, '');
    if (stem !== lemma && stem.length >= 3 && !map.has(stem)) map.set(stem, value);
  }
  return map;
}

/**
 * Looks a lower-case word in any case form up in a map built from lemmas: the word itself, or the
 * word without a case ending (президента → президент, служби → служб-, міністерством → міністерств-).
 *
 * @example
 * ```ts
 * lookupInflected(cyrillicLexicon('uk').titles, 'президента'); // null (a title with no gender)
 * ```
 */
export function lookupInflected<V>(map: ReadonlyMap<string, V>, lower: string): V | undefined {
  // Most words share no three-letter beginning with any lemma: reject them before stripping
  // endings (a number made from the char codes, so no string is cut for the test).
  if (lower.length < 3) return undefined;
  let prefixes = lastPrefixes;
  if (map !== lastMap) {
    prefixes = prefixesOf(map);
    lastMap = map;
    lastPrefixes = prefixes;
  }
  if (!prefixes.has(head3(lower))) return undefined;
  const direct = map.get(lower);
  if (direct !== undefined) return falseFriend(map, lower) ? undefined : direct;
  for (const e of NOUN_ENDINGS_BY_LAST.get(lower.charCodeAt(lower.length - 1)) ?? NO_ENDINGS) {
    if (lower.length - e.length >= 3 && lower.endsWith(e)) {
      const v = map.get(lower.slice(0, lower.length - e.length));
      if (v !== undefined) return falseFriend(map, lower) ? undefined : v;
    }
  }
  return undefined;
}

/** Asked only on a hit: most words never reach it. */
function falseFriend(map: ReadonlyMap<string, unknown>, lower: string): boolean {
  const set = FALSE_FRIENDS.get(map);
  return set !== undefined && set.has(lower);
}

/**
 * The first three letters of a word as one small integer (ten low bits of each char code): equal
 * beginnings give equal numbers; the rare unequal ones that collide only let a word through to
 * the exact lookups.
 */
/**
 * The first three letters of a word as one small integer (ten low bits of each char code).
 *
 * @example
 * ```ts
 * head3('суду') === head3('суд'); // true
 * ```
 */
export function head3(word: string): number {
  return ((word.charCodeAt(0) & 1023) << 20) | ((word.charCodeAt(1) & 1023) << 10) | (word.charCodeAt(2) & 1023);
}

// The three-letter beginnings of every key, per lexicon map (built on first use; the maps are
// module-level). The last map asked is kept aside: callers ask about one map many times running.
const PREFIXES = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<number>>();
let lastMap: ReadonlyMap<string, unknown> | undefined;
let lastPrefixes: ReadonlySet<number> = new Set();

function prefixesOf(map: ReadonlyMap<string, unknown>): ReadonlySet<number> {
  let set = PREFIXES.get(map);
  if (!set) {
    const heads = new Set<number>();
    // A key shorter than three letters is never reached: lookups start at three letters.
    for (const k of map.keys()) if (k.length >= 3) heads.add(head3(k));
    PREFIXES.set(map, (set = heads));
  }
  return set;
}

const FEMININE_ENDINGS = new Set(['ою', 'ею', 'єю', 'ією', 'ії', 'ію', 'ой', 'ей', 'ии', 'ию', 'и', 'і', 'ї']);

function addStem(map: Map<string, 'm' | 'f' | 'x'>, stem: string, g: 'm' | 'f'): void {
  const had = map.get(stem);
  map.set(stem, had === undefined || had === g ? g : 'x');
}

function build(
  titles: ReadonlyMap<string, 'm' | 'f' | null>,
  org: typeof ukOrg,
  abbr: typeof ukAbbr,
  stop: ReadonlySet<string>,
  own: ReadonlyMap<string, 'm' | 'f'>,
  other: ReadonlyMap<string, 'm' | 'f'>,
  patterns: typeof ukPatterns,
  places: readonly string[],
): CyrillicLexicon {
  const firstNames = new Map(other);
  for (const [n, g] of own) firstNames.set(n, g);
  for (const [n, g] of patterns.DIMINUTIVE_NAMES) if (!firstNames.has(n)) firstNames.set(n, g);
  const firstNameStems = new Map<string, 'm' | 'f' | 'x'>();
  const firstNameForms = new Map<string, 'm' | 'f'>();
  const consonantNames = new Set<string>();
  for (const [n, g] of firstNames) {
    const lower = n.toLowerCase();
    const stem = lower.replace(FINAL_NAME_LETTER, '');
    // Short stems (Ян, Лев) would match too many ordinary words in other forms.
    if (stem.length >= 3) addStem(firstNameStems, stem, g);
    addStem(firstNameStems, lower, g); // Лев → Лева, Петро → Петрові
    if (stem === lower) consonantNames.add(lower);
    if (!firstNameForms.has(lower)) firstNameForms.set(lower, g);
  }
  const falseFriends = new Set(org.HEAD_FALSE_FRIENDS);
  return {
    titles: inflectedMap([...titles], falseFriends),
    orgHeads: inflectedMap(org.ORG_HEADS.map((w) => [w, true] as const), falseFriends),
    orgComplements: new Set(org.ORG_COMPLEMENTS),
    eventHeads: inflectedMap(org.EVENT_HEADS.map((w) => [w, true] as const), falseFriends),
    miscNames: new Set(org.MISC_NAMES.map(nameKey)),
    placeNouns: inflectedMap(patterns.PLACE_NOUNS.map((w) => [w, true] as const), falseFriends),
    geoHeads: inflectedMap(org.GEO_HEADS.map((w) => [w, true] as const), falseFriends),
    workNouns: inflectedMap(org.WORK_NOUNS.filter((w) => !org.ORG_HEADS.includes(w)).map((w) => [w, true] as const), falseFriends),
    abbreviations: abbr.ENTITY_ABBREVIATIONS,
    legalForms: abbr.LEGAL_FORMS,
    nonNameAbbreviations: abbr.NON_NAME_ABBREVIATIONS,
    plantAbbreviations: abbr.PLANT_ABBREVIATIONS,
    bareNameForms: abbr.BARE_NAME_FORMS,
    lowerBodyForms: patterns.LOWER_BODY_FORMS,
    lowerBodyHeads: new Set([...patterns.LOWER_BODY_FORMS].map(head3)),
    stopWords: stop,
    firstNames,
    firstNameForms,
    firstNameStems,
    consonantNames,
    patterns,
    streetFirstLetters: new Set([...patterns.STREET_PREFIXES, ...patterns.STREET_NOUN_FORMS].map((w) => w.charCodeAt(0))),
    places: new Set(places.map(nameKey)),
    // (A spelling with ё is set last and kept: the base drops ё where the text has none.)
    placePhrases: new Map(places.filter((p) => LOWER_WORD.test(p)).sort((a, b) => Number(a.includes('ё')) - Number(b.includes('ё'))).map((p) => [nameKey(p), p] as const)),
  };
}

// Built on first use per language, once: a Ukrainian text never pays for the Russian lexicon,
// and importing the library builds neither (cold start is on the latency budget).
let UK: CyrillicLexicon | undefined;
let RU: CyrillicLexicon | undefined;

/**
 * The lexicon for Ukrainian or Russian text.
 *
 * @example
 * ```ts
 * cyrillicLexicon('ru').abbreviations.get('МИД'); // 'ORG'
 * ```
 */
export function cyrillicLexicon(lang: 'uk' | 'ru'): CyrillicLexicon {
  if (lang === 'ru') return (RU ??= build(RU_TITLES, ruOrg, ruAbbr, RU_STOP, RU_FIRST_NAMES, UK_FIRST_NAMES, ruPatterns, RU_PLACES));
  return (UK ??= build(UK_TITLES, ukOrg, ukAbbr, UK_STOP, UK_FIRST_NAMES, RU_FIRST_NAMES, ukPatterns, UK_PLACES));
}
