/**
 * The hand-written word scanner gives the words the old regex gave, and the two-letter prefilter
 * never turns away a word the role lexicon knows.
 */
import { describe, expect, it } from 'vitest';
import { lexiconFor, matchRoleWord, mayBeRoleWord, roleWordsAt } from '../../src/linking/lexicon.js';
import { countWords, splitWords } from '../../src/linking/inflection.js';
import { scanWords, scanWordSpans } from '../../src/linking/words.js';
import type { Lang } from '../../src/types.js';

/** The regex the scanner replaces, kept here as the reference. */
const WORD = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'ʼ’.-]*[\p{L}\p{M}\p{N}.])?/gu;
const INITIALISM = /^(?:\p{L}\.)+$/u;
function reference(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const m of text.matchAll(WORD)) {
    let t = m[0];
    if (t.endsWith('.') && !INITIALISM.test(t)) t = t.replace(/\.+$/u, '');
    if (t) out.push([m.index, m.index + t.length, t]);
  }
  return out;
}
const triples = (text: string, from?: number, to?: number) => scanWords(text, from, to).map((w) => [w.start, w.end, w.text]);

const SENTENCES: [string, string[]][] = [
  ['Очільник МЗС РФ Сергій Лавров заявив.', ['Очільник', 'МЗС', 'РФ', 'Сергій', 'Лавров', 'заявив']],
  ['U.S. Secretary of State Marco Rubio', ['U.S.', 'Secretary', 'of', 'State', 'Marco', 'Rubio']],
  ['«Ми готові», — сказав він…', ['Ми', 'готові', 'сказав', 'він']],
  ['прем’єр-міністр і об\'єднання та обʼєкт', ['прем’єр-міністр', 'і', "об'єднання", 'та', 'обʼєкт']],
  ['St. Petersburg, Jr. and etc.. end', ['St', 'Petersburg', 'Jr', 'and', 'etc', 'end']],
  ['Kyiv’s mayor — rock-’n’-roll -dash- trailing- ’quote’', ['Kyiv’s', 'mayor', 'rock-’n’-roll', 'dash', 'trailing', 'quote']],
  ['2025 року о 15:30, 3.5% і №7', ['2025', 'року', 'о', '15', '30', '3.5', 'і', '7']],
  ['𝐀𝐁 Ω-3 café naïve e\u0301', ['𝐀𝐁', 'Ω-3', 'café', 'naïve', 'e\u0301']],
  ['— … !!! ---', []],
];

describe('scanWords', () => {
  it.each(SENTENCES)('%s', (text, words) => {
    expect(scanWords(text).map((w) => w.text)).toEqual(words);
    expect(triples(text)).toEqual(reference(text));
  });

  it('gives the words of a slice with offsets in the whole text', () => {
    const text = 'Глава МЗС РФ. Джерела Reuters повідомили';
    const from = text.indexOf('Джерела');
    const to = text.indexOf(' повідомили');
    expect(triples(text, from, to)).toEqual([
      [from, from + 7, 'Джерела'],
      [from + 8, to, 'Reuters'],
    ]);
    expect(triples(text, from, to)).toEqual(reference(text.slice(from, to)).map(([s, e, t]) => [s + from, e + from, t]));
  });

  it('agrees with the regex on mixed text, cut anywhere', () => {
    const text = SENTENCES.map(([t]) => t).join(' \n');
    for (let cut = 0; cut < text.length; cut += 7) {
      const from = cut;
      const to = Math.min(text.length, cut + 23);
      // A cut inside a surrogate pair is not a place a caller ever cuts: skip it.
      if (/[\udc00-\udfff]/u.test(text[from] ?? '') || /[\ud800-\udbff]/u.test(text[to - 1] ?? '')) continue;
      expect(triples(text, from, to)).toEqual(reference(text.slice(from, to)).map(([s, e, t]) => [s + from, e + from, t]));
    }
  });
});

describe('mayBeRoleWord', () => {
  const cases: [Lang, string, boolean][] = [
    ['uk', 'Очільник', true],
    ['uk', 'очільника', true],
    ['uk', 'міністр', true],
    ['uk', 'Президента', true],
    ['uk', 'ЇЖАК', false],
    ['uk', 'я', false],
    ['ru', 'министра', true],
    ['ru', 'Ёжик', false],
    ['en', 'spokesman', true],
    ['en', 'Minister', true],
    ['en', 'zebra', false],
    ['en', 'for', true],
    ['en', 'today', false],
    ['en', 'to', false],
    ['en', 'US', true],
  ];
  it.each(cases)('%s %s → %s', (lang, word, expected) => {
    expect(mayBeRoleWord(word, 0, word.length, lexiconFor(lang))).toBe(expected);
  });

  it('never turns away a word the lexicon matches (every stem with every ending, in three spellings)', () => {
    for (const lang of ['uk', 'ru', 'en'] as const) {
      const lex = lexiconFor(lang);
      for (const stem of lex.words.keys()) {
        for (const ending of lex.endings) {
          const word = stem + ending;
          for (const w of [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]) {
            if (matchRoleWord(w, lex)) expect(mayBeRoleWord(w, 0, w.length, lex), `${lang} ${w}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('countWords', () => {
  const cases: [string, number][] = [
    ['Сергій Лавров', 2],
    [' Марко  Рубіо ', 2],
    ['Лавров', 1],
    ['Техрик-э-Лабаик Пакистан', 2],
    ['Mr.\u00a0Obama', 2],
    ['\t\n ', 0],
    ['', 0],
    ['Білий\u2009дім\u3000США', 3],
  ];
  it.each(cases)('%j → %i words, as splitWords gives', (name, n) => {
    expect(countWords(name)).toBe(n);
    expect(countWords(name)).toBe(splitWords(name).length);
  });
});

describe('scanWordSpans gives the words of scanWords as offsets', () => {
  const texts = [
    'Очільник МЗС РФ Сергій Лавров заявив.',
    'The U.S. Secretary of State said it’s over.',
    'Глава МВС… «Нафтогаз» — п’ять 𝐀𝐁𝐂 слів 😀 тут.',
    'Кривий-Ріг, 2025-11-09: д.т.н. І.Петренко.',
  ];
  for (const text of texts) {
    it(text, () => {
      const ws = scanWordSpans(text);
      const words = scanWords(text);
      expect(ws.length).toBe(words.length);
      expect(ws.start).toEqual(words.map((w) => w.start));
      expect(ws.end).toEqual(words.map((w) => w.end));
    });
  }
  it('a slice keeps offsets in the whole text', () => {
    expect(scanWordSpans('Глава МЗС РФ.', 6).start).toEqual([6, 10]);
    expect(scanWordSpans('Глава МЗС РФ.', 6).end).toEqual([9, 12]);
  });
});

describe('roleWordsAt matches each word as matchRoleWord does', () => {
  const cases: [Lang, string][] = [
    ['uk', 'Очільник МЗС РФ та головний російський дипломат сказали сьогодні'],
    ['en', 'Russian Foreign Minister and the us today'],
    ['ru', 'Глава МИД России и пресс-секретарь Кремля'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const ws = scanWordSpans(text);
      const lex = lexiconFor(lang);
      const expected = scanWords(text).map((w) => matchRoleWord(w.text, lex));
      expect(roleWordsAt(text, ws.start, ws.end, lex)).toEqual(expected);
      expect(expected.some((e) => e)).toBe(true);
      expect(expected.some((e) => !e)).toBe(true);
    });
  }
});
