/**
 * Scores the candidate base forms of one word: rule prior, plus document/KB evidence, plus the
 * first-name lexicon (persons), minus a penalty for endings Ukrainian and Russian do not allow
 * (Москв, Петр in Ukrainian, Дніпр), with a fleeting-vowel repair (Павла → Павел) when a
 * lexicon or the evidence confirms it.
 *
 * @module
 */
import { wordCandidates, type Candidate, type CompiledTable } from './rules.js';
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

const VOWELS: ReadonlySet<string> = new Set([...'аеєиіїоуюяыэёАЕЄИІЇОУЮЯЫЭЁ']);
const SONORANTS: ReadonlySet<string> = new Set([...'рлнмв']);
/** Letters before a final sonorant that still make a fine ending: Карл, Берн, Ульм. */
const FINE_BEFORE_SONORANT: ReadonlySet<string> = new Set([...'йрлм']);

/** True when `base` ends in a consonant cluster no nominative has (Москв, Дніпр, Павл). */
function badEnding(base: string): boolean {
  const last = base[base.length - 1] ?? '';
  const prev = base[base.length - 2] ?? '';
  return SONORANTS.has(last) && prev !== '' && !VOWELS.has(prev) && !FINE_BEFORE_SONORANT.has(prev) && prev !== "'";
}

/** True when the last two letters are consonants (Єгипт, Павл): where a fleeting vowel may hide. */
function endsInTwoConsonants(base: string): boolean {
  const last = base[base.length - 1] ?? '';
  const prev = base[base.length - 2] ?? '';
  return last !== '' && prev !== '' && !VOWELS.has(last) && !VOWELS.has(prev) && last !== 'ь' && prev !== 'ь' && last !== 'й' && prev !== 'й';
}

const ALL_MASK = (1 << COMBOS) - 1;

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
  if (table.indeclinable.has(word) || table.indeclinable.has(prefix + word + suffix)) {
    return [{ base: word, mask: ALL_MASK, score: 10 }];
  }
  const raw = kind === 'both'
    ? [...wordCandidates(word, table, 'noun', person), ...wordCandidates(word, table, 'adj', person)]
    : wordCandidates(word, table, kind, person);
  // Rule-only scores of the word's analyses, before evidence (see explainedByEvidence).
  const prior = new Map<string, number>();
  for (const c of raw) if ((prior.get(c.base) ?? -Infinity) < c.score) prior.set(c.base, c.score);
  const out: Candidate[] = [];
  for (const c of raw) {
    if (c.base !== word) {
      // A name the lexicon or the evidence knows is fine whatever its ending (Александр, Петр).
      const bad = badEnding(c.base) && !lexicon.has(c.base) && !evidence?.has(prefix + c.base + suffix);
      if (bad) c.score -= CLUSTER_PENALTY;
      // Fleeting vowel: Павла → Павел, Єгипту → Єгипет; only when a lexicon or evidence confirms it.
      if (endsInTwoConsonants(c.base)) {
        const repaired = c.base.slice(0, -1) + 'е' + c.base.slice(-1);
        if (lexicon.has(repaired) || evidence?.has(prefix + repaired + suffix)) {
          // Just below the unrepaired reading when both are names (Марком: Марк, not Марек).
          const score = c.score + (bad ? CLUSTER_PENALTY : 0);
          const fixed = confirm({ base: repaired, mask: c.mask, score }, word, person, lexicon, evidence, prefix, suffix);
          fixed.score -= 0.5;
          out.push(fixed);
        }
      }
    }
    const last = c.base[c.base.length - 1] ?? 'а';
    if (leanMasculine && c.base !== word && !VOWELS.has(last) && last !== 'ь') c.score += LEAN_BONUS;
    out.push(confirm(c, word, person, lexicon, evidence, prefix, suffix));
  }
  if (person && evidence) feminineSurnameEvidence(word, out, table, evidence);
  if (evidence) {
    // The document holds inflected forms too (Мухаммеда beside Мухаммед): a confirmed candidate
    // that is itself an inflected form of another confirmed word is not a base form.
    for (const c of out) {
      if (c.confirmed && explainedByEvidence(c.base, word, prior, table, kind, person, evidence, prefix, suffix)) c.score -= EVIDENCE_BONUS;
    }
  }
  return out;
}

/**
 * Лаврова / Захарова alone is a man's genitive or a woman's nominative. Feminine-only forms of the
 * same surname in the document (Захаровой, Захаровій, Захаровою) settle it for the feminine.
 */
function feminineSurnameEvidence(word: string, cands: Candidate[], table: CompiledTable, evidence: Evidence): void {
  const lower = word.toLowerCase();
  if (!lower.endsWith('а')) return;
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
  prior: ReadonlyMap<string, number>,
  table: CompiledTable,
  kind: 'noun' | 'adj' | 'both',
  person: boolean,
  evidence: Evidence,
  prefix: string,
  suffix: string,
): boolean {
  const again = kind === 'both' ? wordCandidates(base, table, 'noun', person) : wordCandidates(base, table, kind, person);
  for (const c of again) {
    if (c.base === base || c.base === word) continue;
    if (c.score >= STRONG_RULE && (prior.get(c.base) ?? 0) >= STRONG_RULE) return true;
    if (c.score >= 2 && evidence.has(prefix + c.base + suffix)) return true;
  }
  return false;
}

function confirm(c: Candidate, word: string, person: boolean, lexicon: Lexicon, evidence: Evidence | undefined, prefix: string, suffix: string): Candidate {
  if (c.base !== word && evidence?.has(prefix + c.base + suffix)) {
    c.score += EVIDENCE_BONUS;
    c.confirmed = true;
  }
  if (person) {
    const g = lexicon.get(c.base);
    if (g) {
      const m = c.mask & genderMask(g);
      if (m) {
        c.mask = m;
        // For a known first name the lexicon decides, not how strong the suffix rule is: the
        // surname rule -ина → -ин must not make Валентина a man's genitive by itself.
        c.score = Math.min(c.score, FIRST_NAME_RULE_CAP) + LEXICON_BONUS;
      }
    }
  }
  return c;
}

