/**
 * Candidate runs: maximal stretches of capitalised words, joined by name particles ("bin", "van",
 * "de") and by "of" after a head that takes it ("Ministry of Defence", "Gulf of Aden",
 * "Secretary of State"). One linear pass over the words.
 *
 * @module
 */
import { NAME_STARTERS, PLACE_PREFIXES } from '../../lang/en/places.js';
import { LOC_FLAGS, NAME_FLAGS, PER_FLAGS, W, phraseFlags, phraseHead } from './lexicon.js';
import { Shape, type EnWord } from './words.js';

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
}

/**
 * Collects case evidence from the words of a document.
 *
 * @example
 * ```ts
 * gatherEvidence(readWords(parse('Smith came. Smith left.', 'en'))).midCaps.size; // 0
 * ```
 */
export function gatherEvidence(words: readonly EnWord[]): CaseEvidence {
  const midCaps = new Set<string>();
  const lowerSeen = new Set<string>();
  for (const w of words) {
    if (w.shape === Shape.Lower) {
      if (!(w.flags & W.COMMON)) lowerSeen.add(w.lower);
    }
    else if (!w.sentStart && !w.capsLine && (w.shape === Shape.Title || w.shape === Shape.Upper)) midCaps.add(w.lower);
  }
  return { midCaps, lowerSeen };
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
function startsPhrase(words: readonly EnWord[], i: number): boolean {
  const a = words[i];
  const b = words[i + 1];
  if (!b || b.breakBefore || !phraseHead(a.lower)) return false;
  const two = a.lower + ' ' + b.lower;
  if (phraseFlags(two) & NAME_FLAGS) return true;
  const c = words[i + 2];
  return c !== undefined && !c.breakBefore && (phraseFlags(two + ' ' + c.lower) & NAME_FLAGS) !== 0;
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

/** Arabic and South Asian name parts written with a lower-case article: "al-Saadani", "ul-Haq". */
const ARTICLE_NAME = /^(?:al|el|ul|ud|ad|as|ash|at|az|bin|ibn|abu|ben|bar)-\p{Lu}/u;

/** ARTICLE_NAME, tried only when its hyphen stands third or fourth: most lower-case words have none. */
function articleName(text: string): boolean {
  return (text.charCodeAt(2) === 45 || text.charCodeAt(3) === 45) && ARTICLE_NAME.test(text);
}

/** COMPOUND_ADJ, tried only on words with a hyphen. */
function compoundAdjective(text: string): boolean {
  return text.includes('-') && COMPOUND_ADJ.test(text);
}

function capitalised(w: EnWord): boolean {
  return w.shape === Shape.Title || w.shape === Shape.Upper || (w.shape === Shape.Letter && w.text.endsWith('.')) || (w.shape === Shape.Lower && articleName(w.text));
}

/** Is this word a name candidate where it stands? Case in headlines and at sentence starts says little. */
function candidate(words: readonly EnWord[], i: number, ev: CaseEvidence): boolean {
  const w = words[i];
  if (!capitalised(w)) return false;
  const f = w.flags;
  if (f & W.TIME && !(f & NAME_FLAGS)) return false;
  if (compoundAdjective(w.text)) return false;
  if (w.dateline) return !(f & W.TIME);
  // "Who", "Us": a function word that is also an acronym (WHO, US) counts only in capitals
  if (f & W.FUNC && w.shape === Shape.Title && f & (W.ORG | LOC_FLAGS) && !(f & PER_FLAGS)) return false;
  if (w.capsLine) {
    if (ev.midCaps.has(w.lower) || startsPhrase(words, i)) return true;
    if (PLACE_PREFIXES.has(w.lower) && words[i + 1] !== undefined && !words[i + 1].breakBefore && words[i + 1].capsLine) return true;
    if (f & W.COMMON) return false;
    return (f & (LOC_FLAGS | W.ORG | W.DEMONYM | W.LAST | W.PERSON | W.FIRST)) !== 0;
  }
  if (w.shape === Shape.Letter && w.text.endsWith('.')) return true;
  if (!w.sentStart) return !(f & W.FUNC) || (f & NAME_FLAGS) !== 0 || w.shape === Shape.Upper;
  // sentence start: the capital is the sentence's, not the name's
  if (startsPhrase(words, i)) return true;
  if (f & W.FUNC && !(f & NAME_FLAGS)) return false;
  if (f & (NAME_FLAGS | W.TITLE) && !(f & W.COMMON)) return true;
  if (ev.midCaps.has(w.lower) || startsPhrase(words, i)) return true;
  const next = words[i + 1];
  const nextCap = next !== undefined && !next.breakBefore && capitalised(next);
  // "Secretary of State Marco Rubio" opening a sentence: the title is kept for segmentRun to cut
  if (f & W.TITLE && next?.lower === 'of' && !next.breakBefore && words[i + 2] !== undefined && capitalised(words[i + 2])) return true;
  if (f & W.COMMON || ev.lowerSeen.has(w.lower)) {
    if (!nextCap) return false;
    if (NAME_STARTERS.has(w.lower) || (f & (W.TITLE | W.TITLE_MOD | W.DEMONYM | W.ORG_HEAD)) !== 0) return true;
    return readsAsFirstName(words, i);
  }
  if (NON_NAME_SUFFIX.test(w.lower)) return false;
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
export function readsAsFirstName(words: readonly EnWord[], i: number): boolean {
  const w = words[i];
  const next = words[i + 1];
  if (!next || next.breakBefore || !capitalised(next) || next.flags & (W.COMMON | W.TIME)) return false;
  return !(w.flags & W.FUNC) && !w.lower.endsWith('s') && !NON_NAME_SUFFIX.test(w.lower);
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
export function findRuns(words: readonly EnWord[], ev: CaseEvidence): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!candidate(words, i, ev)) {
      i++;
      continue;
    }
    const a = i;
    let b = i + 1;
    let orgish = (words[a].flags & (W.ORG_OF | W.ORG_HEAD)) !== 0;
    let sawFor = false;
    while (b < words.length && !words[b - 1].poss && b - a < MAX_RUN) {
      const w = words[b];
      if (w.breakBefore) break;
      if (capitalised(w) && !w.sentStart && w.capsLine === words[a].capsLine) {
        if (w.capsLine && !w.dateline && !candidate(words, b, ev) && !startsPhrase(words, b - 1)) break;
        if (compoundAdjective(w.text)) break;
        if (w.flags & (W.ORG_OF | W.ORG_HEAD)) orgish = true;
        // "Friday May 3" ends the run; "Theresa May" does not
        if (!w.capsLine && w.flags & W.TIME && !(w.flags & (NAME_FLAGS | W.MISC_HEAD)) && !(words[b - 1].flags & W.FIRST)) break;
        b++;
        continue;
      }
      // a lower-case joiner between two capitalised words
      const next = words[b + 1];
      if (next?.lower === 'the' && !next.breakBefore && ((w.lower === 'of' && words[b - 1].flags & (W.ORG_OF | W.PLACE_OF)) || (words[b - 1].flags & W.ORG_HEAD && ORG_JOINERS.has(w.lower)))) {
        const after = words[b + 2];
        if (after && !after.breakBefore && capitalised(after) && after.capsLine === words[a].capsLine) {
          b += 3;
          continue;
        }
      }
      if (w.shape === Shape.Lower && PARTICLES.has(w.lower) && next && !next.breakBefore && next.shape === Shape.Lower && PARTICLES.has(next.lower)) {
        const after = words[b + 2];
        if (after && !after.breakBefore && capitalised(after) && after.capsLine === words[a].capsLine) {
          b += 3;
          continue;
        }
      }
      if (!next || next.breakBefore || !capitalised(next) || next.capsLine !== words[a].capsLine) break;
      if (w.shape === Shape.Lower && PARTICLES.has(w.lower)) {
        b += 2;
        continue;
      }

      const orgPrev = (words[b - 1].flags & (W.ORG_HEAD | W.ORG_OF)) !== 0 && !(next.flags & W.TIME);
      if ((w.lower === 'of' && words[b - 1].flags & OF_HEADS) || (orgPrev && ORG_JOINERS.has(w.lower)) || (orgish && sawFor && w.lower === 'and')) {
        if (w.lower === 'for') sawFor = true;
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
