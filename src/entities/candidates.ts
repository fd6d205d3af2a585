/**
 * Candidate name spans from one pass over the tokens: quoted names, legal-form company names,
 * runs of capitalised words and initials (split where one name ends and the next begins), extended
 * over the lower-case words of organisation and place names («Служба безпеки України», «Одеській
 * області»), and hyphenated pairs of names split in two («Путін-Трамп»).
 *
 * @module
 */
import type { EntityType } from '../types.js';
import { firstNameGender, hasNameEvidence, isAdjective, isGeoHead, isLowerWord, isOrgHead, joined, type RunContext } from './context.js';
import { coordinatedHead, extend, isPlace, looksLikeSurname } from './multiword.js';
import { quotedName } from './quoted.js';
import { lookupInflected } from './lexicon.js';
import { stemKey } from './stem.js';

/**
 * A span that may be a name, with what its shape already says about it.
 *
 * @example
 * ```ts
 * const c: Candidate = { start: 33, end: 46, first: 5, last: 6, words: [5, 6], source: 'cap' };
 * ```
 */
export interface Candidate {
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** Index of the first token. */
  first: number;
  /** Index of the last token. */
  last: number;
  /** Indices of the word tokens in the span. */
  words: number[];
  /** How the span was found. */
  source: 'cap' | 'quoted' | 'legal' | 'part';
  /** Type given by structure (quoted names, legal forms, org and place patterns). */
  shapeType?: EntityType;
  /** For a `part` of a hyphenated token: offsets inside it. */
  partOf?: number;
}

const MAX_GROUP = 6;
const OPENING_MARK = /^[«„“"]$/;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_TAIL = /-\p{Ll}+$/u;
// Roman numerals, in Latin or look-alike Cyrillic letters, with a case suffix: XIX, ХХІ-го, XVI-му.
const ROMAN = /^(?:[IVXLCDM]+|[ХІ]{2,}|[ХІ]+-\p{Ll}+|[IVXLCDM]+-\p{Ll}+)$/u;

/**
 * Finds candidate spans in text order, without overlaps.
 *
 * @example
 * ```ts
 * findCandidates(ctx).map((c) => ctx.doc.text.slice(c.start, c.end)); // ['МЗС РФ', 'Сергій Лавров', …]
 * ```
 */
export function findCandidates(ctx: RunContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, info } = ctx;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || ctx.lex.legalForms.has(t.text) || info[i]!.cap) {
      const q = t.kind === 'punct' || ctx.lex.legalForms.has(t.text) ? quotedName(ctx, i) : null;
      if (q) {
        out.push(span(ctx, q.first, q.last, q.legal ? 'legal' : 'quoted', q.type));
        i = q.next;
        continue;
      }
    }
    if (t.kind === 'word' && !info[i]!.cap && ctx.lex.patterns.STREET_PREFIXES.has(info[i]!.lower)) {
      const street = streetAddress(ctx, i);
      if (street) {
        out.push(street);
        i = street.last + 1;
        continue;
      }
    }
    if (t.kind === 'word' && info[i]!.cap && !inDomain(ctx, i)) {
      i = readGroup(ctx, i, out);
      continue;
    }
    i++;
  }
  return out;
}

function span(ctx: RunContext, first: number, last: number, source: Candidate['source'], shapeType?: EntityType): Candidate {
  const words: number[] = [];
  for (let k = first; k <= last; k++) if (ctx.tokens[k]!.kind === 'word') words.push(k);
  let end = ctx.tokens[last]!.end;
  // An initial keeps its full stop: «Т. І.».
  if (ctx.info[last]!.initial) end = ctx.tokens[last + 1]!.end;
  const c: Candidate = { start: ctx.tokens[first]!.start, end, first, last, words, source };
  if (shapeType) c.shapeType = shapeType;
  return c;
}

/** «INTERFAX.RU», «DT.UA»: a word glued to a full stop after another word is part of a web address. */
function inDomain(ctx: RunContext, i: number): boolean {
  const dot = ctx.tokens[i - 1];
  const before = ctx.tokens[i - 2];
  return dot !== undefined && before !== undefined && dot.text === '.' && dot.end === ctx.tokens[i]!.start && before.end === dot.start && before.kind === 'word';
}

/** Reads the run of capitalised words and initials from token `i`; returns where to resume. */
function readGroup(ctx: RunContext, i: number, out: Candidate[]): number {
  const { tokens, info } = ctx;
  const words: number[] = [];
  let j = i;
  let prevEnd = -1;
  while (j < tokens.length && words.length < MAX_GROUP) {
    const f = info[j]!;
    if (tokens[j]!.kind !== 'word' || !f.cap) break;
    if (prevEnd >= 0 && !joined(ctx, prevEnd, j)) break;
    // Stop words and title words («Очільник», «Президент») are capitalised, but are not names.
    // (A title word inside a name stays: «Кабінет Міністрів», «Рада Міністрів».)
    if (!f.initial && (ctx.lex.stopWords.has(f.lower) || (words.length === 0 && !f.allCaps && lookupInflected(ctx.lex.titles, f.lower) !== undefined))) break;
    if (ROMAN.test(tokens[j]!.text) || ctx.lex.nonNameAbbreviations.has(tokens[j]!.text)) break; // XIX століття, ЗМІ
    if (tokens[j]!.text.length === 1 && !f.initial) break; // «БУЛО І Є»: a capital letter alone is no name
    if (LOWER_TAIL.test(tokens[j]!.text) && (f.allCaps || f.latin)) break; // «IP-адреса», «PR-менеджер»: a common noun
    // A long all-caps word that is no known abbreviation is shouting («ЧИТАЙТЕ ТАКОЖ»), unless a
    // place or body the KB knows («КИЇВ» in a dateline).
    if (f.allCaps && tokens[j]!.text.length >= 6 && !ctx.lex.abbreviations.has(tokens[j]!.text) && !ctx.kb(titleCase(tokens[j]!.text))) break;
    if (ctx.lex.legalForms.has(tokens[j]!.text) && tokens[j + 1] && OPENING_MARK.test(tokens[j + 1]!.text)) break;
    words.push(j);
    if (f.initial) {
      prevEnd = j + 1;
      j += 2;
    } else {
      prevEnd = j;
      j++;
    }
  }
  if (words.length === 0) return i + 1; // a capitalised stop word
  for (const seg of segments(ctx, words)) emitSegment(ctx, seg, out);
  const lastOut = out[out.length - 1];
  // The organisation or place pattern may have taken tokens past the group.
  return lastOut && lastOut.last >= j ? lastOut.last + 1 : j;
}

/**
 * «вул. Хрещатик, 22», «просп. Перемоги»: a street abbreviation, its full stop, the capitalised name
 * (initials included: «вул. Р. Люксембург») and a house number after a comma.
 */
function streetAddress(ctx: RunContext, i: number): Candidate | null {
  const { tokens, info } = ctx;
  if (tokens[i + 1]?.text !== '.' || !tokens[i + 2] || !info[i + 2]!.cap || !joined(ctx, i + 1, i + 2)) return null;
  let last = i + 2;
  let k = i + 2;
  for (let n = 0; n < 4 && tokens[k] && info[k]!.cap && tokens[k]!.kind === 'word'; n++) {
    last = k;
    k += info[k]!.initial ? 2 : 1;
    if (!tokens[k] || !joined(ctx, info[last]!.initial ? last + 1 : last, k)) break;
  }
  if (info[last]!.initial) return null;
  // «, 22», «, 30-А», «, 4/6»: the house number belongs to the address.
  if (tokens[last + 1]?.text === ',' && tokens[last + 2]?.kind === 'number' && tokens[last + 2]!.start === tokens[last + 1]!.end + 1) {
    last += 2;
    const sep = tokens[last + 1];
    const tail = tokens[last + 2];
    if (sep && tail && (sep.text === '-' || sep.text === '/') && sep.start === tokens[last]!.end && tail.start === sep.end) last += 2;
  }
  return span(ctx, i, last, 'cap', 'LOC');
}

/** True when token `b` cannot continue the name that token `a` is part of. */
function boundary(ctx: RunContext, a: number, b: number): boolean {
  const fa = ctx.info[a]!;
  const fb = ctx.info[b]!;
  if (fa.latin !== fb.latin) return true;
  // «Укрзалізниці О. М. Тітова»: initials start a new name unless they follow a name of a person.
  if (fb.initial && !fa.initial) return !firstNameGender(ctx, a) && !looksLikeSurname(ctx, a);
  if (fa.initial || fb.initial) return false;
  // A pair the KB knows as one name stays one («РИА Новости», «Нью Йорк»).
  if (ctx.kb(`${ctx.tokens[a]!.text} ${ctx.tokens[b]!.text}`)?.exact) return false;
  const abbrA = ctx.lex.abbreviations.get(ctx.tokens[a]!.text);
  // «Зуївську ТЕС», «Черкаське ОТВ»: a capitalised adjective names the unit an abbreviation stands for.
  if (!fa.allCaps && fb.allCaps && isAdjective(ctx, a) && !firstNameGender(ctx, a) && !ctx.lex.nonNameAbbreviations.has(ctx.tokens[b]!.text)) return false;
  if (fa.latin && fb.latin) return false; // «BBC News», «CNN International»
  if (fa.allCaps || fb.allCaps) {
    // МЗС РФ, МВС України: an organisation abbreviation takes the country it belongs to.
    if (fa.allCaps && abbrA !== 'LOC' && abbrA !== 'MISC' && isPlace(ctx, b)) return false;
    // An unknown abbreviation is a unit of what follows («ОТВ АМКУ», «ДТЕК Дніпроенерго», «ТК СНТТ»).
    if (fa.allCaps && abbrA === undefined && !firstNameGender(ctx, b) && ctx.lex.abbreviations.get(ctx.tokens[b]!.text) !== 'LOC') return false;
    return true;
  }
  // «Маріуполя Донецької області»: a region adjective starts a place name of its own.
  if (isAdjective(ctx, b) && !isAdjective(ctx, a) && isGeoHead(ctx, b + 1) && isLowerWord(ctx, b + 1)) return true;
  // «з Пакистана Асії Бібі»: a known country or city followed by another word ends there.
  // (Not after a word spelt exactly as a first name: «Доминика Рааба» is a person, Dominica notwithstanding.)
  if (isPlace(ctx, a, true) && !isPlace(ctx, b) && !ctx.lex.firstNameForms.has(ctx.info[a]!.lower)) return true;
  // A first name starts a new name («речник Кремля Дмитро Пєсков») unless it follows another first
  // name (Анна Марія) or a surname (Яцишин Ігор Георгійович, as official texts order them).
  // «Кацман Семен Маркович»: a first name followed by a patronymic keeps the surname before it.
  if (firstNameGender(ctx, b) && !firstNameGender(ctx, a) && !looksLikeSurname(ctx, a) && !isPatronymic(ctx, b + 1)) return true;
  return false;
}

function isPatronymic(ctx: RunContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'word' && ctx.info[i]!.cap && ctx.lex.patterns.PATRONYMIC.test(ctx.info[i]!.lower);
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function segments(ctx: RunContext, words: number[]): number[][] {
  const out: number[][] = [];
  let cur: number[] = [words[0]!];
  let hasFirstName = firstNameGender(ctx, words[0]!) !== undefined;
  for (let k = 1; k < words.length; k++) {
    const fn = firstNameGender(ctx, words[k]!) !== undefined;
    // «Дмитра Левицького Лідія Левицька»: a second first name starts a second person.
    if (boundary(ctx, words[k - 1]!, words[k]!) || (fn && hasFirstName && !firstNameGender(ctx, words[k - 1]!))) {
      out.push(cur);
      cur = [];
      hasFirstName = false;
    }
    cur.push(words[k]!);
    hasFirstName ||= fn;
  }
  out.push(cur);
  return out;
}

function emitSegment(ctx: RunContext, seg: number[], out: Candidate[]): void {
  let words = seg;
  // A capital explained by the sentence start needs evidence that the word is a name.
  if (ctx.info[words[0]!]!.ambiguous && !hasNameEvidence(ctx, words[0]!)) {
    // «Громада П’ядицької ОТГ обрала…»: a head noun opening the sentence before a name is a common noun.
    if (words.length > 1 && (isOrgHead(ctx, words[0]!) || isGeoHead(ctx, words[0]!)) && isAdjective(ctx, words[1]!)) {
      emitSegment(ctx, words.slice(1), out);
      return;
    }
    const ext = extend(ctx, words);
    // «Комунальне підприємство пояснило» is a common noun phrase; «Служба безпеки України» ends in a
    // name, «Міністерство закордонних справ» in a word that only names take.
    const lastInfo = ext ? ctx.info[ext.last]! : undefined;
    const w0 = ctx.info[words[0]!]!.lower;
    const opens = isOrgHead(ctx, words[0]!) || isGeoHead(ctx, words[0]!) || ctx.lex.patterns.INNER_ADJECTIVE.test(w0);
    const named = ext !== null && opens && lastInfo !== undefined && (lastInfo.cap || ctx.lex.orgComplements.has(lastInfo.lower)) && ext.last !== words[0];
    if (ext && named) {
      out.push(span(ctx, words[0]!, ext.last, 'cap', ext.type));
      return;
    }
    // «Ріната Ахметова» after a colon: the next word is a name on its own, and the first is not an
    // adverb (-о, -е: «Нещодавно Зеленський»), so both are one name.
    const second = words[1];
    const lower0 = ctx.info[words[0]!]!.lower;
    const p = ctx.lex.patterns;
    const nameLike = /[аяь]$/.test(lower0) || p.STRONG_SURNAME.test(lower0) || p.WEAK_SURNAME.test(lower0);
    const hit2 = second !== undefined ? ctx.kb(ctx.tokens[second]!.text) : undefined;
    const keep = second !== undefined && !ctx.info[second]!.allCaps && looksLikeSurname(ctx, second) && (!hit2 || hit2.type === 'PER') && hasNameEvidence(ctx, second) && nameLike;
    if (!keep) {
      words = words.slice(1);
      if (words.length === 0) return;
    }
  }
  const ext = extend(ctx, words);
  if (ext) {
    out.push(span(ctx, words[0]!, ext.last, 'cap', ext.type));
    return;
  }
  if (words.length === 1 && splitHyphenated(ctx, words[0]!, out)) return;
  const last = words[words.length - 1]!;
  // «Євро-2012», «Олімпіада-2024»: a name with its year is an event.
  const dash = ctx.tokens[last + 1];
  const year = ctx.tokens[last + 2];
  if (dash && year && dash.text === '-' && dash.start === ctx.tokens[last]!.end && year.start === dash.end && year.kind === 'number') {
    out.push(span(ctx, words[0]!, last + 2, 'cap', 'MISC'));
    return;
  }
  // «Фастівського та Васильківського районів»: coordinated adjectives share the head after them.
  if (words.length === 1) {
    const shared = coordinatedHead(ctx, last);
    if (shared) {
      out.push(span(ctx, words[0]!, last, 'cap', shared));
      return;
    }
  }
  // A lone capitalised adjective before a lower-case word («Земельного кодексу», «Чорного моря»)
  // begins a longer name this recogniser cannot delimit: leave it rather than mislabel it.
  if (words.length === 1 && isLowerWord(ctx, last + 1) && joined(ctx, last, last + 1) && loneAdjective(ctx, last)) return;
  out.push(span(ctx, words[0]!, last, 'cap'));
}

function loneAdjective(ctx: RunContext, i: number): boolean {
  const lower = ctx.info[i]!.lower;
  const p = ctx.lex.patterns;
  // Neuter and plural -ське, -ських are never surnames; -ський, -ська may be.
  if (!p.NEUTER_OR_PLURAL_ADJECTIVE.test(lower) && (!p.PLAIN_ADJECTIVE.test(lower) || p.ADJECTIVAL_SURNAME.test(lower))) return false;
  return !firstNameGender(ctx, i) && ctx.kb(ctx.tokens[i]!.text) === undefined;
}

/** «Путін-Трамп»: two names joined by a hyphen, each known on its own. Pushes both parts. */
function splitHyphenated(ctx: RunContext, i: number, out: Candidate[]): boolean {
  const t = ctx.tokens[i]!;
  const dash = t.text.indexOf('-');
  if (dash < 2 || dash > t.text.length - 3 || t.text.indexOf('-', dash + 1) >= 0) return false;
  const a = t.text.slice(0, dash);
  const b = t.text.slice(dash + 1);
  if (!UPPER_FIRST.test(b)) return false;
  const known = (s: string) => ctx.seen.has(stemKey(s.toLowerCase())) && ctx.kb(s) !== undefined || ctx.lex.firstNames.has(s) || standalone(ctx, s);
  if (!known(a) || !known(b)) return false;
  out.push({ start: t.start, end: t.start + dash, first: i, last: i, words: [i], source: 'part', partOf: i });
  out.push({ start: t.start + dash + 1, end: t.end, first: i, last: i, words: [i], source: 'part', partOf: i });
  return true;
}

// A word the document capitalises as a word of its own (its stem among the «seen» stems, from a
// token that is not this hyphenated one), or a KB person.
function standalone(ctx: RunContext, s: string): boolean {
  const hit = ctx.kb(s);
  if (hit && hit.type === 'PER') return true;
  return ctx.seen.has(stemKey(s.toLowerCase()));
}
