/**
 * Compiles a declension table (data in src/lang/<code>/declension.ts) into suffix maps once,
 * and generates candidate base forms of one word: every rule whose suffix ends the word.
 *
 * @module
 */
import type { DeclensionTable } from './table-types.js';
import { parseTags } from './tags.js';

/** A compiled rule. */
interface Rule {
  readonly suffix: string;
  readonly replacement: string;
  readonly mask: number;
  readonly weight: number;
  /** 0 = any type, 1 = persons only, 2 = places/organisations only. */
  readonly scope: 0 | 1 | 2;
  /** suffix === replacement: the word may already be the base form. */
  readonly identity: boolean;
  /** A zero or single hard-vowel replacement, which cannot follow a stem ending in a vowel. */
  readonly consonantStemOnly: boolean;
}

/**
 * Rules keyed by inflected suffix, indexed by the suffix's last letter so a word only tries the
 * suffix lengths that exist for its own last letter (most letters end one to three suffixes).
 */
interface SuffixMap {
  readonly bySuffix: ReadonlyMap<string, readonly Rule[]>;
  /** Longest suffix ending in each letter. */
  readonly maxLengthByLast: ReadonlyMap<string, number>;
  /** Rules of the empty suffix (a zero ending). */
  readonly empty: readonly Rule[] | undefined;
}

/**
 * A declension table compiled for lookup.
 *
 * @example
 * ```ts
 * const compiled = compileTable(UK_DECLENSION);
 * wordCandidates('Трампа', compiled, 'noun', true).map((c) => c.base); // includes 'Трамп'
 * ```
 */
export interface CompiledTable {
  readonly nouns: SuffixMap;
  readonly adjectives: SuffixMap;
  readonly indeclinable: ReadonlySet<string>;
  readonly feminineSurnameEndings: readonly string[];
  /**
   * Rule matches per word, reused across mentions (names repeat); see wordCandidates. Four maps
   * (noun/adjective × person/place) keyed by the word itself, so no key string is built per call.
   */
  readonly cache: readonly Map<string, readonly Candidate[]>[];
}

/** Bound on cached words per table: past it the cache starts afresh (no unbounded growth). */
const CACHE_LIMIT = 20000;

/**
 * One candidate base form of a word, with the gender×case combinations it explains.
 *
 * @example
 * ```ts
 * const c: Candidate = { base: 'Трамп', mask: 0b1010, score: 3.2 };
 * ```
 */
export interface Candidate {
  /** The proposed nominative singular. */
  readonly base: string;
  /** Gender×case bits (see tags.ts) under which the word is this form of `base`. */
  mask: number;
  /** Prior from the rule, adjusted by evidence and lexicons. */
  score: number;
  /** Set when document/KB evidence confirmed this base. */
  confirmed?: boolean;
}

/** Vowels: zero endings and empty-suffix rules only meet consonants. */
const VOWELS: ReadonlySet<string> = new Set([...'аеєиіїоуюяыэё']);
const HARD_VOWELS: ReadonlySet<string> = new Set([...'аоуиыэ']);

function compileRows(rows: DeclensionTable['nouns']): SuffixMap {
  const bySuffix = new Map<string, Rule[]>();
  const maxLengthByLast = new Map<string, number>();
  for (const [suffix, replacement, tags, weight, scope] of rows) {
    const rule: Rule = {
      suffix,
      replacement,
      mask: parseTags(tags),
      weight,
      scope: scope === 'P' ? 1 : scope === 'L' ? 2 : 0,
      identity: suffix === replacement,
      consonantStemOnly: replacement === '' || (replacement.length === 1 && HARD_VOWELS.has(replacement)),
    };
    const list = bySuffix.get(suffix);
    if (list) list.push(rule);
    else bySuffix.set(suffix, [rule]);
    const last = suffix[suffix.length - 1];
    if (last !== undefined && suffix.length > (maxLengthByLast.get(last) ?? 0)) maxLengthByLast.set(last, suffix.length);
  }
  return { bySuffix, maxLengthByLast, empty: bySuffix.get('') };
}

/**
 * Compiles a table; call once per language at module load.
 *
 * @example
 * ```ts
 * const UK = compileTable(UK_DECLENSION);
 * ```
 */
export function compileTable(table: DeclensionTable): CompiledTable {
  return {
    nouns: compileRows(table.nouns),
    adjectives: compileRows(table.adjectives),
    indeclinable: new Set(table.indeclinable),
    feminineSurnameEndings: table.feminineSurnameEndings,
    cache: [new Map(), new Map(), new Map(), new Map()],
  };
}

/**
 * Candidate base forms of a single word (no spaces or hyphens) under the noun or adjective
 * paradigms, longest suffix first. `person` selects the person-only rules (else place rules).
 *
 * @example
 * ```ts
 * wordCandidates('Лаврова', UK, 'noun', true); // Лавров (m:gen,acc), Лаврова (f:nom), …
 * ```
 */
export function wordCandidates(word: string, table: CompiledTable, kind: 'noun' | 'adj', person: boolean): Candidate[] {
  // Callers adjust scores and masks: hand out copies.
  return sharedCandidates(word, table, kind, person).map((c) => ({ base: c.base, mask: c.mask, score: c.score }));
}

/**
 * Like wordCandidates, but the cached array itself: for callers that only read it.
 *
 * @example
 * ```ts
 * sharedCandidates('Трампа', compiled, 'noun', true).some((c) => c.base === 'Трамп'); // true
 * ```
 */
export function sharedCandidates(word: string, table: CompiledTable, kind: 'noun' | 'adj', person: boolean): readonly Candidate[] {
  const cache = table.cache[(kind === 'noun' ? 0 : 2) + (person ? 1 : 0)]!;
  let cached = cache.get(word);
  if (!cached) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cached = matchRules(word, table, kind, person);
    cache.set(word, cached);
  }
  return cached;
}

/**
 * The rule matches of a word without the cache: for callers that keep their own per-word cache
 * (scoring.ts), so the same matches are not held twice.
 *
 * @example
 * ```ts
 * matchRules('Трампа', compiled, 'noun', true).some((c) => c.base === 'Трамп'); // true
 * ```
 */
export function matchRules(word: string, table: CompiledTable, kind: 'noun' | 'adj', person: boolean): Candidate[] {
  const map = kind === 'noun' ? table.nouns : table.adjectives;
  const lower = word.toLowerCase();
  const out: Candidate[] = [];
  let matched = false;
  const last = lower[lower.length - 1] ?? '';
  const longest = Math.min(map.maxLengthByLast.get(last) ?? 0, word.length);
  for (let length = longest; length >= 0; length--) {
    const rules = length === 0 ? map.empty : map.bySuffix.get(lower.slice(word.length - length));
    if (!rules) continue;
    if (length === 0 && (VOWELS.has(last) || last === 'й' || last === 'ь')) continue;
    const stem = word.slice(0, word.length - length);
    const stemVowel = VOWELS.has(lower[stem.length - 1] ?? '');
    for (const rule of rules) {
      if (rule.scope === 1 && !person) continue;
      if (rule.scope === 2 && person) continue;
      const identity = rule.identity;
      // A stem of one letter is too short to trust unless the base is 3+ letters (Рима → Рим).
      if (!identity && stem.length < 2 && stem.length + rule.replacement.length < 3) continue;
      // A zero ending leaves a consonant (Хитроу is not a form of *Хитро), and no ending
      // starting with a hard vowel follows a vowel (nor *Хитроа).
      if (stemVowel && rule.consonantStemOnly) continue;
      // A rule that replaces the whole word (дому → дім) keeps its capital: Рогу → Ріг.
      let base = identity ? word : stem + rule.replacement;
      if (stem === '' && !identity && word[0] !== lower[0]) base = base[0]!.toUpperCase() + base.slice(1);
      out.push({ base, mask: rule.mask, score: rule.weight });
      matched = true;
    }
    // Adjective endings are unambiguous by length: Залужному is -ому, never -у.
    if (matched && kind === 'adj') break;
  }
  return out;
}
