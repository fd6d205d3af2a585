/**
 * Named-entity recognition for Ukrainian and Russian: candidates from capitalisation, quotation
 * marks, abbreviations and organisation/place patterns; types from the knowledge base, lexicons,
 * word endings and context, settled across the document; base forms from morphology.
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { baseFormOfName, type BaseFormOptions, type NameEvidence } from '../morphology/index.js';
import type { NameMention, ParsedDocument } from '../stages.js';
import type { EntityType } from '../types.js';
import { findCandidates } from './candidates.js';
import { settleTypes } from './consistency.js';
import { createContext, type RunContext } from './context.js';
import type { RecognizeOptions } from './index.js';
import { shareGlossTypes } from './glosses.js';
import { lawBase } from './laws.js';
import { kbFinder, kbNameTest } from './kb-lookup.js';
import { shareListTypes } from './lists.js';
import { cyrillicLexicon, type CyrillicLexicon } from './lexicon.js';
import { phraseBase } from './phrase-base.js';
import { tokenInfo } from './tokens.js';
import { scoreCandidate, type Scored } from './typing.js';

/**
 * Finds the names in a Ukrainian or Russian document, in text order and without overlaps, each
 * with its type, base form, gender where known and KB ids where the knowledge base knows it.
 *
 * @example
 * ```ts
 * import { parse } from 'citata/parser';
 * const names = recognizeCyrillicNames(parse('Очільник МЗС РФ Сергій Лавров заявив.', 'uk'), { kb: null });
 * names.map((n) => [n.text, n.type]); // [['МЗС РФ', 'ORG'], ['Сергій Лавров', 'PER']]
 * ```
 */
export function recognizeCyrillicNames(doc: ParsedDocument, options: RecognizeOptions): NameMention[] {
  const lang = doc.lang === 'ru' ? 'ru' : 'uk';
  const kb = options.kb ?? null;
  const ctx = createContext(doc, tokenInfo(doc), cyrillicLexicon(lang), kbFinder(kb, lang));
  const scored = scoreAll(ctx);
  shareListTypes(ctx, scored);
  const types = settleTypes(ctx, scored);
  shareGlossTypes(ctx, scored, types);
  return toMentions(scored, types, lang, documentEvidence(ctx, kb), ctx.lex, kb);
}

/** Every candidate of the document, scored (a loop, not map with a closure made per document). */
function scoreAll(ctx: RunContext): Scored[] {
  const candidates = findCandidates(ctx);
  const scored: Scored[] = [];
  for (let i = 0; i < candidates.length; i++) scored.push(scoreCandidate(ctx, candidates[i]!));
  return scored;
}

/** The mentions of the typed candidates, in text order, never overlapping, with base forms. */
function toMentions(scored: readonly Scored[], types: readonly EntityType[], lang: 'uk' | 'ru', evidence: NameEvidence, lex: CyrillicLexicon, kb: KnowledgeBase | null): NameMention[] {
  const out: NameMention[] = [];
  // A name recurs in a document in the same few forms: lemmatise each form once.
  const bases = new Map<string, string>();
  let lastEnd = -1;
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i]!;
    if (s.cand.start < lastEnd) continue; // never overlap
    const type = types[i]!;
    // Every mention has every field, in one order (undefined where absent): the linker reads them
    // in hot loops, and one object shape keeps its optimised code valid.
    out.push({
      start: s.cand.start,
      end: s.cand.end,
      text: s.text,
      type,
      base: phraseBase(s.text, type, lang, lex, kb, s.kbIds) ?? baseOf(s, type, lang, evidence, bases),
      gender: s.gender && type === 'PER' ? s.gender : undefined,
      kbIds: s.kbIds && s.kbType === type ? [...s.kbIds] : undefined,
    });
    lastEnd = s.cand.end;
  }
  return out;
}

/** The base form of a scored candidate read as `type`, remembered per document in `bases`. */
function baseOf(s: Scored, type: EntityType, lang: 'uk' | 'ru', evidence: NameEvidence, bases: Map<string, string>): string {
  const key = `${type}\u0000${s.gender ?? ''}\u0000${s.text}`;
  let base = bases.get(key);
  // «Законом України» → «Закон України»: a law's name declines only its head noun.
  if (base === undefined && type === 'MISC' && lang === 'uk') {
    const law = lawBase(s.text);
    if (law !== null) bases.set(key, (base = law));
  }
  if (base === undefined) {
    // All fields, in one order: one options shape for morphology.
    const options: BaseFormOptions = { lang, type, gender: s.gender || undefined, evidence };
    bases.set(key, (base = baseFormOfName(s.text, options)));
  }
  return base;
}

/** Word forms the document capitalises, plus the KB's names: what morphology checks its guesses against. */
function documentEvidence(ctx: RunContext, kb: RecognizeOptions['kb']): NameEvidence {
  const forms = new Set<string>();
  for (let i = 0; i < ctx.tokens.length; i++) if (ctx.info[i]!.cap) forms.add(ctx.tokens[i]!.text);
  const knows = kb ? kbNameTest(kb) : undefined;
  return {
    has(form: string): boolean {
      return forms.has(form) || (knows !== undefined && knows(form));
    },
  };
}
