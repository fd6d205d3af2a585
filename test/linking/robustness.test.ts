import { describe, expect, it } from 'vitest';
import { linkDocument } from '../../src/linking/index.js';
import { parse } from '../../src/parser/index.js';
import type { FoundQuote, NameMention } from '../../src/stages.js';
import { kb } from './helpers.js';

describe('linking odd input', () => {
  it('returns nothing for an empty document', () => {
    expect(linkDocument(parse('', 'uk'), [], [], { kb })).toEqual({ entities: [], quotes: [] });
  });

  it('survives overlapping names, empty base forms and out-of-range references', () => {
    const text = 'Президент США Дональд Трамп заявив: «Так». Він пішов.';
    const names: NameMention[] = [
      { start: 10, end: 13, text: 'США', type: 'LOC', base: '' },
      { start: 14, end: 27, text: 'Дональд Трамп', type: 'PER', base: 'Дональд Трамп' },
      { start: 22, end: 27, text: 'Трамп', type: 'PER', base: 'Трамп' }, // nested in the full name
    ];
    const quotes: FoundQuote[] = [
      { start: 37, end: 40, text: 'Так', kind: 'direct', cue: null, speaker: { start: 14, end: 27, text: 'Дональд Трамп', kind: 'name', base: 'Дональд Трамп', nameIndex: 99 } },
      { start: 37, end: 40, text: 'Так', kind: 'direct', cue: null, speaker: null, continues: 7 },
      { start: 37, end: 40, text: 'Так', kind: 'direct', cue: null, speaker: null, continues: 2 },
    ];
    const out = linkDocument(parse(text, 'uk'), names, quotes, { kb });
    for (const e of out.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const trump = out.entities.find((e) => e.name === 'Дональд Трамп')!;
    expect(trump.mentions.map((m) => m.text)).toEqual(['Президент США', 'Дональд Трамп', 'Трамп']);
    expect(out.quotes[0].speaker?.entityId).toBe(trump.id);
    expect(out.quotes[1].speaker).toBeNull();
    expect(out.quotes[2].speaker).toBeNull();
    expect(out.entities.find((e) => e.name === 'США')?.kbId).toBeDefined();
  });

  it('gives every speaker an entity whose mentions include the speaker span, with or without a KB', () => {
    const text = '«Ні», — сказала вона. «Так», — відповів хтось із залу.';
    const quotes: FoundQuote[] = [
      { start: 1, end: 3, text: 'Ні', kind: 'direct', cue: null, speaker: { start: 16, end: 20, text: 'вона', kind: 'pronoun', base: 'вона', gender: 'f', number: 'sg' } },
      { start: 23, end: 27, text: 'Так', kind: 'direct', cue: null, speaker: { start: 40, end: 53, text: 'хтось із залу', kind: 'descriptor', base: 'хтось із залу' } },
    ];
    for (const withKb of [kb, null]) {
      const out = linkDocument(parse(text, 'uk'), [], quotes, { kb: withKb });
      for (const q of out.quotes) {
        const e = out.entities.find((x) => x.id === q.speaker?.entityId);
        expect(e?.mentions.some((m) => m.start === q.speaker!.start && m.end === q.speaker!.end)).toBe(true);
      }
      expect(out.entities.map((e) => e.name)).toEqual(['вона', 'хтось із залу']);
    }
  });

  it('is linear enough for a long text (200 copies of a paragraph in well under a second)', () => {
    const para = 'Сергій Лавров зустрівся з Марко Рубіо у Вашингтоні. Лавров заявив, що Росія готова. ';
    const text = para.repeat(200);
    const names: NameMention[] = [];
    const base: [string, NameMention['type'], string][] = [
      ['Сергій Лавров', 'PER', 'Сергій Лавров'],
      ['Марко Рубіо', 'PER', 'Марко Рубіо'],
      ['Вашингтоні', 'LOC', 'Вашингтон'],
      ['Лавров', 'PER', 'Лавров'],
      ['Росія', 'LOC', 'Росія'],
    ];
    for (let r = 0; r < 200; r++) {
      let from = r * para.length;
      for (const [t, type, b] of base) {
        const start = text.indexOf(t, from);
        names.push({ start, end: start + t.length, text: t, type, base: b });
        from = start + t.length;
      }
    }
    const t0 = performance.now();
    const out = linkDocument(parse(text, 'uk'), names, [], { kb });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(out.entities.map((e) => e.name)).toEqual(['Сергій Лавров', 'Марко Рубіо', 'Вашингтон', 'Росія']);
    expect(out.entities[0].mentions).toHaveLength(400);
  });
});
