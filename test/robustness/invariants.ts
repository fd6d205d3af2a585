/**
 * The promises every extraction keeps, whatever the input: spans point into the original text,
 * mentions and speakers belong to entities that exist, quotes are in order and do not cross.
 * Returns the broken promises as readable lines (empty when all hold).
 */
import type { Extraction, Span } from '../../src/types.js';

const LANGS = new Set(['uk', 'ru', 'en']);
const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);
const MENTION_KINDS = new Set(['name', 'title', 'pronoun', 'descriptor']);
const QUOTE_KINDS = new Set(['direct', 'partial', 'indirect']);

export function violations(text: string, doc: Extraction, lang?: string): string[] {
  const out: string[] = [];
  const span = (what: string, s: Span | null | undefined) => {
    if (!s) return;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start > s.end) {
      out.push(`${what}: bad offsets ${s.start}..${s.end} (text length ${text.length})`);
    } else if (text.slice(s.start, s.end) !== s.text) {
      out.push(`${what}: text.slice(${s.start}, ${s.end}) = ${JSON.stringify(text.slice(s.start, s.end))} but span.text = ${JSON.stringify(s.text)}`);
    }
  };
  if (!LANGS.has(doc.lang)) out.push(`lang: ${JSON.stringify(doc.lang)}`);
  if (lang && lang !== 'auto' && doc.lang !== lang) out.push(`lang: asked for ${lang}, got ${doc.lang}`);
  doc.sentences.forEach((s, i) => span(`sentence ${i}`, s));
  for (let i = 1; i < doc.sentences.length; i++) {
    if (doc.sentences[i].start < doc.sentences[i - 1].end) out.push(`sentences ${i - 1} and ${i} overlap or are out of order`);
  }
  const ids = new Set<string>();
  for (const entity of doc.entities) {
    if (ids.has(entity.id)) out.push(`entity id ${entity.id} used twice`);
    ids.add(entity.id);
    if (!TYPES.has(entity.type)) out.push(`entity ${entity.id}: type ${entity.type}`);
    if (typeof entity.name !== 'string' || entity.name.length === 0) out.push(`entity ${entity.id}: empty name`);
    entity.mentions.forEach((m, i) => {
      span(`entity ${entity.id} mention ${i}`, m);
      if (m.entityId !== entity.id) out.push(`entity ${entity.id} mention ${i}: entityId ${m.entityId}`);
      if (!MENTION_KINDS.has(m.kind)) out.push(`entity ${entity.id} mention ${i}: kind ${m.kind}`);
      if (typeof m.base !== 'string') out.push(`entity ${entity.id} mention ${i}: base is not a string`);
      if (i > 0 && m.start < entity.mentions[i - 1].start) out.push(`entity ${entity.id}: mentions out of text order`);
    });
  }
  doc.quotes.forEach((q, i) => {
    span(`quote ${i}`, q);
    if (!QUOTE_KINDS.has(q.kind)) out.push(`quote ${i}: kind ${q.kind}`);
    span(`quote ${i} speaker`, q.speaker);
    span(`quote ${i} cue`, q.cue);
    if (q.speaker && !ids.has(q.speaker.entityId)) out.push(`quote ${i}: speaker entityId ${q.speaker.entityId} is not among the entities`);
    if (q.cue && typeof q.cue.lemma !== 'string') out.push(`quote ${i}: cue without lemma`);
  });
  // Quotes come in text order and never cross. The one nesting DESIGN.md allows: an indirect clause
  // that contains quoted words yields the clause and, inside it, the partial quote.
  for (let i = 1; i < doc.quotes.length; i++) {
    const a = doc.quotes[i - 1];
    const b = doc.quotes[i];
    if (b.start < a.start) out.push(`quotes ${i - 1} and ${i} out of text order`);
    else if (b.start < a.end) {
      const nested = a.kind === 'indirect' && b.kind !== 'indirect' && b.end <= a.end;
      if (!nested) out.push(`quotes ${i - 1} (${a.start}..${a.end}) and ${i} (${b.start}..${b.end}) overlap`);
    }
  }
  return out;
}
