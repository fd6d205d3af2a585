/**
 * Compiles a declension table (data in src/lang/<code>/declension.ts) into suffix maps once,
 * and generates candidate base forms of one word: every rule whose suffix ends the word.
 *
 * @module
 */
import { CYRILLIC_VOWELS, CYRILLIC_VOWEL_CODES as VOWEL_CODES } from '../lang/per-language.js';
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
  /** The same suffixes as a trie read from the word's end, by char code: no suffix string is cut per word. */
  readonly trie: SuffixNode;
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

/** A trie node: the rules of the suffix spelt by the path from the root (last letter first). */
interface SuffixNode {
  readonly next: Map<number, SuffixNode>;
  rules: readonly Rule[] | undefined;
}

function suffixTrie(bySuffix: ReadonlyMap<string, readonly Rule[]>): SuffixNode {
  const root: SuffixNode = { next: new Map(), rules: undefined };
  for (const [suffix, rules] of bySuffix) {
    let node = root;
    for (let i = suffix.length - 1; i >= 0; i--) {
      const c = suffix.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), rules: undefined }));
      node = child;
    }
    if (suffix !== '') node.rules = rules;
  }
  return root;
}

/** Vowels: zero endings and empty-suffix rules only meet consonants. */
const VOWELS: ReadonlySet<string> = new Set([...CYRILLIC_VOWELS]);
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
  return { bySuffix, trie: suffixTrie(bySuffix), maxLengthByLast, empty: bySuffix.get('') };
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
  // Lower-casing keeps the length of every Cyrillic and Latin word; a word it does not is read
  // the slow way, so that suffixes are cut exactly as before.
  if (lower.length !== word.length) return matchRulesBySlices(word, lower, map, kind, person);
  const out: Candidate[] = [];
  const n = word.length;
  // The nodes of the word's suffixes, by length: the rules of each suffix the word ends in.
  const found = FOUND;
  let depth = 0;
  for (let node = map.trie; depth < n && depth < FOUND.length - 1; ) {
    const child = node.next.get(lower.charCodeAt(n - 1 - depth));
    if (!child) break;
    found[++depth] = child.rules;
    node = child;
  }
  const lastCode = lower.charCodeAt(n - 1);
  let matched = false;
  for (let length = depth; length >= 0; length--) {
    const rules = length === 0 ? map.empty : found[length];
    if (!rules) continue;
    if (length === 0 && (VOWEL_CODES.has(lastCode) || lastCode === 0x439 || lastCode === 0x44c)) continue; // й, ь
    const stemLength = n - length;
    const stemVowel = stemLength > 0 && VOWEL_CODES.has(lower.charCodeAt(stemLength - 1));
    let stem: string | undefined;
    for (const rule of rules) {
      if (rule.scope === 1 && !person) continue;
      if (rule.scope === 2 && person) continue;
      const identity = rule.identity;
      // A stem of one letter is too short to trust unless the base is 3+ letters (Рима → Рим).
      if (!identity && stemLength < 2 && stemLength + rule.replacement.length < 3) continue;
      // A zero ending leaves a consonant (Хитроу is not a form of *Хитро), and no ending
      // starting with a hard vowel follows a vowel (nor *Хитроа).
      if (stemVowel && rule.consonantStemOnly) continue;
      // A rule that replaces the whole word (дому → дім) keeps its capital: Рогу → Ріг.
      stem ??= word.slice(0, stemLength);
      let base = identity ? word : stem + rule.replacement;
      if (stemLength === 0 && !identity && n > 0 && word.charCodeAt(0) !== lower.charCodeAt(0)) base = base[0]!.toUpperCase() + base.slice(1);
      out.push({ base, mask: rule.mask, score: rule.weight });
      matched = true;
    }
    // Adjective endings are unambiguous by length: Залужному is -ому, never -у.
    if (matched && kind === 'adj') break;
  }
  return out;
}

/**
 * Scratch for matchRules: the rules found per suffix length (one call at a time). Sized up front
 * past any suffix length, so the optimised code never reads past its end.
 */
const FOUND: (readonly Rule[] | undefined)[] = new Array<readonly Rule[] | undefined>(64).fill(undefined);

/** matchRules for the rare word whose lower-case form differs in length: suffixes cut as strings. */
function matchRulesBySlices(word: string, lower: string, map: SuffixMap, kind: 'noun' | 'adj', person: boolean): Candidate[] {
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
      if (!identity && stem.length < 2 && stem.length + rule.replacement.length < 3) continue;
      if (stemVowel && rule.consonantStemOnly) continue;
      let base = identity ? word : stem + rule.replacement;
      if (stem === '' && !identity && word[0] !== lower[0]) base = base[0]!.toUpperCase() + base.slice(1);
      out.push({ base, mask: rule.mask, score: rule.weight });
      matched = true;
    }
    if (matched && kind === 'adj') break;
  }
  return out;
}
