/**
 * Attribution patterns around a quotation: after it (`«…», — сказав він.`, `«…», — X.`, `"…," he said`),
 * before it (`X заявив: «…»`, `He said, "…"`), and the cue of the author's sentence that holds a
 * partial quotation (`вимагав усунути «першопричини конфлікту»`).
 *
 * @module
 */
import type { FoundCue, ReferringMention } from '../stages.js';
import { endsSentence, sentenceStartIndex, tokenIndex, type Ctx } from './context.js';
import { phraseAt, speakerPastMarkedName } from './speaker.js';
import { pastAddressee, subjectOmitted } from './clause-scan.js';
import { agree, firstSubject, loosePhrase, plainSpeaker, previousSubject, subjectBefore } from './subject.js';
import { appositionSpeaker, englishSourceAfter } from './subject-en.js';
import { DASHES, FINAL, isCapitalized } from './text.js';
import { englishNounAfter } from './indirect-en.js';
import { EN_ADDRESSEE_LEMMAS } from '../lang/en/cues.js';

/**
 * A cue and speaker found for a quotation.
 *
 * @example
 * ```ts
 * const a: Attribution = { cue: null, speaker: null, end: 10, resumes: false };
 * ```
 */
export interface Attribution {
  /** The reporting verb, if any. */
  cue: FoundCue | null;
  /** The words naming the speaker, if any. */
  speaker: ReferringMention | null;
  /** Offset just past the attribution. */
  end: number;
  /** The quotation goes on after the attribution (`«A, — каже X, — B»`). */
  resumes: boolean;
}

/**
 * The cue at token `i`, with lemma and agreement, or null when the word is not a cue.
 *
 * @example
 * ```ts
 * cueAt(ctx, i)?.lemma; // 'сказати' for 'сказав'
 * ```
 */
export function cueAt(ctx: Ctx, i: number): FoundCue | null {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'w') return null;
  const info = ctx.lex.cues.get(t.lower);
  if (!info) return null;
  const cue: FoundCue = { start: t.start, end: t.end, text: t.text, lemma: info.lemma };
  if (info.gender) cue.gender = info.gender;
  if (info.number) cue.number = info.number;
  return cue;
}

/**
 * Whether the complement a verb needs (`дійти висновку`, `висловити думку`) follows it within three words;
 * true for verbs that need none.
 *
 * @example
 * ```ts
 * // 'дійшли висновку, що …' → true; 'до нього дійшло, що …' → false
 * ```
 */
export function hasComplement(ctx: Ctx, i: number, complement: ReadonlySet<string> | undefined): boolean {
  if (!complement) return true;
  for (let k = i + 1; k <= i + 3 && k < ctx.toks.length; k++) if (complement.has(ctx.toks[k].lower)) return true;
  return false;
}

const QUOTE_MARK = /^[«»„“”"'‘’‹›]$/;
const IN_WORDS = new Set(['у', 'в', 'на', 'во', 'in']);
const CONJUNCTIONS = new Set(['і', 'й', 'та', 'а', 'але', 'и', 'но', 'and', 'but', 'що', 'что', 'який', 'яка', 'які', 'который', 'которая', 'которые']);

/**
 * Reads the attribution right after a closing quotation mark at `close`.
 *
 * @example
 * ```ts
 * // '«Ні», — сказав він.' → cue 'сказав', speaker 'він'
 * ```
 */
export function attributionAfter(ctx: Ctx, close: number, quoteOpen = -1): Attribution | null {
  const { toks, lex } = ctx;
  let i = tokenIndex(ctx, close + 1);
  if (i >= toks.length || ctx.breakBefore[i]) return null;
  let sawFinal = false;
  const glued = i < toks.length && toks[i].kind === 'w';
  for (let n = 0; n < 2 && i < toks.length && toks[i].kind === 'p' && (toks[i].text === ',' || FINAL.has(toks[i].text)); n++) {
    if (FINAL.has(toks[i].text)) sawFinal = true;
    i++;
  }
  if (i >= toks.length || ctx.breakBefore[i]) return null;
  let dash = false;
  if (DASHES.has(toks[i].text)) {
    dash = true;
    i++;
  } else if (lex.lang !== 'en' && !lex.cues.has(toks[i].lower)) return null;
  if (i >= toks.length || ctx.breakBefore[i] || toks[i].kind !== 'w') return null;
  if (lex.lang === 'en' && sawFinal && !dash && !lex.cues.has(toks[i + 1]?.lower ?? '') && !lex.cues.has(toks[i].lower)) return null;
  // The attribution runs to the end of its clause: final punctuation, a line break, a quotation mark, or a dash after a comma.
  let segEnd = i;
  while (segEnd < toks.length && segEnd - i < 16) {
    const t = toks[segEnd];
    if (segEnd > i && ctx.breakBefore[segEnd]) break;
    if (t.text === '(') {
      while (segEnd < toks.length && segEnd - i < 24 && toks[segEnd].text !== ')' && !ctx.breakBefore[segEnd + 1]) segEnd++;
      // Past the `)`, but never past the last token (an unclosed `(` at the end of the text).
      segEnd = Math.min(segEnd + 1, toks.length);
      continue; // `Rep. Gwen Moore (D-Wis.) said`
    }
    if (t.kind === 'p' && t.text === '.' && endsSentence(ctx, segEnd) === false && toks[segEnd + 1]?.kind === 'w') {
      segEnd++;
      continue; // `ім. Шмальгаузена`
    }
    if (t.kind === 'p' && (FINAL.has(t.text) || (QUOTE_MARK.test(t.text) && lex.lang === 'en') || t.text === ';' || t.text === ':' || DASHES.has(t.text))) break;
    if (t.kind === 'p' && t.text === ',' && lex.lang === 'en') break;
    segEnd++;
  }
  let c = -1;
  const maxWords = lex.lang === 'en' ? 8 : 4; // `Mr. Morgan of the Sierra Club said`
  for (let k = i, words = 0; k < segEnd && words < maxWords; k++) {
    if (toks[k].kind !== 'w') {
      if (toks[k].text === ',') break; // `«Ведмідь» - це тотем, якого вважали …`: the cue is too far to attribute
      continue;
    }
    words++;
    const info = lex.cues.get(toks[k].lower);
    // English only: after a determiner the word is a noun (`one of the states suing`), not a verb.
    if (info && lex.lang === 'en' && k > i && englishNounAfter(ctx, k)) continue;
    if (info && !info.gerund && hasComplement(ctx, k, info.complement)) {
      c = k;
      break;
    }
  }
  const after = toks[segEnd];
  const resumes = !joinsClause(ctx, i, segEnd) && !!after && !ctx.breakBefore[segEnd] && (DASHES.has(after.text) || ((after.text === ',' || after.text === '.' || after.text === ':') && DASHES.has(toks[segEnd + 1]?.text ?? '') && !ctx.breakBefore[segEnd + 1]));
  const end = toks[Math.max(i, segEnd - 1)].end;
  if (c >= 0) {
    const cue = cueAt(ctx, c);
    // `— сказав він` / `said Caddell`, else `— Лавров сказав` / `he said`.
    // `— розповів «Українській правді» голова правління`, `— повідомило «Радіо Свобода»`: past a name in marks.
    // `— сообщил ТАСС источник`, `— сказал журналистам Песков`: the dative addressee is not the speaker.
    const sp = pastAddressee(ctx, c + 1, segEnd);
    let speaker = phraseAt(ctx, sp, clauseLimit(ctx, sp, segEnd)) ?? (lex.lang !== 'en' ? speakerPastMarkedName(ctx, sp, segEnd) : null);
    if (!speaker || (lex.lang === 'en' && c > i)) speaker = subjectBefore(ctx, i, c) ?? speaker;
    // English only: `"…," Jane Roe, a lawyer, said Monday.` — the name right after the quotation.
    // After `told` the phrase is the addressee (`…, told The Post`), so the name before the comma wins.
    if (lex.lang === 'en' && c === i && (!speaker || speaker.kind !== 'pronoun' || EN_ADDRESSEE_LEMMAS.has(cue?.lemma ?? ''))) speaker = appositionSpeaker(ctx, c) ?? speaker;
    // `– йдеться в обґрунтуванні`, `– заявили у прес-службі`: the body or document that speaks.
    if (!speaker && IN_WORDS.has(toks[sp]?.lower ?? '')) speaker = phraseAt(ctx, sp + 1, segEnd, true) ?? loosePhrase(ctx, sp + 1, segEnd);
    // `«Известия» сообщили, что …`, `«Українська правда» повідомила …`: a verb glued to the closing mark with
    // no one named after it has the marked words as its subject — a name, not a quotation.
    if (!speaker && glued && lex.lang !== 'en') return null;
    if (!speaker && c === i) speaker = plainSpeaker(ctx, sp, segEnd);
    // An omitted subject is the previous sentence's (`— прошепотів гірко`).
    if (!speaker && quoteOpen >= 0 && !lex.cues.get(toks[c].lower)?.impersonal) speaker = previousSubject(ctx, tokenIndex(ctx, quoteOpen));
    return { cue, speaker: agree(speaker, cue), end, resumes };
  }
  if (!dash) return null;
  const first = toks[i];
  const pro = lex.pronouns.get(first.lower);
  if (!isCapitalized(first.text) && !(pro && pro.case === 'nom')) return null;
  const speaker = phraseAt(ctx, i, segEnd);
  return speaker ? { cue: null, speaker, end, resumes } : null;
}

/** The attribution goes on into a clause of its own (`— прошепотів механік, і значило те …`): it does not resume the quotation. */
function joinsClause(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ctx.toks[k - 1].text === ',' && CONJUNCTIONS.has(ctx.toks[k].lower)) return true;
  return false;
}

/** English attributions end their speaker at a comma (`said John Smith, a spokesman`). */
function clauseLimit(ctx: Ctx, from: number, segEnd: number): number {
  for (let k = from; k < segEnd; k++) if (ctx.toks[k].text === ',') return k;
  return segEnd;
}

/**
 * Reads the attribution of the clause that introduces a quotation opening at `open`
 * (`Лавров заявив: «…»`, `He said, "…"`).
 *
 * @example
 * ```ts
 * // 'Лавров заявив: «Ні».' → cue 'заявив', speaker 'Лавров'
 * ```
 */
export function attributionBefore(ctx: Ctx, open: number): Attribution | null {
  const { toks, lex } = ctx;
  const k = tokenIndex(ctx, open) - 1;
  if (k < 1) return null;
  const mark = toks[k];
  const colon = mark.text === ':';
  if (!colon && !(mark.text === ',' && lex.lang === 'en')) return null;
  const ss = sentenceStartIndex(ctx, k);
  let c = -1;
  for (let j = k - 1; j >= ss && j >= k - 12; j--) {
    if (lex.cues.has(toks[j].lower)) {
      if (lex.lang === 'en' && j > ss && englishNounAfter(ctx, j)) continue; // English only: `a few questions`
      c = j;
      break;
    }
  }
  if (c < 0) {
    if (!colon) return null;
    const speaker = firstSubject(ctx, ss, k);
    return speaker ? { cue: null, speaker, end: mark.end, resumes: false } : null;
  }
  const cue = cueAt(ctx, c);
  // `Потім сказав: «…»`: an omitted subject is the previous sentence's.
  // Only a singular personal verb with nothing before it that could be its subject (`мене питали:` is impersonal).
  const omitted = lex.lang !== 'en' && !!cue && cue.number !== 'pl' && !lex.cues.get(toks[c].lower)?.impersonal && subjectOmitted(ctx, ss, c);
  const speaker = subjectBefore(ctx, ss, c) ?? phraseAt(ctx, c + 1, k) ?? (omitted ? previousSubject(ctx, ss) : null);
  return { cue, speaker: agree(speaker, cue), end: mark.end, resumes: false };
}

/**
 * The nearest cue before a partial quotation opening at `open`, within its sentence, with the
 * subject of that cue (`Лавров … заговорив про «нацистський режим»`).
 *
 * @example
 * ```ts
 * // 'Лавров вимагав усунути «першопричини».' → cue 'вимагав', speaker 'Лавров'
 * ```
 */
export function sentenceCue(ctx: Ctx, open: number): Attribution | null {
  const { toks, lex } = ctx;
  const k = tokenIndex(ctx, open) - 1;
  if (k < 0) return null;
  const ss = sentenceStartIndex(ctx, k + 1);
  for (let j = k; j >= ss; j--) {
    const info = lex.cues.get(toks[j].lower);
    if (!info || toks[j].kind !== 'w' || !hasComplement(ctx, j, info.complement)) continue;
    if (lex.lang === 'en' && j > ss && englishNounAfter(ctx, j)) continue; // English only: `The answers …` is a noun
    const cue = cueAt(ctx, j);
    let clause = ss;
    for (let m = j - 1; m > ss; m--) {
      if (toks[m].text === ':' || toks[m].text === ';' || lex.that.has(toks[m].lower)) {
        clause = m + 1;
        break;
      }
    }
    const speaker = info.impersonal ? subjectBefore(ctx, clause, j) : subjectBefore(ctx, clause, j) ?? (clause > ss ? subjectBefore(ctx, ss, j) : null) ?? previousSubject(ctx, ss);
    return { cue, speaker: agree(speaker, cue), end: toks[j].end, resumes: false };
  }
  return null;
}

/**
 * A trailing attribution later in the sentence of a partial quotation
 * (`“The only way … jail time” for criminal behavior, she said.`, `назвав це «провокацією», заявив речник`).
 *
 * @example
 * ```ts
 * // '«Це провокація» для всіх, заявив речник.' → cue 'заявив', speaker 'речник'
 * ```
 */
export function trailingAttribution(ctx: Ctx, close: number): Attribution | null {
  const { toks } = ctx;
  // English only: `… are "not enough," says Jane Roe`: the comma inside the marks hands over to the attribution.
  let inside = close - 1;
  while (inside > 0 && ctx.text[inside] === "'") inside--; // a `''` pair of marks
  if (ctx.lex.lang === 'en' && ctx.text[inside] === ',') {
    const attr = attributionAfter(ctx, close);
    if (attr?.cue) return attr;
  }
  // English only: `… "collapsed," according to a senior official`.
  const source = englishSourceAfter(ctx, tokenIndex(ctx, close + 1));
  if (source) return { cue: source.cue, speaker: source.speaker, end: source.end, resumes: false };
  const i = tokenIndex(ctx, close + 1);
  const end = Math.min(toks.length, i + 40);
  for (let k = i; k < end; k++) {
    if (ctx.breakBefore[k] || endsSentence(ctx, k)) break;
    if (toks[k].text !== ',') continue;
    const attr = attributionAfter(ctx, toks[k].start - 1);
    if (attr?.cue) return attr;
  }
  return null;
}

