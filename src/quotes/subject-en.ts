/**
 * English subjects and sources: the subject right before a verb (`the announcer said`), a participle's subject
 * (`the mayor said, adding that …`), the name right after a quotation (`"…," Jane Roe, a lawyer, said`) and a
 * source phrase after it (`according to …`). The language-independent search is `subject.ts`.
 *
 * @module
 */
import type { FoundCue, ReferringMention } from '../stages.js';
import { endsSentence, isAbbreviationWord, nameCovering, sentenceStartIndex, type Ctx } from './context.js';
import { EN_DETERMINERS, NUMBER_WORD, PREPOSITIONS, bestName, mention, phraseAt } from './speaker.js';
import { isCapitalized } from './text.js';
import { RELATIVES } from './clause-scan.js';
import { firstSubject, subjectBefore } from './subject.js';
import { EN_TIME_DETERMINERS, EN_TIME_NOUNS, EN_TIME_WORDS } from '../lang/en/clause-words.js';

// Built once at module load (none is global or sticky, so `test`/`exec` keep no state).
const ING_END = /ing$/;
const LY_END = /ly$/;
const POSSESSIVE_END = /['’]s$/;
const OPENING_MARKS = new Set(['«', '“', '„']);

const EN_SKIP = new Set(['has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'also', 'later', 'then', 'again', 'once',
  'further', 'previously', 'recently', 'repeatedly', 'has', 'had', 'never', 'not', 'did', 'does', 'do', 'just', 'still', 'even', 'reportedly']);

/**
 * The English subject right before its verb (`the announcer said`, `Mr. Morgan of the Sierra Club said`,
 * `Jane Doe, a spokeswoman, said`): English puts the subject next to the verb, so look there first.
 *
 * @example
 * ```ts
 * // 'Jane Doe, a spokeswoman for the agency, said …' with cue 'said' → 'Jane Doe'
 * ```
 */
export function englishSubject(ctx: Ctx, from: number, cue: number): ReferringMention | null {
  const { toks, lex } = ctx;
  // `…, arguing that …`: a participle shares the sentence's subject.
  if (ING_END.test(toks[cue].lower)) return participleSubject(ctx, from, cue) ?? firstSubject(ctx, from, cue);
  let k = cue - 1;
  for (;;) {
    while (k >= from && toks[k].kind === 'w' && (EN_SKIP.has(toks[k].lower) || LY_END.test(toks[k].lower))) k--;
    // `Wells Fargo this month announced`, `the mayor on Tuesday said`: a time phrase between subject and verb.
    const span = k >= from ? englishTimeSpan(ctx, from, k) : 0;
    if (!span) break;
    k -= span;
  }
  // `an architect who said …`: the annotation keeps the relative pronoun as the speaker's words.
  if (k >= from && (toks[k].lower === 'who' || toks[k].lower === 'which')) return mention(ctx, toks[k], toks[k], 'pronoun', { base: toks[k].lower });
  if (k < from) return null;
  if (toks[k].text === ')') {
    while (k > from && toks[k].text !== '(') k--;
    k--;
  }
  if (k >= from && toks[k].text === ',') {
    // An apposition: `Jane Doe, a spokeswoman for the agency, said` → the phrase before the first comma.
    // A relative clause may run longer: `Jane Doe, who has led the agency since it was founded in 1990, said`.
    let m = k - 1;
    while (m > from && m > k - 40 && toks[m].text !== ',') m--;
    const relative = toks[m + 1]?.lower === 'who' || toks[m + 1]?.lower === 'which';
    if (m > from && toks[m].text === ',' && (k - m < 14 || relative)) k = m - 1;
    else return null;
  }
  if (k < from || toks[k].kind !== 'w' || lex.cues.has(toks[k].lower)) return null;
  // `…, adding that …`, `… and said …`: a participle or a coordinated verb shares the sentence's subject.
  if (toks[k].lower === 'and' || toks[k].lower === 'but') return firstSubject(ctx, from, cue);
  if (lex.nonSubject.has(toks[k].lower) || EN_DETERMINERS.has(toks[k].lower)) return null;
  if (!isCapitalized(toks[k].text) && !lex.pronouns.has(toks[k].lower) && !lex.isSpeakerNoun(toks[k].lower)) {
    // A lower-case head needs its determiner close by: `the announcer said`, `one questioner claimed`.
    let ok = false;
    for (let m = k - 1; m >= from && m >= k - 3 && toks[m].kind === 'w'; m--) if (EN_DETERMINERS.has(toks[m].lower) || POSSESSIVE_END.test(toks[m].lower) || NUMBER_WORD.test(toks[m].lower)) ok = true;
    if (!ok) return null;
  }
  const pro = lex.pronouns.get(toks[k].lower);
  if (pro) return pro.case === 'nom' ? mention(ctx, toks[k], toks[k], 'pronoun', { base: pro.base, gender: pro.gender, number: pro.number }) : null;
  if (RELATIVES.has(toks[k].lower)) return null;
  let s = k;
  for (;;) {
    const p = s - 1;
    if (p < from) break;
    const t = toks[p];
    if (t.kind === 'p') {
      if (t.text === '.' && p - 1 >= from && isAbbreviationWord(toks[p - 1].text)) {
        s = p - 1; // `Mr. Morgan`, `Rep. G.K. Butterfield`
        continue;
      }
      break;
    }
    if (EN_DETERMINERS.has(t.lower)) {
      s = p;
      if (toks[p - 1]?.lower === 'of' && p - 2 >= from && toks[p - 2].kind === 'w') {
        s = p - 2; // `Mr. Morgan of the Sierra Club`
        continue;
      }
      break;
    }
    if (t.lower === 'of' && toks[p - 1]?.kind === 'w' && p - 1 >= from) {
      s = p - 1;
      continue;
    }
    if (lex.nonSubject.has(t.lower) || lex.cues.has(t.lower) || lex.pronouns.has(t.lower) || k - p > 7) break;
    if (englishTimeSpan(ctx, from, p)) break; // `Earlier this year Acme announced`
    s = p;
  }
  // `A poll in late August found …`: a phrase inside a prepositional phrase is not the subject; the subject stands before it.
  if (s - 1 >= from && toks[s - 1].kind === 'w' && PREPOSITIONS.has(toks[s - 1].lower)) return s - 1 > from ? englishSubject(ctx, from, s - 1) : null;
  const from_ = toks[s];
  const to = toks[k];
  const nameIndex = bestName(ctx, from_.start, to.end);
  const hasName = nameIndex >= 0 || toks.slice(s, k + 1).some((t) => isCapitalized(t.text) && !EN_DETERMINERS.has(t.lower));
  const out = mention(ctx, from_, to, hasName ? 'name' : lex.isSpeakerNoun(to.lower) ? 'title' : 'descriptor');
  if (nameIndex >= 0) out.nameIndex = nameIndex;
  return out;
}

/**
 * The subject of an English participle (`"…," the mayor said, adding that …`): the subject of the reporting verb
 * before it in the sentence, found before that verb or right after it (`said Jane Roe, adding`). Words inside
 * a quotation are not searched: the scan stops at a quotation mark.
 */
function participleSubject(ctx: Ctx, from: number, cue: number): ReferringMention | null {
  const { toks, lex } = ctx;
  let lo = from;
  for (let k = cue - 1, words = 0; k >= lo && words < 20; k--) {
    const t = toks[k];
    if (t.kind === 'p') {
      if (OPENING_MARKS.has(t.text)) return null;
      if (EN_QUOTE_CLOSE.has(t.text)) {
        // `Peabody said: "…," adding that …`: skip the quotation back to its opening mark (the clause may
        // have started before it: a colon inside the sentence makes the quotation a clause of its own).
        let o = k - 1;
        while (o > 0 && toks[o].text === t.text && toks[o].end === toks[o + 1].start) o--; // a `''` pair
        while (o > 0 && o > k - 200 && !OPENING_MARKS.has(toks[o].text) && toks[o].text !== t.text) o--;
        if (o <= 0 || o <= k - 200 || ctx.breakBefore[o + 1]) return null;
        while (o > 0 && toks[o - 1].text === toks[o].text && toks[o - 1].end === toks[o].start) o--; // an opening `''`
        if (o <= lo) lo = sentenceStartIndex(ctx, o);
        k = o;
      }
      continue;
    }
    words++;
    const info = lex.cues.get(t.lower);
    if (!info || info.gerund || ING_END.test(t.lower) || (k > lo && EN_DETERMINERS.has(toks[k - 1].lower))) continue;
    const prev = toks[k - 1];
    if (prev && (prev.text === ',' || EN_QUOTE_CLOSE.has(prev.text)) && k + 1 < cue && !englishTimeSpan(ctx, k + 1, k + 1)) {
      const inverted = phraseAt(ctx, k + 1, cue);
      if (inverted && inverted.start === toks[k + 1].start) return inverted; // `"…," said Jane Roe, adding`
    }
    return k > lo ? subjectBefore(ctx, lo, k) : null;
  }
  return null;
}

/** How many tokens of an English time phrase end at token `k` (`Tuesday`, `this month`, `on Monday`), or 0. */
function englishTimeSpan(ctx: Ctx, from: number, k: number): number {
  const { toks } = ctx;
  const t = toks[k];
  if (t.kind !== 'w') return 0;
  const lower = t.text.toLowerCase();
  let n = 0;
  if (EN_TIME_NOUNS.has(lower) && k - 1 >= from && EN_TIME_DETERMINERS.has(toks[k - 1].lower)) n = 2;
  else if (EN_TIME_WORDS.has(lower) && !isCapitalizedInitial(ctx, k)) n = 1;
  if (n && k - n >= from && (toks[k - n].lower === 'on' || toks[k - n].lower === 'in')) n++;
  return n;
}

/** A capitalised time word that opens its sentence is still a time word; only `Earlier` and `Later` might be names. */
function isCapitalizedInitial(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return isCapitalized(t.text) && nameCovering(ctx, t.start, t.end) >= 0 && !EN_TIME_WORDS.has(t.text.toLowerCase());
}


const EN_QUOTE_CLOSE = new Set(['”', '"', '’', "'", "''", '»']);

/**
 * The English speaker named right after a quotation when its cue comes only after an apposition
 * (`"…," Jane Roe, a lawyer for the union, said on Monday.`, `"…," Ann Lee, 54, told me.`): the cue at token
 * `cue` opens a segment after a comma, so its subject is the phrase between the closing mark and the first comma.
 * Null when no closing mark stands within the sentence before, or when what follows it is not a name-like phrase.
 *
 * @example
 * ```ts
 * // '"We will win," Tom Baker, a lawyer, said Monday.' with cue 'said' → 'Tom Baker'
 * ```
 */
export function appositionSpeaker(ctx: Ctx, cue: number): ReferringMention | null {
  const { toks, lex } = ctx;
  if (lex.lang !== 'en' || toks[cue - 1]?.text !== ',') return null;
  let mark = -1;
  let commas = 0;
  for (let k = cue - 1; k >= 0 && k >= cue - 40; k--) {
    const t = toks[k];
    if (ctx.breakBefore[k + 1] && k + 1 < cue) return null;
    if (t.kind !== 'p') continue;
    if (EN_QUOTE_CLOSE.has(t.text)) {
      mark = k;
      break;
    }
    if (t.text === ',') commas++;
    else if (t.text !== '.' && t.text !== '(' && t.text !== ')' && t.text !== '-') return null;
    else if (t.text === '.' && endsSentence(ctx, k)) return null;
  }
  // Between the quotation and the cue: the name and its apposition(s), each closed by a comma.
  if (mark < 0 || commas < 2) return null;
  let from = mark + 1;
  let inside = mark - 1;
  while (inside > 0 && EN_QUOTE_CLOSE.has(toks[inside].text)) inside--; // a `''` pair of marks
  const handsOver = toks[inside]?.text === ',' || toks[inside]?.text === '!' || toks[inside]?.text === '?';
  if (!handsOver && toks[from]?.text === ',') from++;
  else if (!handsOver) return null; // `"…" for executives, Ann said`: not right after the quotation
  const first = toks[from];
  if (!first || first.kind !== 'w' || !(isCapitalized(first.text) || nameCovering(ctx, first.start, first.end) >= 0)) return null;
  let limit = from;
  while (limit < cue && toks[limit].text !== ',') limit++;
  const p = phraseAt(ctx, from, limit);
  return p && p.kind !== 'pronoun' && p.start === first.start ? p : null;
}


/**
 * An English source phrase right after a quotation (`"collapsed," according to a senior official`): the cue
 * words and the source, read from token `i` (the first token after the closing mark, or after its comma).
 *
 * @example
 * ```ts
 * // 'The talks had "collapsed," according to an official.' → cue 'according to', speaker 'an official'
 * ```
 */
export function englishSourceAfter(ctx: Ctx, i: number): { cue: FoundCue; speaker: ReferringMention; end: number } | null {
  const { toks, lex } = ctx;
  if (lex.lang !== 'en') return null;
  let k = i;
  if (toks[k]?.text === ',') k++;
  const a = toks[k];
  const to = toks[k + 1];
  if (!a || !to || a.lower !== 'according' || to.lower !== 'to' || ctx.breakBefore[k]) return null;
  let limit = k + 2;
  while (limit < toks.length && limit - k < 24 && !ctx.breakBefore[limit] && !endsSentence(ctx, limit) && toks[limit].text !== ',' && toks[limit].text !== ';') limit++;
  const speaker = phraseAt(ctx, k + 2, limit, true);
  if (!speaker) return null;
  const cue: FoundCue = { start: a.start, end: to.end, text: ctx.text.slice(a.start, to.end), lemma: 'according to' };
  return { cue, speaker, end: speaker.end };
}
