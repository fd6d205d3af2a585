/**
 * Types one name segment (a run with titles and leading adjectives cut off) from the lexicon flags of
 * its words, its head noun, its shape and its immediate context.
 *
 * @module
 */
import type { EntityType } from '../../types.js';
import { PLACE_PREFIXES } from '../../lang/en/places.js';
import { ORG_STARTERS } from '../../lang/en/organisations.js';
import { LOC_FLAGS, PER_FLAGS, W, spanFlags, wordFlags } from './lexicon.js';
import { B, Shape, type EnWords } from './words.js';

/**
 * A typed segment. `strong` when the lexicon, a head noun, a title or the KB decided the type;
 * weak guesses yield to the document's other mentions of the same name.
 *
 * @example
 * ```ts
 * const t: Typed = { type: 'PER', strong: true, gender: 'm' };
 * ```
 */
export interface Typed {
  /** The entity type. */
  type: EntityType;
  /** Whether the evidence is good enough to overrule the document's other mentions. */
  strong: boolean;
  /** Gender told by a first name. */
  gender?: 'm' | 'f';
}

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'latin', 'central', 'northern', 'southern', 'eastern', 'western']);
/** Verbs of saying after which, or before which, a lone unknown name is usually a person. */
const SPEECH = new Set(['said', 'says', 'told', 'added', 'asked', 'stated', 'wrote', 'explained', 'noted', 'argued', 'insisted', 'claimed', 'warned', 'replied']);
const PEOPLE_SUFFIX = /(?:ian|ean|ese|ani|iot|er|ic)s?$/;
const LOC_SUFFIX = /(?:land|stan|shire|burg|bourg|grad|polis|ville|sk|ia|ya|ton|ford|mouth|chester|caster|borough|bury|holm|ovo|evo|ino|iv|ivka)$/;
const PER_SUFFIX = /(?:ov|ova|ev|eva|in|ina|enko|chuk|uk|sky|ski|skiy|vich|son|sen|ez|es|ini|elli|etti|ardo|aldo|man|mann|stein|berg|er)$/;

function genderOf(flags: number): 'm' | 'f' | undefined {
  const m = (flags & W.MALE) !== 0;
  const f = (flags & W.FEMALE) !== 0;
  return m === f ? undefined : m ? 'm' : 'f';
}

function byFlags(f: number): EntityType | null {
  if (f & W.ORG) return 'ORG';
  if (f & LOC_FLAGS) return 'LOC';
  if (f & (W.PERSON | W.LAST)) return 'PER';
  if (f & W.DEMONYM) return 'MISC';
  if (f & W.FIRST) return 'PER';
  if (f & W.PROPER) return 'LOC';
  return null;
}

/**
 * Types the words [a, b).
 *
 * @example
 * ```ts
 * classify(words, 0, 2).type; // 'PER' for "Marco Rubio"
 * ```
 */
export function classify(words: EnWords, a: number, b: number): Typed {
  const { flags, lower, shape } = words;
  const ff = flags[a];
  const lf = flags[b - 1];
  const firstLower = lower[a];
  const n = b - a;
  if (n > 1) {
    const pf = spanFlags(lower, a, b);
    const t = pf ? byFlags(pf) : null;
    if (t) return { type: t, strong: true };
  }
  if (n === 1) {
    const f = ff;
    // an ordinary word that is also a name ("Bill", "Jordan") counts only as the name it is
    const t = byFlags(f);
    if (t) return { type: t, strong: !(f & W.COMMON), gender: t === 'PER' ? genderOf(f) : undefined };
    if (shape[a] === Shape.Upper) return { type: 'ORG', strong: false };
    // "the Treasury", "the Gulf": a head noun standing for the whole name
    if (f & W.ORG_HEAD) return { type: 'ORG', strong: false };
    if (f & W.PLACE_HEAD) return { type: 'LOC', strong: false };
    return guessSingle(words, a);
  }
  if (lf & W.DEMONYM && n === 2 && DIRECTIONS.has(firstLower)) return { type: 'MISC', strong: true };
  if (lf & LOC_FLAGS && n === 2 && DIRECTIONS.has(firstLower)) return { type: 'LOC', strong: true };
  // head nouns decide multi-word names; in "X of Y" the head is the word before "of"
  let head = b - 1;
  for (let i = a + 1; i < b - 1; i++) {
    const l = lower[i];
    if (l === 'of' || l === 'for' || l === 'on') {
      head = i - 1;
      break;
    }
  }
  const hf = flags[head];
  const ofPhrase = head !== b - 1;
  if (hf & W.ORG_HEAD && !(hf & (W.PERSON | W.LAST))) return { type: 'ORG', strong: true };
  if (ofPhrase && hf & W.PLACE_OF) return { type: 'LOC', strong: true };
  if (ofPhrase && hf & W.ORG_OF) return { type: 'ORG', strong: true };
  if (hf & W.MISC_HEAD) return { type: 'MISC', strong: true };
  // "Dennis Field", "Maggie Banks": a first name before a common noun that heads places is a person, unless the document says otherwise
  if (hf & W.PLACE_HEAD && n === 2 && ff & W.FIRST && !(ff & (W.COMMON | LOC_FLAGS | W.ORG)) && hf & W.COMMON) return { type: 'PER', strong: false, gender: genderOf(ff) };
  if (hf & W.PLACE_HEAD) return { type: 'LOC', strong: true };
  if (lf & W.ORG) return { type: 'ORG', strong: true };
  if (PLACE_PREFIXES.has(firstLower)) return { type: 'LOC', strong: true };
  // "Harper & Lowe", "Procter & Gamble": partners joined by an ampersand are a firm
  for (let i = a + 1; i < b; i++) if (words.bits[i] & B.AmpBefore) return { type: 'ORG', strong: true };
  // "Radio Zenit", "FC Porto", "PT Astra": a word that opens organisations' names
  if (ORG_STARTERS.has(firstLower)) return { type: 'ORG', strong: true };
  if (ff & (W.FIRST) && !(ff & (LOC_FLAGS | W.ORG))) return { type: 'PER', strong: true, gender: genderOf(ff) };
  if (lf & (W.LAST | W.PERSON)) return { type: 'PER', strong: true, gender: genderOf(ff) };
  if (shape[a] === Shape.Letter) return { type: 'PER', strong: true };
  for (let i = a; i < b; i++) {
    if (words.bits[i] & B.AmpBefore) return { type: 'ORG', strong: true };
    if (lower[i] === 'of') return { type: 'ORG', strong: false };
  }
  if (ff & W.DEMONYM) return { type: 'MISC', strong: false };
  // "Washington D.C.", "Paris Texas": places all through
  let places = 0;
  for (let i = a; i < b; i++) if (flags[i] & LOC_FLAGS) places++;
  if (places === n) return { type: 'LOC', strong: true };
  // "Bradford Bulls", "Leeds United": a place and a word make a club or a company, unless the word is a place too ("Washington D.C.")
  if (ff & LOC_FLAGS && n === 2 && !(lf & (PER_FLAGS | LOC_FLAGS)) && !words.text[b - 1].includes('.')) return { type: 'ORG', strong: false };
  // "Dynamo Moscow", "Air France", "Hindustan Copper": a club or a company named with its place
  if (n <= 3 && lf & (W.CITY | W.COUNTRY) && !(ff & (W.FIRST | LOC_FLAGS)) && !DIRECTIONS.has(firstLower)) return { type: 'ORG', strong: false };
  // people's names do not end in a plural noun: "Retired American Warriors", "Blue Jays"
  if (lf & W.COMMON && lower[b - 1].endsWith('s') && !(lf & PER_FLAGS)) return { type: 'ORG', strong: false };
  let upper = 0;
  for (let i = a; i < b; i++) if (shape[i] === Shape.Upper) upper++;
  if (upper === n) return { type: 'ORG', strong: false };
  // "the Silver Six", "the Mary Rose": a name with an article is a thing, not a person
  if (determinerBefore(words, a) === 'the') return { type: 'ORG', strong: false };
  return { type: 'PER', strong: false, gender: genderOf(ff) };
}

/** A lone capitalised word the lexicon does not know: context and endings guess its type. */
function guessSingle(words: EnWords, i: number): Typed {
  const { bits, lower } = words;
  const l = lower[i];
  const hasNext = i + 1 < words.n && !(bits[i + 1] & B.BreakBefore);
  if (hasNext && SPEECH.has(lower[i + 1])) return { type: 'PER', strong: false };
  if (i > 0 && !(bits[i] & B.BreakBefore) && SPEECH.has(lower[i - 1])) return { type: 'PER', strong: false };
  // "African-American", "Franco-German": a compound of nationalities
  if (hyphenDemonym(l)) return { type: 'MISC', strong: true };
  // "Tanzanian president", "Afrikaners": a nationality or people
  if (PEOPLE_SUFFIX.test(l) && (l.endsWith('s') || (hasNext && words.shape[i + 1] === Shape.Lower))) return { type: 'MISC', strong: false };
  if (LOC_SUFFIX.test(l)) return { type: 'LOC', strong: false };
  // a person's name takes no article: "the Karoo", "the Bundesbank"; "his Wembley triumph", "a Capricorn"
  const det = determinerBefore(words, i);
  if (det === 'the') return { type: 'LOC', strong: false };
  if (det) return { type: 'MISC', strong: false };
  if (PER_SUFFIX.test(l)) return { type: 'PER', strong: false };
  return { type: 'PER', strong: false };
}

/** Is a hyphenated word a compound whose last part is a nationality ("african-american", "franco-german")? */
function hyphenDemonym(l: string): boolean {
  const dash = l.lastIndexOf('-');
  if (dash <= 0) return false;
  const tail = l.slice(dash + 1);
  return (wordFlags(tail) & W.DEMONYM) !== 0 || (tail.endsWith('s') && (wordFlags(tail.slice(0, -1)) & W.DEMONYM) !== 0);
}

/** Determiners that never stand before a person's bare name ("the", "a", "his"…). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** The determiner right before word i, in the same clause, or undefined. */
function determinerBefore(words: EnWords, i: number): string | undefined {
  if (i === 0 || words.bits[i] & B.BreakBefore) return undefined;
  const l = words.lower[i - 1];
  return DETERMINERS.has(l) ? l : undefined;
}
