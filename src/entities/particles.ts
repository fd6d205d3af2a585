/**
 * Foreign personal names with lower-case particles: «Урсула фон дер Ляєн», «Людвіг ван Бетховен»,
 * «Мухаммед ібн Салман», «Башар аль-Асад». The run of capitalised words stops at the lower-case
 * particle; this joins the particles and the capitalised surname after them to the name before.
 * Particles that are also ordinary words («де» = where, Russian «да» = yes/and) join only after a
 * known first name, or when the knowledge base knows the whole name.
 *
 * @module
 */
import * as ru from '../lang/ru/name-particles.js';
import * as uk from '../lang/uk/name-particles.js';
import type { Candidate } from './candidates.js';
import { firstNameGender, hasNameEvidence, isLowerWord, joined, type RunContext } from './context.js';
import { kbHasExact } from './kb-lookup.js';

/**
 * The candidate builder and the segment reader of the candidate finder, passed in (the finder
 * imports this module).
 *
 * @example
 * ```ts
 * const emit: Emitters = { span, segment: emitSegment };
 * ```
 */
export interface Emitters {
  /** Builds the candidate over tokens `first`..`last`. */
  span(ctx: RunContext, first: number, last: number, source: Candidate['source'], shapeType?: Candidate['shapeType']): Candidate;
  /** Reads one segment of a run of capitalised words into candidates. */
  segment(ctx: RunContext, seg: number[], out: Candidate[]): void;
}

/**
 * Emits the segments of the run of capitalised `words` (from token `i`, stopped at token `j`) when
 * lower-case particles join a name at either end («Урсула фон дер Ляєн», «заявила фон дер Ляєн»),
 * and returns the token to resume at; returns -1, emitting nothing, when no particle is there.
 *
 * @example
 * ```ts
 * withParticles(ctx, i, j, words, segments(ctx, words), out, { span, segment: emitSegment }); // -1 for «Сергій Лавров заявив»
 * ```
 */
export function withParticles(ctx: RunContext, i: number, j: number, words: readonly number[], segs: number[][], out: Candidate[], emit: Emitters): number {
  const lastWord = words[words.length - 1]!;
  // The word the run stopped at is asked about first (most runs stop at no particle).
  const tail = j === lastWord + 1 && isLowerWord(ctx, j) ? particleTail(ctx, lastWord) : -1;
  if (tail > 0) {
    const seg = segs.pop()!;
    for (const s of segs) emit.segment(ctx, s, out);
    // «Вчора Урсула фон дер Ляєн», «Заявила фон дер Ляєн»: a sentence-start word before the name
    // that is no name itself.
    if (ctx.info[seg[0]!]!.ambiguous && !hasNameEvidence(ctx, seg[0]!) && !particleWord(ctx, seg[0]!)) {
      if (seg.length > 1) out.push(emit.span(ctx, seg[1]!, tail, 'cap', 'PER'));
      else if (!weakParticle(ctx, j)) out.push(emit.span(ctx, j, tail, 'cap', 'PER'));
      else emit.segment(ctx, seg, out);
    } else out.push(emit.span(ctx, seg[0]!, tail, 'cap', 'PER'));
    return tail + 1;
  }
  // «заявила фон дер Ляєн»: particles before the run open the name.
  const head = i > 0 && isLowerWord(ctx, i - 1) ? particleHead(ctx, i) : i;
  if (head === i || segs[0]!.length !== 1) return -1;
  const seg = segs.shift()!;
  const prev = out[out.length - 1];
  if (!prev || prev.last < head) out.push(emit.span(ctx, head, seg[0]!, 'cap', 'PER'));
  else emit.segment(ctx, seg, out);
  for (const s of segs) emit.segment(ctx, s, out);
  const lastOut = out[out.length - 1];
  return lastOut && lastOut.last >= j ? lastOut.last + 1 : j;
}

/** Most particles a name has in a row: «Урсула фон дер Ляєн», «Жан де ла Фонтен». */
const MAX_PARTICLES = 3;

/**
 * The last token of a name continued by lower-case particles after the capitalised word `last`
 * («Урсули» + «фон дер Ляєн»), or -1 when the word after `last` opens no such continuation.
 *
 * @example
 * ```ts
 * particleTail(ctx, i); // i + 3 when token i is «Урсула» in «Урсула фон дер Ляєн заявила»
 * ```
 */
export function particleTail(ctx: RunContext, last: number): number {
  const { tokens, info } = ctx;
  const data = ctx.doc.lang === 'ru' ? ru : uk;
  const f = info[last]!;
  if (!f.cap || f.allCaps || f.initial || f.latin) return -1;
  let k = last + 1;
  const first = k;
  // «Башар аль-Асад»: a hyphenated article is one lower-case token that ends the name.
  if (hyphenated(ctx, data.HYPHEN_PARTICLES, k) && joined(ctx, last, k)) return k;
  while (k - first < MAX_PARTICLES && tokens[k]?.kind === 'word' && !info[k]!.cap && data.NAME_PARTICLES.has(info[k]!.lower) && joined(ctx, k - 1, k)) k++;
  if (k === first) return -1;
  const t = tokens[k];
  const g = info[k];
  if (t === undefined || g === undefined || t.kind !== 'word' || !joined(ctx, k - 1, k)) return -1;
  // The surname is a capitalised word that is no first name («Іван да Марія» is two names).
  if (!g.cap || g.allCaps || g.initial || g.latin !== f.latin || firstNameGender(ctx, k) !== undefined || ctx.lex.stopWords.has(g.lower)) return -1;
  // «Київ, де Зеленський…» has a comma, but «у Києві де Зеленський» may not: a weak particle needs
  // a first name before it, or the whole name in the knowledge base.
  if (data.WEAK_PARTICLES.has(info[first]!.lower) && firstNameGender(ctx, last) === undefined && !kbHasExact(ctx.kb, ctx.doc.text.slice(tokens[last]!.start, t.end))) return -1;
  return k;
}

/**
 * The first token of a name that starts with lower-case particles before the capitalised word `i`
 * («заявила фон дер Ляєн», «музика ван Бетховена»), or `i` when none stand there. A particle that is
 * also an ordinary word («де», «да») opens such a name only when the knowledge base knows it.
 *
 * @example
 * ```ts
 * particleHead(ctx, i); // i - 2 when token i is «Ляєн» in «заявила фон дер Ляєн»
 * ```
 */
export function particleHead(ctx: RunContext, i: number): number {
  const { tokens, info } = ctx;
  const data = ctx.doc.lang === 'ru' ? ru : uk;
  let k = i;
  while (i - k < MAX_PARTICLES && k > 0 && tokens[k - 1]!.kind === 'word' && !info[k - 1]!.cap && data.NAME_PARTICLES.has(info[k - 1]!.lower) && joined(ctx, k - 1, k)) k--;
  if (k === i) return i;
  const f = info[i]!;
  // (A capitalised word before the particles was a name of its own: see particleTail.)
  if (!f.cap || f.allCaps || f.initial || f.latin || firstNameGender(ctx, i) !== undefined || ctx.lex.stopWords.has(f.lower)) return i;
  if (data.WEAK_PARTICLES.has(info[k]!.lower) && !kbHasExact(ctx.kb, ctx.doc.text.slice(tokens[k]!.start, tokens[i]!.end))) return i;
  return k;
}

/**
 * True when token `i` is a particle that is also an ordinary word («де», «да»): it opens a name only
 * after a first name or as part of a name the knowledge base knows.
 *
 * @example
 * ```ts
 * weakParticle(ctx, i); // true for «де» in «Шарль де Голль», false for «фон»
 * ```
 */
export function weakParticle(ctx: RunContext, i: number): boolean {
  return (ctx.doc.lang === 'ru' ? ru : uk).WEAK_PARTICLES.has(ctx.info[i]!.lower);
}

/**
 * True when token `i`, in any case, is a name particle: «Фон» in «Фон дер Ляєн заявила» opens the
 * name at a sentence start.
 *
 * @example
 * ```ts
 * particleWord(ctx, i); // true for «Фон», «ван», «де»
 * ```
 */
export function particleWord(ctx: RunContext, i: number): boolean {
  return (ctx.doc.lang === 'ru' ? ru : uk).NAME_PARTICLES.has(ctx.info[i]!.lower);
}

/** True when token `k` is a lower-case word such as «аль-Асад»: an article, a hyphen, a capital. */
function hyphenated(ctx: RunContext, prefixes: readonly string[], k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined || t.kind !== 'word' || ctx.info[k]!.cap) return false;
  const text = t.text;
  const dash = text.indexOf('-');
  // Only a word with a hyphen in its first five letters and a capital after it is asked about.
  if (dash < 2 || dash > 4 || dash + 1 >= text.length) return false;
  const c = text.charAt(dash + 1);
  if (c === c.toLowerCase()) return false;
  for (const p of prefixes) if (text.startsWith(p)) return true;
  return false;
}
