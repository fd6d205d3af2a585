import { describe, expect, it } from 'vitest';
import { recognizeNames } from '../../src/entities/index.js';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import { parse } from '../../src/parser/index.js';

const cases = (list: [string, string[]][]) => list.map(([text, want]) => ({ text, want }));

/** `text/TYPE/base` for every name found, in order, with offsets checked against the text. */
function found(text: string, lang: 'uk' | 'ru'): string[] {
  return recognizeNames(parse(text, lang), { kb: defaultKnowledgeBase() }).map((n) => {
    if (text.slice(n.start, n.end) !== n.text) throw new Error(`bad offsets for ${n.text}`);
    return `${n.text}/${n.type}/${n.base}`;
  });
}

describe('uk: lower-case particles join a foreign name into one person', () => {
  it.each(cases([
    ['Президентка Єврокомісії Урсула фон дер Ляєн відвідала Київ.', ['Єврокомісії/ORG/Єврокомісія', 'Урсула фон дер Ляєн/PER/Урсула фон дер Ляєн', 'Київ/LOC/Київ']],
    ['Зеленський зустрівся з Урсулою фон дер Ляєн у Брюсселі.', ['Зеленський/PER/Зеленський', 'Урсулою фон дер Ляєн/PER/Урсула фон дер Ляєн', 'Брюсселі/LOC/Брюссель']],
    ['Генерал Шарль де Голль повернувся до Франції.', ['Шарль де Голль/PER/Шарль де Голль', 'Франції/LOC/Франція']],
    ['Оркестр виконав симфонію, яку написав Людвіг ван Бетховен.', ['Людвіг ван Бетховен/PER/Людвіг ван Бетховен']],
    ['Цю картину намалював Леонардо да Вінчі.', ['Леонардо да Вінчі/PER/Леонардо да Вінчі']],
    ['Наслідний принц Мухаммед ібн Салман прибув до Ер-Ріяда.', ['Мухаммед ібн Салман/PER/Мухаммед ібн Салман', 'Ер-Ріяда/LOC/Ер-Ріяд']],
    ['Президент Сирії Башар аль-Асад утік до Москви.', ['Сирії/LOC/Сирія', 'Башар аль-Асад/PER/Башар аль-Асад', 'Москви/LOC/Москва']],
    ['Байки писав Жан де ла Фонтен.', ['Жан де ла Фонтен/PER/Жан де ла Фонтен']],
  ]))('$text', ({ text, want }) => expect(found(text, 'uk')).toEqual(want));

  it.each(cases([
    ['Фон дер Ляєн заявила про нові санкції.', ['Фон дер Ляєн/PER/Фон дер Ляєн']],
    ['Про нові санкції заявила фон дер Ляєн.', ['фон дер Ляєн/PER/фон дер Ляєн']],
    ['Вчора Урсула фон дер Ляєн прибула до Києва.', ['Урсула фон дер Ляєн/PER/Урсула фон дер Ляєн', 'Києва/LOC/Київ']],
  ]))('at a sentence start or without a first name: $text', ({ text, want }) => expect(found(text, 'uk')).toEqual(want));

  it('a capitalised particle at the start stays in the name', () => {
    expect(found('Картини Ван Гога висять у музеї.', 'uk').map((s) => s.split('/').slice(0, 2).join('/'))).toEqual(['Ван Гога/PER']);
  });
});

describe('uk: a particle that is an ordinary word does not glue two names', () => {
  it.each(cases([
    ['Ми були в Києві, де Зеленський зустрівся з Макроном.', ['Києві/LOC/Київ', 'Зеленський/PER/Зеленський', 'Макроном/PER/Макрон']],
    ['Ми приїхали в Київ де Зеленський провів нараду.', ['Київ/LOC/Київ', 'Зеленський/PER/Зеленський']],
    ['Іван да Марія росте в лісі.', ['Іван/PER/Іван', 'Марія/PER/Марія']],
    ['Шевченко, фон дер Ляєн і Макрон підписали заяву.', ['Шевченко/PER/Шевченко', 'фон дер Ляєн/PER/фон дер Ляєн', 'Макрон/PER/Макрон']],
  ]))('$text', ({ text, want }) => expect(found(text, 'uk')).toEqual(want));
});

describe('uk: two-word names whose second word is lower case', () => {
  it.each(cases([
    ['Рішення ухвалять у Білому домі.', ['Білому домі/ORG/Білий дім']],
    ['Білий дім спростував ці дані.', ['Білий дім/ORG/Білий дім']],
    ['Мітинг відбувся на Червоній площі.', ['Червоній площі/LOC/Червона площа']],
    ['Червона площа закрита для відвідувачів.', ['Червона площа/LOC/Червона площа']],
    ['Кораблі флоту стоять у Чорному морі.', ['Чорному морі/LOC/Чорне море']],
  ]))('$text', ({ text, want }) => expect(found(text, 'uk')).toEqual(want));

  it.each(cases([
    ['Великий дім збудували за рік.', []],
    ['Нова площа відкрита для відвідувачів.', []],
  ]))('but not an ordinary phrase at a sentence start: $text', ({ text, want }) => expect(found(text, 'uk')).toEqual(want));
});
