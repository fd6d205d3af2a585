/**
 * Candidate name spans from one pass over the tokens: quoted names, legal-form company names,
 * runs of capitalised words and initials (split where one name ends and the next begins), extended
 * over the lower-case words of organisation and place names («Служба безпеки України», «Одеській
 * області»), and hyphenated pairs of names split in two («Путін-Трамп»).
 *
 * @module
 */
import type { EntityType } from '../types.js';
import { firstNameGender, hasNameEvidence, isAdjective, isGeoHead, isLowerWord, isOrgHead, joined, titleGender, type RunContext } from './context.js';
import { coordinatedHead, extend, isPlace, looksLikeSurname } from './multiword.js';
import { isLegalForm, quotedName } from './quoted.js';
import { kbHasExact } from './kb-lookup.js';
import { nameKey } from './stem.js';
import { splitHyphenated } from './hyphenated.js';
import { coinedAcronym } from './acronyms.js';
import { streetAddress } from './streets.js';
import { branchTail } from './org-tail.js';
import { isLowerBodyHead, lowerBody } from './lower-body.js';
import { mediaEnd } from './media.js';
import { lawName } from './laws.js';
import { withParticles, type Emitters } from './particles.js';
import { segments } from './group-boundary.js';
import { capitalAfter, inflectedOrgAbbreviation, loneAdjective, possessiveOfName, singularBody } from './segment-shapes.js';

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
const LOWER_TAIL = /-\p{Ll}+$/u;
// Roman numerals, in Latin or look-alike Cyrillic letters, with a case suffix: XIX, ХХІ-го, XVI-му.
// A regnal number after a first name: I–XIX in Latin letters or Cyrillic І, Х, V look-alikes.
const REGNAL = /^(?:X{0,1}(?:IX|IV|V?I{0,3})|Х?(?:ІХ|ІV|V?І{0,3}))$/u;
const ROMAN = /^(?:[IVXLCDM]+|[ХІ]{2,}|[ХІ]+-\p{Ll}+|[IVXLCDM]+-\p{Ll}+)$/u;
// The letters a Roman numeral starts with: other words skip the regex.
const ROMAN_FIRST = new Set([...'IVXLCDMХІ'].map((c) => c.charCodeAt(0)));

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
    if (t.kind !== 'word' || info[i]!.cap) {
      const q = t.kind === 'punct' || isLegalForm(ctx, i) ? quotedName(ctx, i) : null;
      if (q) {
        const prev = out[out.length - 1];
        // «Міжнародний благодійний фонд «Покуття»»: a body's capitalised description and its quoted
        // name are one name, closing mark included, as with legal forms.
        if (prev && prev.source === 'cap' && prev.shapeType === 'ORG' && !q.legal && q.type === 'ORG' && prev.last === q.first - 2 && OPENING_MARK.test(tokens[q.first - 1]!.text) && joined(ctx, prev.last, q.first - 1)) {
          out[out.length - 1] = span(ctx, prev.first, q.next - 1, 'legal', 'ORG');
        } else out.push(span(ctx, q.first, q.last, q.legal ? 'legal' : 'quoted', q.type));
        i = q.next;
        continue;
      }
    }
    if (t.kind === 'word' && !info[i]!.cap && ctx.lex.streetFirstLetters.has(info[i]!.lower.charCodeAt(0)) && (ctx.lex.patterns.STREET_PREFIXES.has(info[i]!.lower) || ctx.lex.patterns.STREET_NOUN_FORMS.has(info[i]!.lower))) {
      const street = streetAddress(ctx, i);
      if (street) {
        out.push(street);
        i = street.last + 1;
        continue;
      }
    }
    if (t.kind === 'word' && !info[i]!.cap && isLowerBodyHead(ctx, i)) {
      const prev = out[out.length - 1];
      const body = lowerBody(ctx, i, prev ? prev.last + 1 : 0);
      if (body) {
        out.push(span(ctx, body.first, body.last, 'cap', 'ORG'));
        i = body.last + 1;
        continue;
      }
    }
    if (t.kind === 'word' && info[i]!.cap && !inDomain(ctx, i)) {
      i = readGroup(ctx, i, out);
      continue;
    }
    i++;
  }
  // (Russian only: Russian news writes «британский МИД» as the body's name; Ukrainian annotators and
  // writers keep «британського МЗС» a description with a name in it.)
  if (ctx.doc.lang === 'ru') for (let k = 0; k < out.length; k++) withPlaceAdjective(ctx, out, k);
  return out;
}

// A lower-case adjective of a country, region or town: британского, российского, американский.
const PLACE_ADJECTIVE = /(?:[сцз]ьк|[сцз]к)(?:ий|ій|ого|ому|ої|им|ім|их|ою|ий|ая|ое|ой|ую|ом|а|е|у|і)$/u;

/**
 * «британского МИДа», «российского МИД», «британский Кабмин»: a body named
 * by abbreviation or by a head noun takes the lower-case adjective of its country or town before it.
 */
function withPlaceAdjective(ctx: RunContext, out: Candidate[], k: number): void {
  const c = out[k]!;
  const adj = c.first - 1;
  if (c.source !== 'cap' || !isLowerWord(ctx, adj) || !joined(ctx, adj, c.first) || (k > 0 && out[k - 1]!.last >= adj)) return;
  const f = ctx.info[c.first]!;
  const abbr = ctx.lex.abbreviations.get(ctx.tokens[c.first]!.text);
  const body = abbr === 'ORG' || inflectedOrgAbbreviation(ctx, c.first) || (c.shapeType === 'ORG' && f.cap && !f.allCaps && isOrgHead(ctx, c.first));
  if (!body || !PLACE_ADJECTIVE.test(ctx.info[adj]!.lower) || ctx.lex.stopWords.has(ctx.info[adj]!.lower)) return;
  out[k] = span(ctx, adj, c.last, 'cap', 'ORG');
}

/**
 * A candidate over tokens `first`..`last` (an initial at the end keeps its full stop).
 *
 * @example
 * ```ts
 * span(ctx, 5, 6, 'cap').words; // [5, 6] for «Сергій Лавров»
 * ```
 */
export function span(ctx: RunContext, first: number, last: number, source: Candidate['source'], shapeType?: EntityType): Candidate {
  const words: number[] = [];
  for (let k = first; k <= last; k++) if (ctx.tokens[k]!.kind === 'word') words.push(k);
  let end = ctx.tokens[last]!.end;
  // An initial keeps its full stop: «Т. І.».
  if (ctx.info[last]!.initial) end = ctx.tokens[last + 1]!.end;
  // Every candidate has every field, in one order: one object shape for optimised code.
  return { start: ctx.tokens[first]!.start, end, first, last, words, source, shapeType: shapeType || undefined, partOf: undefined };
}

/** What {@link withParticles} emits with: the candidate builder and the segment reader of this module. */
const EMIT: Emitters = { span, segment: emitSegment };

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
    if (!f.initial && (ctx.lex.stopWords.has(f.lower) || (words.length === 0 && !f.allCaps && titleGender(ctx, j) !== undefined))) break;
    if ((ROMAN_FIRST.has(tokens[j]!.text.charCodeAt(0)) && ROMAN.test(tokens[j]!.text)) || (ctx.lex.nonNameAbbreviations.has(tokens[j]!.text) && !plantAfterAdjective(ctx, words, j))) break; // XIX століття, ЗМІ
    if (f.allCaps && !ctx.lex.abbreviations.has(tokens[j]!.text) && coinedAcronym(ctx, j)) break; // «тимчасових споруд (ТС)»
    if (tokens[j]!.text.length === 1 && !f.initial) break; // «БУЛО І Є»: a capital letter alone is no name
    if ((f.allCaps || f.latin) && LOWER_TAIL.test(tokens[j]!.text)) break; // «IP-адреса», «PR-менеджер»: a common noun
    // A long all-caps word that is no known abbreviation is shouting («ЧИТАЙТЕ ТАКОЖ»), unless a
    // place or body the KB knows («КИЇВ» in a dateline).
    if (f.allCaps && tokens[j]!.text.length >= 6 && !ctx.lex.abbreviations.has(tokens[j]!.text) && !ctx.kb(titleCase(tokens[j]!.text))) break;
    if (isLegalForm(ctx, j) && tokens[j + 1] && OPENING_MARK.test(tokens[j + 1]!.text)) break;
    // «НЕ ПИТИМУ КАВУ НА НІЧ»: capitals around function words are shouting, not abbreviations.
    if (f.allCaps && !ctx.lex.abbreviations.has(tokens[j]!.text) && shouted(ctx, j)) break;
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
  const segs = segments(ctx, words);
  // «Урсула фон дер Ляєн», «заявила фон дер Ляєн»: lower-case name particles join the run's ends.
  const resume = withParticles(ctx, i, j, words, segs, out, EMIT);
  if (resume > 0) return resume;
  for (const seg of segs) emitSegment(ctx, seg, out);
  const lastOut = out[out.length - 1];
  // The organisation or place pattern may have taken tokens past the group.
  return lastOut && lastOut.last >= j ? lastOut.last + 1 : j;
}

/** «Чорнобильської АЕС»: a power-plant abbreviation continues a group whose last word is an adjective. */
function plantAfterAdjective(ctx: RunContext, words: readonly number[], j: number): boolean {
  return words.length > 0 && ctx.lex.plantAbbreviations.has(ctx.tokens[j]!.text) && isAdjective(ctx, words[words.length - 1]!);
}

/** «Белый дом», «Красная площадь»: the KB or the gazetteer knows tokens `i`, `i + 1` as one name. */
function knownPair(ctx: RunContext, i: number): boolean {
  const text = ctx.doc.text.slice(ctx.tokens[i]!.start, ctx.tokens[i + 1]!.end);
  return kbHasExact(ctx.kb, text) || ctx.lex.places.has(nameKey(text));
}

/** True when an all-caps function word (НЕ, НА, ЗА) stands next to the all-caps word at `j`. */
function shouted(ctx: RunContext, j: number): boolean {
  for (let d = -2; d <= 2; d++) {
    const k = j + d;
    const t = d === 0 ? undefined : ctx.tokens[k];
    if (t && t.kind === 'word' && ctx.info[k]!.cap && t.text.length > 1 && t.text === t.text.toUpperCase() && ctx.lex.stopWords.has(ctx.info[k]!.lower)) return true;
  }
  return false;
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function emitSegment(ctx: RunContext, seg: number[], out: Candidate[]): void {
  let words = seg;
  // «Як повідомляла Українська правда», «Українські Новини»: a media name, at a sentence start too.
  const media = mediaEnd(ctx, words[0]!, words.length > 1 ? words[1]! : -1);
  if (media >= 0) {
    out.push(span(ctx, words[0]!, media, 'cap', 'ORG'));
    if (words.length > 2) emitSegment(ctx, words.slice(2), out);
    return;
  }
  // «Закону України «Про освіту»»: a law's name, not its country.
  const law = lawName(ctx, words);
  if (law) {
    out.push(law);
    return;
  }
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
    // («Белый дом опроверг», «Красная площадь закрыта»: or the KB knows the two words as a name.)
    const named = ext !== null && opens && lastInfo !== undefined && (lastInfo.cap || (ext.last === words[0]! + 1 && knownPair(ctx, words[0]!)) || ctx.lex.orgComplements.has(lastInfo.lower) || singularBody(ctx, words[0]!, ext.last) || (capitalAfter(ctx, words[words.length - 1]!, ext.last) && (isOrgHead(ctx, words[0]!) || ctx.lex.patterns.SINGULAR_ADJECTIVE.test(w0)))) && ext.last !== words[0];
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
    // «Мінфін Британії передбачив»: a compound body name with its country.
    if (second !== undefined && p.ORG_WORD.test(lower0) && !isAdjective(ctx, words[0]!) && isPlace(ctx, second)) {
      out.push(span(ctx, words[0]!, second, 'cap', 'ORG'));
      if (words.length > 2) emitSegment(ctx, words.slice(2), out);
      return;
    }
    // «Запорізька АЕС працює»: an adjective that names a plant by its abbreviation.
    const unit = second !== undefined && ctx.info[second]!.allCaps && isAdjective(ctx, words[0]!) && ctx.lex.plantAbbreviations.has(ctx.tokens[second]!.text);
    if (!keep && !unit) {
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
  // «директор КП», «будівництво ГАЕС»: a company's legal form or a plant's abbreviation alone is a common noun.
  if (words.length === 1 && ctx.info[words[0]!]!.allCaps && (ctx.lex.plantAbbreviations.has(ctx.tokens[words[0]!]!.text) || (ctx.lex.legalForms.has(ctx.tokens[words[0]!]!.text) && !ctx.lex.bareNameForms.has(ctx.tokens[words[0]!]!.text)))) return;
  const last = words[words.length - 1]!;
  // «Євро-2012», «Олімпіада-2024»: a name with its year is an event.
  const dash = ctx.tokens[last + 1];
  const year = ctx.tokens[last + 2];
  if (dash && year && dash.text === '-' && dash.start === ctx.tokens[last]!.end && year.start === dash.end && year.kind === 'number') {
    out.push(span(ctx, words[0]!, last + 2, 'cap', 'MISC'));
    return;
  }
  // «Фастівського та Васильківського районів»: coordinated adjectives share the head after them.
  // (Each adjective stays a name of its own: annotators split such runs as often as they join them.)
  if (words.length === 1) {
    const shared = coordinatedHead(ctx, last);
    if (shared) {
      out.push(span(ctx, words[0]!, last, 'cap', shared.type));
      return;
    }
  }
  // «Дориних долонях», «Петрове вміння»: a possessive made from a first name points to the person.
  if (words.length === 1 && possessiveOfName(ctx, last)) {
    out.push(span(ctx, last, last, 'cap', 'PER'));
    return;
  }
  // A lone capitalised adjective before a lower-case word («Земельного кодексу», «Чорного моря»)
  // begins a longer name this recogniser cannot delimit: leave it rather than mislabel it.
  if (words.length === 1 && isLowerWord(ctx, last + 1) && joined(ctx, last, last + 1) && loneAdjective(ctx, last)) return;
  // «ДСНС України у місті Києві»: a body's abbreviation takes its territorial branch.
  // «Міндоходів Луганської області», «Держказначейство в Донецькій області»: so does a compound
  // body name, and either takes the region it serves.
  const w0 = words[0]!;
  if (ctx.lex.abbreviations.get(ctx.tokens[w0]!.text) === 'ORG' || (words.length === 1 && !ctx.info[w0]!.allCaps && ctx.lex.patterns.ORG_WORD.test(ctx.info[w0]!.lower) && !isAdjective(ctx, w0))) {
    const region = last + 1;
    const branch = ctx.tokens[region + 1] && ctx.info[region]!.cap && ctx.lex.patterns.REGION_ADJECTIVE.test(ctx.info[region]!.lower) && isGeoHead(ctx, region + 1) && isLowerWord(ctx, region + 1) && joined(ctx, last, region) && joined(ctx, region, region + 1) ? region + 1 : branchTail(ctx, last);
    if (branch > last) {
      out.push(span(ctx, w0, branch, 'cap', 'ORG'));
      return;
    }
  }
  // «Казимир III», «Франца-Йосифа І»: a monarch's first name takes the ordinal after it.
  if (firstNameGender(ctx, last) && ctx.tokens[last + 1] && REGNAL.test(ctx.tokens[last + 1]!.text) && joined(ctx, last, last + 1)) {
    out.push(span(ctx, words[0]!, last + 1, 'cap', 'PER'));
    return;
  }
  // «Держплан УРСР», «МИДа Великобритании»: a body with its country (see boundary) is the body.
  const bodyOfCountry = words.length === 2 && !ctx.info[words[0]!]!.allCaps && isPlace(ctx, last) && (inflectedOrgAbbreviation(ctx, words[0]!) || (ctx.info[last]!.allCaps && (isOrgHead(ctx, words[0]!) || ctx.lex.patterns.ORG_WORD.test(ctx.info[words[0]!]!.lower))));
  out.push(span(ctx, words[0]!, last, 'cap', bodyOfCountry ? 'ORG' : undefined));
}
