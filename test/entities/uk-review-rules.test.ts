import { describe, expect, it } from 'vitest';
import { createContext, hasNameEvidence, isAdjective, isEventHead, titleGender } from '../../src/entities/context.js';
import { kbFinder } from '../../src/entities/kb-lookup.js';
import { cyrillicLexicon, lookupInflected } from '../../src/entities/lexicon.js';
import { tokenInfo } from '../../src/entities/tokens.js';
import { parse } from '../../src/parser/index.js';
import { names, cases } from './helpers.js';

const check = ({ text, want }: { text: string; want: string[] }) => expect(names(text, 'uk')).toEqual(want);

describe('uk: a power plant is one name with the adjective before it', () => {
  it.each(cases([
    ['Працівники Чорнобильської АЕС вийшли на зміну.', ['Чорнобильської АЕС/ORG']],
    ['Обстріляли Курахівську ТЕС вночі.', ['Курахівську ТЕС/ORG']],
    ['Енергетики Дніпровської ГЕС працюють.', ['Дніпровської ГЕС/ORG']],
  ]))('adjective + plant: $text', check);
  it.each(cases([
    ['Будівництво нової АЕС затримується.', []],
    ['Ціни на ВВП і ПДВ зросли.', []],
  ]))('a plant or another common abbreviation alone is no name: $text', check);
});

describe('uk: a town named by an adjective is kept before a lower-case word', () => {
  it.each(cases([
    ['У смт Коблеве відпочивали туристи.', ['Коблеве/LOC']],
    ['Мешканці м. Гірське отримали воду.', ['Гірське/LOC']],
    ['Відпочивальники з Коблеве поїхали додому.', ['Коблеве/LOC']],
  ]))('a town in the gazetteer: $text', check);
  it.each(cases([
    ['Земельного кодексу ніхто не змінював.', []],
    ['Українські компанії звітують щороку.', []],
  ]))('a lone adjective that names no town is still left out: $text', check);
});

describe('uk: a colon does not start a sentence', () => {
  it.each(cases([
    ['Ремонт вулиць: Гоголя, Шевченка та Пушкіна.', ['Гоголя/LOC', 'Шевченка/LOC', 'Пушкіна/LOC']],
  ]))('a name after a colon: $text', check);
  it.each(cases([
    ['Він сказав: «Гоголя читали всі».', []],
  ]))('a quotation after a colon still opens a sentence: $text', check);
  const ambiguousAt = (text: string, word: string) => {
    const doc = parse(text, 'uk');
    return tokenInfo(doc)[doc.tokens.findIndex((t) => t.text === word)]!.ambiguous;
  };
  it.each([
    ['Учасники: Коваленко, Бондар і Ткачук.', 'Коваленко'],
    ['Переможці: Ткачук і Мельник.', 'Ткачук'],
  ])('a list after a colon: %s', (text, word) => expect(ambiguousAt(text, word)).toBe(false));
  it.each([
    ['Оголошення:\nДжерела повідомили про ремонт.', 'Джерела'],
    ['Вона відповіла: Наскільки я знаю, ні.', 'Наскільки'],
    ['Читайте також: Текст угоди погодили.', 'Текст'],
    ['Речниця МЗС: Пам’ятаєте, ми про це говорили.', 'Пам’ятаєте'],
  ])('a line break or a clause after a colon opens a sentence: %s', (text, word) => expect(ambiguousAt(text, word)).toBe(true));
});

describe('uk: a head noun or title stem is not a common word or a name', () => {
  const lex = cyrillicLexicon('uk');
  it('«мері» is Mary, «мерії» the city hall', () => {
    expect(lookupInflected(lex.orgHeads, 'мері')).toBeUndefined();
    expect(lookupInflected(lex.titles, 'мері')).toBeUndefined();
    expect(lookupInflected(lex.orgHeads, 'мерії')).toBe(true);
    expect(lookupInflected(lex.orgHeads, 'мерією')).toBe(true);
  });
  it('«горе» is grief, «горою» the mountain', () => {
    expect(lookupInflected(lex.geoHeads, 'горе')).toBeUndefined();
    expect(lookupInflected(lex.geoHeads, 'горою')).toBe(true);
    expect(lookupInflected(lex.geoHeads, 'гори')).toBe(true);
  });
  it.each(cases([
    ['Роман написала Мері Шеллі.', ['Мері Шеллі/PER']],
    ['Мері Коваль прийшла на зустріч.', ['Мері Коваль/PER']],
  ]))('Mary is a first name: $text', check);
  it.each(cases([
    ['Працівники мерії Києва вийшли.', ['Києва/LOC']],
  ]))('the city hall is still a head noun: $text', check);
});

describe('uk: a body and then «, Name Surname verb» is not a list', () => {
  it.each(cases([
    ['Угоду підписали з Українською бібліотечною асоціацією, Ашіг Масіх вважає її корисною.', ['Українською бібліотечною асоціацією/ORG', 'Ашіг Масіх/PER']],
    ['Угоду підписали з Українською бібліотечною асоціацією, Ашіг Масіх звернувся до суду.', ['Українською бібліотечною асоціацією/ORG', 'Ашіг Масіх/PER']],
  ]))('a new clause: $text', check);
  it.each(cases([
    ['Кошти отримали Галич, Бурштин, Рогатин.', ['Галич/LOC', 'Бурштин/LOC', 'Рогатин/LOC']],
  ]))('a real list still shares its type: $text', check);
});

describe('uk: per-token memos belong to one document', () => {
  const lex = cyrillicLexicon('uk');
  const ctxOf = (text: string) => {
    const doc = parse(text, 'uk');
    return createContext(doc, tokenInfo(doc), lex, kbFinder(null, 'uk'));
  };
  it('a memo filled for one document does not answer for the next', () => {
    const a = ctxOf('Початок війни змінив усе.');
    const b = ctxOf('Початок Курахівської зміни.');
    expect(isEventHead(a, 1)).toBe(true);
    expect(isAdjective(a, 1)).toBe(false);
    expect(isEventHead(b, 1)).toBe(false);
    expect(isAdjective(b, 1)).toBe(true);
    // Asked again, the memo gives the same answers.
    expect(isEventHead(a, 1)).toBe(true);
    expect(isAdjective(b, 1)).toBe(true);
  });
  it('titles are remembered per token and per document', () => {
    const a = ctxOf('Вчора президента зустріли.');
    const b = ctxOf('Вчора Лаврова зустріли.');
    expect(titleGender(a, 1)).toBeNull();
    expect(titleGender(b, 1)).toBeUndefined();
  });
  it('name evidence for the last token of a text reads nothing past it', () => {
    const c = ctxOf('Коваленко');
    expect(hasNameEvidence(c, 0)).toBe(true);
    expect(hasNameEvidence(ctxOf('Лавров заявив'), 0)).toBe(true);
    const d = ctxOf('Джерела');
    expect(hasNameEvidence(d, 0)).toBe(false);
  });
  it('documents in sequence get the same names as each alone', () => {
    const first = 'Обстріляли Курахівську ТЕС вночі.';
    const second = 'Обстріляли Курахове вночі, ТЕС ціла.';
    const alone = names(second, 'uk');
    names(first, 'uk');
    expect(names(second, 'uk')).toEqual(alone);
    expect(alone).toEqual(['Курахове/LOC']);
  });
});
