/**
 * Cuts a candidate run into names: titles before a person ("Foreign Minister Sergei Lavrov" →
 * "Sergei Lavrov"), a country or nationality before the title ("U.S.", "Russian"), the domain of a
 * title ("Secretary of State"), a nationality adjective before a name, and a sentence's capitalised
 * first word that is not part of the name.
 *
 * @module
 */
import { LOC_FLAGS, NAME_FLAGS, PER_FLAGS, W, spanFlags } from './lexicon.js';
import { classify, type Typed } from './classify.js';
import { readsAsFirstName, type Run } from './runs.js';
import { B, Shape, type EnWords } from './words.js';
import { EMPLOYER_TITLES } from '../../lang/en/titles.js';
import { NAME_STARTERS } from '../../lang/en/places.js';

/**
 * A name segment [a, b) of the word list with its type.
 *
 * @example
 * ```ts
 * const s: Segment = { a: 2, b: 4, type: 'PER', strong: true };
 * ```
 */
export interface Segment extends Typed {
  /** Index of the first word. */
  a: number;
  /** Index past the last word. */
  b: number;
  /** The segment rests on a sentence-initial or headline word that only the document can confirm. */
  needsEvidence?: boolean;
  /** A sports team named after its place: its type outweighs the place's elsewhere in the document. */
  team?: boolean;
  /** The type comes from where the name stands (a dateline, a score line): the document's vote does not change it. */
  fixed?: boolean;
  /** An ordinary word capitalised inside a sentence: kept only when the document repeats it. */
  plain?: boolean;
  /** The type comes from the words around the name ("the town of X"): it outweighs a bare guess. */
  ctx?: boolean;
  /** The type comes from a preposition before the name ("from X"): a little more than a bare guess. */
  hint?: boolean;
  /** KB ids of the entries the knowledge base matched, best first. */
  kbIds?: string[];
}

const HEADS = W.ORG_HEAD | W.PLACE_HEAD | W.MISC_HEAD;
/** Honorifics that follow a name rather than precede it. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'esq', 'phd', 'llb']);
const NATIONALITY = /(?:an|ese|ish|i)$/;
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'stated', 'wrote', 'insisted', 'warned', 'replied', 'argued', 'announced']);

/**
 * A new segment with every field set, in one order: all segments share one hidden class, so the
 * passes that read them stay monomorphic (and no object spread, which is slow).
 */
function make(a: number, b: number, type: Typed['type'], strong: boolean, gender: Typed['gender']): Segment {
  return { a, b, type, strong, gender, needsEvidence: false, plain: false, ctx: false, hint: false, team: false, fixed: false, kbIds: undefined };
}

/** A segment [a, b) typed `t`. */
function seg(a: number, b: number, t: Typed): Segment {
  return make(a, b, t.type, t.strong, t.gender);
}

/** Is [a, b) a known multi-word name (compromise's or ours)? */
function knownPhrase(words: EnWords, a: number, b: number): boolean {
  return b - a > 1 && (spanFlags(words.lower, a, b) & NAME_FLAGS) !== 0;
}

/**
 * Splits one run into typed name segments, appended to `out` (a new array by default) and returned.
 *
 * @example
 * ```ts
 * segmentRun(words, { a: 0, b: 4 }); // "Foreign Minister Sergei Lavrov" → [{ a: 2, b: 4, type: 'PER', … }]
 * ```
 */
export function segmentRun(words: EnWords, run: Run, out: Segment[] = []): Segment[] {
  const { flags, bits, lower } = words;
  let { a } = run;
  const { b } = run;
  // a sentence's first word that is an ordinary word ("Officials", "Former") is not part of the name
  // ("Liberty Party": a word before the run's last word that is an organisation's head stays)
  while (a < b - 1 && bits[a] & (B.SentStart | B.CapsLine) && flags[a] & W.COMMON && !(flags[a] & (NAME_FLAGS | W.TITLE | W.TITLE_MOD | HEADS)) && !knownPhrase(words, a, b) && !(bits[a] & B.SentStart && readsAsFirstName(words, a)) && !(a + 2 === b && flags[a + 1] & W.ORG_HEAD && !(flags[a] & W.FUNC))) a++;
  // "Former Wales captain", "Former Yugoslavia": a title modifier with no title after it is no part of the name
  while (a < b - 1 && bits[a] & (B.SentStart | B.CapsLine) && flags[a] & W.TITLE_MOD && flags[a] & W.COMMON && !(flags[a] & (NAME_FLAGS | HEADS)) && !NAME_STARTERS.has(lower[a]) && !(flags[a + 1] & (W.TITLE | W.TITLE_MOD)) && !knownPhrase(words, a, b)) a++;
  if (knownPhrase(words, a, b)) {
    out.push(seg(a, b, classify(words, a, b)));
    return out;
  }
  const lastFlags = flags[b - 1];
  // titles: scan the prefix of title words, places and nationalities
  const titleOf = flags[a] & W.TITLE && b - a > 2 && lower[a + 1] === 'of';
  if (titleOf || !(lastFlags & HEADS) || lastFlags & PER_FLAGS) {
    let k = a;
    let lastTitle = -1;
    // places and nationalities before the first title word ("Republican Indiana Gov. Mike Pence")
    let lead = a;
    const prefix: Segment[] = [];
    while (k < b) {
      const f = flags[k];
      if (f & W.TITLE || (f & W.HONORIFIC && !NAME_SUFFIXES.has(lower[k]))) {
        lastTitle = k;
        k++;
      } else if (f & W.TITLE_MOD && !(f & (W.FIRST | W.LAST | W.PERSON))) {
        k++;
      } else if (k === lead && f & (W.DEMONYM | LOC_FLAGS) && !(f & PER_FLAGS)) {
        prefix.push(seg(k, k + 1, classify(words, k, k + 1)));
        lead = ++k;
      } else if (k === lead && words.shape[k] === Shape.Upper && !(f & PER_FLAGS)) {
        prefix.push(seg(k, k + 1, classify(words, k, k + 1)));
        lead = ++k;
      } else if (k === lead && !(f & (W.COMMON | PER_FLAGS)) && k + 1 < b && flags[k + 1] & (W.TITLE | W.TITLE_MOD)) {
        // an unknown word before a title is the title's country or nationality ("Zairean Prime Minister")
        const t = classify(words, k, k + 1);
        const guess = NATIONALITY.test(lower[k]) ? 'MISC' : EMPLOYER_TITLES.has(lower[k + 1]) ? 'ORG' : 'LOC';
        prefix.push(make(k, k + 1, t.strong ? t.type : guess, false, undefined));
        lead = ++k;
      } else if (lower[k] === 'of' && lastTitle === k - 1) {
        // the title's domain: "Secretary of State", "Minister of Foreign Affairs", "Governor of Texas"
        const d = k + 1;
        // the domain runs to a first name ("… of Foreign Affairs Sergei Lavrov"), else it is one word
        let e = d;
        while (e < b && !(flags[e] & W.FIRST && !(flags[e] & W.COMMON) && e > d)) e++;
        if (e === b) e = b - d >= 2 ? d + 1 : b;
        k = e;
        const dom = classify(words, d, e);
        if (dom.strong && (dom.type === 'LOC' || dom.type === 'ORG') && !(flags[d] & W.TITLE_MOD)) prefix.push(seg(d, e, dom));
        break;
      } else break;
    }
    if (lastTitle >= 0 && k < b) {
      out.push(...prefix);
      const rest = classify(words, k, b);
      out.push(make(k, b, 'PER', true, rest.gender));
      return out;
    }
    if (lastTitle >= 0 && k >= b) {
      // a title alone ("Foreign Minister", "Secretary of State"): only the places in it are names
      out.push(...prefix);
      return out;
    }
    // an organisation's title before a name: "European Commission President Ursula von der Leyen"
    const cut = titleFromRight(words, a, b);
    if (cut) {
      const [p, h] = cut;
      segmentRun(words, { a, b: p }, out);
      const rest = classify(words, h + 1, b);
      out.push(make(h + 1, b, 'PER', true, rest.gender));
      return out;
    }
  }
  // a nationality adjective before a name that is not an organisation ("Russian Sergei Ivanov" is rare; "German Bundesbank" is one name)
  const firstFlags = flags[a];
  if (b - a > 1 && firstFlags & W.DEMONYM && !(lastFlags & HEADS) && flags[a + 1] & PER_FLAGS) {
    out.push(make(a, a + 1, 'MISC', true, undefined));
    out.push(seg(a + 1, b, classify(words, a + 1, b)));
    return out;
  }
  const typed = classify(words, a, b);
  // a sentence-initial unknown word needs the document to back it, unless a speech verb follows ("Lavrov said")
  const speaks = b < words.n && !(bits[b] & B.BreakBefore) && !(bits[b - 1] & B.Poss) && SPEECH_AFTER.has(lower[b]);
  // an ordinary word capitalised inside a sentence ("The Latest", "the Street") is a name only if the document agrees
  const plainWord = b - a === 1 && (firstFlags & W.COMMON) !== 0 && !(firstFlags & NAME_FLAGS) && words.shape[a] === Shape.Title;
  const needsEvidence = (bits[a] & (B.SentStart | B.CapsLine)) !== 0 && b - a === 1 && !typed.strong && !(speaks && !(bits[a] & B.CapsLine));
  const s = seg(a, b, typed);
  s.needsEvidence = needsEvidence;
  s.plain = plainWord && !typed.strong && !speaks;
  out.push(s);
  return out;
}

/**
 * The last title word h inside [a, b) that has a name after it and an organisation or place before
 * it, with p the start of its title block (modifiers before it): [a, p) is the title's organisation.
 */
function titleFromRight(words: EnWords, a: number, b: number): [number, number] | null {
  const { flags } = words;
  for (let h = b - 2; h > a; h--) {
    const f = flags[h];
    if (!(f & W.TITLE) || f & (PER_FLAGS | LOC_FLAGS)) continue;
    if (words.lower[h + 1] === 'of' || flags[h + 1] & (W.TITLE | HEADS)) return null;
    let p = h;
    while (p > a && flags[p - 1] & (W.TITLE | W.TITLE_MOD) && !(flags[p - 1] & (HEADS | W.ORG | LOC_FLAGS))) p--;
    if (p === a) return null;
    const before = flags[p - 1];
    // the part before must be a name of its own: a known name, an organisation head or an acronym
    if (before & (NAME_FLAGS | W.ORG_HEAD | W.PLACE_HEAD) || words.shape[p - 1] === Shape.Upper) return [p, h];
    return null;
  }
  return null;
}
