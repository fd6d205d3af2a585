/**
 * Linking must take time linear in the document: a text of 4N copies of the seed story (its gold
 * names and hand-typed speakers shifted into each copy) may take about four times as long as N
 * copies, never sixteen. Work per mention that scans all mentions, all clusters or all KB entries
 * would show here. CPU time, best of several runs, because the machine may be shared.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import { linkDocument, type LinkedDocument } from '../../src/linking/index.js';
import { parse } from '../../src/parser/index.js';
import type { FoundQuote, NameMention, ReferringMention } from '../../src/stages.js';

interface Gold {
  text: string;
  entities: { start: number; end: number; type: NameMention['type']; text: string; base: string }[];
  quotes: { start: number; end: number; text: string; kind: FoundQuote['kind']; speaker: { start: number; end: number; text: string } }[];
}
const gold = JSON.parse(readFileSync(new URL('../fixtures/lavrov-rubio.uk.gold.json', import.meta.url), 'utf8')) as Gold;
const kb = defaultKnowledgeBase();

/** The speaker kinds the quotes stage gives the seed story's speakers, typed by hand. */
const SPEAKER_KIND: Record<string, ReferringMention['kind']> = {
  він: 'pronoun',
  'міністр закордонних справ РФ': 'title',
  Лавров: 'name',
  'очільник російського зовнішньополітичного відомства': 'descriptor',
  'Джерела Reuters': 'descriptor',
};

/** The seed story `copies` times, separated by a blank line, with names and quotes shifted into each copy. */
function repeated(copies: number): { text: string; names: NameMention[]; quotes: FoundQuote[] } {
  const sep = '\n\n';
  const step = gold.text.length + sep.length;
  const names: NameMention[] = [];
  const quotes: FoundQuote[] = [];
  for (let k = 0; k < copies; k++) {
    const at = k * step;
    const first = names.length;
    for (const e of gold.entities) names.push({ start: e.start + at, end: e.end + at, text: e.text, type: e.type, base: e.base });
    for (const q of gold.quotes) {
      const kind = SPEAKER_KIND[q.speaker.text] ?? 'descriptor';
      const nameIndex = kind === 'name' ? first + gold.entities.findIndex((e) => e.start === q.speaker.start) : undefined;
      const speaker: ReferringMention = {
        start: q.speaker.start + at,
        end: q.speaker.end + at,
        text: q.speaker.text,
        kind,
        base: q.speaker.text,
        ...(kind === 'pronoun' ? { gender: 'm' as const, number: 'sg' as const } : {}),
        ...(nameIndex !== undefined ? { nameIndex } : {}),
      };
      quotes.push({ start: q.start + at, end: q.end + at, text: q.text, kind: q.kind, cue: null, speaker });
    }
  }
  return { text: Array.from({ length: copies }, () => gold.text).join(sep), names, quotes };
}

function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** Best CPU time of `runs` links of the document, and the last result. */
function timeLink(copies: number, runs: number): { ms: number; out: LinkedDocument } {
  const { text, names, quotes } = repeated(copies);
  const doc = parse(text, 'uk');
  let best = Infinity;
  let out = linkDocument(doc, names, quotes, { kb });
  for (let r = 0; r < runs; r++) {
    const t = cpuMs();
    out = linkDocument(doc, names, quotes, { kb });
    best = Math.min(best, cpuMs() - t);
  }
  return { ms: best, out };
}

describe('linking time grows linearly with the document', () => {
  it('4N copies of the seed story take less than 6× the time of N copies', () => {
    timeLink(2, 2); // warm up: the KB entries and memo tables the story needs
    const small = timeLink(25, 5);
    const large = timeLink(100, 5);
    console.log(`linking 25 vs 100 copies: ${small.ms.toFixed(1)} ms, ${large.ms.toFixed(1)} ms`);
    expect(large.ms / Math.max(small.ms, 1)).toBeLessThan(6);
  });

  it('links the repeated story as the story: the same people, each copy’s mentions in one entity', () => {
    const one = timeLink(1, 0).out;
    const many = timeLink(20, 0).out;
    expect(many.entities.map((e) => e.name)).toEqual(one.entities.map((e) => e.name));
    const lavrov = many.entities.find((e) => e.name === 'Сергій Лавров')!;
    expect(lavrov.mentions.length).toBe(20 * one.entities.find((e) => e.name === 'Сергій Лавров')!.mentions.length);
    expect(many.quotes).toHaveLength(20 * gold.quotes.length);
    // Every «він» speaker is Лавров in every copy, not a person from an earlier copy.
    const pronouns = many.quotes.filter((q) => q.speaker?.text === 'він');
    expect(pronouns).toHaveLength(40);
    expect(new Set(pronouns.map((q) => q.speaker?.entityId))).toEqual(new Set([lavrov.id]));
  });

  it('a Марко Рубіо mentioned only by surname in a copy still links to his KB entry', () => {
    const many = timeLink(5, 0).out;
    const rubio = many.entities.find((e) => e.name === 'Марко Рубіо');
    expect(rubio?.kbId).toBe(kb.lookup('Марко Рубіо', 'uk')[0]?.id);
    expect(many.entities.filter((e) => e.name === 'Марко Рубіо')).toHaveLength(1);
  });
});
