/**
 * Linking a long text reads titles piece by piece and keeps per-mention data small: the pieces
 * end only where no title phrase or name runs across, a title far into a long text attaches as in
 * a short one, pronouns still find the nearest person, and a cluster keeps one mention per span.
 */
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import type { Cluster } from '../../src/linking/cluster.js';
import { addMention } from '../../src/linking/extra-mentions.js';
import { linkDocument } from '../../src/linking/index.js';
import { titlePieces } from '../../src/linking/title-spots.js';
import { byStartOrder } from '../../src/linking/titles.js';
import { parse } from '../../src/parser/index.js';
import type { FoundQuote, NameMention } from '../../src/stages.js';

const kb = defaultKnowledgeBase();

/** Every occurrence of each name in the text, in text order. */
function namesIn(text: string, list: [string, NameMention['type'], string][]): NameMention[] {
  const out: NameMention[] = [];
  for (const [surface, type, base] of list) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) out.push({ start: at, end: at + surface.length, text: surface, type, base });
  }
  return out.sort((a, b) => a.start - b.start);
}

describe('title pieces end after a hard break that no name spans', () => {
  const cases: [string, string[]][] = [
    ['Очільник МЗС РФ Сергій Лавров заявив, що переговори тривають. Міністр додав: «Ні».', []],
    ['Речник Кремля Дмитро Пєсков, як відомо, мовчав.\nПрезидент України Володимир Зеленський відповів (коротко).', []],
    ['Russian Foreign Minister Sergei Lavrov said, on Monday, that talks go on; the minister added more.', ['Sergei Lavrov']],
  ];
  for (const [text, nameTexts] of cases) {
    it(`«${text.slice(0, 30)}…» in pieces of 10`, () => {
      const names = namesIn(
        text,
        nameTexts.map((t) => [t, 'PER', t]),
      );
      const pieces = titlePieces(text, names, byStartOrder(names), 10);
      expect(pieces[0][0]).toBe(0);
      expect(pieces[pieces.length - 1][1]).toBe(text.length);
      for (let k = 1; k < pieces.length; k++) {
        const cut = pieces[k][0];
        expect(pieces[k - 1][1]).toBe(cut);
        expect(',;!?()"«»\n\r').toContain(text[cut - 1]);
        for (const n of names) expect(n.start < cut && cut < n.end).toBe(false);
      }
    });
  }

  it('a text without a hard break is one piece, whatever its length', () => {
    const text = 'міністр '.repeat(50);
    expect(titlePieces(text, [], [], 10)).toEqual([[0, text.length]]);
  });

  it('a cut never falls inside a name that holds a comma («Вашингтон, округ Колумбія»)', () => {
    const text = 'Сенатор приїхав до міста Вашингтон, округ Колумбія, вчора ввечері.';
    const names = namesIn(text, [['Вашингтон, округ Колумбія', 'LOC', 'Вашингтон, округ Колумбія']]);
    const pieces = titlePieces(text, names, byStartOrder(names), 30);
    const cuts = pieces.slice(1).map((p) => p[0]);
    expect(cuts).not.toContain(text.indexOf(',') + 1);
    expect(cuts.every((c) => c <= names[0].start || c >= names[0].end)).toBe(true);
  });
});

describe('a title far into a long text attaches as in a short one', () => {
  const filler = 'Переговори тривали весь день, і сторони не дійшли згоди щодо кордонів.\n\n';
  const tail = 'Очільник МЗС РФ Сергій Лавров заявив, що Москва готова до діалогу.';
  const list: [string, NameMention['type'], string][] = [
    ['МЗС РФ', 'ORG', 'МЗС РФ'],
    ['Сергій Лавров', 'PER', 'Сергій Лавров'],
  ];
  const titlesOf = (text: string) => {
    const names = namesIn(text, list);
    const { entities } = linkDocument(parse(text, 'uk'), names, [], { kb });
    const lavrov = entities.find((e) => e.name === 'Сергій Лавров');
    return (lavrov?.mentions ?? []).filter((m) => m.kind === 'title').map((m) => ({ at: m.start - text.lastIndexOf(tail), text: m.text, base: m.base }));
  };

  it('«Очільник МЗС РФ» after 90,000 characters: the same title, base and relative offset', () => {
    const long = filler.repeat(Math.ceil(90_000 / filler.length)) + tail;
    expect(long.length).toBeGreaterThan(90_000);
    const short = titlesOf(tail);
    expect(short).toEqual([{ at: 0, text: 'Очільник МЗС РФ', base: 'Очільник МЗС РФ' }]);
    expect(titlesOf(long)).toEqual(short);
  });

  it('title, pronoun and name mentions come out with the same fields in the same order', () => {
    const text = 'Очільник МЗС РФ Сергій Лавров заявив: «Ні», — сказав він.';
    const names = namesIn(text, list);
    const s = text.indexOf('він');
    const q = text.indexOf('Ні');
    const quote: FoundQuote = { start: q, end: q + 2, text: 'Ні', kind: 'direct', cue: null, speaker: { start: s, end: s + 3, text: 'він', kind: 'pronoun', base: 'він', gender: 'm', number: 'sg' } };
    const { entities } = linkDocument(parse(text, 'uk'), names, [quote], { kb });
    const lavrov = entities.find((e) => e.name === 'Сергій Лавров');
    expect(lavrov?.mentions.map((m) => m.kind)).toEqual(['title', 'name', 'pronoun']);
    for (const m of lavrov?.mentions ?? []) {
      expect(Object.keys(m)).toEqual(['start', 'end', 'text', 'kind', 'base', 'entityId']);
      expect(m.entityId).toBe(lavrov?.id);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('no title where the text has none (negative)', () => {
    const text = filler.repeat(Math.ceil(70_000 / filler.length)) + 'Сергій Лавров заявив, що Москва готова до діалогу.';
    expect(titlesOf(text)).toEqual([]);
  });
});

describe('a pronoun speaker finds the nearest person in a long text', () => {
  const filler = 'Переговори тривали весь день, і сторони не дійшли згоди.\n\n';
  const quoteOf = (text: string, said: string, base: string, gender: 'm' | 'f'): FoundQuote => {
    const q = text.lastIndexOf('«Ні»') + 1;
    const s = text.lastIndexOf(said);
    return { start: q, end: q + 2, text: 'Ні', kind: 'direct', cue: null, speaker: { start: s, end: s + said.length, text: said, kind: 'pronoun', base, gender, number: 'sg' } };
  };
  const run = (tail: string, said: string, base: string, gender: 'm' | 'f') => {
    const text = filler.repeat(Math.ceil(70_000 / filler.length)) + tail;
    const names = namesIn(text, [
      ['Сергій Лавров', 'PER', 'Сергій Лавров'],
      ['Марія Захарова', 'PER', 'Марія Захарова'],
    ]);
    const { entities, quotes } = linkDocument(parse(text, 'uk'), names, [quoteOf(text, said, base, gender)], { kb });
    return entities.find((e) => e.id === quotes[0].speaker?.entityId)?.name;
  };

  it('«він» after Лавров and Захарова → Сергій Лавров', () => {
    expect(run('Марія Захарова мовчала. Сергій Лавров вийшов. «Ні», — сказав він.', 'він', 'він', 'm')).toBe('Сергій Лавров');
  });
  it('«вона» after Лавров and Захарова → Марія Захарова', () => {
    expect(run('Марія Захарова мовчала. Сергій Лавров вийшов. «Ні», — сказала вона.', 'вона', 'вона', 'f')).toBe('Марія Захарова');
  });
  it('«вона» with only Лавров named is not Лавров (negative)', () => {
    expect(run('Сергій Лавров вийшов. «Ні», — сказала вона.', 'вона', 'вона', 'f')).not.toBe('Сергій Лавров');
  });
});

describe('a cluster keeps one extra mention per span', () => {
  const cluster = (): Cluster => ({ type: 'PER', names: [], extra: [] });
  const title = (start: number, end: number, text: string) => ({ start, end, text, kind: 'title' as const, base: text });

  it('the same span twice: the first is kept and returned', () => {
    const c = cluster();
    const a = addMention(c, title(0, 8, 'очільник'));
    expect(addMention(c, title(0, 8, 'Очільник'))).toBe(a);
    expect(c.extra).toEqual([a]);
  });
  it('two spans at one start are both kept, and each is found again', () => {
    const c = cluster();
    const a = addMention(c, title(0, 8, 'очільник'));
    const b = addMention(c, title(0, 15, 'очільник МЗС РФ'));
    const d = addMention(c, title(0, 12, 'очільник МЗС'));
    expect(c.extra).toEqual([a, b, d]);
    expect(addMention(c, title(0, 15, 'x'))).toBe(b);
    expect(addMention(c, title(0, 12, 'x'))).toBe(d);
  });
  it('extras already in the cluster with one span: the last of them is the one found', () => {
    const c = cluster();
    const first = title(5, 10, 'перший');
    const last = title(5, 10, 'останній');
    c.extra.push(first, title(5, 7, 'інший'), last);
    expect(addMention(c, title(5, 10, 'новий'))).toBe(last);
    expect(c.extra).toHaveLength(3);
  });
});
