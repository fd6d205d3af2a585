import { describe, expect, it } from 'vitest';
import { recognizeNames } from '../../src/entities/index.js';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import { parse } from '../../src/parser/index.js';
import { genderOf, names, smallKb } from './helpers.js';

const cases = (list: [string, string[]][]) => list.map(([text, want]) => ({ text, want }));

describe('ru: a capital at the start of a sentence is not a name by itself', () => {
  it.each(cases([
    ['Однако власти промолчали.', []],
    ['Источники сообщили об этом вчера.', []],
    ['Тогда американцы заверили нас в поддержке.', []],
    ['«Мы готовы к переговорам», — сказал он.', []],
  ]))('$text', ({ text, want }) => expect(names(text, 'ru')).toEqual(want));

  it.each(cases([
    ['Шойгу выступил первым. Потом Шойгу перебили.', ['Шойгу/PER', 'Шойгу/PER']],
    ['Россия потребовала созвать заседание.', ['Россия/LOC']],
  ]))('but is one with evidence: $text', ({ text, want }) => expect(names(text, 'ru')).toEqual(want));
});

describe('ru: names, organisations, places', () => {
  it.each(cases([
    ['Глава МИД России Сергей Лавров заявил об этом.', ['МИД России/ORG', 'Сергей Лавров/PER']],
    ['Об этом сообщило агентство «РИА Новости».', ['РИА Новости/ORG']],
    ['Закон приняла Государственная дума.', ['Государственная дума/ORG']],
    ['Федеральная служба безопасности задержала агента.', ['Федеральная служба безопасности/ORG']],
    ['Он родился в Екатеринбурге.', ['Екатеринбурге/LOC']],
    ['Обсудили саммит Путин-Трамп в Будапеште.', ['Путин/PER', 'Трамп/PER', 'Будапеште/LOC']],
    ['Эти строки написал А. С. Пушкин.', ['А. С. Пушкин/PER']],
    ['Об этом пишут СМИ.', []],
    ['Президент Франции Эмманюэль Макрон прилетел в Москву.', ['Франции/LOC', 'Эмманюэль Макрон/PER', 'Москву/LOC']],
    ['Королева одобрила назначение Доминика Рааба министром.', ['Доминика Рааба/PER']],
    ['Офис находится на ул. Тверская, 13 в центре.', ['ул. Тверская, 13/LOC']],
  ]))('$text', ({ text, want }) => expect(names(text, 'ru')).toEqual(want));

  it.each(cases([
    ['Переговоры идут в интересах Евросоюза.', ['Евросоюза/ORG']],
    ['Санкции ввели против «Роснефти» и «Лукойла».', ['Роснефти/ORG', 'Лукойла/ORG']],
  ]))('quoted and known names: $text', ({ text, want }) => expect(names(text, 'ru')).toEqual(want));

  it('types by a small knowledge base of its own', () => {
    expect(names('Саммит Путин-Трамп прошёл в Будапеште.', 'ru', smallKb)).toEqual(['Путин/PER', 'Трамп/PER', 'Будапеште/LOC']);
  });

  it('gives the gender of a first name', () => {
    expect(genderOf('Вчера Анна Иванова выступила.', 'Анна Иванова', 'ru')).toBe('f');
    expect(genderOf('Об этом заявил Сергей Лавров.', 'Сергей Лавров', 'ru')).toBe('m');
  });
});

/** `text/TYPE/base` for every name found, in order, with the bundled knowledge base. */
function found(text: string): string[] {
  return recognizeNames(parse(text, 'ru'), { kb: defaultKnowledgeBase() }).map((n) => {
    if (text.slice(n.start, n.end) !== n.text) throw new Error(`bad offsets for ${n.text}`);
    return `${n.text}/${n.type}/${n.base}`;
  });
}

describe('ru: two-word names whose second word is lower case', () => {
  it.each(cases([
    ['Решение примут в Белом доме.', ['Белом доме/ORG/Белый дом']],
    ['В Белом доме это опровергли.', ['Белом доме/ORG/Белый дом']],
    ['Белый дом опроверг эти данные.', ['Белый дом/ORG/Белый дом']],
    ['Представитель Белого дома отказался от комментариев.', ['Белого дома/ORG/Белый дом']],
    ['Демонстранты подошли к Белому дому.', ['Белому дому/ORG/Белый дом']],
    ['Парад прошёл на Красной площади.', ['Красной площади/LOC/Красная площадь']],
    ['Красная площадь закрыта для посещения.', ['Красная площадь/LOC/Красная площадь']],
    ['Корабли флота вышли в Чёрном море.', ['Чёрном море/LOC/Чёрное море']],
    ['Учения прошли в Черном море.', ['Черном море/LOC/Черное море']],
  ]))('$text', ({ text, want }) => expect(found(text)).toEqual(want));

  it.each(cases([
    ['Он говорил с Путином дома.', ['Путином/PER/Путин']],
    ['Большой дом построили за год.', []],
    ['Новая площадь открыта для посещения.', []],
    ['Белый кот спал на крыльце.', []],
  ]))('but not an instrumental or an ordinary phrase: $text', ({ text, want }) => expect(found(text)).toEqual(want));
});

describe('ru: lower-case particles join a foreign name into one person', () => {
  it.each(cases([
    ['Урсула фон дер Ляйен приехала в Киев.', ['Урсула фон дер Ляйен/PER/Урсула фон дер Ляйен', 'Киев/LOC/Киев']],
    ['Генерал Шарль де Голль вернулся в Париж.', ['Шарль де Голль/PER/Шарль де Голль', 'Париж/LOC/Париж']],
    ['Эту картину написал Леонардо да Винчи.', ['Леонардо да Винчи/PER/Леонардо да Винчи']],
    ['Наследный принц Мухаммед ибн Салман прибыл в Москву.', ['Мухаммед ибн Салман/PER/Мухаммед ибн Салман', 'Москву/LOC/Москва']],
    ['Фон дер Ляйен заявила о новых санкциях.', ['Фон дер Ляйен/PER/Фон дер Ляйен']],
  ]))('$text', ({ text, want }) => expect(found(text)).toEqual(want));

  it.each(cases([
    ['Иван да Марья растёт в лесу.', ['Иван/PER/Иван', 'Марья/PER/Марья']],
    ['Вчера в Москве де Голля вспоминали.', ['Москве/LOC/Москва', 'Голля/PER/Голль']],
    ['Материалы дела Шойгу засекретили.', ['Шойгу/PER/Шойгу']],
  ]))('but not where the particle is an ordinary word: $text', ({ text, want }) => expect(found(text)).toEqual(want));
});
