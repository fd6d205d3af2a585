// The model case: a real Ukrainian news story and the answer we want for it
// (test/fixtures/lavrov-rubio.uk.gold.json). Every name, base form, cluster, quote,
// speaker and cue is held to the gold file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase, extract, type Entity, type Mention } from '../../src/index.js';

interface GoldSpan { start: number; end: number; text: string }
interface GoldEntity extends GoldSpan { type: string; base: string; canonical: string; entityId: string }
interface GoldQuote extends GoldSpan { kind: string; speaker: GoldSpan; speakerEntity: string; cue: GoldSpan }
interface Gold { text: string; entities: GoldEntity[]; quotes: GoldQuote[]; notQuotes: GoldSpan[] }

const gold: Gold = JSON.parse(readFileSync(path.join(__dirname, '../fixtures/lavrov-rubio.uk.gold.json'), 'utf8'));
const text = readFileSync(path.join(__dirname, '../fixtures/lavrov-rubio.uk.txt'), 'utf8');
const doc = extract(text, { lang: 'uk' });
const key = (s: GoldSpan) => `${s.start}:${s.end}`;
const entityOf = new Map<string, Entity>();
const mentionAt = new Map<string, Mention>();
for (const e of doc.entities) for (const m of e.mentions) {
  entityOf.set(key(m), e);
  mentionAt.set(key(m), m);
}
const names = doc.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => ({ ...m, type: e.type })));

describe('seed story: lavrov-rubio.uk', () => {
  it('the fixture is the gold text', () => {
    expect(text).toBe(gold.text);
  });

  it('finds exactly the gold names, with their types', () => {
    const got = names.map((m) => `${m.start}:${m.end} ${m.type} ${m.text}`).sort();
    const want = gold.entities.map((g) => `${g.start}:${g.end} ${g.type} ${g.text}`).sort();
    expect(got).toEqual(want);
  });

  it.each(gold.entities.map((g) => [g.text, g.start, g] as const))('%s (at %i) has its base form and its entity its canonical name', (_t, _s, g) => {
    expect(mentionAt.get(key(g))?.base).toBe(g.base);
    expect(entityOf.get(key(g))?.name).toBe(g.canonical);
  });

  it('groups the names into the gold clusters', () => {
    const byGold = new Map<string, Set<string | undefined>>();
    for (const g of gold.entities) {
      if (!byGold.has(g.entityId)) byGold.set(g.entityId, new Set());
      byGold.get(g.entityId)!.add(entityOf.get(key(g))?.id);
    }
    for (const [id, ids] of byGold) expect([id, ids.size]).toEqual([id, 1]);
    const ids = [...byGold.values()].map((s) => [...s][0]);
    expect(new Set(ids).size).toBe(byGold.size);
  });

  it('gives Лавров his titles, descriptors and the two «він»', () => {
    const lavrov = entityOf.get('33:46')!;
    const others = lavrov.mentions.filter((m) => m.kind !== 'name').map((m) => `${m.kind}:${m.text}`);
    expect(others).toEqual(expect.arrayContaining([
      'title:Очільник МЗС РФ',
      'title:очільника МЗС РФ',
      'title:міністр закордонних справ РФ',
      'descriptor:очільник російського зовнішньополітичного відомства',
      'descriptor:головний російський дипломат',
      'pronoun:він',
    ]));
    expect(lavrov.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.start)).toEqual([692, 1455]);
    expect(lavrov.kbId).toBeUndefined();
  });

  it('finds the 8 quotations with their kinds, cues and speakers', () => {
    expect(doc.quotes.length).toBeGreaterThanOrEqual(8);
    for (const g of gold.quotes) {
      const q = doc.quotes.find((p) => p.start === g.start && p.end === g.end);
      expect(q, `quote «${g.text}»`).toBeDefined();
      expect([g.text, q!.kind]).toEqual([g.text, g.kind]);
      expect([g.text, q!.cue?.text]).toEqual([g.text, g.cue.text]);
      expect([g.text, q!.speaker?.text, q!.speaker?.start]).toEqual([g.text, g.speaker.text, g.speaker.start]);
      const speaker = doc.entities.find((e) => e.id === q!.speaker!.entityId);
      expect([g.text, speaker?.name]).toEqual([g.text, g.speakerEntity]);
    }
  });

  it('gives every cue its lemma', () => {
    const lemmas = Object.fromEntries(doc.quotes.filter((q) => q.cue).map((q) => [q.cue!.text, q.cue!.lemma]));
    expect(lemmas).toMatchObject({ сказав: 'сказати', наполягає: 'наполягати', вважає: 'вважати', припустив: 'припустити', розповідали: 'розповідати', заговорив: 'заговорити', вимагав: 'вимагати' });
  });

  it('does not take the guillemet names for quotations', () => {
    for (const nq of gold.notQuotes) {
      expect(doc.quotes.filter((q) => q.start < nq.end && nq.start < q.end && q.end - q.start <= nq.end - nq.start + 4)).toEqual([]);
    }
  });

  it('links every entity the knowledge base holds to its QID', () => {
    const kb = defaultKnowledgeBase();
    const held = ['Марко Рубіо', 'Дональд Трамп', 'Володимир Путін', 'Володимир Зеленський', 'Україна', 'Росія', 'США', 'Британія', 'Вашингтон', 'Аляска', 'Брюссель', 'Лондон', 'Будапешт', 'Київ'];
    for (const name of held) {
      const entity = doc.entities.find((e) => e.name === name);
      const want = kb.lookup(name, 'uk')[0]?.id;
      expect([name, typeof want]).toEqual([name, 'string']);
      expect([name, entity?.kbId]).toEqual([name, want]);
    }
  });

  it('keeps every span true to the input', () => {
    const spans = [...doc.sentences, ...doc.entities.flatMap((e) => e.mentions), ...doc.quotes, ...doc.quotes.flatMap((q) => [q.speaker, q.cue].filter((s) => s !== null))];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
