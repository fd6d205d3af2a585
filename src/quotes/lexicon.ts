/**
 * Builds the per-language lookup tables of the quotes stage from the compact data in `src/lang/<code>/`,
 * once at module load: cue forms with lemma and agreement, pronouns, speaker nouns, name-context nouns.
 *
 * @module
 */
import * as en from '../lang/en/cues.js';
import { EN_PRONOUNS } from '../lang/en/pronouns.js';
import * as ru from '../lang/ru/cues.js';
import { RU_PRONOUNS } from '../lang/ru/pronouns.js';
import * as uk from '../lang/uk/cues.js';
import { UK_PRONOUNS, type PronounInfo } from '../lang/uk/pronouns.js';
import { ofLang } from '../lang/per-language.js';
import type { Lang } from '../types.js';

/**
 * What a cue form tells: its lemma, agreement, and whether it can introduce a reported clause.
 *
 * @example
 * ```ts
 * const c: CueInfo = { lemma: 'сказати', gender: 'f', number: 'sg', clause: true }; // сказала
 * ```
 */
export interface CueInfo {
  /** Dictionary form. */
  lemma: string;
  /** Gender shown by a past-tense form. */
  gender?: 'm' | 'f' | 'n';
  /** Number shown by the form. */
  number?: 'sg' | 'pl';
  /** Tense of the form, where it shows one. */
  tense?: 'past' | 'present';
  /** Aspect of a Slavic verb: entries with present forms are imperfective, the others perfective. */
  aspect?: 'perf' | 'imperf';
  /** The verb takes a `що`/`что`/`that` clause of reported speech. */
  clause: boolean;
  /** No grammatical subject (`йдеться`, `говорится`). */
  impersonal?: boolean;
  /** An adverbial participle (`додавши`): it reports within its sentence, never as a trailing `…, said X`. */
  gerund?: boolean;
  /** Words one of which must follow for the verb to report speech (`дійти висновку`, `висловити думку`). */
  complement?: ReadonlySet<string>;
}

/**
 * Everything the quotes stage knows about one language.
 *
 * @example
 * ```ts
 * const lex: Lexicon = lexiconFor('uk'); lex.cues.has('сказав'); // true
 * ```
 */
export interface Lexicon {
  /** The language. */
  lang: Lang;
  /** Cue forms in lower case. */
  cues: ReadonlyMap<string, CueInfo>;
  /** Source phrases (`за словами`), keyed by their first word, each with its words and lemma. */
  sources: ReadonlyMap<string, readonly { words: readonly string[]; lemma: string }[]>;
  /** Particles of reported speech (`мовляв`). */
  particles: ReadonlySet<string>;
  /** Pronoun forms in lower case. */
  pronouns: ReadonlyMap<string, PronounInfo>;
  /** Function words that never head a speaker phrase. */
  nonSubject: ReadonlySet<string>;
  /** Whether a lower-case word is (a case form of) a speaker noun. */
  isSpeakerNoun(lower: string): boolean;
  /** Whether a lower-case word is a source noun whose genitive names the speaker (`джерела Reuters`, `прес-служба Міноборони`). */
  isSourceNoun(lower: string): boolean;
  /** Whether a word is (a case form of) a noun that announces a name in quotation marks. */
  isNameContext(lower: string): boolean;
  /** The subordinator of reported clauses: 'що', 'что', 'that'. */
  that: ReadonlySet<string>;
  /** Forms of `слово` before a word mentioned as a word (`слово «подарунок»`). */
  wordMention: ReadonlySet<string>;
  /** Lemmas of naming verbs (`називати`): an impersonal plural of one marks a nickname. */
  naming: ReadonlySet<string>;
  /** Words that open a subordinate clause (`що`, `бо`): a quoted clause starting with one is speech. */
  clauseOpeners: ReadonlySet<string>;
  /** Dative addressees (`журналистам`, `ТАСС`) keyed by their first word: skipped between a cue and the speaker after it. */
  addressees: ReadonlyMap<string, readonly { words: readonly string[]; lemma: string }[]>;
  /** Cue forms that make a set phrase after `как` with no speaker (`Как говорится, …`). */
  asIdioms: ReadonlySet<string>;
}

type Agreement = [gender: 'm' | 'f' | 'n' | undefined, number: 'sg' | 'pl'];
const PAST_AGREEMENT: readonly Agreement[] = [['m', 'sg'], ['f', 'sg'], ['n', 'sg'], [undefined, 'pl']];

/** Past forms of a Ukrainian or Russian infinitive by the regular rule (-ти/-ть → -в/-л …). */
function slavicPast(lemma: string, lang: 'uk' | 'ru'): string[] {
  const reflexive = /(?:ся|сь)$/.test(lemma);
  const bare = reflexive ? lemma.slice(0, -2) : lemma;
  const stem = bare.replace(/(?:ти|ть)$/, '');
  if (lang === 'uk') {
    const forms = [stem + 'в', stem + 'ла', stem + 'ло', stem + 'ли'];
    return reflexive ? [forms[0] + 'ся', forms[1] + 'ся', forms[2] + 'ся', forms[3] + 'ся'] : forms;
  }
  const forms = [stem + 'л', stem + 'ла', stem + 'ло', stem + 'ли'];
  return reflexive ? [forms[0] + 'ся', forms[1] + 'сь', forms[2] + 'сь', forms[3] + 'сь'] : forms;
}

function addSlavicVerbs(map: Map<string, CueInfo>, entries: readonly string[], clause: ReadonlySet<string>, lang: 'uk' | 'ru'): void {
  for (const entry of entries) {
    const [head, present] = entry.split(':');
    const [lemma, irregular] = head.split('/');
    const takesClause = clause.has(lemma);
    const aspect = present ? 'imperf' : 'perf';
    const past = irregular ? irregular.split(',') : slavicPast(lemma, lang);
    past.forEach((form, i) => {
      const [gender, number] = PAST_AGREEMENT[i];
      if (!map.has(form)) map.set(form, { lemma, gender, number, tense: 'past', aspect, clause: takesClause });
    });
    if (present) {
      const [sg, pl] = present.split(',');
      if (!map.has(sg)) map.set(sg, { lemma, number: 'sg', tense: 'present', aspect, clause: takesClause });
      if (!map.has(pl)) map.set(pl, { lemma, number: 'pl', tense: 'present', aspect, clause: takesClause });
    }
  }
}

/** English forms of a regular verb: 3sg, past, -ing. */
function englishForms(lemma: string): [string, string, string] {
  if (/[^aeiou]y$/.test(lemma)) return [lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing'];
  if (/e$/.test(lemma)) return [lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing'];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) return [lemma + 'es', lemma + 'ed', lemma + 'ing'];
  return [lemma + 's', lemma + 'ed', lemma + 'ing'];
}

function addEnglishVerbs(map: Map<string, CueInfo>, entries: readonly string[], clause: ReadonlySet<string>): void {
  for (const entry of entries) {
    const [lemma, irregular] = entry.split(':');
    const [sg, past, ing] = irregular ? (irregular.split(',') as [string, string, string]) : englishForms(lemma);
    const takesClause = clause.has(lemma);
    if (!map.has(lemma) && en.EN_BARE_FORM_CUES.has(lemma)) map.set(lemma, { lemma, tense: 'present', clause: takesClause });
    if (!map.has(sg)) map.set(sg, { lemma, number: 'sg', tense: 'present', clause: takesClause });
    if (!map.has(past)) map.set(past, { lemma, tense: 'past', clause: takesClause });
    if (!map.has(ing)) map.set(ing, { lemma, clause: takesClause });
  }
}

function sourceMap(phrases: Readonly<Record<string, string>>): Map<string, { words: string[]; lemma: string }[]> {
  const out = new Map<string, { words: string[]; lemma: string }[]>();
  for (const [phrase, lemma] of Object.entries(phrases)) {
    const words = phrase.split(' ');
    const list = out.get(words[0]) ?? [];
    list.push({ words, lemma });
    list.sort((a, b) => b.words.length - a.words.length);
    out.set(words[0], list);
  }
  return out;
}

/** Case endings a noun stem may take (Ukrainian and Russian together: the sets barely collide). */
const SLAVIC_ENDINGS = new Set(['', 'а', 'я', 'у', 'ю', 'ом', 'ем', 'єм', 'ові', 'еві', 'єві', 'і', 'и', 'ї', 'ою', 'ею', 'єю',
  'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ів', 'їв', 'ей', 'ой', 'ы', 'е', 'ой', 'ью', 'ов', 'ев', 'ём', 'ого', 'ому', 'ий', 'ий',
  'ої', 'ій', 'ої', 'их', 'им', 'ими', 'ая', 'ое', 'ые', 'ых', 'ым', 'ыми', 'ую', 'ь', 'о', 'є', 'ин', 'ина', 'ки', 'ці', 'ку', 'кою']);

/** Builds a stem matcher: a word matches when it is a known stem plus a case ending. */
function stemMatcher(nouns: readonly string[], endings: ReadonlySet<string> | null): (lower: string) => boolean {
  const exact = new Set(nouns.map((n) => n.toLowerCase()));
  if (!endings) return (lower) => exact.has(lower);
  const stems = new Set(nouns.map((n) => n.toLowerCase().replace(/(?:[аяоеєиіїьйуы]|ка|ця)$/, '')));
  // A match starts with the first two letters of a noun or a stem: one lookup of a small integer turns away
  // nearly every word of a text, with no string built or hashed (unseen words would miss the memo anyway).
  const heads = new Set<number>();
  let shortest = Infinity;
  for (const w of [...exact, ...stems]) {
    shortest = Math.min(shortest, w.length);
    heads.add((w.charCodeAt(0) << 16) | w.charCodeAt(1));
  }
  const screened = shortest >= 2;
  // The same words are asked about again and again: answers are remembered (a bounded memo, cleared when full).
  const memo = new Map<string, boolean>();
  return (lower) => {
    // A one-letter or empty word folds to a pair no noun has (a missing letter reads as 0).
    if (screened && !heads.has((lower.charCodeAt(0) << 16) | lower.charCodeAt(1))) return false;
    const known = memo.get(lower);
    if (known !== undefined) return known;
    let found = exact.has(lower);
    for (let cut = 0; !found && cut <= 3 && cut < lower.length - 1; cut++) {
      found = stems.has(lower.slice(0, lower.length - cut)) && endings.has(lower.slice(lower.length - cut));
    }
    if (memo.size >= 20000) memo.clear();
    memo.set(lower, found);
    return found;
  };
}

/** A matcher that answers no for the listed words (`другої` is no form of `друг`). */
function except(match: (lower: string) => boolean, not: ReadonlySet<string>): (lower: string) => boolean {
  return (lower) => match(lower) && !not.has(lower);
}

/** The cue data a Slavic language supplies (src/lang/uk/cues.ts, src/lang/ru/cues.ts). */
interface SlavicCueData {
  verbs: readonly string[];
  clauseLemmas: ReadonlySet<string>;
  adjectives: Readonly<Record<string, readonly [string, 'm' | 'f' | 'n' | '', 'sg' | 'pl']>>;
  /** Adverbial participles: no agreement of their own. */
  gerunds: Readonly<Record<string, string>>;
  impersonal: Readonly<Record<string, string>>;
  /** Words that must follow a lemma for it to report speech (`дійти висновку`). */
  complements?: Readonly<Record<string, string>>;
  sourcePhrases: Readonly<Record<string, string>>;
  particles: ReadonlySet<string>;
  pronouns: Readonly<Record<string, PronounInfo>>;
  nonSubject: ReadonlySet<string>;
  speakerNouns: readonly string[];
  sourceNouns: readonly string[];
  nameContextNouns: readonly string[];
  that: string;
  wordMention: ReadonlySet<string>;
  naming: ReadonlySet<string>;
  clauseOpeners: ReadonlySet<string>;
  notSpeakerForms: ReadonlySet<string>;
  /** Dative addressees between a cue and its speaker (Russian only so far). */
  addressees?: readonly string[];
  /** Cue forms that make a set phrase after `как` (Russian only so far). */
  asIdioms?: ReadonlySet<string>;
}

/** Ukrainian and Russian share one shape of lexicon; only their data differs. */
function buildSlavic(lang: 'uk' | 'ru', d: SlavicCueData): Lexicon {
  const cues = new Map<string, CueInfo>();
  addSlavicVerbs(cues, d.verbs, d.clauseLemmas, lang);
  for (const [form, [lemma, g, n]] of Object.entries(d.adjectives)) cues.set(form, { lemma, gender: g || undefined, number: n, clause: true });
  for (const [form, lemma] of Object.entries(d.gerunds)) if (!cues.has(form)) cues.set(form, { lemma, clause: true, gerund: true });
  for (const [form, lemma] of Object.entries(d.impersonal)) cues.set(form, { lemma, clause: true, impersonal: true });
  if (d.complements) {
    // One set per lemma, shared by all its forms.
    const sets = new Map(Object.entries(d.complements).map(([lemma, words]) => [lemma, new Set(words.split('|'))]));
    for (const info of cues.values()) {
      const set = sets.get(info.lemma);
      if (set) info.complement = set;
    }
  }
  return {
    lang, cues, sources: sourceMap(d.sourcePhrases), particles: d.particles,
    pronouns: new Map(Object.entries(d.pronouns)), nonSubject: d.nonSubject,
    isSpeakerNoun: except(stemMatcher(d.speakerNouns, SLAVIC_ENDINGS), d.notSpeakerForms), isSourceNoun: stemMatcher(d.sourceNouns, SLAVIC_ENDINGS), isNameContext: stemMatcher(d.nameContextNouns, SLAVIC_ENDINGS),
    that: new Set([d.that]), wordMention: d.wordMention, naming: d.naming, clauseOpeners: d.clauseOpeners,
    addressees: sourceMap(Object.fromEntries((d.addressees ?? []).map((a) => [a, a]))), asIdioms: d.asIdioms ?? NONE,
  };
}

const buildUk = (): Lexicon => buildSlavic('uk', {
  verbs: uk.UK_CUE_VERBS, clauseLemmas: uk.UK_CLAUSE_LEMMAS, adjectives: uk.UK_CUE_ADJECTIVES, gerunds: uk.UK_CUE_GERUNDS, impersonal: uk.UK_IMPERSONAL_CUES,
  complements: uk.UK_CUE_COMPLEMENTS, sourcePhrases: uk.UK_SOURCE_PHRASES, particles: uk.UK_REPORT_PARTICLES, pronouns: UK_PRONOUNS,
  nonSubject: uk.UK_NON_SUBJECT_WORDS, speakerNouns: uk.UK_SPEAKER_NOUNS, sourceNouns: uk.UK_SOURCE_NOUNS, nameContextNouns: uk.UK_NAME_CONTEXT_NOUNS, that: 'що',
  wordMention: uk.UK_WORD_MENTION_FORMS, naming: uk.UK_NAMING_LEMMAS, clauseOpeners: uk.UK_CLAUSE_OPENERS, notSpeakerForms: uk.UK_NOT_SPEAKER_FORMS,
});

const buildRu = (): Lexicon => buildSlavic('ru', {
  verbs: ru.RU_CUE_VERBS, clauseLemmas: ru.RU_CLAUSE_LEMMAS, adjectives: ru.RU_CUE_ADJECTIVES, gerunds: ru.RU_CUE_GERUNDS, impersonal: ru.RU_IMPERSONAL_CUES,
  complements: ru.RU_CUE_COMPLEMENTS,
  sourcePhrases: ru.RU_SOURCE_PHRASES, particles: ru.RU_REPORT_PARTICLES, pronouns: RU_PRONOUNS,
  nonSubject: ru.RU_NON_SUBJECT_WORDS, speakerNouns: ru.RU_SPEAKER_NOUNS, sourceNouns: ru.RU_SOURCE_NOUNS, nameContextNouns: ru.RU_NAME_CONTEXT_NOUNS, that: 'что',
  wordMention: ru.RU_WORD_MENTION_FORMS, naming: ru.RU_NAMING_LEMMAS, clauseOpeners: ru.RU_CLAUSE_OPENERS, notSpeakerForms: ru.RU_NOT_SPEAKER_FORMS,
  addressees: ru.RU_ADDRESSEES, asIdioms: ru.RU_AS_IDIOM_CUES,
});

/** English needs neither list yet: its quotation rules are separate. */
const NONE: ReadonlySet<string> = new Set();

function buildEn(): Lexicon {
  const cues = new Map<string, CueInfo>();
  addEnglishVerbs(cues, en.EN_CUE_VERBS, en.EN_CLAUSE_LEMMAS);
  const plural = new Set(en.EN_SPEAKER_NOUNS.flatMap((n) => [n, n + 's']));
  return {
    lang: 'en', cues, sources: sourceMap(en.EN_SOURCE_PHRASES), particles: new Set(),
    pronouns: new Map(Object.entries(EN_PRONOUNS)), nonSubject: en.EN_NON_SUBJECT_WORDS,
    isSpeakerNoun: (lower) => plural.has(lower), isSourceNoun: (lower) => en.EN_SOURCE_NOUNS.has(lower), isNameContext: stemMatcher(en.EN_NAME_CONTEXT_NOUNS, null),
    that: new Set(['that']), wordMention: NONE, naming: NONE, clauseOpeners: NONE, addressees: new Map(), asIdioms: NONE,
  };
}

const LEXICONS: Readonly<Record<Lang, Lexicon>> = { uk: buildUk(), ru: buildRu(), en: buildEn() };

/**
 * The prepared lexicon of a language.
 *
 * @example
 * ```ts
 * lexiconFor('uk').cues.get('сказала'); // { lemma: 'сказати', gender: 'f', number: 'sg', clause: true }
 * ```
 */
export function lexiconFor(lang: Lang): Lexicon {
  return ofLang(LEXICONS, lang);
}
