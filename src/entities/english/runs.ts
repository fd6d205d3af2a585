/**
 * Candidate runs: maximal stretches of capitalised words, joined by name particles ("bin", "van",
 * "de") and by "of" after a head that takes it ("Ministry of Defence", "Gulf of Aden",
 * "Secretary of State"). One linear pass over the words.
 *
 * @module
 */
import { NAME_STARTERS, PLACE_PREFIXES } from '../../lang/en/places.js';
import { LEGAL_FORMS } from '../../lang/en/organisations.js';
import { LOC_FLAGS, NAME_FLAGS, PER_FLAGS, W, phraseFlags, phraseHead } from './lexicon.js';
import { B, Shape, type EnWords } from './words.js';

/**
 * What the document says about its words' case, gathered in one pass before runs are built.
 *
 * @example
 * ```ts
 * const evidence = gatherEvidence(words);
 * evidence.midCaps.has('lavrov'); // true when "Lavrov" stands capitalised inside a sentence
 * ```
 */
export interface CaseEvidence {
  /** Lower-cased words seen capitalised inside a sentence of a mixed-case line. */
  midCaps: Set<string>;
  /**
   * Lower-cased words seen in lower case, save those the lexicon marks common: only uncommon words
   * are ever asked about (a word's flags follow from its lower case), and leaving out "the", "said"…
   * keeps the Set small.
   */
  lowerSeen: Set<string>;
  /** How many words of sports reports (W.SPORT, in lower case) the document has. */
  sportWords: number;
}

/**
 * Collects case evidence from the words of a document.
 *
 * @example
 * ```ts
 * gatherEvidence(readWords(parse('Smith came. Smith left.', 'en'))).midCaps.size; // 0
 * ```
 */
export function gatherEvidence(words: EnWords): CaseEvidence {
  const { n, flags, shape, bits, lower } = words;
  const midCaps = new Set<string>();
  const lowerSeen = new Set<string>();
  let sportWords = 0;
  for (let i = 0; i < n; i++) {
    const s = shape[i];
    if (s === Shape.Lower) {
      const f = flags[i];
      if (!(f & W.COMMON)) lowerSeen.add(lower[i]);
      if (f & W.SPORT) sportWords++;
    } else if (!(bits[i] & (B.SentStart | B.CapsLine)) && (s === Shape.Title || s === Shape.Upper)) midCaps.add(lower[i]);
  }
  return { midCaps, lowerSeen, sportWords };
}

/** Lower-case particles inside personal and place names. */
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'ben', 'abu']);
const NON_NAME_SUFFIX = /(?:ing|ly|ed|ness|ment|tion|ions)$/;
const OF_HEADS = W.ORG_OF | W.PLACE_OF | W.TITLE;
/** No name runs longer than this; the bound keeps a page of capitalised words linear. */
const MAX_RUN = 12;
/** Joiners allowed inside an organisation's name once the run has its head ("Organisation for Security"). */
const ORG_JOINERS = new Set(['for', 'of', 'on']);
/** "Moscow-backed", "Kyiv-based": a name inside a compound adjective, not a name. */
const COMPOUND_ADJ = /-\p{Ll}+$/u;

/** Does a known multi-word name start at word i (two or three words)? */
function startsPhrase(words: EnWords, i: number): boolean {
  const { n, bits, lower } = words;
  if (i + 1 >= n || bits[i + 1] & B.BreakBefore || !phraseHead(lower[i])) return false;
  const two = lower[i] + ' ' + lower[i + 1];
  if (phraseFlags(two) & NAME_FLAGS) return true;
  return i + 2 < n && !(bits[i + 2] & B.BreakBefore) && (phraseFlags(two + ' ' + lower[i + 2]) & NAME_FLAGS) !== 0;
}

/**
 * A run of words [a, b): capitalised words and the joiners between them.
 *
 * @example
 * ```ts
 * const run: Run = { a: 1, b: 4 }; // "Ministry of Defence" in "The Ministry of Defence said."
 * ```
 */
export interface Run {
  /** Index of the first word. */
  a: number;
  /** Index past the last word. */
  b: number;
}

/** COMPOUND_ADJ, tried only on words with a hyphen. */
function compoundAdjective(text: string): boolean {
  return text.includes('-') && COMPOUND_ADJ.test(text);
}

/** Is word i capitalised: a capital, an initial with its dot ("J."), or an article-led name part ("al-Saadani")? */
function capitalised(words: EnWords, i: number): boolean {
  const shape = words.shape[i];
  if (shape === Shape.Lower) return (words.flags[i] & W.ARTICLE) !== 0;
  return shape !== Shape.Letter || words.text[i].endsWith('.');
}

/** Is this word a name candidate where it stands? Case in headlines and at sentence starts says little. */
function candidate(words: EnWords, i: number, ev: CaseEvidence): boolean {
  if (!capitalised(words, i)) return false;
  const { n, bits, lower } = words;
  const f = words.flags[i];
  const shape = words.shape[i];
  const bit = bits[i];
  const text = words.text[i];
  if (f & W.TIME && !(f & NAME_FLAGS)) return false;
  if (compoundAdjective(text)) return false;
  if (bit & B.Dateline) return !(f & W.TIME);
  // "Who", "Us": a function word that is also an acronym (WHO, US) counts only in capitals
  if (f & W.FUNC && shape === Shape.Title && f & (W.ORG | LOC_FLAGS) && !(f & PER_FLAGS)) return false;
  if (bit & B.CapsLine) {
    if (ev.midCaps.has(lower[i]) || startsPhrase(words, i)) return true;
    if (PLACE_PREFIXES.has(lower[i]) && i + 1 < n && !(bits[i + 1] & B.BreakBefore) && bits[i + 1] & B.CapsLine) return true;
    if (f & W.COMMON) return false;
    return (f & (LOC_FLAGS | W.ORG | W.DEMONYM | W.LAST | W.PERSON | W.FIRST)) !== 0;
  }
  if (shape === Shape.Letter && text.endsWith('.')) return true;
  if (!(bit & B.SentStart)) {
    if (!(f & W.FUNC) || (f & NAME_FLAGS) !== 0 || shape === Shape.Upper) return true;
    // "First Citizens", "First Republic": an ordinal that starts a name when a capital follows
    return NAME_STARTERS.has(lower[i]) && i + 1 < n && !(bits[i + 1] & B.BreakBefore) && capitalised(words, i + 1);
  }
  // sentence start: the capital is the sentence's, not the name's
  if (startsPhrase(words, i)) return true;
  if (f & W.FUNC && !(f & NAME_FLAGS)) return false;
  if (f & (NAME_FLAGS | W.TITLE) && !(f & W.COMMON)) return true;
  if (ev.midCaps.has(lower[i]) || startsPhrase(words, i)) return true;
  const hasNext = i + 1 < n && !(bits[i + 1] & B.BreakBefore);
  const nextCap = hasNext && capitalised(words, i + 1);
  // "Secretary of State Marco Rubio" opening a sentence: the title is kept for segmentRun to cut
  if (f & W.TITLE && hasNext && lower[i + 1] === 'of' && i + 2 < n && capitalised(words, i + 2)) return true;
  if (f & W.COMMON || ev.lowerSeen.has(lower[i])) {
    if (!nextCap) return false;
    if (NAME_STARTERS.has(lower[i]) || (f & (W.TITLE | W.TITLE_MOD | W.DEMONYM | W.ORG_HEAD)) !== 0) return true;
    // "Liberty Party", "Reform Party" opening a sentence: an ordinary word before an organisation's head
    if (!(f & W.FUNC) && words.flags[i + 1] & W.ORG_HEAD && (i + 2 >= n || bits[i + 2] & B.BreakBefore || !capitalised(words, i + 2))) return true;
    return readsAsFirstName(words, i);
  }
  if (NON_NAME_SUFFIX.test(lower[i])) return false;
  return true;
}

/**
 * "Jean Galfione" opening a sentence: an ordinary word ("jean") before an unknown capitalised word
 * reads as a first name.
 *
 * @example
 * ```ts
 * readsAsFirstName(readWords(parse('Jean Galfione won.', 'en')), 0); // true
 * ```
 */
export function readsAsFirstName(words: EnWords, i: number): boolean {
  const { flags, lower } = words;
  if (i + 1 >= words.n || words.bits[i + 1] & B.BreakBefore || !capitalised(words, i + 1) || flags[i + 1] & (W.COMMON | W.TIME)) return false;
  // "Top Moldova banker": a first name comes before a surname, not before a known place or organisation
  if (flags[i + 1] & (LOC_FLAGS | W.ORG | W.DEMONYM) && !(flags[i + 1] & (W.LAST | W.PERSON))) return false;
  return !(flags[i] & W.FUNC) && !lower[i].endsWith('s') && !NON_NAME_SUFFIX.test(lower[i]);
}

/**
 * Finds the candidate runs of a document in text order.
 *
 * @example
 * ```ts
 * const words = readWords(parse('The Ministry of Defence said.', 'en'));
 * findRuns(words, gatherEvidence(words)); // [{ a: 1, b: 4 }]
 * ```
 */
export function findRuns(words: EnWords, ev: CaseEvidence): Run[] {
  const { n, flags, shape, bits, lower } = words;
  const runs: Run[] = [];
  let i = 0;
  while (i < n) {
    // most words are lower case and start nothing: skip them without a call
    if ((shape[i] === Shape.Lower && !(flags[i] & W.ARTICLE)) || !candidate(words, i, ev)) {
      i++;
      continue;
    }
    const a = i;
    const caps = bits[a] & B.CapsLine;
    let b = i + 1;
    let orgish = (flags[a] & (W.ORG_OF | W.ORG_HEAD)) !== 0;
    let sawFor = false;
    while (b < n && !(bits[b - 1] & B.Poss) && b - a < MAX_RUN) {
      const bit = bits[b];
      if (bit & B.BreakBefore) break;
      if (capitalised(words, b) && !(bit & B.SentStart) && (bit & B.CapsLine) === caps) {
        if (bit & B.CapsLine && !(bit & B.Dateline) && !candidate(words, b, ev) && !startsPhrase(words, b - 1)) break;
        if (compoundAdjective(words.text[b])) break;
        const f = flags[b];
        if (f & (W.ORG_OF | W.ORG_HEAD)) orgish = true;
        // "Friday May 3" ends the run; "Theresa May" does not
        if (!(bit & B.CapsLine) && f & W.TIME && !(f & (NAME_FLAGS | W.MISC_HEAD)) && !(flags[b - 1] & W.FIRST)) break;
        b++;
        continue;
      }
      // a lower-case joiner between two capitalised words
      const w = lower[b];
      const hasNext = b + 1 < n && !(bits[b + 1] & B.BreakBefore);
      // words b + 1 and b + 2 joined to the run: capitalised, no break, the run's kind of line
      const thirdJoins = hasNext && b + 2 < n && !(bits[b + 2] & B.BreakBefore) && capitalised(words, b + 2) && (bits[b + 2] & B.CapsLine) === caps;
      if (hasNext && lower[b + 1] === 'the' && !LEGAL_FORMS.has(lower[b - 1]) && ((w === 'of' && flags[b - 1] & (W.ORG_OF | W.PLACE_OF)) || (flags[b - 1] & W.ORG_HEAD && ORG_JOINERS.has(w)))) {
        if (thirdJoins) {
          b += 3;
          continue;
        }
      }
      if (shape[b] === Shape.Lower && PARTICLES.has(w) && hasNext && shape[b + 1] === Shape.Lower && PARTICLES.has(lower[b + 1])) {
        if (thirdJoins) {
          b += 3;
          continue;
        }
      }
      if (!hasNext || !capitalised(words, b + 1) || (bits[b + 1] & B.CapsLine) !== caps) break;
      if (shape[b] === Shape.Lower && PARTICLES.has(w)) {
        b += 2;
        continue;
      }

      // "Dravo Motor Corp of South Korea": a legal form closes the name
      const orgPrev = (flags[b - 1] & (W.ORG_HEAD | W.ORG_OF)) !== 0 && !(flags[b + 1] & W.TIME) && !LEGAL_FORMS.has(lower[b - 1]);
      if ((w === 'of' && flags[b - 1] & OF_HEADS) || (orgPrev && ORG_JOINERS.has(w)) || (orgish && sawFor && w === 'and')) {
        if (w === 'for') sawFor = true;
        b += 2;
        continue;
      }
      break;
    }
    runs.push({ a, b });
    i = b;
  }
  return runs;
}
