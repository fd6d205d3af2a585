import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import { linkDocument } from '../../src/linking/index.js';
import { parse } from '../../src/parser/index.js';
import type { FoundQuote, NameMention, ReferringMention } from '../../src/stages.js';
import type { Entity } from '../../src/types.js';

interface GoldEntity {
  start: number;
  end: number;
  type: NameMention['type'];
  text: string;
  base: string;
  canonical: string;
  entityId: string;
}
const gold = JSON.parse(readFileSync(new URL('../fixtures/lavrov-rubio.uk.gold.json', import.meta.url), 'utf8')) as {
  text: string;
  entities: GoldEntity[];
  quotes: { start: number; end: number; text: string; kind: FoundQuote['kind']; speaker: { start: number; end: number; text: string }; speakerEntity: string; cue: { start: number; end: number; text: string } }[];
};
const text = gold.text;
const names: NameMention[] = gold.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, base: e.base }));
const kb = defaultKnowledgeBase();

/** The speaker kinds the quotes stage would give, written by hand. */
const SPEAKER_KIND: Record<string, ReferringMention['kind']> = {
  він: 'pronoun',
  'міністр закордонних справ РФ': 'title',
  Лавров: 'name',
  'очільник російського зовнішньополітичного відомства': 'descriptor',
  'Джерела Reuters': 'descriptor',
};
const quotes: FoundQuote[] = gold.quotes.map((q) => {
  const kind = SPEAKER_KIND[q.speaker.text];
  const nameIndex = kind === 'name' ? names.findIndex((n) => n.start === q.speaker.start) : undefined;
  const speaker: ReferringMention = {
    ...q.speaker,
    kind,
    base: q.speaker.text,
    ...(kind === 'pronoun' ? { gender: 'm' as const, number: 'sg' as const } : {}),
    ...(nameIndex !== undefined && nameIndex >= 0 ? { nameIndex } : {}),
  };
  return { start: q.start, end: q.end, text: q.text, kind: q.kind, cue: { ...q.cue, lemma: q.cue.text }, speaker };
});

function run(withKb = true) {
  return linkDocument(parse(text, 'uk'), names, quotes, { kb: withKb ? kb : null });
}
function entityAt(entities: Entity[], start: number): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.start === start));
}
function kbIdOf(name: string, lang: 'uk' | 'ru' | 'en' = 'uk'): string {
  const id = kb.lookup(name, lang)[0]?.id;
  if (!id) throw new Error(`KB has no ${name}`);
  return id;
}

describe('the seed story (lavrov-rubio.uk) with gold names', () => {
  const { entities, quotes: out } = run();

  it('clusters every name as the gold does, and names each entity by its canonical form', () => {
    for (const g of gold.entities) {
      const e = entityAt(entities, g.start);
      expect(e?.name, `${g.text} @${g.start}`).toBe(g.canonical);
      for (const h of gold.entities) {
        const same = entityAt(entities, h.start) === e;
        expect(same, `${g.text}@${g.start} ~ ${h.text}@${h.start}`).toBe(g.entityId === h.entityId);
      }
    }
  });

  it('puts every title, descriptor and both «він» of Лавров in his entity', () => {
    const lavrov = entityAt(entities, 33)!;
    expect(lavrov.name).toBe('Сергій Лавров');
    const other = lavrov.mentions.filter((m) => m.kind !== 'name').map((m) => [m.text, m.kind]);
    expect(other).toEqual([
      ['Очільник МЗС РФ', 'title'],
      ['очільника МЗС РФ', 'title'],
      ['міністр закордонних справ РФ', 'title'],
      ['він', 'pronoun'],
      ['очільник російського зовнішньополітичного відомства', 'descriptor'],
      ['він', 'pronoun'],
      ['головний російський дипломат', 'descriptor'],
    ]);
    expect(lavrov.kbId).toBeUndefined(); // no verified QID for him in the seed KB
    expect(lavrov.mentions.find((m) => m.text === 'очільника МЗС РФ')?.base).toBe('очільник МЗС РФ');
  });

  it('gives the other people their titles, and no one else Лавров’s', () => {
    expect(entityAt(entities, 67)!.mentions.filter((m) => m.kind === 'title').map((m) => m.text)).toEqual(['держсекретар США', 'держсекретаря США', 'держсекретарем']);
    expect(entityAt(entities, 853)!.mentions.filter((m) => m.kind === 'title').map((m) => m.base)).toEqual(['президент США']);
    expect(entityAt(entities, 885)!.mentions.filter((m) => m.kind === 'title').map((m) => m.base)).toEqual(['президент РФ']);
    expect(entityAt(entities, 994)!.mentions.filter((m) => m.kind === 'title').map((m) => m.text)).toEqual(['президент України']);
  });

  it('resolves every speaker to the gold entity', () => {
    expect(out).toHaveLength(8);
    for (const q of out) {
      const g = gold.quotes.find((x) => x.start === q.start)!;
      const e = entities.find((x) => x.id === q.speaker?.entityId);
      expect(e?.name, g.text).toBe(g.speakerEntity === 'Reuters' ? 'Reuters' : 'Сергій Лавров');
      expect(q.speaker?.text).toBe(g.speaker.text);
      expect(e?.mentions.some((m) => m.start === q.speaker?.start && m.end === q.speaker?.end)).toBe(true);
    }
  });

  it('links every entity the KB holds, with QIDs taken from the KB files', () => {
    const expected: [number, string][] = [
      [67, kbIdOf('Марко Рубіо')],
      [853, kbIdOf('Дональд Трамп')],
      [885, kbIdOf('Володимир Путін')],
      [994, kbIdOf('Володимир Зеленський')],
      [83, kbIdOf('Associated Press')],
      [1875, kbIdOf('Reuters')],
      [1793, kbIdOf('Роснефть')],
      [1806, kbIdOf('Лукойл')],
      [1853, kbIdOf('Білий дім')],
      [26, kbIdOf('МЗС РФ')],
      [497, kbIdOf('Кремль')],
      [376, kbIdOf('РИА Новости')],
      [427, kbIdOf('Росія')],
      [63, kbIdOf('США')],
      [261, kbIdOf('Україна')],
      [1207, kbIdOf('ЄС')],
      [1213, kbIdOf('Британія')],
      [203, kbIdOf('Вашингтон')],
      [906, kbIdOf('Аляска')],
      [1262, kbIdOf('Брюссель')],
      [1273, kbIdOf('Лондон')],
      [1626, kbIdOf('Будапешт')],
      [2121, kbIdOf('Київ')],
    ];
    for (const [start, id] of expected) expect(entityAt(entities, start)?.kbId, String(start)).toBe(id);
    expect(kb.get(entityAt(entities, 203)!.kbId!)?.kind).toBe('city'); // Washington the capital, not the state
  });

  it('numbers entities in order of first mention and keeps mentions in text order', () => {
    entities.forEach((e, k) => {
      expect(e.id).toBe(`e${k + 1}`);
      for (const m of e.mentions) {
        expect(m.entityId).toBe(e.id);
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
      const starts = e.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      if (k > 0) expect(e.mentions[0].start).toBeGreaterThanOrEqual(entities[k - 1].mentions[0].start);
    });
  });

  it('clusters the same way without a knowledge base, except РФ/Росія (which only the KB ties)', () => {
    const bare = run(false).entities;
    expect(bare.every((e) => e.kbId === undefined)).toBe(true);
    const lavrov = entityAt(bare, 33)!;
    expect(lavrov.mentions.filter((m) => m.kind !== 'name')).toHaveLength(7);
    expect(entityAt(bare, 1552)).toBe(entityAt(bare, 67));
    expect(entityAt(bare, 1682)).toBe(entityAt(bare, 853));
  });
});
