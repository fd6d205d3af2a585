import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index.js';
import { findQuotes } from '../../src/quotes/index.js';
import type { NameMention } from '../../src/stages.js';
import { quotesOf } from './helpers.js';

/** A recognised name at the first occurrence of `text` in `doc`. */
function nameIn(doc: string, text: string, type: NameMention['type'], base = text, gender?: 'm' | 'f'): NameMention {
  const start = doc.indexOf(text);
  return { start, end: start + text.length, text, type, base, ...(gender ? { gender } : {}) };
}

describe('speakers: recognised names', () => {
  it('a speaker that is a name points to it with nameIndex and takes its gender', () => {
    const text = '«Ми готові», — сказала Юлія Свириденко.';
    const names = [nameIn(text, 'Юлія Свириденко', 'PER', 'Юлія Свириденко', 'f')];
    const [q] = findQuotes(parse(text, 'uk'), names);
    expect(q.speaker).toMatchObject({ text: 'Юлія Свириденко', kind: 'name', nameIndex: 0, gender: 'f', base: 'Юлія Свириденко' });
  });
  it('a title with a person’s name points to the person', () => {
    const text = '«Рішення ухвалено», — заявив міністр оборони Денис Шмигаль.';
    const names = [nameIn(text, 'Денис Шмигаль', 'PER')];
    const [q] = findQuotes(parse(text, 'uk'), names);
    expect(q.speaker).toMatchObject({ text: 'міністр оборони Денис Шмигаль', kind: 'name', nameIndex: 0 });
  });
  it('a title’s genitive modifier is not the speaker: міністр закордонних справ РФ is a title', () => {
    const text = 'Міністр закордонних справ РФ наполягає, що «умови не змінилися».';
    const names = [nameIn(text, 'РФ', 'LOC', 'Росія')];
    const q = findQuotes(parse(text, 'uk'), names).find((x) => x.kind === 'partial')!;
    expect(q.speaker).toMatchObject({ text: 'Міністр закордонних справ РФ', kind: 'title' });
    expect(q.speaker?.nameIndex).toBeUndefined();
  });
  it('after a source noun the organisation speaks: джерела Reuters', () => {
    const text = 'Джерела Reuters розповіли, що переговори зірвалися.';
    const names = [nameIn(text, 'Reuters', 'ORG')];
    const [q] = findQuotes(parse(text, 'uk'), names);
    expect(q.speaker).toMatchObject({ text: 'Джерела Reuters', kind: 'name', nameIndex: 0 });
  });
  it('a name in guillemets right before the cue speaks: «Укрзалізниця» повідомила', () => {
    const text = 'У відповідь на запит «Укрзалізниця» повідомила, що графік не зміниться.';
    expect(quotesOf(text, 'uk')[0].speaker?.text).toBe('Укрзалізниця');
  });
});

describe('speakers: where the subject stands', () => {
  const cases: [string, string][] = [
    ['Сам Лавров після розмови з Рубіо знову заговорив про «нацистський режим».', 'Лавров'],
    ['Про свою готовність до переговорів Лавров заявив, що чекає сигналу.', 'Лавров'],
    ['Після зустрічі з послом він наголосив, що допомога надійде.', 'він'],
    ['Суд, який розглядав справу, заявив, що доказів недостатньо.', 'Суд'],
    ['До поліції звернулася потерпіла, яка розповіла, що її ошукали.', 'потерпіла'],
    ['У прес-службі заявили, що інформація не відповідає дійсності.', 'прес-службі'],
    ['Також там заявили, що роботи тривають.', 'там'],
    ['Депутат Олег Савченко (Свобода) заявив, що звернувся до суду.', 'Депутат Олег Савченко'],
  ];
  for (const [text, speaker] of cases) it(text, () => expect(quotesOf(text, 'uk')[0].speaker?.text).toBe(speaker));

  it('an omitted subject takes the previous sentence’s', () => {
    const text = 'Голова громади Петро Гайдейчук спростовує цю інформацію.\nЗапевняє, що до нього ніхто не звертався.';
    expect(quotesOf(text, 'uk')[0].speaker?.text).toBe('Голова громади Петро Гайдейчук');
  });
  it('a speaker after the cue: pronoun, title phrase, name with title, plain noun', () => {
    const cases: [string, string][] = [
      ['«Так», — сказав він.', 'він'],
      ['«Так», — припустив очільник російського зовнішньополітичного відомства.', 'очільник російського зовнішньополітичного відомства'],
      ['«Так», — каже художниця Олеся Петренко.', 'художниця Олеся Петренко'],
      ['«Так», — пише поетеса рідним.', 'поетеса'],
      ['«Так», — кричали її очі.', 'її очі'],
      ['«Так», — йдеться в обґрунтуванні.', 'обґрунтуванні'],
    ];
    for (const [text, speaker] of cases) expect(quotesOf(text, 'uk')[0].speaker?.text, text).toBe(speaker);
  });
});
