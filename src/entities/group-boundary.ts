/**
 * Where one name ends and the next begins inside a run of capitalised words: «речник Кремля
 * Дмитро Пєсков» is a body and a person, «МЗС РФ» one name, «Івана Дзюби Михайлина Коцюбинська»
 * two persons. Split out of candidates.ts, which reads the runs.
 *
 * @module
 */
import { firstNameGender, isAdjective, isGeoHead, isLowerWord, isOrgHead, joined, type RunContext } from './context.js';
import { isPlace, looksLikeSurname } from './multiword.js';
import { kbHasExact } from './kb-lookup.js';
import { mediaEnd } from './media.js';

// Endings that only adjectives have («Київська», «Зуївській», «Черкаське»), unlike a place's case
// form that merely ends like one («Україні»).
const FULL_ADJECTIVE = /(?:[иіы]й|ого|ього|ому|ьому|ої|ьої|[иі]м|[иі]х|ою|ьою|[сц]ьк[аеіу]|н[аеу]|ая|ое|ую)$/u;

/** True when token `b` cannot continue the name that token `a` is part of. */
function boundary(ctx: RunContext, a: number, b: number): boolean {
  const fa = ctx.info[a]!;
  const fb = ctx.info[b]!;
  if (fa.latin !== fb.latin) return true;
  // «Укрзалізниці О. М. Тітова»: initials start a new name unless they follow a name of a person.
  if (fb.initial && !fa.initial) return !firstNameGender(ctx, a) && !looksLikeSurname(ctx, a);
  if (fa.initial || fb.initial) return false;
  // A pair the KB knows as one name stays one («РИА Новости», «Нью Йорк»).
  if (kbHasExact(ctx.kb, `${ctx.tokens[a]!.text} ${ctx.tokens[b]!.text}`)) return false;
  const abbrA = ctx.lex.abbreviations.get(ctx.tokens[a]!.text);
  // «Зуївську ТЕС», «Черкаське ОТВ»: a capitalised adjective names the unit an abbreviation stands for.
  // (Not a place whose case form only looks like an adjective: «в Україні ЦРУ опублікувало».)
  if (!fa.allCaps && fb.allCaps && isAdjective(ctx, a) && !firstNameGender(ctx, a) && (!ctx.lex.nonNameAbbreviations.has(ctx.tokens[b]!.text) || ctx.lex.plantAbbreviations.has(ctx.tokens[b]!.text)) && !(isPlace(ctx, a) && !FULL_ADJECTIVE.test(fa.lower))) return false;
  if (fa.latin && fb.latin) return false; // «BBC News», «CNN International»
  // «Держплан УРСР», «Мінфін США»: a body's one-word name takes its country's abbreviation.
  if (!fa.allCaps && fb.allCaps && ctx.lex.abbreviations.get(ctx.tokens[b]!.text) === 'LOC' && !isAdjective(ctx, a) && (isOrgHead(ctx, a) || ctx.lex.patterns.ORG_WORD.test(fa.lower))) return false;
  if (fa.allCaps || fb.allCaps) {
    // МЗС РФ, МВС України: an organisation abbreviation takes the country it belongs to.
    if (fa.allCaps && abbrA !== 'LOC' && abbrA !== 'MISC' && isPlace(ctx, b)) return false;
    // An unknown abbreviation is a unit of what follows («ОТВ АМКУ», «ДТЕК Дніпроенерго», «ТК СНТТ»).
    if (fa.allCaps && abbrA === undefined && !firstNameGender(ctx, b) && ctx.lex.abbreviations.get(ctx.tokens[b]!.text) !== 'LOC') return false;
    return true;
  }
  // «Мінприроди Генпрокуратура», «сільради Держекоінспекція»: a capitalised head noun or a
  // compound body name after a noun starts a second body.
  if (!fa.initial && (isOrgHead(ctx, b) || (isOrgHead(ctx, a) && ctx.lex.patterns.ORG_WORD.test(fb.lower))) && !isAdjective(ctx, a) && !ctx.lex.patterns.PATRONYMIC.test(fb.lower)) return true;
  // «Єврокомісії Валдіс Домбровскіс», «Укрзалізниці Олександр …»: a compound body name ends its name
  // before any word that is not its country.
  if (!isAdjective(ctx, a) && !isOrgHead(ctx, a) && ctx.lex.patterns.ORG_WORD.test(fa.lower) && !ctx.lex.patterns.ORG_WORD.test(fb.lower) && !isPlace(ctx, b)) return true;
  // «Маріуполя Донецької області», «Іршанську Житомирської області» (a town whose name is an
  // adjective): a region adjective starts a place name of its own.
  if (isAdjective(ctx, b) && isGeoHead(ctx, b + 1) && isLowerWord(ctx, b + 1) && (!isAdjective(ctx, a) || ctx.lex.patterns.REGION_ADJECTIVE.test(ctx.info[b]!.lower))) return true;
  // «з Пакистана Асії Бібі»: a known country or city followed by another word ends there.
  // (Not after a word spelt exactly as a first name: «Доминика Рааба» is a person, Dominica notwithstanding.)
  // (Not after an adjective before a noun: «Мала Костромка», «Нова Дофіновка».)
  // (Nor after an adjective made from a country before another adjective or a head: «Української
  // Гельсінкської Групи», «Української Православної Церкви».)
  if (isPlace(ctx, a, true) && !isPlace(ctx, b) && !ctx.lex.firstNameForms.has(ctx.info[a]!.lower) && !(ctx.lex.patterns.SINGULAR_ADJECTIVE.test(fa.lower) && !isAdjective(ctx, b)) && !(ctx.lex.patterns.INNER_ADJECTIVE.test(fa.lower) && (isOrgHead(ctx, b) || (ctx.lex.patterns.INNER_ADJECTIVE.test(fb.lower) && isOrgHead(ctx, b + 1))))) return true;
  // A first name starts a new name («речник Кремля Дмитро Пєсков») unless it follows another first
  // name (Анна Марія) or a surname (Яцишин Ігор Георгійович, as official texts order them).
  // «Кацман Семен Маркович»: a first name followed by a patronymic keeps the surname before it.
  if (firstNameGender(ctx, b) && !firstNameGender(ctx, a) && !looksLikeSurname(ctx, a) && !isPatronymic(ctx, b + 1)) return true;
  // «Івана Дзюби Михайлина Коцюбинська»: after a surname, a first name followed by another
  // capitalised word (not a patronymic) opens the next person's full name.
  if (firstNameGender(ctx, b) && !firstNameGender(ctx, a) && ctx.tokens[b + 1]?.kind === 'word' && ctx.info[b + 1]!.cap && !ctx.info[b + 1]!.initial && joined(ctx, b, b + 1) && !isPatronymic(ctx, b + 1)) return true;
  return false;
}

function isPatronymic(ctx: RunContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'word' && ctx.info[i]!.cap && ctx.lex.patterns.PATRONYMIC.test(ctx.info[i]!.lower);
}

/** Cuts a run of capitalised words (token indices) into the names it holds. */
export function segments(ctx: RunContext, words: number[]): number[][] {
  const out: number[][] = [];
  let cur: number[] = [words[0]!];
  let hasFirstName = firstNameGender(ctx, words[0]!) !== undefined;
  for (let k = 1; k < words.length; k++) {
    const fn = firstNameGender(ctx, words[k]!) !== undefined;
    // «Дмитра Левицького Лідія Левицька»: a second first name starts a second person.
    // («Українські Новини»: a media name is one name whatever its words look like.)
    if ((boundary(ctx, words[k - 1]!, words[k]!) || (fn && hasFirstName && !firstNameGender(ctx, words[k - 1]!))) && mediaEnd(ctx, words[k - 1]!, words[k]!) < 0) {
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
