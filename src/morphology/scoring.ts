/**
 * Scores the candidate base forms of one word: rule prior, plus document/KB evidence, plus the
 * first-name lexicon (persons), minus a penalty for endings Ukrainian and Russian do not allow
 * (Москв, Петр in Ukrainian, Дніпр), with a fleeting-vowel repair (Павла → Павел) when a
 * lexicon or the evidence confirms it.
 *
 * Everything that does not depend on the evidence is computed once per word and cached
 * (analysisOf); a call only asks the evidence about each candidate.
 *
 * @module
 */
import { CYRILLIC_VOWELS } from '../lang/per-language.js';
import { matchRules, sharedCandidates, type Candidate, type CompiledTable } from './rules.js';
import { COMBOS, genderMask } from './tags.js';

/**
 * First-name lexicon: nominative → gender.
 *
 * @example
 * ```ts
 * const lexicon: Lexicon = new Map([['Сергій', 'm']]);
 * ```
 */
export type Lexicon = ReadonlyMap<string, 'm' | 'f'>;

/** Evidence interface (same shape as NameEvidence in index.ts, repeated to avoid a cycle). */
interface Evidence {
  has(form: string): boolean;
}

/** Bonus for a candidate seen in the document or the KB: the strongest signal we have. */
const EVIDENCE_BONUS = 6;
/** Bonus for a candidate that is a known first name (persons). */
const LEXICON_BONUS = 7;
/** A rule weight from which an analysis counts as a likely reading of its own. */
const STRONG_RULE = 3;
/** Nudge towards a consonant-final (masculine) base for common nouns and events. */
const LEAN_BONUS = 0.6;
/** Highest rule weight that still counts for a candidate the first-name lexicon knows. */
const FIRST_NAME_RULE_CAP = 3.5;
/** Penalty for a word-final consonant cluster the language does not allow. */
const CLUSTER_PENALTY = 3;

const VOWELS: ReadonlySet<number> = codes(CYRILLIC_VOWELS + CYRILLIC_VOWELS.toUpperCase());
const SONORANTS: ReadonlySet<number> = codes('рлнмв');
/** Letters before a final sonorant that still make a fine ending: Карл, Берн, Ульм. */
const FINE_BEFORE_SONORANT: ReadonlySet<number> = codes('йрлм');
const APOSTROPHE = 0x27;
const SOFT_SIGN = 0x44c;
const SHORT_I = 0x439;

/** The char codes of a string's letters (endings are tested by code: no one-letter strings per test). */
function codes(letters: string): ReadonlySet<number> {
  return new Set([...letters].map((c) => c.charCodeAt(0)));
}

/** True when `base` ends in a consonant cluster no nominative has (Москв, Дніпр, Павл). */
function badEnding(base: string): boolean {
  if (base.length < 2) return false;
  const last = base.charCodeAt(base.length - 1);
  const prev = base.charCodeAt(base.length - 2);
  return SONORANTS.has(last) && !VOWELS.has(prev) && !FINE_BEFORE_SONORANT.has(prev) && prev !== APOSTROPHE;
}

/** True when the last two letters are consonants (Єгипт, Павл): where a fleeting vowel may hide. */
function endsInTwoConsonants(base: string): boolean {
  if (base.length < 2) return false;
  const last = base.charCodeAt(base.length - 1);
  const prev = base.charCodeAt(base.length - 2);
  return !VOWELS.has(last) && !VOWELS.has(prev) && last !== SOFT_SIGN && prev !== SOFT_SIGN && last !== SHORT_I && prev !== SHORT_I;
}

const ALL_MASK = (1 << COMBOS) - 1;
const GENDER_MASKS: Readonly<Record<'m' | 'f', number>> = { m: genderMask('m'), f: genderMask('f') };

/**
 * What a word's candidates are before the document speaks: rule matches, cluster and
 * fleeting-vowel checks, lexicon genders. Names recur across mentions and documents, so this is
 * computed once per word (see analysisOf) and each call only adds the evidence.
 */
interface Analysis {
  readonly entries: readonly Entry[];
}

/** One rule match of a word, with its evidence-independent checks done. */
interface Entry {
  readonly base: string;
  readonly mask: number;
  readonly score: number;
  /** base !== word. */
  readonly changed: boolean;
  /** Bad final cluster and not a known name: penalised unless the evidence has the base. */
  readonly bad: boolean;
  /** The lean-to-masculine nudge applies (consonant-final changed base). */
  readonly leanable: boolean;
  /** The base with a fleeting vowel restored (Павл → Павел), when it ends in two consonants. */
  readonly repaired: string | undefined;
  readonly repairedInLexicon: boolean;
  /** Mask narrowed to the lexicon's gender of the base (0 when the lexicon does not apply). */
  readonly lexiconMask: number;
  readonly repairedLexiconMask: number;
}

/** Bound on cached analyses per table and lexicon: past it the cache starts afresh. */
const ANALYSIS_LIMIT = 10000;
/** Per table and lexicon: six maps (noun/adj/both × person/place) from word to analysis. */
const ANALYSES = new WeakMap<CompiledTable, Map<Lexicon, Map<string, Analysis>[]>>();

function lexiconMask(lexicon: Lexicon, base: string, mask: number, person: boolean): number {
  if (!person) return 0;
  const g = lexicon.get(base);
  return g ? mask & GENDER_MASKS[g] : 0;
}

function analysisOf(word: string, table: CompiledTable, kind: 'noun' | 'adj' | 'both', person: boolean, lexicon: Lexicon): Analysis {
  let byLexicon = ANALYSES.get(table);
  if (!byLexicon) ANALYSES.set(table, (byLexicon = new Map()));
  let caches = byLexicon.get(lexicon);
  if (!caches) byLexicon.set(lexicon, (caches = Array.from({ length: 6 }, () => new Map<string, Analysis>())));
  // Keyed by the word itself: no key string is built per call.
  const cache = caches[(kind === 'noun' ? 0 : kind === 'adj' ? 2 : 4) + (person ? 1 : 0)]!;
  let analysis = cache.get(word);
  if (analysis) return analysis;
  const raw = matchRules(word, table, kind === 'both' ? 'noun' : kind, person);
  if (kind === 'both') for (const c of matchRules(word, table, 'adj', person)) raw.push(c);
  const entries = raw.map((c): Entry => {
    const changed = c.base !== word;
    const repaired = changed && endsInTwoConsonants(c.base) ? c.base.slice(0, -1) + 'е' + c.base.slice(-1) : undefined;
    // (An empty base counts as vowel-final.)
    const last = c.base.length > 0 ? c.base.charCodeAt(c.base.length - 1) : 0x430;
    return {
      base: c.base,
      mask: c.mask,
      score: c.score,
      changed,
      // A name the lexicon knows is fine whatever its ending (Александр, Петр).
      bad: changed && badEnding(c.base) && !lexicon.has(c.base),
      leanable: changed && !VOWELS.has(last) && last !== SOFT_SIGN,
      repaired,
      repairedInLexicon: repaired !== undefined && lexicon.has(repaired),
      lexiconMask: lexiconMask(lexicon, c.base, c.mask, person),
      repairedLexiconMask: repaired === undefined ? 0 : lexiconMask(lexicon, repaired, c.mask, person),
    };
  });
  if (cache.size >= ANALYSIS_LIMIT) cache.clear();
  analysis = { entries };
  cache.set(word, analysis);
  return analysis;
}

/**
 * All scored candidates of one word (the declining part of a hyphenated token).
 *
 * @example
 * ```ts
 * adjustCandidates('Сергія', UK, 'noun', true, FIRST_NAMES, undefined, '', ''); // Сергій wins
 * ```
 */
export function adjustCandidates(
  word: string,
  table: CompiledTable,
  kind: 'noun' | 'adj' | 'both',
  person: boolean,
  lexicon: Lexicon,
  evidence: Evidence | undefined,
  prefix: string,
  suffix: string,
  leanMasculine = false,
): Candidate[] {
  const affixed = prefix !== '' || suffix !== '';
  if (table.indeclinable.has(word) || (affixed && table.indeclinable.has(prefix + word + suffix))) {
    return [{ base: word, mask: ALL_MASK, score: 10, confirmed: false }];
  }
  const { entries } = analysisOf(word, table, kind, person, lexicon);
  const out: Candidate[] = [];
  let anyConfirmed = false;
  for (const e of entries) {
    let score = e.score;
    // Evidence for the base itself: lifts the cluster penalty and confirms (one lookup for both).
    const seen = e.changed && evidence !== undefined && evidence.has(affixed ? prefix + e.base + suffix : e.base);
    if (e.bad && !seen) score -= CLUSTER_PENALTY;
    // Fleeting vowel: Павла → Павел, Єгипту → Єгипет; only when a lexicon or evidence confirms it.
    if (e.repaired !== undefined) {
      const repairedSeen = evidence !== undefined && evidence.has(affixed ? prefix + e.repaired + suffix : e.repaired);
      if (e.repairedInLexicon || repairedSeen) {
        // Just below the unrepaired reading when both are names (Марком: Марк, not Марек).
        const fixed = settle(e.repaired, e.mask, e.score, e.repairedLexiconMask, repairedSeen && e.repaired !== word);
        fixed.score -= 0.5;
        if (fixed.confirmed) anyConfirmed = true;
        out.push(fixed);
      }
    }
    if (leanMasculine && e.leanable) score += LEAN_BONUS;
    const c = settle(e.base, e.mask, score, e.lexiconMask, seen);
    if (c.confirmed) anyConfirmed = true;
    out.push(c);
  }
  if (person && evidence) feminineSurnameEvidence(word, out, table, evidence);
  if (evidence && anyConfirmed) {
    // The document holds inflected forms too (Мухаммеда beside Мухаммед): a confirmed candidate
    // that is itself an inflected form of another confirmed word is not a base form.
    for (const c of out) {
      if (c.confirmed && explainedByEvidence(c.base, word, entries, table, kind, person, evidence, prefix, suffix)) c.score -= EVIDENCE_BONUS;
    }
  }
  return out;
}

/**
 * Лаврова / Захарова alone is a man's genitive or a woman's nominative. Feminine-only forms of the
 * same surname in the document (Захаровой, Захаровій, Захаровою) settle it for the feminine.
 */
function feminineSurnameEvidence(word: string, cands: Candidate[], table: CompiledTable, evidence: Evidence): void {
  const last = word[word.length - 1];
  if (last !== 'а' && last !== 'А') return;
  const stem = word.slice(0, -1);
  for (const ending of table.feminineSurnameEndings) {
    if (!evidence.has(stem + ending)) continue;
    for (const c of cands) if (c.base === word) c.score += EVIDENCE_BONUS;
    return;
  }
}

/**
 * True when a confirmed candidate is better read as another inflected form: Трампу → Трампа
 * (seen in the text) shares the strong analysis Трамп with the word itself, or Мухаммеде →
 * Мухаммеда where Мухаммед is seen too.
 */
function explainedByEvidence(
  base: string,
  word: string,
  entries: readonly Entry[],
  table: CompiledTable,
  kind: 'noun' | 'adj' | 'both',
  person: boolean,
  evidence: Evidence,
  prefix: string,
  suffix: string,
): boolean {
  const again = sharedCandidates(base, table, kind === 'both' ? 'noun' : kind, person);
  for (const c of again) {
    if (c.base === base || c.base === word) continue;
    // A strong rule reading of the word itself (its best rule score for that base is strong).
    if (c.score >= STRONG_RULE && entries.some((e) => e.base === c.base && e.score >= STRONG_RULE)) return true;
    if (c.score >= 2 && evidence.has(prefix + c.base + suffix)) return true;
  }
  return false;
}

/**
 * A candidate with evidence and lexicon applied: evidence adds its bonus; for a known first name
 * the lexicon decides, not how strong the suffix rule is (the surname rule -ина → -ин must not
 * make Валентина a man's genitive by itself).
 */
function settle(base: string, mask: number, score: number, lexiconMask: number, seen: boolean): Candidate {
  // Every scored candidate has one shape (confirmed set from the start): the code that reads them stays monomorphic.
  const c: Candidate = { base, mask, score, confirmed: false };
  if (seen) {
    c.score += EVIDENCE_BONUS;
    c.confirmed = true;
  }
  if (lexiconMask) {
    c.mask = lexiconMask;
    c.score = Math.min(c.score, FIRST_NAME_RULE_CAP) + LEXICON_BONUS;
  }
  return c;
}
