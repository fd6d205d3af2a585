/**
 * Base forms of names (nominative singular) from hand-written declension rules.
 *
 * How: the name is split into words; for persons every word declines, for places and
 * organisations the leading adjectives and the head noun decline and the genitive tail stays
 * (Національного банку України → Національний банк України). Each declining word gets candidate
 * base forms from the suffix tables in src/lang/<code>/declension.ts, each valid for some
 * gender×case combinations; candidates are boosted by document/KB evidence and the first-name
 * lexicon, and the words must agree: the combination with the best total score wins.
 *
 * Speed: rule matches and the evidence-free part of each word's scoring are cached per word
 * (rules.ts, scoring.ts), and whole base forms per name with the evidence answers they depended
 * on (memo.ts), so a name seen in an earlier document costs a few evidence look-ups.
 *
 * @module
 */
import type { EntityType, Lang } from '../types.js';
import { FIRST_NAMES as UK_FIRST_NAMES } from '../lang/uk/first-names.js';
import { FIRST_NAMES as RU_FIRST_NAMES } from '../lang/ru/first-names.js';
import { UK_DECLENSION } from '../lang/uk/declension.js';
import { RU_DECLENSION } from '../lang/ru/declension.js';
import { compileTable, type Candidate, type CompiledTable } from './rules.js';
import { tokenizeName, type NameToken } from './tokens.js';
import { isAdjectivalSurname, isAdjectiveForm, isLoneAdjective } from './word-class.js';
import { adjustCandidates, type Lexicon } from './scoring.js';
import { chooseAgreeing, personBits, ALL_BITS } from './agreement.js';
import { CASES, COMBOS, GENDERS } from './tags.js';
import { EvidenceMemo } from './memo.js';

/**
 * Evidence from the document: word forms seen elsewhere in it (and KB names), used to choose
 * between candidate base forms ('Лаврова' → 'Лавров' is confirmed when 'Лавров' occurs).
 *
 * @example
 * ```ts
 * const words = new Set(['Лавров', 'Сергій']);
 * const evidence: NameEvidence = { has: (form) => words.has(form) };
 * ```
 */
export interface NameEvidence {
  /** True when this exact word form (case-sensitive) occurs in the document or the KB. */
  has(form: string): boolean;
}

/**
 * What is known about the name being lemmatised.
 *
 * @example
 * ```ts
 * const options: BaseFormOptions = { lang: 'uk', type: 'PER', gender: 'm' };
 * ```
 */
export interface BaseFormOptions {
  /** Language of the text (a Russian name inside Ukrainian text is still lemmatised with `lang: 'uk'`; the rules try both). */
  lang: Lang;
  /** The entity type: persons, places and organisations decline differently. */
  type: EntityType;
  /** Gender when known (from a first name, a title, an agreeing verb). */
  gender?: 'm' | 'f';
  /** Document and KB evidence. */
  evidence?: NameEvidence;
}

const TABLES: Readonly<Record<'uk' | 'ru', CompiledTable>> = {
  uk: compileTable(UK_DECLENSION),
  ru: compileTable(RU_DECLENSION),
};
/** Mask with every gender×case bit set. */
const ALL_MASK = (1 << COMBOS) - 1;

/** One or more whitespace characters (built once). */
const SPACE_RUN = /\s+/g;

const LEXICONS: Readonly<Record<'uk' | 'ru', Lexicon>> = { uk: UK_FIRST_NAMES, ru: RU_FIRST_NAMES };

/** A declining word: one part of a (possibly hyphenated) token, and its candidates. */
interface Slot {
  /** Index of the token in the name. */
  token: number;
  /** Index of the declining part in `token.core.split('-')`. */
  part: number;
  word: string;
  candidates: Candidate[];
}

/** How much less a Russian reading of a word in Ukrainian text counts. */
const RUSSIAN_IN_UKRAINIAN_PENALTY = 2;

/** Letters Russian has and Ukrainian does not: ы э ъ ё Ы Э Ъ Ё (char codes, checked per word). */
function hasRussianLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x44b || c === 0x44d || c === 0x44a || c === 0x451 || c === 0x42b || c === 0x42d || c === 0x42a || c === 0x401) return true;
  }
  return false;
}

/** Parts of a hyphenated token and the one that declines: Нью-Йорка → Йорка, Ростова-на-Дону → Ростова. */
function hyphenParts(core: string): { parts: string[]; index: number } {
  if (!core.includes('-')) return { parts: [core], index: 0 };
  const parts = core.split('-');
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    if (p && p[0] === p[0]!.toLowerCase()) return { parts, index: 0 };
  }
  return { parts, index: parts.length - 1 };
}

const NO_AFFIXES = { prefix: '', suffix: '' } as const;

function affixes(parts: readonly string[], index: number): { prefix: string; suffix: string } {
  if (parts.length === 1) return NO_AFFIXES;
  // join() rather than map()+join(): no per-call closures to compile.
  return {
    prefix: index > 0 ? parts.slice(0, index).join('-') + '-' : '',
    suffix: index < parts.length - 1 ? '-' + parts.slice(index + 1).join('-') : '',
  };
}

function makeSlot(token: NameToken, tokenIndex: number, parts: readonly string[], index: number, lang: 'uk' | 'ru', kind: 'noun' | 'adj' | 'both', person: boolean, evidence: NameEvidence | undefined, misc = false): Slot {
  const word = parts[index]!;
  const { prefix, suffix } = affixes(parts, index);
  // A Russian word inside Ukrainian text (Москвы, Объединённых) declines by the Russian table;
  // other words in Ukrainian text also get the Russian readings, below the Ukrainian ones.
  const table = lang === 'uk' && hasRussianLetter(word) ? 'ru' : lang;
  // Common nouns (lowercase) and event/product names lean masculine: референдума, Брекзиту.
  const leanMasculine = misc || !token.capital;
  // (Fields read by name, not by a key string: optimised code stays valid when the first Russian
  // word comes after many Ukrainian ones.)
  const candidates = table === 'ru'
    ? adjustCandidates(word, TABLES.ru, kind, person, LEXICONS.ru, evidence, prefix, suffix, leanMasculine)
    : adjustCandidates(word, TABLES.uk, kind, person, LEXICONS.uk, evidence, prefix, suffix, leanMasculine);
  if (table === 'uk') {
    // The Ukrainian lexicon still judges them: Ukrainian text spells names the Ukrainian way.
    for (const c of adjustCandidates(word, TABLES.ru, kind, person, LEXICONS.uk, evidence, prefix, suffix, leanMasculine)) {
      c.score -= RUSSIAN_IN_UKRAINIAN_PENALTY;
      candidates.push(c);
    }
  }
  if (person) for (const c of candidates) if (c.base === word && (c.mask & M_NOM) !== 0 && (c.mask & M_GEN) === 0) c.mask &= ~M_ACC;
  // Alternations change a vowel of the last syllable (Бориспіль–Борисполя), never a word's first
  // letter: a rule whose pattern spans the whole word reads «Оля» as a form of «Іль».
  for (let k = candidates.length - 1; k >= 0; k--) {
    const base = candidates[k]!.base;
    if (base.length > 0 && base.charCodeAt(0) !== word.charCodeAt(0) && base[0]!.toLowerCase() !== word[0]!.toLowerCase()) candidates.splice(k, 1);
  }
  return { token: tokenIndex, part: index, word, candidates };
}

/**
 * A person is animate: a masculine accusative that looks like the nominative (an inanimate reading,
 * `Андрій` as an `-ій` adjective) is not one; the person's is the genitive (бачу Андрія) or, for
 * `-а` nouns, `-у` (Кулебу). Without this the reading `Андрій` (acc.) + `Сибіга` (acc. of Сибіг)
 * outvoted the nominative `Андрій Сибіга`.
 */
const M_NOM = 1 << (GENDERS.indexOf('m') * CASES.length + CASES.indexOf('nom'));
const M_ACC = 1 << (GENDERS.indexOf('m') * CASES.length + CASES.indexOf('acc'));
const M_GEN = 1 << (GENDERS.indexOf('m') * CASES.length + CASES.indexOf('gen'));

/** Picks the words that decline and how (nouns, adjectives). */
function decliningSlots(tokens: NameToken[], lang: 'uk' | 'ru', type: EntityType, evidence: NameEvidence | undefined): Slot[] {
  const slots: Slot[] = [];
  if (type === 'PER') {
    // Every capitalised part of a person's name declines: Жана-Клода Юнкера, Асію-Бібі.
    for (let ti = 0; ti < tokens.length; ti++) {
      const t = tokens[ti]!;
      if (t.frozen || !t.capital) continue;
      const parts = t.core.includes('-') ? t.core.split('-') : [t.core];
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i]!;
        if (p.length > 1 && p[0] !== p[0]!.toLowerCase()) {
          const slot = makeSlot(t, ti, parts, i, lang, isAdjectivalSurname(p, lang) ? 'both' : 'noun', true, evidence);
          // A non-final part may stay as written (Рис-Могга), so it must not veto the agreement.
          if (i < parts.length - 1) slot.candidates.push({ base: p, mask: ALL_MASK, score: 0, confirmed: false });
          slots.push(slot);
        }
      }
    }
    return slots;
  }
  // Places, organisations, events: a name that starts with an abbreviation (РИА Новости,
  // ПАТ «Укрнафта») is kept whole; otherwise adjectives, then the head noun, then a fixed tail.
  if (tokens.length === 0 || tokens[0]!.frozen) return slots;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.frozen) break;
    const next = tokens[i + 1];
    const { parts, index } = hyphenParts(t.core);
    // An adjective also declines before an abbreviation it qualifies (британского МИД). A
    // Ukrainian place of one adjective (на Городоцькій — the street) declines as that adjective.
    const adjective = next !== undefined
      ? isAdjectiveForm(parts[index]!)
      : i === 0 && lang === 'uk' && type === 'LOC' && isLoneAdjective(parts[index]!);
    slots.push(makeSlot(t, i, parts, index, lang, adjective ? 'adj' : 'noun', false, evidence, type !== 'LOC' && type !== 'ORG'));
    if (!adjective) break;
  }
  return slots;
}

/**
 * Returns the base form of a (possibly multi-word) name: 'Сергія Лаврова' → 'Сергій Лавров',
 * 'Білого дому' → 'Білий дім', 'Алясці' → 'Аляска', 'Рубіо' → 'Рубіо'.
 *
 * @example
 * ```ts
 * baseFormOfName('Сергія Лаврова', { lang: 'uk', type: 'PER' }); // 'Сергій Лавров'
 * ```
 */
export function baseFormOfName(text: string, options: BaseFormOptions): string {
  const lang = options.lang;
  if (lang !== 'uk' && lang !== 'ru') return text;
  const { type, gender } = options;
  const key = lang + type + (gender ?? '') + '|' + text;
  return MEMO.run(key, options.evidence, (evidence) => computeBaseForm(text, lang, type, gender, evidence));
}

/** Base forms remembered across calls, exact under evidence (see memo.ts). */
const MEMO = new EvidenceMemo();

function computeBaseForm(text: string, lang: 'uk' | 'ru', type: EntityType, gender: 'm' | 'f' | undefined, evidence: NameEvidence | undefined): string {
  const tokens = tokenizeName(text);
  const slots = decliningSlots(tokens, lang, type, evidence);
  if (slots.length === 0) return text;
  const bits = type === 'PER' ? personBits(gender) : ALL_BITS;
  const options: Candidate[][] = [];
  for (let i = 0; i < slots.length; i++) options.push(slots[i]!.candidates);
  const chosen = chooseAgreeing(options, bits);
  // Replaced parts per token index (most names replace one part of each of a few tokens).
  const replaced: (string[] | undefined)[] = [];
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!;
    const base = chosen[i];
    if (base === undefined || base === s.word) continue;
    const parts = replaced[s.token] ?? tokens[s.token]!.core.split('-');
    parts[s.part] = base;
    replaced[s.token] = parts;
  }
  // Base forms are clean names: runs of spaces and line breaks inside the mention become one space.
  let out = '';
  const lastIndex = tokens.length - 1;
  for (let i = 0; i <= lastIndex; i++) {
    const t = tokens[i]!;
    const lead = i === 0 ? t.lead.trimStart() : t.lead === ' ' || t.lead === '' ? t.lead : t.lead.replace(SPACE_RUN, ' ');
    const parts = replaced[i];
    out += lead + (parts ? parts.join('-') : t.core) + (i === lastIndex ? t.trail.trimEnd() : t.trail);
  }
  return out;
}

/**
 * Candidate base forms of one word, best first (for callers that weigh them against other
 * evidence, e.g. entity linking).
 *
 * @example
 * ```ts
 * candidateBaseForms('Лаврова', { lang: 'uk', type: 'PER' }); // ['Лавров', 'Лаврова', …]
 * ```
 */
export function candidateBaseForms(word: string, options: BaseFormOptions): string[] {
  if (options.lang !== 'uk' && options.lang !== 'ru') return [word];
  const person = options.type === 'PER';
  const kind = person ? (isAdjectivalSurname(word, options.lang) ? 'both' : 'noun') : isAdjectiveForm(word) ? 'both' : 'noun';
  const { parts, index } = hyphenParts(word);
  const part = parts[index]!;
  const { prefix, suffix } = affixes(parts, index);
  const cands = adjustCandidates(part, TABLES[options.lang], kind, person, LEXICONS[options.lang], options.evidence, prefix, suffix);
  cands.sort((a, b) => b.score - a.score);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of cands) {
    const full = prefix + c.base + suffix;
    if (!seen.has(full)) {
      seen.add(full);
      out.push(full);
    }
  }
  return out;
}

/**
 * Gender of a first name in any case form ('Сергія' → 'm', 'Олені' → 'f'), or undefined when
 * the word is not a known first name.
 *
 * @example
 * ```ts
 * genderOfFirstName('Сергія', 'uk'); // 'm'
 * genderOfFirstName('Марии', 'ru');  // 'f'
 * ```
 */
export function genderOfFirstName(word: string, lang: Lang): 'm' | 'f' | undefined {
  if (lang !== 'uk' && lang !== 'ru') return undefined;
  const lexicon = LEXICONS[lang];
  const direct = lexicon.get(word);
  if (direct) return direct;
  let best: Candidate | undefined;
  let gender: 'm' | 'f' | undefined;
  for (const c of adjustCandidates(word, TABLES[lang], 'noun', true, lexicon, undefined, '', '')) {
    const g = lexicon.get(c.base);
    if (g && (!best || c.score > best.score)) {
      best = c;
      gender = g;
    }
  }
  return gender;
}
