import { describe, expect, it } from 'vitest';
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
