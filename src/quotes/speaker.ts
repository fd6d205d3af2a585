/**
 * Speaker phrases: the name, title or pronoun that says who spoke, read from the tokens at a position
 * (`— сказав очільник відомства`). Works from capitalisation, the speaker-noun lexicon and pronouns, and
 * uses recognised names when given. Finding where the subject stands is `subject.ts`.
 *
 * @module
 */
import type { NameMention, ReferringMention } from '../stages.js';
import { isAbbreviationWord, nameCovering, type Ctx } from './context.js';
import { isCapitalized, type Tok } from './text.js';

// Built once at module load (none is global or sticky, so `test`/`exec` keep no state).
const HAS_CAPITAL = /\p{Lu}/u;
const DIGIT = /\d/;
const SENTENCE_PUNCT = /[.!?…—–-]/;

/**
 * Oblique-case endings (dative, instrumental, locative) that end a lower-case speaker phrase: `поетеса рідним`.
 *
 * @example
 * ```ts
 * OBLIQUE_END.test('рідним'); // true
 * ```
 */
export const OBLIQUE_END = /(?:ові|еві|єві|ам|ям|ом|ем|єм|ами|ями|им|ім|ою|ею|єю|ах|ях|ому|ему|ым|ой)$/u;
/** Adjective endings that may precede the head noun of a speaker phrase: `головний російський дипломат`. */
const ADJECTIVE_END = /(?:ий|ій|ый|ой|ая|яя|ые|ие|ські|цькі|зькі|ові|еві|ені|ані|чні|льні|дні|тні|жні|шні)$/u;
/** Genitive adjective endings (`Повітряних`, `Верховної`, `Збройного`). */
const GENITIVE_ADJECTIVE = /(?:их|іх|ых|ого|ього|ої|ьої|ой)$/u;
/**
 * Genitive-looking endings of the modifiers that follow a title: `очільник російського … відомства`.
 *
 * @example
 * ```ts
 * GENITIVE_END.test('відомства'); // true
 * ```
 */
export const GENITIVE_END = /(?:ого|ього|ої|ьої|их|іх|ів|їв|ей|ов|ев|ых|ства|цтва|а|я|у|ю|і|и|ї|ы)$/u;
/**
 * Verb endings (past and present) that end a lower-case speaker phrase: `механік вів відлік`.
 *
 * @example
 * ```ts
 * VERB_END.test('закусила'); // true
 * ```
 */
export const VERB_END = /(?:ла|ли|ло|лася|лися|вся|лся|лась|лись|лось|ть|ють|ують|ает|яет|ит|ат|ят)$/u;
/**
 * Possessive pronouns that open a speaker phrase (`її очі`, `його син`).
 *
 * @example
 * ```ts
 * POSSESSIVES.has('її'); // true
 * ```
 */
export const POSSESSIVES = new Set(['його', 'її', 'їхній', 'їхня', 'їхнє', 'їхні', 'его', 'её', 'ее', 'их', 'his', 'her', 'their']);
/**
 * Determiners that open an English speaker phrase (`the announcer`).
 *
 * @example
 * ```ts
 * EN_DETERMINERS.has('the'); // true
 * ```
 */
export const EN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'one', 'two', 'three', 'several', 'many', 'some']);
/**
 * Number words that quantify an English subject (`Twelve percent indicated`).
 *
 * @example
 * ```ts
 * NUMBER_WORD.test('twelve'); // true
 * ```
 */
export const NUMBER_WORD = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|most|many|few|several|some|all)$/;
const GLUE_MARKS = new Set(['«', '»', '"', '“', '”', '„']);
/**
 * Prepositions: a name right after one is inside a prepositional phrase, not a subject.
 *
 * @example
 * ```ts
 * PREPOSITIONS.has('проти'); // true
 * ```
 */
export const PREPOSITIONS = new Set(['у', 'в', 'на', 'з', 'із', 'зі', 'до', 'від', 'для', 'про', 'по', 'під', 'над', 'за', 'перед',
  'після', 'через', 'без', 'при', 'між', 'серед', 'біля', 'проти', 'щодо', 'во', 'с', 'со', 'к', 'ко', 'от', 'о', 'об',
  'после', 'около', 'против', 'среди', 'между', 'of', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'for', 'about']);

/**
 * A mention of tokens `from … to`.
 *
 * @example
 * ```ts
 * mention(ctx, toks[3], toks[4], 'name').text; // 'Сергій Лавров'
 * ```
 */
export function mention(ctx: Ctx, from: Tok, to: Tok, kind: ReferringMention['kind'], extra: Partial<ReferringMention> = {}): ReferringMention {
  const text = ctx.text.slice(from.start, to.end);
  return { start: from.start, end: to.end, text, kind, base: extra.base ?? text, ...extra };
}

function isAbbreviation(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && HAS_CAPITAL.test(word);
}

/**
 * Reads a speaker phrase starting at token `i` (not past token `limit`): a pronoun, a capitalised
 * name (with its title, as in `голова КМДА Володимир Бондаренко`), or a title phrase
 * (`очільник російського зовнішньополітичного відомства`). Returns null when nothing there names a speaker.
 *
 * @example
 * ```ts
 * // tokens of '— сказав він.' : phraseAt(ctx, 2, 4)?.text === 'він'
 * ```
 */
export function phraseAt(ctx: Ctx, i: number, limit: number, allowOblique = false): ReferringMention | null {
  const { toks, lex } = ctx;
  const first = toks[i];
  if (!first || first.kind !== 'w' || i >= limit) return null;
  const pro = lex.pronouns.get(first.lower);
  const second = toks[i + 1];
  if (pro && POSSESSIVES.has(first.lower) && !allowOblique && second && second.kind === 'w' && i + 1 < limit && !lex.nonSubject.has(second.lower) && !lex.cues.has(second.lower) && !lex.pronouns.has(second.lower)) {
    return mention(ctx, first, second, 'descriptor'); // `— кричали її очі`, `сказав його син`
  }
  if (pro) {
    if (pro.case !== 'nom' && !allowOblique) return null;
    return mention(ctx, first, first, 'pronoun', { base: pro.base, gender: pro.gender, number: pro.number });
  }
  const words: number[] = [];
  for (let j = i; j < limit && words.length < 10; j++) {
    const t = toks[j];
    if (j > i && ctx.breakBefore[j]) break;
    if (t.kind === 'p') {
      if (t.text === '.' && words.length && isAbbreviationWord(toks[j - 1].text) && toks[j + 1]?.kind === 'w') continue; // `Mr. Podesta`, an initial
      if (GLUE_MARKS.has(t.text) && words.length) continue; // директор «Глибокої» Шаміль Мамлєєв
      break;
    }
    const inName = nameCovering(ctx, t.start, t.end) >= 0;
    if (!inName && lex.nonSubject.has(t.lower)) break;
    if (words.length && !inName && (lex.cues.has(t.lower) || lex.pronouns.has(t.lower))) break;
    words.push(j);
  }
  if (!words.length) return null;
  // Start: drop leading words that are neither capitalised, speaker nouns, numbers nor adjectives (`описує степ кандидат …`).
  let s = 0;
  const keyAt = (k: number): boolean => {
    const t = toks[words[k]];
    return isCapitalized(t.text) || lex.isSpeakerNoun(t.lower) || DIGIT.test(t.text) || nameCovering(ctx, t.start, t.end) >= 0;
  };
  const firstKey = words.findIndex((_, k) => keyAt(k));
  if (firstKey < 0) return null;
  s = firstKey;
  while (s > 0 && ADJECTIVE_END.test(toks[words[s - 1]].lower) && !lex.cues.has(toks[words[s - 1]].lower)) s--;
  if (s > 0 && lex.lang === 'en' && EN_DETERMINERS.has(toks[words[s - 1]].lower)) s--; // `the police`
  // End: the last capitalised word of a name, or for a lower-case phrase the head and its genitive modifiers.
  let e = -1;
  for (let k = s; k < words.length; k++) if (isCapitalized(toks[words[k]].text) || nameCovering(ctx, toks[words[k]].start, toks[words[k]].end) >= 0) e = k;
  // `речник Повітряних сил`: a capitalised adjective in the genitive keeps its lower-case noun.
  while (e >= 0 && e + 1 < words.length && GENITIVE_ADJECTIVE.test(toks[words[e]!].lower) && !isCapitalized(toks[words[e + 1]!].text) && !VERB_END.test(toks[words[e + 1]!].lower)) e++;
  const realName = e >= 0 && words.slice(s, e + 1).some((w) => isCapitalizedNameWord(ctx, w));
  if (!realName) {
    e = firstKey;
    if (lex.lang !== 'en') {
      while (e + 1 < words.length && e - s < 5 && GENITIVE_END.test(toks[words[e + 1]].lower) && !VERB_END.test(toks[words[e + 1]].lower)) e++;
    }
  }
  const from = toks[words[s]];
  const to = toks[words[e]];
  // `Компанія «Нафтогаз»`: a guillemet opened inside the phrase closes inside it too.
  const close = toks[words[e] + 1];
  const end = close?.text === '»' && guillemetOpen(toks, words[s], words[e]) ? close.end : to.end;
  const text = ctx.text.slice(from.start, end);
  // A person named in the phrase is the speaker (`речник МЗС Олег Ніколенко`); a title's genitive
  // modifiers are not (`міністр закордонних справ РФ`), except after source nouns (`джерела Reuters`).
  const person = bestName(ctx, from.start, to.end, 'PER');
  const head = toks[words[firstKey]];
  const titled = firstKey === s && lex.isSpeakerNoun(head.lower) && !lex.isSourceNoun(head.lower);
  const nameIndex = person >= 0 ? person : titled ? -1 : bestName(ctx, from.start, to.end);
  const capitalisedName = words.slice(s, e + 1).some((w) => isCapitalized(toks[w].text) && !isAbbreviation(toks[w].text) && !lex.isSpeakerNoun(toks[w].lower));
  // Without recognised names, a title ending in two capitalised words carries a person's name (`глава МИД РФ Сергей Лавров`).
  const lastTwo = e - s >= 1 && [e - 1, e].every((k) => isCapitalized(toks[words[k]].text) && !isAbbreviation(toks[words[k]].text));
  const kind: ReferringMention['kind'] = nameIndex >= 0 || (!titled && capitalisedName) || (titled && lastTwo) ? 'name' : lex.isSpeakerNoun(head.lower) ? 'title' : 'descriptor';
  const n = nameIndex >= 0 ? ctx.names[nameIndex] : null;
  const out: ReferringMention = { start: from.start, end, text, kind, base: n && n.start === from.start && n.end === end ? n.base : text };
  if (n) {
    out.nameIndex = nameIndex;
    if (n.gender) out.gender = n.gender;
  }
  return out;
}

/** Whether a `«` between tokens `from` and `to` is still open at `to`. */
function guillemetOpen(toks: Ctx['toks'], from: number, to: number): boolean {
  let open = 0;
  for (let k = from; k <= to; k++) {
    if (toks[k].text === '«') open++;
    else if (toks[k].text === '»' && open > 0) open--;
  }
  return open > 0;
}

/** A capitalised word that is a name, not a sentence-initial common word or a speaker noun. */
function isCapitalizedNameWord(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  if (!isCapitalized(t.text)) return false;
  if (nameCovering(ctx, t.start, t.end) >= 0) return true;
  if (ctx.breakBefore[j]) return !ctx.lex.isSpeakerNoun(t.lower);
  const prev = ctx.toks[j - 1];
  const sentenceInitial = prev && prev.kind === 'p' && SENTENCE_PUNCT.test(prev.text);
  return !sentenceInitial || !ctx.lex.isSpeakerNoun(t.lower);
}

/**
 * The recognised name overlapping the range the most (nameIndex of a speaker phrase), or -1.
 *
 * @example
 * ```ts
 * bestName(ctx, 135, 149); // index of the name 'Сергія Лаврова'
 * ```
 */
export function bestName(ctx: Ctx, start: number, end: number, type?: NameMention['type']): number {
  const order = ctx.nameOrder;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.nameStarts[mid] < start - 80) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  let bestLen = 0;
  for (let k = lo; k < order.length; k++) {
    const n = ctx.names[order[k]];
    if (n.start >= end) break;
    const ov = Math.min(n.end, end) - Math.max(n.start, start);
    if (ov > bestLen && (!type || n.type === type)) {
      best = order[k];
      bestLen = ov;
    }
  }
  return best;
}

/** Relative pronouns: the subject is then the phrase before the comma (`ВГСУ, який заявив`). */

const OPEN_MARKS = new Set(['«', '“', '„']);
const CLOSE_MARKS = new Set(['»', '”']);
const DATIVE_END = /(?:ій|ому|ові|еві|єві|ам|ям)$/u;

/**
 * The token after a short name in marks opening at token `i` (`«Українській правді»`, at most six tokens, on one
 * line), or -1 when no such name starts there.
 *
 * @example
 * ```ts
 * // '— розповів «Українській правді» голова …': afterMarkedName(ctx, 2, limit) is the index of 'голова'
 * ```
 */
export function afterMarkedName(ctx: Ctx, i: number, limit: number): number {
  const { toks } = ctx;
  if (!OPEN_MARKS.has(toks[i]?.text ?? '')) return -1;
  const stop = Math.min(limit, toks.length);
  for (let k = i + 2; k < stop && k <= i + 7; k++) {
    if (ctx.breakBefore[k]) return -1;
    if (CLOSE_MARKS.has(toks[k].text)) return isCapitalized(toks[i + 1].text) ? k + 1 : -1;
  }
  return -1;
}

/**
 * The speaker after a cue that a name in marks opens: the phrase after the name when there is one
 * (`— розповів «Українській правді» голова правління`), else the name itself unless it is a dative
 * (`— повідомив «Forbes»`).
 *
 * @example
 * ```ts
 * // '…, повідомило «Радіо Свобода».' → 'Радіо Свобода'
 * ```
 */
export function speakerPastMarkedName(ctx: Ctx, i: number, limit: number): ReferringMention | null {
  const j = afterMarkedName(ctx, i, limit);
  if (j < 0) return null;
  const after = phraseAt(ctx, j, limit);
  if (after) return after;
  const { toks } = ctx;
  if (DATIVE_END.test(toks[i + 1].lower)) return null;
  return mention(ctx, toks[i + 1], toks[j - 2], 'name');
}

