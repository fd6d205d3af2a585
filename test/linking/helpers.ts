/**
 * Helpers for the linking paragraph tests: hand-written names (found in the text in order, so
 * offsets are never typed by hand) and quotes, run through linkDocument with the bundled KB.
 */
import { expect } from 'vitest';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import type { KnowledgeBaseEntry } from '../../src/kb/types.js';
import { linkDocument, type LinkedDocument } from '../../src/linking/index.js';
import { parse } from '../../src/parser/index.js';
import type { FoundQuote, NameMention, ReferringMention } from '../../src/stages.js';
import type { EntityType, Lang } from '../../src/types.js';

export const kb = defaultKnowledgeBase();

/** A name as the recogniser would give it: surface text, type, base form (default: the text), gender. */
export type N = [text: string, type: EntityType, base?: string, gender?: 'm' | 'f'];

/** A quote: its words, and its speaker's words with their kind (the speaker is searched after the quote unless `before`). */
export interface Q {
  quote: string;
  speaker?: string;
  kind?: ReferringMention['kind'];
  before?: boolean;
  gender?: 'm' | 'f';
  number?: 'sg' | 'pl';
  continues?: number;
}

/** One paragraph case. */
export interface Case {
  lang: Lang;
  text: string;
  names: N[];
  /** Groups of indices into `names` that must be one entity each; names in no group are each alone. */
  same?: number[][];
  /** Index into `names` → the KB name (in the case's language) its entity must link to, or null for no link. */
  links?: [number, string | null, string?][];
  quotes?: Q[];
  /** For each quote: the index of the name whose entity must be the speaker's. */
  speakers?: number[];
  /** Extra checks on the result. */
  check?: (out: LinkedDocument, names: NameMention[]) => void;
}

/** Places the names in the text in order and returns them with offsets. */
export function placeNames(text: string, list: readonly N[]): NameMention[] {
  let from = 0;
  return list.map(([t, type, base, gender]) => {
    const start = text.indexOf(t, from);
    if (start < 0) throw new Error(`name «${t}» not found after ${from}`);
    from = start + t.length;
    return { start, end: start + t.length, text: t, type, base: base ?? t, ...(gender ? { gender } : {}) };
  });
}

function placeQuotes(text: string, list: readonly Q[], names: NameMention[]): FoundQuote[] {
  return list.map((q) => {
    const start = text.indexOf(q.quote);
    if (start < 0) throw new Error(`quote «${q.quote}» not found`);
    const end = start + q.quote.length;
    let speaker: ReferringMention | null = null;
    if (q.speaker) {
      const s = q.before ? text.lastIndexOf(q.speaker, start) : text.indexOf(q.speaker, end);
      if (s < 0) throw new Error(`speaker «${q.speaker}» not found`);
      const nameIndex = names.findIndex((n) => n.start === s && n.end === s + q.speaker!.length);
      speaker = {
        start: s,
        end: s + q.speaker.length,
        text: q.speaker,
        kind: q.kind ?? (nameIndex >= 0 ? 'name' : 'title'),
        base: q.speaker,
        ...(q.gender ? { gender: q.gender } : {}),
        ...(q.number ? { number: q.number } : {}),
        ...(nameIndex >= 0 ? { nameIndex } : {}),
      };
    }
    return { start, end, text: q.quote, kind: 'direct', cue: null, speaker, ...(q.continues !== undefined ? { continues: q.continues } : {}) };
  });
}

/** The KB entry a name denotes, looked up by name (QIDs are never written in tests). */
export function kbEntry(name: string, lang: Lang, kind?: string): KnowledgeBaseEntry {
  const e = kb.lookup(name, lang).find((x) => !kind || x.kind === kind);
  if (!e) throw new Error(`KB has no ${name} (${kind ?? 'any kind'})`);
  return e;
}

/** Runs a case and checks clusters, links and speakers. */
export function runCase(c: Case): LinkedDocument {
  const names = placeNames(c.text, c.names);
  const quotes = placeQuotes(c.text, c.quotes ?? [], names);
  const out = linkDocument(parse(c.text, c.lang), names, quotes, { kb });
  const entityOf = names.map((n) => out.entities.find((e) => e.mentions.some((m) => m.kind === 'name' && m.start === n.start && m.end === n.end)));
  entityOf.forEach((e, i) => expect(e, `name ${i} «${names[i].text}» has an entity`).toBeDefined());
  const group = new Map<number, number>();
  (c.same ?? []).forEach((g, k) => g.forEach((i) => group.set(i, k)));
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const expected = group.has(i) && group.get(i) === group.get(j);
      expect(entityOf[i] === entityOf[j], `«${names[i].text}»#${i} and «${names[j].text}»#${j} ${expected ? 'together' : 'apart'}`).toBe(expected);
    }
  }
  for (const [i, name, kind] of c.links ?? []) {
    const want = name === null ? undefined : kbEntry(name, c.lang, kind).id;
    expect(entityOf[i]?.kbId, `link of «${names[i].text}»`).toBe(want);
  }
  (c.speakers ?? []).forEach((ni, qi) => {
    const q = out.quotes.find((x) => x.text === c.quotes![qi].quote);
    expect(q?.speaker?.entityId, `speaker of quote ${qi}`).toBe(entityOf[ni]?.id);
    if (q?.speaker) expect(out.entities.find((e) => e.id === q.speaker!.entityId)?.mentions.some((m) => m.start === q.speaker!.start)).toBe(true);
  });
  c.check?.(out, names);
  return out;
}
