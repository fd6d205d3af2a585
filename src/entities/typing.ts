/**
 * Types and genders for candidate names, from the evidence around each one: the knowledge base,
 * abbreviation lexicon, span shape (quoted names, organisation and place patterns), first names,
 * initials, title words before the name, surname and place-name endings, and the preposition
 * before it («у Києві»). Each piece of evidence adds to a score per type; the best type wins.
 *
 * @module
 */
import type { EntityType } from '../types.js';
import type { Candidate } from './candidates.js';
import { firstNameGender, isAdjective, isLowerWord, isOrgHead, titleGender, type RunContext } from './context.js';
import { lookupInflected } from './lexicon.js';
import type { KbHit } from './kb-lookup.js';
import { isPlace } from './multiword.js';
import { nameKey } from './stem.js';
import { streetByAdjective } from './streets.js';
import { DIVINE_NAME_WORDS, DIVINE_PERSON_FORMS, MISC_WORD_FORMS, NICKNAME_NOUNS, QUOTED_PLACE_NOUNS, STREET_LIST_NOUNS, STREET_LIST_SEPARATORS, TAXON_ENDING } from '../lang/uk/name-words.js';

/**
 * A candidate with its scores per type and what was learnt about it.
 *
 * @example
 * ```ts
 * const s: Scored = scoreCandidate(ctx, cand);
 * s.score.PER; // 9.4 for «Сергій Лавров»
 * ```
 */
export interface Scored {
  /** The candidate. */
  readonly cand: Candidate;
  /** The span's text. */
  readonly text: string;
  /** Its stem key ({@link nameKey}): forms of one name share it. */
  readonly key: string;
  /** Score per type. */
  readonly score: Record<EntityType, number>;
  /** True when the type is fixed by strong evidence (abbreviation, shape, exact KB name). */
  locked: boolean;
  /** Gender where known. */
  gender?: 'm' | 'f';
  /** KB ids where the KB knows the name. */
  kbIds?: readonly string[];
  /** Type of the KB hit, kept for checking that the ids agree with the final type. */
  kbType?: EntityType;
  /**
   * True when the type comes from this mention's own context (a street in a list of streets): it
   * keeps that type and lends no evidence to other forms of the name («Богдана Хмельницького» the
   * street and Богдан Хмельницький the hetman).
   */
  contextual: boolean;
}

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const TITLE_WINDOW = 6;
const PLURAL_GENITIVE = /[^аеєиіїоуюя]ів$/u;
// Instrumental endings: after «з», «із», «зі» they mean «with someone» («з Яною»), not «from a place».
const INSTRUMENTAL = /(?:ою|ею|єю|ом|ем|єм)$/u;
// A masculine consonant-stem name ends in -і only in the locative: «у Станіславі», «у Володимирі» name a town.
const MASCULINE_DATIVE = /(?:ові|еві|єві)$/u;
// A singular past-tense verb (звернувся, повідомила): «Ашіг Масіх повідомив» is someone who acts.
const PAST_SINGULAR = /(?:[аиіуя]в|[аиіуя]вся|[аиіуя]ла|[аиіуя]лася)$/u;
const COMITATIVE: ReadonlySet<string> = new Set(['з', 'із', 'зі', 'с', 'со']);
const ON_IN: ReadonlySet<string> = new Set(['у', 'в', 'во']);
// How far back a list of street names may reach for its street noun.
const STREET_LIST_WINDOW = 160;

// Names recur within and across documents: their stem keys are remembered (bounded, cleared when full).
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_SIZE = 8192;

function cachedNameKey(text: string): string {
  let key = KEY_CACHE.get(text);
  if (key === undefined) {
    if (KEY_CACHE.size >= KEY_CACHE_SIZE) KEY_CACHE.clear();
    KEY_CACHE.set(text, (key = nameKey(text)));
  }
  return key;
}

/**
 * Scores one candidate.
 *
 * @example
 * ```ts
 * const s = scoreCandidate(ctx, cand);
 * bestType(s); // 'PER'
 * ```
 */
export function scoreCandidate(ctx: RunContext, cand: Candidate): Scored {
  const text = ctx.doc.text.slice(cand.start, cand.end);
  const key = cachedNameKey(text);
  // Every field is set here, so that all Scored objects share one shape (later steps read them in hot loops).
  const s: Scored = { cand, text, key, score: { PER: 0, ORG: 0, LOC: 0, MISC: 0 }, locked: false, contextual: false, gender: undefined, kbIds: undefined, kbType: undefined };
  const { info } = ctx;
  const words = cand.words;
  const firstWord = words[0]!;
  const single = cand.source === 'part' || words.length === 1;
  const lower = cand.source === 'part' ? text.toLowerCase() : info[words[words.length - 1]!]!.lower;

  if (cand.shapeType) {
    s.score[cand.shapeType] += 6;
    s.locked = true;
    // «вул. І. Федорова», «вулиці Шевченка»: a span that opens with a lower-case street noun is a
    // street, whatever names of people it is named after.
    if (cand.source === 'cap' && !info[firstWord]!.cap) return s;
  }
  const abbr = scoreAbbreviation(ctx, s, single);
  const hit = scoreKb(ctx, s, single);
  // The lexicons of src/lang/uk/name-words.ts are Ukrainian; Russian text skips those rules.
  const uk = ctx.doc.lang !== 'ru';
  if (cand.source === 'quoted' && uk) {
    const noun = nounBeforeQuote(ctx, cand.first);
    if (noun !== undefined && QUOTED_PLACE_NOUNS.has(noun)) s.score.LOC += 8;
    else if (noun !== undefined && NICKNAME_NOUNS.has(noun)) s.score.PER += 8;
  }
  if (cand.source === 'quoted' || cand.source === 'legal') return s;
  const inGazetteer = scoreNameLists(ctx, s, single, lower, hit);
  const fn = scorePerson(ctx, s, single, lower, abbr, hit);
  scoreEndings(ctx, s, lower, fn);
  if (words.length > 1 && !fn) scoreWordPattern(ctx, s, lower, hit);
  else if (info[firstWord]!.latin) s.score.ORG += 1.5;
  if (single && cand.source !== 'part' && innerCapital(text)) s.score.ORG += 3;
  if (single && info[firstWord]!.latin && TAXON_ENDING.test(text)) s.score.MISC += 4;
  scorePlaceContext(ctx, s, single, lower, fn, hit, inGazetteer);
  // Nothing else known: a lone capitalised word in news is most often a person.
  s.score.PER += 0.4;
  return s;
}

/** Abbreviations: a known one (also in title case: «Уніан», «Нато»), one with a case ending, an unknown one. */
function scoreAbbreviation(ctx: RunContext, s: Scored, single: boolean): EntityType | undefined {
  const { lex, info } = ctx;
  const { cand, text } = s;
  const firstWord = cand.words[0]!;
  // (An all-caps token is its own upper case: no second lookup.)
  const allCapsToken = cand.source !== 'part' && info[firstWord]!.allCaps && cand.end - cand.start === ctx.tokens[firstWord]!.text.length;
  const abbr = single ? lex.abbreviations.get(text) ?? (text.length >= 3 && !allCapsToken ? lex.abbreviations.get(text.toUpperCase()) : undefined) : undefined;
  const inflected = single && !abbr && cand.source !== 'part' ? lex.patterns.INFLECTED_ABBREVIATION.exec(text) : null;
  if (abbr) {
    s.score[abbr] += 8;
    s.locked = true;
  } else if (inflected && !lex.nonNameAbbreviations.has(inflected[1]!)) {
    // «УДАРу», «СЕТАМу»: an abbreviation with a case ending; an unknown one is most often a body.
    const known = lex.abbreviations.get(inflected[1]!);
    s.score[known ?? 'ORG'] += known ? 8 : 3;
    if (known) s.locked = true;
  } else if (single && info[firstWord]!.allCaps && cand.source !== 'part') {
    // «КИЇВ» in a dateline is the KB's «Київ»; an unknown abbreviation is most often a body.
    const shout = text.length >= 4 ? ctx.kb(text.charAt(0) + text.slice(1).toLowerCase()) : undefined;
    if (shout) s.score[shout.type] += 5;
    else s.score.ORG += 2;
  }
  return abbr;
}

/** The knowledge base's reading of the whole span. */
function scoreKb(ctx: RunContext, s: Scored, single: boolean): KbHit | undefined {
  const hit = ctx.kb(s.text);
  if (!hit) return undefined;
  // Provinces of far-away countries share names with people and words (Ілія, Центр): weaker.
  const minor = hit.kind === 'region' || hit.kind === 'territory';
  // A stem match on a first name (Марією ~ a town «Марія…») counts for less than the name.
  // Софія the city and Софія the woman: a first name weakens a place or body reading.
  const nameLike = hit.type !== 'PER' && firstNameGender(ctx, s.cand.words[0]!) !== undefined && single;
  s.score[hit.type] += (hit.exact ? (nameLike ? 3 : 6) : nameLike ? 1.5 : 3.5) - (minor ? 2.5 : 0);
  s.kbIds = hit.ids;
  s.kbType = hit.type;
  if (hit.gender) s.gender = hit.gender;
  if (hit.exact && !minor && !nameLike && !s.cand.shapeType) s.locked = true;
  return hit;
}

/** The gazetteer, names of events and works, names of God; returns whether the gazetteer knows the name. */
function scoreNameLists(ctx: RunContext, s: Scored, single: boolean, lower: string, hit: KbHit | undefined): boolean {
  const { lex, info } = ctx;
  const { key, cand } = s;
  const uk = ctx.doc.lang !== 'ru';
  // The gazetteer also speaks when the KB knows the name only as a minor region by stem (Автономної
  // Республіки Крим); a plural town name in the genitive (Чернівців) is looked up by its -і form.
  const inGazetteer = lex.places.has(key) || (single && PLURAL_GENITIVE.test(lower) && lex.places.has(nameKey(lower.slice(0, -2) + 'і')));
  if ((!hit || (hit.type === 'LOC' && !hit.exact)) && inGazetteer && !(single && firstNameGender(ctx, cand.words[0]!))) s.score.LOC += 4;
  if (single && (lex.miscNames.has(key) || (uk && MISC_WORD_FORMS.has(lower)))) s.score.MISC += 5;
  // «до Бога», «з Господом»: names of God are persons wherever they stand.
  if (single && uk && DIVINE_PERSON_FORMS.has(lower)) s.score.PER += 5;
  else if (!single && uk && cand.words.every((w) => DIVINE_NAME_WORDS.has(info[w]!.lower))) s.score.PER += 5;
  return inGazetteer;
}

/** Persons: first names, initials, patronymics, a title before the name. Returns the first name's gender. */
function scorePerson(ctx: RunContext, s: Scored, single: boolean, lower: string, abbr: EntityType | undefined, hit: KbHit | undefined): 'm' | 'f' | undefined {
  const { lex, info } = ctx;
  const { cand, key } = s;
  const p = lex.patterns;
  const words = cand.words;
  const firstWord = words[0]!;
  const lastWord = words[words.length - 1]!;
  const fn = cand.source === 'part' ? lex.firstNames.get(s.text) : firstNameGender(ctx, firstWord);
  if (fn && !abbr) {
    s.score.PER += words.length > 1 ? 5 : 3;
    s.gender ??= fn;
  }
  // «Інститут психології ім. С. Костюка»: initials inside a body's or place's name are its namesake's.
  const namesake = cand.shapeType !== undefined && cand.shapeType !== 'PER' && !fn && !info[firstWord]!.initial;
  if (!namesake && words.some((w) => info[w]!.initial)) s.score.PER += 5;
  // «Варібрус Лану Юріївну»: a patronymic after the first word makes a person's full name.
  if (!namesake && words.length > 1 && !info[lastWord]!.allCaps && lower.includes('в') && p.PATRONYMIC.test(lower)) s.score.PER += 4;
  const title = titleBefore(ctx, cand.first);
  // «міністр у справах ветеранів Олена Коваль»: a title reaches over its complements only
  // to a name that starts with a first name or an initial.
  // «президент Франції»: a title before a known place or body is the title of its head, not of this name.
  const knownOther = (hit !== undefined && hit.type !== 'PER') || p.PLACE_SUFFIX.test(lower) || lex.places.has(key) || p.ORG_WORD.test(lower);
  const hasAbbreviation = words.some((w) => info[w]!.allCaps);
  if (title && !knownOther && !hasAbbreviation && (title.distance <= 1 || fn !== undefined || info[firstWord]!.initial || countryBetween(ctx, cand.first - title.distance + 1, cand.first))) {
    s.score.PER += 3;
    if (title.gender) s.gender ??= title.gender;
  }
  // «Захарова заявила, …» (the name opens its clause), «Об этом заявила Захарова.» (the name ends it):
  // a feminine past verb whose subject the name must be gives her gender.
  if (!s.gender && feminineSubject(ctx, cand.first, cand.last)) s.gender = 'f';
  return fn;
}


/** Whether token `k` is a lower-case feminine past verb. */
function feminineVerb(ctx: RunContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined || t.kind !== 'word' || ctx.info[k]!.cap) return false;
  // A Slavic feminine past tense (`заявила`, `отказалась`, `повернулася`), read by its ending: no
  // regex whose unanchored letter run recheck finds polynomial.
  const w = ctx.info[k]!.lower;
  return (w.length >= 4 && w.endsWith('ла')) || (w.length >= 6 && (w.endsWith('лась') || w.endsWith('лася')));
}

/**
 * Whether the name is the subject of a feminine past verb beside it: the verb follows a name that
 * opens its clause, or precedes a name that ends it. (`Бориса Джонсона обвинила` has the name as
 * the verb's object: a word stands before it, so it is not read.)
 */
function feminineSubject(ctx: RunContext, first: number, last: number): boolean {
  const before = ctx.tokens[first - 1];
  const after = ctx.tokens[last + 1];
  if (feminineVerb(ctx, last + 1) && (before === undefined || (before.kind !== 'word' && CLAUSE_EDGE.has(before.text)))) return true;
  return feminineVerb(ctx, first - 1) && (after === undefined || (after.kind !== 'word' && CLAUSE_EDGE.has(after.text)));
}

/** Punctuation that opens or closes a clause around a subject. */
const CLAUSE_EDGE: ReadonlySet<string> = new Set(['.', ',', '!', '?', ';', ':', '…', '—', '–', '-', '(', ')']);

/** Surname, place and body endings of the last word. */
function scoreEndings(ctx: RunContext, s: Scored, lower: string, fn: 'm' | 'f' | undefined): void {
  const { lex, info } = ctx;
  const p = lex.patterns;
  const words = s.cand.words;
  if (info[words[words.length - 1]!]!.allCaps) return;
  const single = s.cand.source === 'part' || words.length === 1;
  if (p.STRONG_SURNAME.test(lower)) s.score.PER += 2.5;
  else if (p.ADJECTIVAL_SURNAME.test(lower)) s.score.PER += single ? 1.5 : 0.5;
  else if (p.WEAK_SURNAME.test(lower)) s.score.PER += 1;
  if (p.FEMININE_SURNAME.test(lower) && p.ADJECTIVAL_SURNAME.test(lower) && !s.gender) s.gender = 'f';
  // (Not for a first name: Софія, Наталія, Марія end in -ія like countries; Франція only looks like Франц.)
  if (p.PLACE_SUFFIX.test(lower) && !(fn === 'f' || lex.firstNameForms.has(lower))) s.score.LOC += 1.5;
  if (p.ORG_WORD.test(lower)) s.score.ORG += 2;
}

/** A span of several words that does not open with a first name: head nouns, abbreviations, adjectives. */
function scoreWordPattern(ctx: RunContext, s: Scored, lower: string, hit: KbHit | undefined): void {
  const { lex, info, tokens } = ctx;
  const p = lex.patterns;
  const { cand } = s;
  const words = cand.words;
  const firstWord = words[0]!;
  const lastWord = words[words.length - 1]!;
  // «Верховна Рада Автономної Республіки Крим»: a capitalised head noun inside makes a body.
  for (const w of words) {
    if (w !== firstWord && !info[w]!.allCaps && isOrgHead(ctx, w)) {
      s.score.ORG += 2;
      break;
    }
  }
  const head = lex.abbreviations.get(tokens[firstWord]!.text);
  const tail = lex.abbreviations.get(tokens[lastWord]!.text);
  if (head === 'ORG' || (info[firstWord]!.allCaps && head === undefined)) s.score.ORG += 5; // «МИД Великобритании»
  else if (tail && !info[firstWord]!.allCaps) s.score[tail] += 4; // «П'ядицька ОТГ», «Черкаське ОТВ АМКУ»
  else if (info[lastWord]!.allCaps) s.score.ORG += 2;
  else if (words.every((w) => info[w]!.latin)) s.score.ORG += 1.5;
  // «Асии Биби», «Пінкаса Ріттера»: two nouns (a first word without a true adjective ending), most often a person.
  else if ((!isAdjective(ctx, firstWord) || (!p.INNER_ADJECTIVE.test(info[firstWord]!.lower) && !p.ORG_WORD.test(lower))) && !info[firstWord]!.allCaps) s.score.PER += 1;
  // «Західної України», «Нижній Дунай»: an adjective before a known place names a part of it.
  else if (words.length === 2 && isAdjective(ctx, firstWord) && isPlace(ctx, lastWord) && !isOrgHead(ctx, lastWord)) s.score.LOC += 3;
  else s.score.ORG += 0.5;
  // «Ашіг Масіх повідомив»: two unknown words and a past-tense verb after them are a person who spoke or acted.
  if (ctx.doc.lang !== 'ru' && words.length === 2 && !hit && !info[firstWord]!.allCaps && !isAdjective(ctx, firstWord) && isLowerWord(ctx, cand.last + 1) && PAST_SINGULAR.test(info[cand.last + 1]!.lower)) s.score.PER += 1.5;
}

/** Places from the words before the name: «місто Баранівка», «с. Ясень»; «у Києві», «на Алясці»; «до Києва», «з Москви». */
function scorePlaceContext(ctx: RunContext, s: Scored, single: boolean, lower: string, fn: 'm' | 'f' | undefined, hit: KbHit | undefined, inGazetteer: boolean): void {
  const { lex, info, tokens } = ctx;
  const p = lex.patterns;
  const { cand } = s;
  const prev = cand.first > 0 ? tokens[cand.first - 1] : undefined;
  const dotted = prev !== undefined && prev.text === '.' && cand.first > 1;
  const noun = dotted ? cand.first - 2 : cand.first - 1;
  if (noun >= 0 && tokens[noun]!.kind === 'word' && !info[noun]!.cap) {
    const nl = info[noun]!.lower;
    // «с. Рашків», «м. Глиняни»: one- and two-letter abbreviations count only with their full stop.
    // (Not a genitive plural: «Партії регіонів Теймураз Гветадзе».)
    const placeNoun = nl.length < 3 ? dotted && lex.placeNouns.has(nl) : !nl.endsWith('ів') && lookupInflected(lex.placeNouns, nl) !== undefined;
    // «у селі Коля все купував»: a first name after a place noun in another case is its subject, not its name.
    if (placeNoun) s.score.LOC += fn && !dotted ? 1.5 : 4;
  }
  // «на перетині вулиць Космонавтів і Турбінної»: every name of a list after a street noun is a street.
  if (ctx.doc.lang !== 'ru' && prev && (STREET_LIST_SEPARATORS.has(info[cand.first - 1]!.lower) || STREET_LIST_NOUNS.has(info[cand.first - 1]!.lower)) && streetListBefore(ctx, cand.first)) {
    s.score.LOC += 8;
    s.locked = true;
    s.contextual = true;
  }
  if (!prev || prev.kind !== 'word') return;
  const pl = info[cand.first - 1]!.lower;
  if (single && ctx.doc.lang !== 'ru' && !fn && streetByAdjective(ctx, cand.first, lower)) s.score.LOC += 4;
  // «у Києві» is a place, «у Соні» (at Sonia's) a person.
  else if (p.LOCATIVE_PREPOSITIONS.has(pl) && p.LOCATIVE_ENDING.test(lower)) {
    // «у Миколаєві», «в Женеві»: a known place in the locative outweighs a first name's dative
    // (Миколаєві, Женеві); a woman's name or an unknown word stays a person («у Марії», «у Соні»).
    const knownPlace = (hit !== undefined && hit.type === 'LOC') || lex.places.has(s.key);
    // (-ові, -еві are never a woman's name: «у Женеві» is the city though Женя is a name.)
    if (knownPlace && single && (fn !== 'f' || MASCULINE_DATIVE.test(lower)) && (pl === 'у' || pl === 'в')) s.score.LOC += 4;
    else if (!fn) s.score.LOC += 2;
    else if (fn === 'm' && single && ON_IN.has(pl) && lower.endsWith('і') && !MASCULINE_DATIVE.test(lower)) s.score.LOC += 3.5;
  }
  // «з Яною», «із Петром»: with a person; «з Москви» is the genitive.
  else if (COMITATIVE.has(pl) && INSTRUMENTAL.test(lower) && !inGazetteer && !(hit && hit.type === 'LOC')) s.score.PER += 1;
  else if (p.PLACE_PREPOSITIONS.has(pl)) s.score.LOC += 0.5;
}

/**
 * The title word before the candidate: the gender it implies (`null` for none) and how many
 * tokens back it stands; `undefined` when there is no title. Looks back over the title's own complements
 * («держсекретар США», «очільник МЗС РФ», «міністр закордонних справ Росії»).
 */
function titleBefore(ctx: RunContext, first: number): { gender: 'm' | 'f' | null; distance: number } | undefined {
  for (let k = first - 1, n = 0; k >= 0 && n < TITLE_WINDOW; k--, n++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word') {
      if (t.text === ']' || t.text === '[') continue; // «[президент України] Володимир Зеленський»
      return undefined;
    }
    const g = titleGender(ctx, k);
    if (g !== undefined && (!ctx.info[k]!.cap || ctx.info[k]!.ambiguous)) return { gender: g, distance: first - k };
    // A person's name between the title and this one: the title is theirs.
    if (firstNameGender(ctx, k)) return undefined;
  }
  return undefined;
}

/**
 * «прем'єра Канади Джастіна Трюдо», «президента США Джо Байдена»: only the title's country stands
 * between it and the name, so the name is the title holder's even with a first name no list knows.
 */
function countryBetween(ctx: RunContext, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  return ctx.tokens[from]!.kind === 'word' && ctx.info[from]!.cap && isPlace(ctx, from, true);
}

/** True for a Latin or Cyrillic letter code in lower case. */
function isLowerCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f) || c === 0x491;
}

/** True for a Latin or Cyrillic letter code in upper case. */
function isUpperCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x42f) || c === 0x490;
}

/**
 * «СхідSide», «МінАПП», «ПриватБанк»: a capital right after a small letter inside one word is a
 * brand's or body's spelling, never a person's. (Char codes, not a Unicode-class regex: this runs
 * for every one-word candidate.)
 */
function innerCapital(text: string): boolean {
  for (let i = 1; i < text.length; i++) if (isUpperCode(text.charCodeAt(i)) && isLowerCode(text.charCodeAt(i - 1))) return true;
  return false;
}

/** «урочища «Маяк»», «позивний «Монах»»: the lower-case word before the opening mark of a quoted name. */
function nounBeforeQuote(ctx: RunContext, first: number): string | undefined {
  const mark = ctx.tokens[first - 1];
  const noun = first >= 2 ? ctx.tokens[first - 2] : undefined;
  return mark !== undefined && mark.kind !== 'word' && noun !== undefined && noun.kind === 'word' ? ctx.info[first - 2]!.lower : undefined;
}

/**
 * True when a street noun opens the list of names that the candidate at `first` ends: only
 * separators, capitalised words, initials and house numbers stand between them.
 */
function streetListBefore(ctx: RunContext, first: number): boolean {
  const { tokens, info } = ctx;
  for (let k = first - 1, n = 0; k >= 0 && n < STREET_LIST_WINDOW; k--, n++) {
    const t = tokens[k]!;
    const f = info[k]!;
    if (t.kind === 'word') {
      if (f.cap) continue;
      // «вулиць Гоголя, …», «вулиць: …», «вул. …»; not «частини вулиці, Анна …».
      if (STREET_LIST_NOUNS.has(f.lower)) return tokens[k + 1]!.text !== ',';
      if (!STREET_LIST_SEPARATORS.has(f.lower)) return false;
    } else if (t.kind === 'number') continue;
    else if (t.text === '.') {
      // An initial's full stop («Б. Хмельницького») or the abbreviation's («вул.»); any other ends a sentence.
      const before = k > 0 ? info[k - 1]! : undefined;
      if (!before || !(before.initial || STREET_LIST_NOUNS.has(before.lower))) return false;
    } else if (!STREET_LIST_SEPARATORS.has(t.text)) return false;
  }
  return false;
}

/**
 * The best type by score (ties: PER, ORG, LOC, MISC).
 *
 * @example
 * ```ts
 * bestType({ score: { PER: 1, ORG: 3, LOC: 0, MISC: 0 } }); // 'ORG'
 * ```
 */
export function bestType(s: { readonly score: Record<EntityType, number> }): EntityType {
  let best: EntityType = 'PER';
  for (const t of TYPES) if (s.score[t] > s.score[best]) best = t;
  return best;
}
