import { describe, expect, it } from 'vitest';
import { recognizeNames } from '../../src/entities/index.js';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import { parse } from '../../src/parser/index.js';

/** `text/TYPE=base` for every name found, in order; offsets checked against the input. */
function found(text: string): string[] {
  return recognizeNames(parse(text, 'ru'), { kb: defaultKnowledgeBase() }).map((n) => {
    if (text.slice(n.start, n.end) !== n.text) throw new Error(`bad offsets for ${n.text}`);
    return `${n.text}/${n.type}=${n.base}`;
  });
}

const cases = (list: [string, string[]][]) => list.map(([text, want]) => ({ text, want }));

describe('ru: a court, prosecutor, ministry or government in lower case is named by its place', () => {
  it.each(cases([
    ['Истица обратилась в апелляционный суд Тверской области.', ['апелляционный суд Тверской области/ORG=апелляционный суд Тверской области']],
    ['Жалобу направили в прокуратуру Курской области.', ['прокуратуру Курской области/ORG=прокуратура Курской области']],
    ['Кризис в правительстве Великобритании усилился.', ['правительстве Великобритании/ORG=правительство Великобритании']],
    ['Раньше он работал в министерстве здравоохранения Великобритании.', ['министерстве здравоохранения Великобритании/ORG=министерство здравоохранения Великобритании']],
  ]))('$text', ({ text, want }) => expect(found(text)).toEqual(want));

  it.each(cases([
    ['Решение суда первой инстанции отменили.', []],
    ['Правительство подало в отставку, а Лондон молчал.', ['Лондон/LOC=Лондон']],
  ]))('but not a common noun: $text', ({ text, want }) => expect(found(text)).toEqual(want));
});

describe('ru: bodies with adjectives, tails and places', () => {
  it.each(cases([
    ['Что сказали в Верховном суде? Судьи промолчали.', ['Верховном суде/ORG=Верховный суд']],
    ['Выступая в Палате общин, премьер ответила на вопросы.', ['Палате общин/ORG=Палата общин']],
    ['Член Российской академии наук выступил с докладом.', ['Российской академии наук/ORG=Российская академия наук']],
    ['Постановление принял Совет министров Республики Крым.', ['Совет министров Республики Крым/ORG=Совет министров Республики Крым']],
    ['Главы Католической церкви обратились к властям.', ['Католической церкви/ORG=Католическая церковь']],
    ['Страны Содружества Наций собрались в Лондоне.', ['Содружества Наций/ORG=Содружество Наций', 'Лондоне/LOC=Лондон']],
  ]))('$text', ({ text, want }) => expect(found(text)).toEqual(want));

  it.each(cases([
    ['Встреча с Путиным прошла в Москве.', ['Путиным/PER=Путин', 'Москве/LOC=Москва']],
    ['Он долго говорил с Антоном.', ['Антоном/PER=Антон']],
  ]))('a person in the instrumental is no adjective: $text', ({ text, want }) => expect(found(text)).toEqual(want));
});

describe('ru: compound body names and the EU', () => {
  it.each(cases([
    ['Министр Минкультуры заявил о проверке.', ['Минкультуры/ORG=Минкультуры']],
    ['Решение Кабмина вызвало споры.', ['Кабмина/ORG=Кабмин']],
    ['Глава МИДа Великобритании подал в отставку.', ['МИДа Великобритании/ORG=МИД Великобритании']],
    ['Глава Еврокомиссии Жан-Клод Юнкер ответил.', ['Еврокомиссии/ORG=Еврокомиссия', 'Жан-Клод Юнкер/PER=Жан-Клод Юнкер']],
    ['Председатель Европарламента Антонио Таяни пригласил её.', ['Европарламента/ORG=Европарламент', 'Антонио Таяни/PER=Антонио Таяни']],
  ]))('$text', ({ text, want }) => expect(found(text)).toEqual(want));

  it.each(cases([
    ['Эксперт: после «Брексита» всё изменилось.', ['Брексита/MISC=Брексит']],
    ['Сторонники Брексита вышли на улицы.', ['Брексита/MISC=Брексит']],
  ]))('an event in guillemets stays MISC: $text', ({ text, want }) => expect(found(text)).toEqual(want));
});

describe('ru: a body takes the lower-case adjective of its country', () => {
  it.each(cases([
    ['Экс-глава британского МИДа договорился с премьером.', ['британского МИДа/ORG=британский МИД']],
    ['Об этом сообщил британский Кабмин вчера.', ['британский Кабмин/ORG=британский Кабмин']],
    ['Вопрос обсудили в парламенте Нидерландов.', ['парламенте Нидерландов/ORG=парламент Нидерландов']],
  ]))('$text', ({ text, want }) => expect(found(text)).toEqual(want));

  it.each(cases([
    ['Об этом сообщил британский журналист Браун.', ['Браун/PER=Браун']],
    ['Российского туриста задержали в Москве.', ['Москве/LOC=Москва']],
  ]))('but not before a person or a common noun: $text', ({ text, want }) => expect(found(text)).toEqual(want));
});

describe('ru: a country adjective with a lower-case government body', () => {
  it.each(cases([
    ['Позиция британского правительства изменилась.', ['британского правительства/ORG=британское правительство']],
    ['В британском кабинете министров спорят.', ['британском кабинете министров/ORG=британский кабинет министров']],
  ]))('$text', ({ text, want }) => expect(found(text)).toEqual(want));

  it.each(cases([
    ['Правительство подало в отставку.', []],
    ['Адвокат рассказал о суде христианку Азию.', ['Азию/LOC=Азия']],
  ]))('but not a bare head nor a verb object after it: $text', ({ text, want }) => expect(found(text)).toEqual(want));
});
