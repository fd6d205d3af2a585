import { describe, expect, it } from 'vitest';
import { names, cases } from './helpers.js';

const check = ({ text, want }: { text: string; want: string[] }) => expect(names(text, 'uk')).toEqual(want);
const has = (name: string) => ({ text, want }: { text: string; want: string[] }) => {
  const found = names(text, 'uk').filter((n) => n.startsWith(`${name}/`));
  expect(found).toEqual(want);
};

describe('uk: a place in the locative before a lower-case word is still a candidate', () => {
  it.each(cases([
    ['Він жив у Полтаві і в Києві.', ['Полтаві/LOC', 'Києві/LOC']],
    ['Ми зимували на Волині й не шкодували.', ['Волині/LOC']],
    ['Вони оселилися на Київщині минулого літа.', ['Київщині/LOC']],
  ]))('a place: $text', check);
  it.each(cases([
    ['Комунальне підприємство пояснило затримку.', []],
    ['Українські компанії звітують щороку.', []],
  ]))('a lone adjective before a noun is not a name: $text', check);
});

describe('uk: one-letter place abbreviations with their full stop', () => {
  it.each(cases([
    ['Будинок розташований у с. Рашків на околиці.', ['Рашків/LOC']],
    ['Ділянки знаходяться в с. Заполички біля річки.', ['Заполички/LOC']],
  ]))('a village or town: $text', check);
  it.each(cases([
    ['У магазині в селі Коля все купував сам.', ['Коля/PER']],
  ]))('a first name after a place noun in another case is a person: $text', check);
});

describe('uk: streets', () => {
  it.each(cases([
    ['Фірма орендує склади на вул. І. Федорова, 32 з минулого року.', ['вул. І. Федорова, 32/LOC']],
  ]))('a street named after a person is a street: $text', check);
  it.each(cases([
    ['Провалився колодязь на перехресті вулиць Космонавтів і Турбінної.', ['Космонавтів/LOC', 'Турбінної/LOC']],
    ['Відремонтують ділянки вулиць Гоголя, Крупської, Богдана Хмельницького та Пушкіна.', ['Гоголя/LOC', 'Крупської/LOC', 'Богдана Хмельницького/LOC', 'Пушкіна/LOC']],
  ]))('every name in a list after a street noun is a street: $text', check);
  it.each(cases([
    ['Він зустрів Петра, Івана та Миколу біля школи.', ['Петра/PER', 'Івана/PER', 'Миколу/PER']],
    ['Гетьман Богдан Хмельницький підписав universal. Про Богдана Хмельницького писали багато.', ['Богдан Хмельницький/PER', 'Богдана Хмельницького/PER']],
  ]))('a list without a street noun keeps its own types: $text', check);
});

describe('uk: «з» with the instrumental is «with someone»', () => {
  it.each(cases([
    ['Пізніше, коли він одружився з Яною, вона переїхала.', ['Яною/PER']],
  ]))('a person: $text', check);
  it.each(cases([
    ['Делегація прибула з Полтави вранці.', ['Полтави/LOC']],
  ]))('the genitive after «з» is still a place: $text', check);
});

describe('uk: names of God and of feasts', () => {
  it.each(cases([
    ['Отак німці до Бога прийшли.', ['Бога/PER']],
    ['Він молився, щоб Господь почув його.', ['Господь/PER']],
  ]))('a divine person: $text', check);
  it.each(cases([
    ['Ми готуємося до Сповіді щотижня.', ['Сповіді/MISC']],
    ['Центром служби є читання Євангелія щонеділі.', ['Євангелія/MISC']],
  ]))('a feast, sacrament or scripture: $text', check);
});

describe('uk: quoted names after a place noun', () => {
  it.each(cases([
    ['Землі знаходились у рекреаційній зоні урочища «Маяк» біля моря.', ['Маяк/LOC']],
    ['Зустрілися біля метро «Кловська» о восьмій.', ['Кловська/LOC']],
  ]))('a place: $text', check);
  it.each(cases([
    ['Про це повідомила компанія «Укрзалізниця» вчора.', ['Укрзалізниця/ORG']],
  ]))('a company stays a company: $text', check);
});

describe('uk: bodies named after people', () => {
  it.each(cases([
    ['Дослідження провели в Інституті психології ім. С. Костюка торік.', ['Інституті психології ім. С. Костюка/ORG']],
  ]))('initials of a namesake do not make a person: $text', has('Інституті психології ім. С. Костюка'));
});

describe('uk: head nouns whose stems are common words', () => {
  it.each(cases([
    ['— Тс-с-с, — прошепотів Андрій, але руки не забрав.', ['Андрій/PER']],
    ['— Мертвим? — перепитала Соня, але жінка мовчала.', ['Соня/PER']],
  ]))('«але» is not «алея»: $text', check);
});

describe('uk: first names that end like countries', () => {
  it.each(cases([
    ['За номером телефону, який Софія вказала, ми подзвонили.', ['Софія/PER']],
    ['Всю ніч Ілія просидів без сну.', ['Ілія/PER']],
  ]))('a person: $text', check);
});

describe('uk: codes of law are documents, not bodies', () => {
  it.each(cases([
    ['Його дії кваліфіковано за ч. 2 ст. 369 КК, повідомили у суді.', []],
    ['Пасивні доходи визначено в ст. 167 ПКУ, нагадали податківці.', []],
  ]))('no organisation: $text', check);
});

describe('uk: nicknames and call signs in quotation marks', () => {
  it.each(cases([
    ['Боєць під позивним «Монах» повернувся додому.', ['Монах/PER']],
  ]))('a person: $text', check);
});

describe('uk: a capital inside one word', () => {
  it.each(cases([
    ['Клієнти ПриватБанку скаржаться на затримки.', ['ПриватБанку/ORG']],
    ['На тендерах СхідГЗК перемагала одна фірма.', ['СхідГЗК/ORG']],
  ]))('a brand or body: $text', check);
});

describe('uk: Latin names of taxa', () => {
  it.each(cases([
    ['До найпростіших (Protozoa) належать відділи акразієвих (Acrasiomycota).', ['Protozoa/MISC', 'Acrasiomycota/MISC']],
  ]))('a term: $text', check);
  it.each(cases([
    ['Компанія Nokia відкрила офіс.', ['Nokia/ORG']],
  ]))('a Latin company name stays a company: $text', check);
});

describe('uk: persons told by a patronymic, a Georgian surname or a past-tense verb', () => {
  it.each(cases([
    ['Тендер записано на Варібрус Лану Юріївну з Донецька.', ['Варібрус Лану Юріївну/PER', 'Донецька/LOC']],
    ['Депутат від Партії регіонів Теймураз Гветадзе виступив.', ['Партії регіонів/ORG', 'Теймураз Гветадзе/PER']],
    ['В інтерв’ю DW Ашіг Масіх повідомив, що родина переховується.', ['DW/ORG', 'Ашіг Масіх/PER']],
  ]))('a person: $text', check);
  it.each(cases([
    ['Про це повідомив міністр інформації країни Фавад Чаудхрі.', ['Фавад Чаудхрі/PER']],
  ]))('«країни» is no apposition noun: $text', check);
});

describe('uk: multi-word names of God', () => {
  it.each(cases([
    ['Голуб уособлює Святого Духа на іконах.', ['Святого Духа/PER']],
  ]))('a person: $text', check);
  it.each([
    'Він ходив до Святої Трійці щодня.',
    'Пам’ятник героям Небесної Сотні відкрили восени.',
  ])('a name with other words is no person: %s', (text) => {
    expect(names(text, 'uk').filter((n) => n.endsWith('/PER'))).toEqual([]);
  });
});
