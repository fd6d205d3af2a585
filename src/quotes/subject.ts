/**
 * Where the speaker stands: the subject before a cue (`Лавров заявив`, `the announcer said`), the subject
 * of the previous sentence for an omitted one, a document in `у …` for impersonal cues, and agreement.
 *
 * @module
 */
import type { FoundCue, ReferringMention } from '../stages.js';
import { nameCovering, sentenceStartIndex, type Ctx } from './context.js';
import { GENITIVE_END, OBLIQUE_END, POSSESSIVES, PREPOSITIONS, VERB_END, mention, phraseAt } from './speaker.js';
import { isCapitalized } from './text.js';
import { EN_MONTHS, EN_TIME_WORDS } from '../lang/en/clause-words.js';
import { RELATIVES, markedNameBefore, relativeClauseStart } from './clause-scan.js';
import { englishSubject } from './subject-en.js';

// Built once at module load (none is global or sticky, so `test`/`exec` keep no state).
const CLAUSE_BREAK = /^(?:[.!?…:;—–-]|\.\.\.)$/;
const DASH_TOKENS = new Set(['—', '–', '-']);

const THERE = new Set(['там', 'тут', 'там', 'здесь']);
/** Suffixes of capitalised sentence-initial words that are not names: abstract and verbal nouns, gerunds, adverbs. */
const NOT_NAME_SUFFIX = /(?:ість|ння|ття|ччя|чись|вши|вшись|ючи|учи|ачи|ячи|ею|ою|ами|ями|ально|ливо|ство|ение|ание|ость|ясь|ись|йшов|ішов|йшла|ішла|лася|лися|вся)$/u;
const CLOSING_MARKS = new Set(['»', '”']);
const IN_WORDS = new Set(['у', 'в', 'во', 'in']);
const OPENING_MARKS = new Set(['«', '“', '„']);
const ONE_OF = new Set(['один', 'одна', 'одне', 'одні', 'кожен', 'кожна', 'одна', 'одно', 'каждый', 'каждая']);
const FROM_WORDS = new Set(['з', 'із', 'зі', 'из']);
const GROUP_PRONOUNS = new Set(['них', 'нас', 'вас']);
const REFLEXIVE_POSSESSIVES = new Set(['своїй', 'своєму', 'своїх', 'своїм', 'своей', 'своём', 'своем', 'своих', 'своим']);

function isSentenceFirst(ctx: Ctx, k: number): boolean {
  const prev = ctx.toks[k - 1];
  return !prev || !!ctx.breakBefore[k] || (prev.kind === 'p' && CLAUSE_BREAK.test(prev.text));
}

/** Whether token `k` can be (part of) a subject: a name, a capitalised word that is not a sentence-initial common word, or a speaker noun. */
function isKey(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (t.kind !== 'w') return false;
  if (nameCovering(ctx, t.start, t.end) >= 0) return true;
  if (ctx.lex.nonSubject.has(t.lower) || ctx.lex.cues.has(t.lower)) return false;
  if (ctx.lex.isSpeakerNoun(t.lower)) return true;
  if (!isCapitalized(t.text)) return false;
  if (!isSentenceFirst(ctx, k)) return true;
  if (NOT_NAME_SUFFIX.test(t.lower)) return false;
  // A capitalised sentence-initial word followed by a plain lower-case word is rarely a name (`Усю інформацію`).
  const next = ctx.toks[k + 1];
  return !next || next.kind !== 'w' || isCapitalized(next.text) || ctx.lex.nonSubject.has(next.lower) || ctx.lex.cues.has(next.lower);
}

/**
 * A phrase of plain words from `from` (at most five, up to punctuation or a function word): `обґрунтуванні закупівлі`.
 *
 * @example
 * ```ts
 * // 'В обґрунтуванні закупівлі повідомляється' → loosePhrase(ctx, 1, 3)?.text === 'обґрунтуванні закупівлі'
 * ```
 */
export function loosePhrase(ctx: Ctx, from: number, limit: number): ReferringMention | null {
  const { toks, lex } = ctx;
  let e = from;
  while (e < limit && e - from < 5 && toks[e].kind === 'w' && (e === from || (!lex.nonSubject.has(toks[e].lower) && !lex.cues.has(toks[e].lower))) && !(e > from && ctx.breakBefore[e])) e++;
  if (e === from) return null;
  return mention(ctx, toks[from], toks[e - 1], 'descriptor');
}

/**
 * Finds the subject of a cue at token `cue` among tokens `from … cue - 1`: the nearest phrase holding a
 * pronoun, a name or a speaker noun that is not inside a prepositional phrase
 * (`Про свою готовність … Лавров заявив`, `Сам Лавров після розмови з Рубіо знову заговорив`).
 *
 * @example
 * ```ts
 * // 'При цьому міністр закордонних справ РФ наполягає' → 'міністр закордонних справ РФ'
 * ```
 */
export function subjectBefore(ctx: Ctx, from: number, cue: number): ReferringMention | null {
  const { toks, lex } = ctx;
  if (lex.lang === 'en') {
    const en = englishSubject(ctx, from, cue);
    if (en) return en;
  }
  const info = lex.cues.get(toks[cue]?.lower ?? '');
  // `— сказав він після засідання, додавши, що …`: an adverbial participle shares the subject of the verb of the
  // clause before its comma; with no reporting verb there, the sentence's subject (`Адвокат … покинув країну, заявивши`).
  if (info?.gerund) {
    let k = cue - 1;
    if (toks[k]?.text === ',') k--;
    for (; k >= from && toks[k].text !== ',' && !CLAUSE_BREAK.test(toks[k].text); k--) {
      const verb = lex.cues.get(toks[k].lower);
      if (!verb || verb.gerund) continue;
      // Only an attribution after a quotation or a clause puts its subject after the verb
      // (`— заявив Борель, підкресливши`, `…, указал он, подчеркнув`).
      if (k > 0 && (DASH_TOKENS.has(toks[k - 1].text) || toks[k - 1].text === ',')) {
        const inverted = phraseAt(ctx, k + 1, cue);
        if (inverted && (inverted.kind === 'pronoun' || (inverted.kind === 'name' && inverted.start === toks[k + 1].start))) return inverted;
      }
      return subjectBefore(ctx, from, k);
    }
    return firstSubject(ctx, from, cue);
  }
  // `у прес-службі заявили`, `у записці відмічається`: with a plural or impersonal verb, the body or document in `у …` speaks.
  if (info && (info.impersonal || (info.number === 'pl' && !info.gender))) {
    const there = toks[cue - 1];
    if (there && cue - 1 >= from && THERE.has(there.lower)) return mention(ctx, there, there, 'descriptor'); // `Також там заявили`
    for (let k = cue - 1; k >= from && k >= cue - 5; k--) {
      if (toks[k].kind !== 'w') break;
      if (IN_WORDS.has(toks[k].lower)) {
        // `«Наші гроші» в своїй публікації вказали`: a reflexive possessive belongs to the subject before it.
        if (REFLEXIVE_POSSESSIVES.has(toks[k + 1]?.lower ?? '') && k > from) return subjectBefore(ctx, from, k) ?? markedNameBefore(ctx, k);
        if (k + 1 < cue) return loosePhrase(ctx, k + 1, cue);
        break;
      }
    }
    if (info.impersonal) {
      for (let k = from; k < cue && k < from + 3; k++) if (IN_WORDS.has(toks[k].lower) && k + 1 < cue) return loosePhrase(ctx, k + 1, cue);
    }
  }
  let fallback = -1;
  let quotedName: ReferringMention | null = null;
  for (let k = cue - 1; k >= from; k--) {
    const t = toks[k];
    if (t.kind === 'p') {
      if (CLOSING_MARKS.has(t.text)) {
        const close = k;
        // Words inside a quotation do not name its speaker: jump to its opening mark…
        while (k > from && !OPENING_MARKS.has(toks[k].text)) k--;
        // …unless it is a name right before the cue (`«Укрзалізниця» повідомила`).
        if (close === cue - 1 && OPENING_MARKS.has(toks[k].text) && close - k <= 5 && close > k + 1 && isCapitalized(toks[k + 1].text)) {
          quotedName ??= mention(ctx, toks[k + 1], toks[close - 1], 'name');
        }
      } else if (t.text === ')') {
        while (k > from && toks[k].text !== '(') k--; // `Олег Савченко (Свобода) заявив`
      } else if (t.text === ',') {
        // `Лубінець, який відвідав Херсон, заявив`: the subject stands before the relative clause.
        const rel = relativeClauseStart(ctx, from, k);
        if (rel >= 0) k = rel;
      }
      continue;
    }
    const pro = lex.pronouns.get(t.lower);
    // `Про це заявив X`: a pronoun after a preposition is no subject.
    if (pro && pro.case === 'nom' && !(k > from && PREPOSITIONS.has(toks[k - 1].lower))) return phraseAt(ctx, k, cue);
    if (RELATIVES.has(t.lower) && toks[k - 1]?.text === ',') {
      // `ВГСУ, який заявив`, `звернулася потерпіла, яка розповіла`: the antecedent right before the comma.
      const ante = toks[k - 2];
      const beforeAnte = toks[k - 3];
      if (ante && ante.kind === 'w' && k - 2 >= from && !isKey(ctx, k - 2) && !lex.nonSubject.has(ante.lower) && !OBLIQUE_END.test(ante.lower) && !(beforeAnte && PREPOSITIONS.has(beforeAnte.lower))) {
        return mention(ctx, ante, ante, 'descriptor');
      }
      return subjectBefore(ctx, from, k - 1);
    }
    if (!isKey(ctx, k)) continue;
    let cs = k;
    while (cs - 1 >= from && toks[cs - 1].kind === 'w' && !lex.nonSubject.has(toks[cs - 1].lower) && !lex.cues.has(toks[cs - 1].lower) && !lex.pronouns.has(toks[cs - 1].lower)) cs--;
    // The chunk is a prepositional phrase when a preposition stands right before its first key word.
    let fk = cs;
    while (fk < k && !isKey(ctx, fk)) fk++;
    const prev = toks[fk - 1];
    const before = toks[cs - 1];
    let titled = false;
    for (let m = cs + 1; m <= k && !titled; m++) titled = lex.isSpeakerNoun(toks[m].lower);
    if ((prev && prev.kind === 'w' && PREPOSITIONS.has(prev.lower)) || (!titled && before && before.kind === 'w' && PREPOSITIONS.has(before.lower))) {
      if (fallback < 0) fallback = cs;
      k = cs;
      continue;
    }
    const p = phraseAt(ctx, cs, cue);
    if (p) return p;
    k = cs;
  }
  if (quotedName) return quotedName;
  // A possessive and a plain noun at the clause start (`Її господар знову заговорив`).
  const first = toks[from];
  if (first && first.kind === 'w' && lex.pronouns.get(first.lower)?.case === 'obl' && from + 1 < cue && toks[from + 1].kind === 'w' && !lex.nonSubject.has(toks[from + 1].lower)) {
    return mention(ctx, first, toks[from + 1], 'descriptor');
  }
  if (fallback >= 0) return phraseAt(ctx, fallback, cue) ?? loosePhrase(ctx, fallback, cue);
  // `В обґрунтуванні закупівлі повідомляється`: the document that speaks.
  // Not `Про це заявив X` (a pronoun is no document), nor `На початку другої сказав` (a past singular verb has a
  // person for its subject, omitted: the caller looks in the sentence before).
  const doc = toks[from + 1];
  if (first && PREPOSITIONS.has(first.lower) && from + 1 < cue && !info?.gender && (REFLEXIVE_POSSESSIVES.has(doc.lower) || (!lex.nonSubject.has(doc.lower) && !lex.pronouns.has(doc.lower)))) return loosePhrase(ctx, from + 1, cue);
  return null;
}

/**
 * The subject of the sentence before token `i` (an omitted subject takes the previous sentence's):
 * the subject of its cue if it has one, else its first name or speaker phrase. Looks two sentences back.
 *
 * @example
 * ```ts
 * // 'Голова громади Петро Гайдейчук це спростовує. Запевняє, що …' → 'Голова громади Петро Гайдейчук'
 * ```
 */
export function previousSubject(ctx: Ctx, i: number): ReferringMention | null {
  let end = i;
  for (let n = 0; n < 2 && end > 0; n++) {
    const ss = sentenceStartIndex(ctx, end - 1);
    const p = firstSubject(ctx, ss, end);
    if (p) return p;
    end = ss;
  }
  return null;
}

/**
 * The first subject-like phrase of tokens `from … to - 1`, skipping prepositional phrases and quotations:
 * the subject of a sentence whose verb is not a cue (`Та тут його супутник зупинив мого сусіда: «…»`).
 *
 * @example
 * ```ts
 * // 'Нарешті іноземець припинив потік слів.' → 'іноземець'
 * ```
 */
export function firstSubject(ctx: Ctx, from: number, to: number): ReferringMention | null {
  const { toks, lex } = ctx;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.kind === 'p') {
      if (OPENING_MARKS.has(t.text)) while (k + 1 < to && !CLOSING_MARKS.has(toks[k + 1].text)) k++;
      continue;
    }
    const pro = lex.pronouns.get(t.lower);
    // English: `In late September, …`, `On Tuesday …`: a month or weekday is no subject.
    if (lex.lang === 'en' && isCapitalized(t.text) && (EN_MONTHS.has(t.text.toLowerCase()) || EN_TIME_WORDS.has(t.text.toLowerCase()))) continue;
    if (isKey(ctx, k) || pro?.case === 'nom' || (pro && POSSESSIVES.has(t.lower))) {
      const prev = toks[k - 1];
      if (prev && prev.kind === 'w' && PREPOSITIONS.has(prev.lower)) continue;
      // `Одна з них Зінаїда Кошова приїхала …`: the name after `one of them` is the subject.
      if (ONE_OF.has(t.lower) && FROM_WORDS.has(toks[k + 1]?.lower ?? '') && GROUP_PRONOUNS.has(toks[k + 2]?.lower ?? '') && k + 3 < to && isKey(ctx, k + 3)) {
        const named = phraseAt(ctx, k + 3, to);
        if (named) return named;
      }
      const p = phraseAt(ctx, k, to);
      if (p) return p;
    }
  }
  return null;
}

/**
 * Copies the agreement of a cue onto a non-pronoun speaker (`сказала` tells that the speaker is feminine).
 *
 * @example
 * ```ts
 * agree({ start: 0, end: 6, text: 'Оксана', kind: 'name', base: 'Оксана' }, cue).gender; // 'f' for сказала
 * ```
 */
export function agree(speaker: ReferringMention | null, cue: FoundCue | null): ReferringMention | null {
  if (!speaker || !cue || speaker.kind === 'pronoun') return speaker;
  // A plain copy (not a spread: this runs for every attributed quotation).
  const out: ReferringMention = { start: speaker.start, end: speaker.end, text: speaker.text, kind: speaker.kind, base: speaker.base };
  if (speaker.gender !== undefined) out.gender = speaker.gender;
  if (speaker.number !== undefined) out.number = speaker.number;
  if (speaker.nameIndex !== undefined) out.nameIndex = speaker.nameIndex;
  if (!out.gender && cue.gender) out.gender = cue.gender;
  if (!out.number && cue.number) out.number = cue.number;
  return out;
}

/**
 * A plain lower-case noun phrase right after a cue, when nothing else names the speaker
 * (`— відповіла пацієнтка`); dative and instrumental words (`— сказав журналістам`) are not speakers.
 *
 * @example
 * ```ts
 * // '— відповіла пацієнтка.' → 'пацієнтка'
 * ```
 */
export function plainSpeaker(ctx: Ctx, i: number, limit: number): ReferringMention | null {
  const t = ctx.toks[i];
  if (!t || i >= limit || t.kind !== 'w' || ctx.lex.lang === 'en' || ctx.lex.nonSubject.has(t.lower) || ctx.lex.pronouns.has(t.lower) || OBLIQUE_END.test(t.lower) || /[оe]$/.test(t.lower)) return null; // `— прошепотів гірко`: an adverb
  let e = i;
  while (e + 1 < limit && e - i < 4 && ctx.toks[e + 1].kind === 'w' && GENITIVE_END.test(ctx.toks[e + 1].lower) && !VERB_END.test(ctx.toks[e + 1].lower)) e++;
  return mention(ctx, t, ctx.toks[e], 'descriptor');
}
