import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index.js';
import { findQuotes } from '../../src/quotes/index.js';
import { scanMarks } from '../../src/quotes/marks.js';
import { offsetsHold, quotesOf } from './helpers.js';

const inner = (text: string): string[] => scanMarks(text).map((s) => text.slice(s.open + 1, s.close));

describe('quotation marks: every style', () => {
  const cases: [string, string[]][] = [
    ['Він сказав: «Ми готові».', ['Ми готові']],
    ['Вона відповіла: „Ні“.', ['Ні']],
    ['He said: “We are ready.”', ['We are ready.']],
    ['He said: "We are ready."', ['We are ready.']],
    ['Il a dit : ‹ Oui ›.', [' Oui ']],
    ["She said: 'We are ready.'", ['We are ready.']],
    ['Він написав: “Ми готові”.', ['Ми готові']],
  ];
  for (const [text, want] of cases) it(text, () => expect(inner(text)).toEqual(want));
});

describe('apostrophes are not quotation marks', () => {
  const cases: [string, string[]][] = [
    ["Бої тривають біля Мар'їнки, загинули п'ять людей.", []],
    ['Бої тривають біля Мар’їнки, загинули п’ять людей.', []],
    ["They don't know and we can't say.", []],
    ["Він сказав: «У Мар'їнці спокійно».", ["У Мар'їнці спокійно"]],
    ["He said 'we don't know' and left.", ["we don't know"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(inner(text)).toEqual(want));
});

describe('nested marks', () => {
  it('« „ “ »: the outer quotation keeps the inner marks, the inner one is found too', () => {
    const text = 'Він сказав: «Це книжка „Кобзар“ у новому виданні».';
    const spans = scanMarks(text);
    expect(spans.map((s) => [text.slice(s.open + 1, s.close), s.depth])).toEqual([
      ['Це книжка „Кобзар“ у новому виданні', 0],
      ['Кобзар', 1],
    ]);
  });
  it('« « » »: doubled guillemets nest', () => {
    const text = '«Ми підтримуємо партію «Слуга народу»», — сказав він.';
    const q = quotesOf(text, 'uk');
    expect(q.map((x) => x.text)).toEqual(['Ми підтримуємо партію «Слуга народу»']);
  });
  it('“ ‘ ’ ”: English nesting', () => {
    const text = '“He told me ‘no’ twice,” she said.';
    expect(inner(text)).toEqual(['He told me ‘no’ twice,', 'no']);
  });
});

describe('a quotation continued over paragraphs', () => {
  it('each paragraph reopens the mark, only the last closes it', () => {
    const text = '«Ми готові до переговорів.\n\n«Але не за будь-яку ціну.\n\n«Вирішувати буде народ», — сказав він.';
    const q = quotesOf(text, 'uk');
    expect(q.map((x) => x.text)).toEqual(['Ми готові до переговорів.', 'Але не за будь-яку ціну.', 'Вирішувати буде народ']);
    expect(q.map((x) => x.speaker?.text)).toEqual(['він', 'він', 'він']);
    expect(q.map((x) => x.continues)).toEqual([undefined, 0, 0]);
  });
  it('a quotation may run over paragraphs without reopening when it closes later', () => {
    const text = '«Раніше все було інакше.\n\nТепер ні», — каже він.';
    expect(quotesOf(text, 'uk').map((x) => x.text)).toEqual(['Раніше все було інакше.\n\nТепер ні']);
  });
});

describe('unbalanced and stray marks', () => {
  it('a stray « does not swallow the rest of the document', () => {
    const text = 'Він вийшов «на хвилину\n\nПотім Лавров заявив: «Ми готові».';
    const q = quotesOf(text, 'uk');
    expect(q.some((x) => x.text === 'Ми готові' && x.speaker?.text === 'Лавров')).toBe(true);
  });
  it('a stray closing mark is ignored', () => {
    const text = 'Ціни зросли» на третину. Лавров заявив: «Ми готові».';
    expect(quotesOf(text, 'uk').map((x) => x.text)).toEqual(['Ми готові']);
  });
  it('odd input never throws and keeps offsets', () => {
    for (const text of ['', '«', '»', '"', "'", '— ', '«»', '„“', '«\n«\n«', '"""', '— — —', 'a\u0000b «c']) {
      const q = quotesOf(text, 'uk');
      expect(offsetsHold(text, q)).toBe(true);
    }
  });
  it('1 MB of unbalanced «, ", \' and dashes is read in linear time', () => {
    const pieces = ['«', '"', "'", '— ', 'слово ', '\n', '»', 'Мар\'їнка ', '„', ', — сказав він. '];
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += pieces[(i * 7 + (i >> 3)) % pieces.length];
    const doc = parse(text, 'uk');
    const t0 = performance.now();
    const q = findQuotes(doc, []);
    const ms = performance.now() - t0;
    expect(offsetsHold(text, q)).toBe(true);
    expect(ms).toBeLessThan(5000); // the target is < 1 s; the bound is generous for slow CI machines
  });
});

describe('any text: no throw, exact offsets', () => {
  const alphabet = ['«', '»', '„', '“', '”', '"', "'", '’', '‹', '›', '—', '-', ',', '.', ':', '!', '?', ' ', '\n', 'а', 'Б', 'сказав', 'він', 'Лавров', 'що', 'said', 'He', 'за словами'];
  const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((parts) => parts.join(''));
  for (const lang of ['uk', 'ru', 'en'] as const) {
    it(lang, () => {
      fc.assert(fc.property(texts, (text) => {
        const qs = quotesOf(text, lang);
        return offsetsHold(text, qs) && qs.every((q, i) => q.start < q.end && (q.continues === undefined || q.continues < i));
      }), { numRuns: 300 });
    });
  }
});

