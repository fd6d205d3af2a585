/**
 * English indirect speech beyond `X said that …`: a clause right after the verb (`said the plan would fail`,
 * `told reporters he would stay`), an infinitive or a question (`urged residents to stay`, `asked whether …`),
 * `called for …`, and an attribution after the clause (`…, officials said.`, `…, said Mr. Burman.`,
 * `…, he said, local officials …`); plus the tests that keep nouns (`his remarks`) and relative `that` out.
 * English puts its subject before the verb and often leaves out the complementiser, so these rules read
 * word order, not the verb's government.
 *
 * @module
 */
import type { ReferringMention } from '../stages.js';
import { endsSentence, sentenceEndIndex, sentenceStartIndex, type Ctx } from './context.js';
import { phraseAt } from './speaker.js';
import { subjectBefore } from './subject.js';
import { FINAL, isCapitalized } from './text.js';
import { EN_ADDRESSEE_LEMMAS, EN_BARE_CLAUSE_VERBS, EN_INVERTING_LEMMAS, EN_LOOSE_CLAUSE_VERBS, EN_NOUN_PRONE_CUES, EN_PREPOSITIONAL_CUES, EN_QUESTION_LEMMAS, EN_TO_INFINITIVE_LEMMAS } from '../lang/en/cues.js';
import { EN_ATTRIBUTION_ADJUNCT, EN_AUXILIARIES, EN_BEFORE_VERB, EN_IDIOM_BEFORE_ING, EN_NOT_CLAUSE_START, EN_NOT_IN_SUBJECT, EN_NOUN_DETERMINERS, EN_QUANTIFIERS, EN_POSSESSIVE_PRONOUNS, EN_PREPOSITION_START, EN_QUESTION_WORDS, EN_RELATIVES, EN_SENTENCE_CONJUNCTIONS, EN_STATEMENT_NOUNS, EN_THAT_CONJUNCTION_HEADS, EN_TIME_DETERMINERS, EN_TIME_NOUNS, EN_TIME_WORDS } from '../lang/en/clause-words.js';

// Built once at module load (none is global or sticky, so `test`/`exec` keep no state).
const CLOSING_QUOTE = /^[”"’'»]$/;
const QUOTE_MARK = /^[«»„“”"'‘’‹›]$/;
const LY_END = /ly$/;
const QUOTE_END_PUNCT = new Set([',', '.', '!', '?', '…', "'"]);

/**
 * Where a bare English clause after the verb at `i` starts (`she said the plan would fail` → the index of
 * `the`), or -1. Time words between verb and clause are skipped (`said Monday the talks …`); `tell` first
 * skips its addressee and then needs a subject pronoun (`told reporters he would stay`).
 *
 * @example
 * ```ts
 * // 'Officials said the talks had failed.' → index of 'the'
 * ```
 */
export function englishBareClause(ctx: Ctx, i: number): number {
  const { toks, lex } = ctx;
  const info = lex.cues.get(toks[i].lower);
  if (!info) return -1;
  const prev = toks[i - 1];
  const prepositions = EN_PREPOSITIONAL_CUES.get(info.lemma);
  if (prepositions) {
    // `called for a moratorium`, `called on Congress to act`: the content follows the preposition.
    const p = toks[i + 1];
    return p && prepositions.includes(p.lower) && sentenceEndIndex(ctx, i + 2) - (i + 2) >= 2 ? i + 2 : -1;
  }
  if (!EN_BARE_CLAUSE_VERBS.has(info.lemma)) return prev && (prev.kind === 'w' || (prev.text === ',' && !QUOTE_MARK.test(toks[i - 2]?.text ?? ''))) ? nonFiniteComplement(ctx, i, info.lemma) : -1;
  // A bare verb needs a subject before it (`they say …`), not `to say` or an imperative.
  if (toks[i].lower === info.lemma && (!prev || prev.kind !== 'w' || prev.lower === 'to' || ctx.breakBefore[i])) return -1;
  if (prev && QUOTE_MARK.test(prev.text)) return -1; // `"…" said Smith`: an attribution, not a clause
  if (prev && prev.text === ',' && (QUOTE_MARK.test(toks[i - 2]?.text ?? '') || invertedSpeaker(ctx, i))) return -1; // `"…", said Smith`, `…, said John Smith.`
  // `"…," she said several months later`, `"Why?" she asked`: a quotation ending in punctuation just before
  // (not a name in marks: `his "Keep It Real" program who said …`; nor a quotation that ended the sentence
  // before: `… "… for a president." She says …`).
  for (let k = i - 1; k > 0 && k >= i - 5; k--) {
    if (!CLOSING_QUOTE.test(toks[k].text) || !QUOTE_END_PUNCT.has(toks[k - 1].text)) continue;
    let a = k + 1;
    while (a < i && CLOSING_QUOTE.test(toks[a].text)) a++; // the second apostrophe of `''`
    const after = toks[a];
    if (toks[k - 1].text !== ',' && after && after.kind === 'w' && isCapitalized(after.text) && after.text !== 'I') continue;
    // Rare enough to look for the sentence start only here: a quotation of the sentence before does not count.
    let ss = sentenceStartIndex(ctx, i);
    while (ss < i && CLOSING_QUOTE.test(toks[ss].text)) ss++; // the marks that closed the sentence before
    if (k >= ss) return -1;
  }
  const end = sentenceEndIndex(ctx, i + 1);
  const j = skipStatementAdjunct(ctx, skipTime(ctx, i + 1, end), end);
  if (info.lemma === 'tell') {
    const k = afterAddressee(ctx, j, end);
    return k >= 0 ? k : nonFiniteComplement(ctx, i, info.lemma);
  }
  const next = toks[j];
  if (!next || j >= end || next.kind !== 'w' || ctx.breakBefore[j]) return -1;
  if (next.lower === 'to') return nonFiniteComplement(ctx, i, info.lemma); // `promised to lower taxes`
  if (EN_NOT_CLAUSE_START.has(next.lower) || LY_END.test(next.lower) || lex.cues.has(next.lower)) return -1;
  const pro = lex.pronouns.get(next.lower);
  if (pro && pro.case === 'obl' && !EN_POSSESSIVE_PRONOUNS.has(next.lower)) return -1;
  if (end - j < 4) return -1;
  // A verb that also takes a plain object (`confirmed the report`) needs a subject pronoun or a finite verb to follow.
  if (EN_LOOSE_CLAUSE_VERBS.has(info.lemma) && !(pro && pro.case === 'nom') && next.lower !== 'there' && !finiteVerbAhead(ctx, j + 1, Math.min(end, j + 8))) return -1;
  return j;
}

/**
 * Where an infinitive or a question reported by the verb at `i` starts: `promised to cut taxes`,
 * `urged Congress to act`, `asked whether the plan would work` (the `to` or the question word), or -1.
 */
function nonFiniteComplement(ctx: Ctx, i: number, lemma: string): number {
  const { toks } = ctx;
  const end = sentenceEndIndex(ctx, i + 1);
  const toVerb = EN_TO_INFINITIVE_LEMMAS.has(lemma);
  const toAddressee = EN_ADDRESSEE_LEMMAS.has(lemma);
  const question = EN_QUESTION_LEMMAS.has(lemma);
  if (!toVerb && !toAddressee && !question) return -1;
  const maxSkip = toAddressee || question ? 5 : 0;
  for (let k = i + 1; k < end && k <= i + 1 + maxSkip; k++) {
    const t = toks[k];
    if (t.kind !== 'w') return -1;
    const open = (t.lower === 'to' && (toVerb || (toAddressee && k > i + 1))) || (question && EN_QUESTION_WORDS.has(t.lower));
    if (open) return end - k >= 3 && (toks[k + 1]?.kind === 'w' || QUOTE_MARK.test(toks[k + 1]?.text ?? '')) ? k : -1;
    if (ctx.lex.cues.has(t.lower) || t.lower === 'that') return -1;
  }
  return -1;
}

/** `…, said Jeffrey Trimble, a senior official`: a name or title right after the verb, ending at a comma or the sentence end. */
function invertedSpeaker(ctx: Ctx, i: number): boolean {
  const end = sentenceEndIndex(ctx, i);
  const p = phraseAt(ctx, i + 1, end);
  if (!p || p.kind === 'descriptor' || p.start !== ctx.toks[i + 1].start) return false;
  let k = i + 1;
  while (k < end && ctx.toks[k].end <= p.end) k++;
  const after = ctx.toks[k];
  return k >= end || !after || after.text === ',' || after.text === '(' || FINAL.has(after.text);
}

/** Whether an auxiliary or modal verb stands among tokens `from … to - 1` before any punctuation. */
function finiteVerbAhead(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.toks[k];
    if (t.kind !== 'w') return false;
    if (EN_AUXILIARIES.has(t.lower)) return true;
  }
  return false;
}


/** Skips time words after a verb (`said Monday`, `said on Tuesday`, `said last week`). */
function skipTime(ctx: Ctx, j: number, end: number): number {
  const { toks } = ctx;
  let k = j;
  while (k < end && k - j < 4 && toks[k].kind === 'w') {
    if (isTimeWord(toks[k].lower, toks[k].text)) k++;
    else if (EN_TIME_DETERMINERS.has(toks[k].lower) && EN_TIME_NOUNS.has(toks[k + 1]?.lower ?? '')) k += 2; // `last week`
    else break;
  }
  // `on Monday`: only when a time word follows the preposition.
  if (k === j && toks[k]?.lower === 'on' && k + 1 < end && isTimeWord(toks[k + 1].lower, toks[k + 1].text)) return skipTime(ctx, k + 1, end);
  return k;
}

/**
 * Whether token `k` is a time word or opens a time phrase (`Thursday`, `this month`, `last week`).
 *
 * @example
 * ```ts
 * // 'announced this month it would …' → true for the index of 'this'
 * ```
 */
export function isTimeToken(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || t.kind !== 'w') return false;
  return isTimeWord(t.lower, t.text) || (EN_TIME_DETERMINERS.has(t.lower) && EN_TIME_NOUNS.has(ctx.toks[k + 1]?.lower ?? ''));
}

/** A time word; weekdays are capitalised, and the stage keeps a capitalised word's own case as its `lower`. */
function isTimeWord(lower: string, text: string): boolean {
  return EN_TIME_WORDS.has(lower) || (lower === text && text.length > 3 && EN_TIME_WORDS.has(text.toLowerCase()));
}

/** `told reporters he would stay`: past an addressee of up to five words, a subject pronoun or `there` opens the clause. */
function afterAddressee(ctx: Ctx, j: number, end: number): number {
  const { toks, lex } = ctx;
  for (let k = j + 1; k < end && k <= j + 5; k++) {
    const t = toks[k];
    if (t.kind !== 'w') return -1;
    const pro = lex.pronouns.get(t.lower);
    if ((pro && pro.case === 'nom' && t.lower !== 'you') || t.lower === 'there') return end - k >= 4 ? k : -1;
    if (t.lower === 'that' || t.lower === 'to' || lex.cues.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * The clause an attribution after it reports: `…, officials said.` / `…, said Mr. Burman.` /
 * `…, he said, local officials should …` (then the whole sentence). Returns the content's token range
 * (`from` to `to`, exclusive) and the speaker, or null.
 *
 * @example
 * ```ts
 * // 'The talks failed, officials said.' → content 'The talks failed', speaker 'officials'
 * ```
 */
export function englishTrailing(ctx: Ctx, i: number): { from: number; to: number; speaker: ReferringMention } | null {
  const { toks, lex } = ctx;
  let comma = -1;
  let speaker: ReferringMention | null = null;
  let after = i + 1;
  // The cheap tests first: most cues have no comma right before them or within a short subject.
  const inverted = toks[i - 1]?.text === ',';
  if (inverted) {
    // `…, said Mr. Burman.`: the speaker follows the verb and ends its clause (only verbs of saying invert).
    if (!EN_INVERTING_LEMMAS.has(lex.cues.get(toks[i].lower)?.lemma ?? '')) return null;
    comma = i - 1;
  } else {
    // `…, the source added.`: a short subject between the comma and the verb, within the sentence.
    for (let k = i - 1; k > 0 && k >= i - 12; k--) {
      const t = toks[k];
      if (ctx.breakBefore[k + 1] || (t.text === '.' && endsSentence(ctx, k))) return null;
      if (t.text === ',') {
        comma = k;
        break;
      }
      if (t.kind === 'p' ? !TRAILING_SUBJECT_PUNCT.has(t.text) : EN_NOT_IN_SUBJECT.has(t.lower) || lex.cues.has(t.lower)) return null;
    }
    // `…, with a margin of error of 4 percentage points`: a prepositional phrase, not a subject.
    if (comma < 0 || EN_PREPOSITION_START.has(toks[comma + 1].lower)) return null;
  }
  const ss = sentenceStartIndex(ctx, i);
  if (comma <= ss) return null;
  const se = sentenceEndIndex(ctx, i);
  if (inverted) {
    // `…, said Tuesday.`: a time word after the verb is no speaker (the subject stands before the comma).
    if (isTimeToken(ctx, i + 1)) return null;
    const p = phraseAt(ctx, i + 1, se);
    if (!p || p.start !== toks[i + 1].start) return null;
    let k = i + 1;
    while (k < se && toks[k].end <= p.end) k++;
    speaker = p;
    after = k;
  } else {
    const p = subjectBefore(ctx, comma + 1, i);
    if (!p || p.start !== toks[comma + 1].start) return null;
    speaker = p;
  }
  if (comma - ss < 1 || QUOTE_MARK.test(toks[comma - 1].text)) return null;
  // After the attribution: its end, a comma, or adjunct words (`said Friday`, `said in a statement`, `told The Post`).
  let k = after;
  while (k < se && toks[k].kind === 'w') k++;
  if (k - after > 8) return null;
  if (k > after && !adjunctAfter(ctx, after, i)) return null;
  const stop = toks[k];
  const ends = k >= se || (stop && FINAL.has(stop.text));
  if (!ends && (!stop || (stop.text !== ',' && stop.text !== '(' && !CLOSING_QUOTE.test(stop.text)))) return null;
  const next = toks[k + 1];
  // `As a phone rang, the announcer said, "…"`: the attribution of a quotation, not of the clause before.
  if (!ends && stop.text === ',' && next && QUOTE_MARK.test(next.text) && !CLOSING_QUOTE.test(next.text)) return null;
  // `The museum, Mr. Bush said, celebrated …`: the clause goes on past the attribution; the content is the sentence.
  // (After `said Mr. Burman,` an apposition follows instead: `a lobbyist for …`.)
  if (!ends && after === i + 1 && stop.text === ',' && k + 1 < se && next.kind === 'w' && !lex.cues.has(next.lower) && !EN_RELATIVES.has(next.lower)) return { from: ss, to: se, speaker };
  if (comma - ss < 3) return null;
  let from = ss;
  // `And`, `But`: a conjunction opens the sentence, not the clause.
  while (from < comma && EN_SENTENCE_CONJUNCTIONS.has(toks[from].lower)) from++;
  const first = toks[from];
  const preposition = EN_PREPOSITION_START.has(first.lower) || EN_PREPOSITION_START.has(first.text.toLowerCase());
  if (preposition || ING_END.test(first.lower)) {
    // `In the end, Patriot agreed`, `Speaking to students, Biden said`: an adverbial, not the reported clause;
    // the clause starts after the adverbial's comma. (`Shifting monsoon patterns could …`: a gerund subject.)
    let c = from + 1;
    while (c < comma && toks[c].text !== ',') c++;
    if (c < comma - 2) from = c + 1;
    else if (preposition) return null;
  }
  const to = comma;
  return { from, to, speaker };
}

/** Whether the words from `k` after the cue at `cue` are an adjunct of the attribution, not the cue's own clause. */
function adjunctAfter(ctx: Ctx, k: number, cue: number): boolean {
  const t = ctx.toks[k];
  if (isTimeWord(t.lower, t.text) || LY_END.test(t.lower) || EN_ATTRIBUTION_ADJUNCT.has(t.lower)) return true;
  if (t.lower === 'to') return ctx.toks[cue].lower.startsWith('sa'); // `said to reporters`, not `agreed to sell`
  const lemma = ctx.lex.cues.get(ctx.toks[cue].lower)?.lemma ?? '';
  return EN_ADDRESSEE_LEMMAS.has(lemma); // `told The Huffington Post`
}

/**
 * Whether the cue word at `i` is used as a noun (`Mr. Obama's remarks`, `percentage points`, `the think tank`)
 * or as a non-finite form (`without saying`, `worth noting`), so that it reports nothing of its own.
 *
 * @example
 * ```ts
 * // 'his latest remarks will do …' → true for 'remarks'
 * ```
 */
export function englishNonVerb(ctx: Ctx, i: number): boolean {
  const { toks, lex } = ctx;
  const t = toks[i];
  const prev = toks[i - 1];
  // `(WARNING: …`: a label in capitals, not a verb (two capital letters tell it; no string is built).
  if (t.text.length > 2 && isUpperAscii(t.text.charCodeAt(0)) && isUpperAscii(t.text.charCodeAt(1))) return true;
  if (!prev || prev.kind !== 'w') return false;
  if (ING_END.test(t.lower)) return EN_IDIOM_BEFORE_ING.has(prev.lower);
  const info = lex.cues.get(t.lower);
  if (!info) return false;
  // `the alleged attacker`: a participle used as an adjective.
  if (info.tense === 'past' && EN_NOUN_DETERMINERS.has(prev.lower)) return true;
  const nounLike = t.lower === info.lemma || (EN_NOUN_PRONE_CUES.has(info.lemma) && t.lower.endsWith('s') && info.tense === 'present');
  // `Trump's claim that …`: a speech noun with its clause reports as the verb would.
  if (!nounLike || lex.that.has(toks[i + 1]?.lower ?? '')) return false;
  if (EN_NOUN_DETERMINERS.has(prev.lower) || POSSESSIVE_END.test(prev.lower) || englishNounAfter(ctx, i)) return true;
  if (t.lower === info.lemma) return false;
  // A plural noun after a plain lower-case modifier (`swing states`, `percentage points`); a verb follows its
  // subject, whose determiner then stands before the modifier's place (`the group claims`).
  const prev2 = toks[i - 2];
  if (prev2 && EN_NOUN_DETERMINERS.has(prev2.lower)) return false;
  return !isCapitalized(prev.text) && !lex.pronouns.has(prev.lower) && !lex.isSpeakerNoun(prev.lower) && !LY_END.test(prev.lower) && !EN_AUXILIARIES.has(prev.lower) && !EN_BEFORE_VERB.has(prev.lower);
}

/**
 * Whether the `that` at `j` after the cue at `i` is not the cue's subordinator: a relative after a noun
 * phrase (`maintain the image … that`) or part of a conjunction (`given that`, `so that`).
 *
 * @example
 * ```ts
 * // 'help Putin maintain the image of the leader that Trump admires' → true
 * ```
 */
export function englishThatBlocked(ctx: Ctx, i: number, j: number): boolean {
  const { toks, lex } = ctx;
  if (EN_PREPOSITIONAL_CUES.has(lex.cues.get(toks[i].lower)?.lemma ?? '')) return true; // `called that a mistake`
  if (j === i + 1) return false;
  if (EN_THAT_CONJUNCTION_HEADS.has(toks[j - 1].lower)) return true;
  if (EN_ADDRESSEE_LEMMAS.has(lex.cues.get(toks[i].lower)?.lemma ?? '')) return false; // `told the committee that`
  // A determiner right after the verb opens its object (`maintain the image of the leader that …`): `that` is then a relative.
  return EN_NOUN_DETERMINERS.has(toks[i + 1].lower) && toks[i + 1].lower !== 'this';
}

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

const ING_END = /ing$/;
const POSSESSIVE_END = /['’]s$/;
const TRAILING_SUBJECT_PUNCT = new Set(['.', '(', ')', '-']);

/**
 * Headline claims at the start of a line: `Pence: Flowers Won't Be at Debate`, `Poll: Clinton Leads in Ohio`.
 * The words before the colon must name a speaker (a recognised name or a speaker noun, at most four words).
 * Returns the token after each colon with the speaker; one look at each line start.
 *
 * @example
 * ```ts
 * // 'Pence: Flowers will not be at the debate.' → [{ from: 2, speaker: 'Pence' }]
 * ```
 */
export function headlineClaims(ctx: Ctx): { from: number; speaker: ReferringMention }[] {
  const { toks } = ctx;
  const out: { from: number; speaker: ReferringMention }[] = [];
  for (const start of ctx.lineStarts) {
    let colon = -1;
    for (let k = start; k < toks.length && k <= start + 5; k++) {
      const t = toks[k];
      if (k > start && ctx.breakBefore[k]) break;
      if (t.text === ':') {
        colon = k;
        break;
      }
      if (t.kind !== 'w' && t.text !== '.') break;
      if (t.kind === 'w' && !isCapitalized(t.text)) break;
    }
    if (colon <= start) continue;
    const next = toks[colon + 1];
    if (!next || next.kind !== 'w' || ctx.breakBefore[colon + 1] || !isCapitalized(next.text)) continue;
    const speaker = phraseAt(ctx, start, colon);
    if (!speaker || speaker.end !== toks[colon - 1].end || (speaker.kind !== 'name' && speaker.kind !== 'title')) continue;
    if (speaker.kind === 'name' && speaker.nameIndex === undefined) continue; // `Update:`, `Note:`: a word, not a recognised name
    out.push({ from: colon + 1, speaker });
  }
  return out;
}

/**
 * Whether the verb at `i` sits in a relative clause set off by commas (`The minister, who promised
 * to cut taxes, left Kyiv`): its reported content then ends at the comma that closes the clause,
 * not at the end of the sentence, whose verb is the main clause's.
 */
export function inCommaRelative(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  const ss = sentenceStartIndex(ctx, i);
  for (let m = i - 1; m > ss; m--) {
    const t = toks[m];
    if (t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (EN_RELATIVES.has(t.lower)) return toks[m - 1]?.text === ',';
  }
  return false;
}

/** Past `in a statement` / `in an interview` (and time words after it) at `j`; `j` when there is none. */
function skipStatementAdjunct(ctx: Ctx, j: number, end: number): number {
  const { toks } = ctx;
  if (toks[j]?.lower !== 'in' || j + 3 >= end) return j;
  if (!EN_NOUN_DETERMINERS.has(toks[j + 1].lower) || !EN_STATEMENT_NOUNS.has(toks[j + 2].lower)) return j;
  return skipTime(ctx, j + 3, end);
}

/**
 * Whether the reporting word at `k` is a noun by the word before it: a determiner (`the answers`), or a
 * quantifier before a plural `-s` form (`several claims`, `a few questions`; not `some say`).
 *
 * @example
 * ```ts
 * // 'suggesting a few questions' → true for the index of 'questions'
 * ```
 */
export function englishNounAfter(ctx: Ctx, k: number): boolean {
  const prev = ctx.toks[k - 1];
  const t = ctx.toks[k];
  if (!prev || prev.kind !== 'w' || !t) return false;
  const p = prev.text.toLowerCase();
  if (EN_NOUN_DETERMINERS.has(p)) return true;
  return EN_QUANTIFIERS.has(p) && t.lower.endsWith('s') && t.lower !== ctx.lex.cues.get(t.lower)?.lemma;
}
