import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/parser/index.js';

/** `kind:text` for each token, the way the cases below are written. */
const show = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);
const words = (text: string) => tokenize(text).filter((t) => t.kind === 'word').map((t) => t.text);

describe('tokenize: words keep inner apostrophes and hyphens', () => {
  const oneWord: [string, string][] = [
    ["Бої тривають біля Мар'їнки.", "Мар'їнки"],
    ['Загинули п’ять людей.', 'п’ять'],
    ['Вони пʼють чай.', 'пʼють'],
    ['Свято в Івано-Франківську.', 'Івано-Франківську'],
    ['умови саміту Путін-Трамп у Будапешті', 'Путін-Трамп'],
    ["I don't know.", "don't"],
    ["Trump's envoy arrived.", "Trump's"],
    ['Ростов-на-Дону ждёт.', 'Ростов-на-Дону'],
    ['сім’я', 'сім’я'],
  ];
  it.each(oneWord)('%s → contains the word %s', (text, word) => {
    expect(words(text)).toContain(word);
  });

  const notInner: [string, string[]][] = [
    ["the students' union", ['word:the', "word:students", "punct:'", 'word:union']],
    ['Київ — столиця', ['word:Київ', 'punct:—', 'word:столиця']],
    ['Київ - столиця', ['word:Київ', 'punct:-', 'word:столиця']],
    ['Су-34 впав', ['word:Су', 'punct:-', 'number:34', 'word:впав']],
    ["'Тихо'", ["punct:'", 'word:Тихо', "punct:'"]],
    ['слово-', ['word:слово', 'punct:-']],
  ];
  it.each(notInner)('%s → %j', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});

describe('tokenize: numbers, punctuation, symbols', () => {
  const cases: [string, string[]][] = [
    ['ріст 3.5 відсотка', ['word:ріст', 'number:3.5', 'word:відсотка']],
    ['21.10.2025 року', ['number:21.10.2025', 'word:року']],
    ['3,5 млрд грн', ['number:3,5', 'word:млрд', 'word:грн']],
    ['$1,000,000.', ['symbol:$', 'number:1,000,000', 'punct:.']],
    ['у 2025.', ['word:у', 'number:2025', 'punct:.']],
    ['«Ні!»', ['punct:«', 'word:Ні', 'punct:!', 'punct:»']],
    ['Так...', ['word:Так', 'punct:.', 'punct:.', 'punct:.']],
    ['U.S.', ['word:U', 'punct:.', 'word:S', 'punct:.']],
    ['© AP', ['symbol:©', 'word:AP']],
    ['+5 °C', ['symbol:+', 'number:5', 'symbol:°', 'word:C']],
  ];
  it.each(cases)('%s → %j', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});

describe('tokenize: offsets survive emoji, marks, surrogates, NUL and ZWJ', () => {
  it('keeps a combining accent inside its word', () => {
    expect(show('заа\u0301мок і e\u0301te')).toEqual(['word:заа\u0301мок', 'word:і', 'word:e\u0301te']);
  });
  it('makes a surrogate pair, a ZWJ sequence, a skin tone and a flag one symbol each', () => {
    expect(show('Так😀! 👩‍🔬 👍🏽 🇺🇦')).toEqual(['word:Так', 'symbol:😀', 'punct:!', 'symbol:👩‍🔬', 'symbol:👍🏽', 'symbol:🇺🇦']);
  });
  it('gives a lone surrogate and NUL their own token, with the right offsets', () => {
    const text = 'a\uD800b\0c\uDC00';
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.kind, t.start, t.end])).toEqual([
      ['word', 0, 1],
      ['symbol', 1, 2],
      ['word', 2, 3],
      ['symbol', 3, 4],
      ['word', 4, 5],
      ['symbol', 5, 6],
    ]);
  });
  it('keeps a soft hyphen and a ZWJ inside the word they split', () => {
    expect(words('Укра\u00ADїна і a\u200Db')).toEqual(['Укра\u00ADїна', 'і', 'a\u200Db']);
  });
  it('reports offsets into the original string', () => {
    const text = '  «Мар\'їнка»,\r\n😀 2025 р.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.start)).toEqual([2, 3, 11, 12, 15, 18, 23, 24]);
  });
  it('returns no tokens for white space only', () => {
    expect(tokenize(' \t\r\n\u00A0\u2028\uFEFF')).toEqual([]);
  });
});
