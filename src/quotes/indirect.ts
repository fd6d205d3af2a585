/**
 * Indirect speech: a reporting verb with a `що`/`что`/`that` clause (`Лавров заявив, що …`), a source
 * phrase (`за словами X, …`, `according to X`), `як повідомив X, …`, a trailing `…, повідомив X.`, and
 * the particle `мовляв`. One pass over the tokens; each reported clause runs to the end of its sentence
 * (overlaps.ts then ends it where the next attribution or quotation starts).
 *
 * @module
 */
import type { FoundCue, ReferringMention } from '../stages.js';
import { cueAt, hasComplement } from './attribution.js';
import type { CoveredRanges } from './covered.js';
import { sentenceEndIndex, sentenceStartIndex, type Ctx } from './context.js';
import { englishBareClause, englishNonVerb, englishThatBlocked, englishTrailing, headlineClaims, inCommaRelative, isTimeToken } from './indirect-en.js';
import { afterMarkedName, OBLIQUE_END, phraseAt, speakerPastMarkedName } from './speaker.js';
import { pastAddressee, pluralSubject, secondPredicateComma } from './clause-scan.js';
import { agree, loosePhrase, previousSubject, subjectBefore } from './subject.js';
import { DASHES, FINAL, isCapitalized } from './text.js';

/**
 * An indirect quotation found by {@link findIndirect}: token range of the content plus cue and speaker.
 *
 * @example
 * ```ts
 * const d: IndirectDraft = { start: 15, end: 36, cue: null, speaker: null };
 * ```
 */
export interface IndirectDraft {
  /** Offset of the content's first character. */
  start: number;
  /** Offset past the content's last character. */
  end: number;
  /** The cue. */
  cue: FoundCue | null;
  /** The speaker. */
  speaker: ReferringMention | null;
}

// Built once at module load (none is global or sticky, so `test`/`exec` keep no state).
const QUOTE_MARK = /^[«»„“”"'‘’‹›]$/;
const AS_WORDS = new Set(['як', 'как']);
const SOURCE_PREPOSITIONS = new Set(['у', 'в', 'на', 'во']);

/**
 * Per lexicon, every word the loop of {@link findIndirect} acts on (source words, report particles, and
 * cues that take a clause), and a screen of their first two letters: a word whose two letters are not
 * marked there is passed over with one array read, without its string being hashed.
 */
interface Starters {
  words: ReadonlySet<string>;
  heads: Uint8Array;
}

const STARTERS = new WeakMap<Ctx['lex'], Starters>();
const HEAD_MASK = 0xfff;

/** The screen slot of a word: its first two code units folded together (a one-letter word has only its first). */
function headOf(word: string): number {
  return (word.charCodeAt(0) * 31 + (word.length > 1 ? word.charCodeAt(1) : 0)) & HEAD_MASK;
}

function clauseStarters(lex: Ctx['lex']): Starters {
  let set = STARTERS.get(lex);
  if (!set) {
    const words = new Set<string>([...lex.sources.keys(), ...lex.particles]);
    for (const [form, info] of lex.cues) if (info.clause) words.add(form);
    const heads = new Uint8Array(HEAD_MASK + 1);
    for (const w of words) heads[headOf(w)] = 1;
    STARTERS.set(lex, (set = { words, heads }));
  }
  return set;
}

/**
 * Finds indirect speech. `quoted` tells whether an offset lies inside a quotation in marks
 * (speech reported inside a direct quotation is not annotated).
 *
 * @example
 * ```ts
 * // 'Лавров заявив, що переговори можливі.' → content 'переговори можливі', cue 'заявив', speaker 'Лавров'
 * ```
 */
export function findIndirect(ctx: Ctx, quoted: CoveredRanges): IndirectDraft[] {
  const { toks, lex } = ctx;
  const out: IndirectDraft[] = [];
  let skipUntil = -1;
  const { words: starters, heads } = clauseStarters(lex);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || i < skipUntil || heads[headOf(t.lower)] === 0 || !starters.has(t.lower)) continue;
    const sources = lex.sources.get(t.lower);
    if (sources) {
      const d = sourcePhrase(ctx, i, sources);
      if (d && !quoted.contains(d.start)) {
        out.push(d);
        skipUntil = i + 2;
        continue;
      }
    }
    if (lex.particles.has(t.lower)) {
      const d = particle(ctx, i);
      if (d && !quoted.contains(t.start)) out.push(d);
      continue;
    }
    const info = lex.cues.get(t.lower);
    if (!info || !info.clause || quoted.contains(t.start) || !hasComplement(ctx, i, info.complement)) continue;
    if (lex.lang === 'en' && englishNonVerb(ctx, i)) continue;
    const d = AS_WORDS.has(toks[i - 1]?.lower ?? '') ? asCue(ctx, i) : thatClause(ctx, i) ?? (info.gerund ? null : trailingCue(ctx, i));
    if (d) {
      out.push(d);
      skipUntil = i + 1;
    }
  }
  if (lex.lang === 'en') {
    for (const h of headlineClaims(ctx)) {
      const content = contentFrom(ctx, h.from);
      if (content && !quoted.contains(content.start) && content.last - h.from >= 3) out.push({ start: content.start, end: content.end, cue: null, speaker: h.speaker });
    }
  }
  return out;
}


/** A dative singular ending (`журналісту`), which {@link OBLIQUE_END} leaves out: a word with one is no subject. */
const DATIVE_SINGULAR_END = /[ую]$/u;

/**
 * Content from token `from` to the end of its sentence (without the final punctuation), or to the
 * first comma with `stopAtComma`; null if too short.
 */
function contentFrom(ctx: Ctx, start: number, stopAtColonQuote = true, stopAtComma = false): { start: number; end: number; last: number } | null {
  const { toks } = ctx;
  let from = start;
  const limit = sentenceEndIndex(ctx, from);
  // `noted that, like him, …`: a comma right after the subordinator opens a parenthesis, not the content.
  if (toks[from]?.text === ',' && from + 1 < limit) from++;
  let e = from;
  for (; e < limit; e++) {
    const t = toks[e];
    if (e > from && ctx.breakBefore[e]) break;
    if (t.text === ';' || (stopAtComma && e > from && t.text === ',')) break;
    if (stopAtColonQuote && t.text === ':' && QUOTE_MARK.test(toks[e + 1]?.text ?? '')) break;
  }
  let last = e - 1;
  while (last >= from && toks[last].kind === 'p' && (FINAL.has(toks[last].text) || toks[last].text === ',' || toks[last].text === ':')) last--;
  if (last < from + 1) return null;
  return { start: toks[from].start, end: toks[last].end, last };
}

/** `X заявив, що …` / `X said (that) …` / `X визнавав: …`. */
function thatClause(ctx: Ctx, i: number): IndirectDraft | null {
  const { toks, lex } = ctx;
  const before = toks[i - 1];
  // `«…», — зізнається чоловік, що …`: the verb of a quotation's attribution; its `що` is a relative pronoun.
  if (before && lex.lang !== 'en' && DASHES.has(before.text)) return null;
  let j = i + 1;
  let from = -1;
  const maxGap = lex.lang === 'en' ? 12 : 6;
  for (; j < toks.length && j - i <= maxGap; j++) {
    const t = toks[j];
    if (ctx.breakBefore[j]) return null;
    // `says at a campaign stop in Toledo, Ohio, that …`: a long adjunct ends in a comma before `that`.
    if (lex.that.has(t.lower) && (j - i <= 9 || toks[j - 1].text === ',')) {
      if (lex.lang !== 'en' && j > i + 1 && toks[j - 1].text !== ',') return null;
      if (lex.lang === 'en' && englishThatBlocked(ctx, i, j)) break; // a relative `that`: a bare clause may still follow
      // `заявив журналіст, що …` names its speaker after the verb; `повідомив журналістам, що …` an addressee.
      for (let g = i + 1; g < j && lex.lang !== 'en'; g++) if ((lex.isSpeakerNoun(toks[g].lower) && !OBLIQUE_END.test(toks[g].lower) && !DATIVE_SINGULAR_END.test(toks[g].lower)) || lex.pronouns.get(toks[g].lower)?.case === 'nom') return null;
      from = j + 1;
      break;
    }
    if (t.kind === 'p' && t.text !== ',') {
      // `розповів «Українській правді», що …`: a name in marks between the verb and `що`.
      const past = lex.lang !== 'en' ? afterMarkedName(ctx, j, toks.length) : -1;
      if (past > 0) {
        j = past - 1;
        continue;
      }
      if (t.text === ':' && j === i + 1 && toks[j + 1]?.kind === 'w') from = j + 1;
      break;
    }
    if (lex.cues.has(t.lower) && j > i + 1) break;
  }
  if (from < 0 && lex.lang === 'en') from = englishBareClause(ctx, i);
  if (from < 0 || from >= toks.length || QUOTE_MARK.test(toks[from].text)) return null;
  const content = contentFrom(ctx, from, true, lex.lang === 'en' && inCommaRelative(ctx, i));
  if (!content) return null;
  // `отметил, что …, а также призвал …`: the second verb is the speaker's, not part of the content.
  const second = lex.lang === 'ru' ? secondPredicateComma(ctx, i, from, content.last) : -1;
  if (second > from + 1) content.end = toks[second - 1].end;
  const cue = cueAt(ctx, i);
  const info = lex.cues.get(toks[i].lower);
  const ss = sentenceStartIndex(ctx, i);
  let clause = ss;
  for (let m = i - 1; m > ss; m--) {
    if (lex.that.has(toks[m].lower) || toks[m].text === ';' || toks[m].text === ':') {
      clause = m + 1;
      break;
    }
  }
  let speaker = subjectBefore(ctx, clause, i);
  // `said Mr. Hale that …`; but not `announced this month it would …`, `said Thursday that …`.
  if (!speaker && lex.lang === 'en' && !isTimeToken(ctx, i + 1)) speaker = phraseAt(ctx, i + 1, from - 1);
  // `… – залізничники також відмовились. Натомість повідомили, що …`: a plural verb takes the plural subject before.
  if (!speaker && info?.number === 'pl' && !info.gender && lex.lang === 'uk' && ss > 0) speaker = pluralSubject(ctx, sentenceStartIndex(ctx, ss - 1), ss);
  if (!speaker && !info?.impersonal) speaker = previousSubject(ctx, ss);
  return { start: content.start, end: content.end, cue, speaker: agree(speaker, cue) };
}

/** `Як повідомив X, …`: the content follows the comma after the speaker. */
function asCue(ctx: Ctx, i: number): IndirectDraft | null {
  const { toks } = ctx;
  let comma = -1;
  for (let j = i + 1; j < toks.length && j - i <= 12; j++) {
    if (ctx.breakBefore[j]) return null;
    if (toks[j].text === ',') {
      comma = j;
      break;
    }
    if (toks[j].kind === 'p' && !QUOTE_MARK.test(toks[j].text) && toks[j].text !== '.') return null;
  }
  if (comma < 0 || QUOTE_MARK.test(toks[comma + 1]?.text ?? '')) return null;
  // `Как говорится, …`: a set phrase; the saying after it is nobody's report.
  if (comma === i + 1 && ctx.lex.asIdioms.has(toks[i].lower)) return null;
  const content = contentFrom(ctx, comma + 1);
  if (!content) return null;
  const cue = cueAt(ctx, i);
  // `Как сообщили ТАСС в пресс-службе, …`: past a dative addressee.
  const from = QUOTE_MARK.test(toks[i + 1]?.text ?? '') ? i + 2 : pastAddressee(ctx, i + 1, comma);
  // `Як зазначили в Генштабі ЗСУ, …`: the body in a prepositional phrase speaks.
  const speaker = (QUOTE_MARK.test(toks[i + 1]?.text ?? '') ? speakerPastMarkedName(ctx, i + 1, comma) : null) ?? phraseAt(ctx, from, comma) ?? (SOURCE_PREPOSITIONS.has(toks[from]?.lower ?? '') && from + 1 < comma ? phraseAt(ctx, from + 1, comma, true) ?? loosePhrase(ctx, from + 1, comma) : null);
  return { start: content.start, end: content.end, cue, speaker: agree(speaker, cue) };
}

/** `…, повідомив X.`: the content is the sentence before the comma. */
function trailingCue(ctx: Ctx, i: number): IndirectDraft | null {
  const { toks, lex } = ctx;
  if (lex.lang === 'en') return trailingEnglish(ctx, i);
  const comma = toks[i - 1];
  if (!comma || comma.text !== ',') return null;
  const beforeComma = toks[i - 2];
  if (!beforeComma || QUOTE_MARK.test(beforeComma.text) || beforeComma.text === '—') return null;
  const end = sentenceEndIndex(ctx, i);
  const last = toks[end - 1];
  if (!last || !FINAL.has(last.text) || end - i > 16) return null;
  const ss = sentenceStartIndex(ctx, i - 1);
  if (i - 1 - ss < 4 || (QUOTE_MARK.test(toks[ss].text) && !nameFirst(ctx, ss)) || DASHES.has(toks[ss].text)) return null;
  for (let k = ss; k < i - 1; k++) if (lex.cues.has(toks[k].lower)) return null;
  // `…, сообщил журналистам губернатор.`: past a dative addressee.
  const from = QUOTE_MARK.test(toks[i + 1]?.text ?? '') ? i + 2 : pastAddressee(ctx, i + 1, end - 1);
  // `…, йдеться на місцевих ресурсах.`: the source in a prepositional phrase.
  const speaker = phraseAt(ctx, from, end - 1) ?? (SOURCE_PREPOSITIONS.has(toks[from]?.lower ?? '') ? loosePhrase(ctx, from + 1, end - 1) : null);
  const cue = cueAt(ctx, i);
  if (!speaker && !lex.cues.get(toks[i].lower)?.impersonal) return null;
  return { start: toks[ss].start, end: beforeComma.end, cue, speaker: agree(speaker, cue) };
}

/**
 * Whether the marks opening a sentence at token `ss` hold a short name the sentence goes on after
 * (`«Укргазбанк» відчуває проблеми, повідомив …`), not a quotation.
 */
function nameFirst(ctx: Ctx, ss: number): boolean {
  const { toks } = ctx;
  for (let k = ss + 2; k <= ss + 5 && k < toks.length; k++) {
    if (ctx.breakBefore[k]) return false;
    if (QUOTE_MARK.test(toks[k].text)) {
      const next = toks[k + 1];
      return isCapitalized(toks[ss + 1].text) && !!next && next.kind === 'w' && !isCapitalized(next.text) && !ctx.lex.cues.has(next.lower);
    }
    if (toks[k].kind === 'p' && FINAL.has(toks[k].text)) return false;
  }
  return false;
}

/** `…, officials said.` / `…, said Mr. Burman.`: see {@link englishTrailing}. */
function trailingEnglish(ctx: Ctx, i: number): IndirectDraft | null {
  const t = englishTrailing(ctx, i);
  if (!t) return null;
  const content = contentFrom(ctx, t.from, false);
  if (!content) return null;
  const end = t.to < ctx.toks.length && t.to <= content.last ? ctx.toks[t.to - 1].end : content.end;
  if (end <= content.start) return null;
  const cue = cueAt(ctx, i);
  return { start: content.start, end, cue, speaker: agree(t.speaker, cue) };
}

/** `За словами X, …`, `На її думку, …`, `according to X`. */
function sourcePhrase(ctx: Ctx, i: number, list: readonly { words: readonly string[]; lemma: string }[]): IndirectDraft | null {
  const { toks, lex } = ctx;
  for (const p of list) {
    let j = i + 1;
    let pronounAt = -1;
    let ok = true;
    for (let w = 1; w < p.words.length; w++, j++) {
      if (toks[j]?.lower === p.words[w] && lex.pronouns.has(p.words[w])) pronounAt = j; // `з його слів`
      if (toks[j]?.lower !== p.words[w]) {
        if (pronounAt < 0 && w === 1 && lex.pronouns.has(toks[j]?.lower ?? '') && toks[j + 1]?.lower === p.words[w]) {
          pronounAt = j;
          j++;
          continue;
        }
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const cue: FoundCue = { start: toks[i].start, end: toks[j - 1].end, text: ctx.text.slice(toks[i].start, toks[j - 1].end), lemma: p.lemma };
    const ss = sentenceStartIndex(ctx, i);
    const se = sentenceEndIndex(ctx, i);
    let comma = -1;
    for (let k = j; k < se && k - j <= 14; k++) {
      if (toks[k].text === ',' || FINAL.has(toks[k].text)) {
        comma = k;
        break;
      }
    }
    const limit = comma < 0 ? se : comma;
    // `according to the utility`: the phrase names a source whatever its words.
    // `За інформацією «Нафтогазу», …`: the source may be a name in marks.
    const speaker = pronounAt >= 0 ? phraseAt(ctx, pronounAt, pronounAt + 1, true) : phraseAt(ctx, j, limit, true) ?? (lex.lang === 'en' ? loosePhrase(ctx, j, limit) : speakerPastMarkedName(ctx, j, limit + 1));
    if (!speaker) return null;
    if (i === ss && comma >= 0 && toks[comma].text === ',') {
      const content = contentFrom(ctx, comma + 1);
      return content ? { start: content.start, end: content.end, cue, speaker } : null;
    }
    if (i > ss + 1 && (toks[i - 1].text === ',' || (lex.lang === 'en' && DASHES.has(toks[i - 1].text)))) {
      // Mid-sentence (`Мак, за її словами, символізує …`) or final (`…, according to X.`): the whole sentence.
      const content = contentFrom(ctx, ss, false);
      if (!content) return null;
      const endsHere = comma < 0 || FINAL.has(toks[comma].text);
      return { start: content.start, end: endsHere ? toks[i - 2].end : content.end, cue, speaker };
    }
    return null;
  }
  return null;
}

/** `Можеш, мовляв, іти.` / `Мовляв, …`: reported words without a verb; the speaker comes from context. */
function particle(ctx: Ctx, i: number): IndirectDraft | null {
  const { toks } = ctx;
  const ss = sentenceStartIndex(ctx, i);
  const from = i === ss ? (toks[i + 1]?.text === ',' ? i + 2 : i + 1) : ss;
  if (from >= toks.length || QUOTE_MARK.test(toks[from].text)) return null;
  const content = contentFrom(ctx, from);
  if (!content) return null;
  const t = toks[i];
  return { start: content.start, end: content.end, cue: { start: t.start, end: t.end, text: t.text, lemma: t.lower }, speaker: previousSubject(ctx, ss) };
}
