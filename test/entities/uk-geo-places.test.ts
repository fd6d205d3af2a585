import { describe, expect, it } from 'vitest';
import { cases, namesWithBase } from './helpers.js';

const found = (text: string): string[] => namesWithBase(text, 'uk');

const check = ({ text, want }: { text: string; want: string[] }) => expect(found(text)).toEqual(want);

describe('uk: a capitalised adjective with a lower-case place noun is one place', () => {
  it.each(cases([
    ['Гібралтар лежить на півдні Піренейського півострова.', ['Гібралтар/LOC/Гібралтар', 'Піренейського півострова/LOC/Піренейський півострів']],
    ['Ми довго гуляли в Чорному лісі над річкою.', ['Чорному лісі/LOC/Чорний ліс']],
    ['З корабля туристи побачили Гибралтарську скелю вранці.', ['Гибралтарську скелю/LOC/Гибралтарська скеля']],
    ['Фірму зареєстрували на Віргінських островах торік.', ['Віргінських островах/LOC/Віргінські острови']],
    ['Потяг запізнився до Південного вокзалу на годину.', ['Південного вокзалу/LOC/Південний вокзал']],
  ]))('a place with its noun: $text', check);
  it.each(cases([
    ['Експедиція дійшла до Змієвих валів над Дніпром.', ['Змієвих валів/LOC', 'Дніпром/LOC']],
    ['Вечорами на обійстях Лупиного хутора співали.', ['Лупиного хутора/LOC']],
    ['Таємничі води Орлового озера манили дітей.', ['Орлового озера/LOC']],
  ]))('a possessive adjective before a place noun names the place: $text', ({ text, want }) =>
    expect(found(text).map((s) => s.split('/').slice(0, 2).join('/'))).toEqual(want));
  it.each(cases([
    ['Петровими руками збудовано цю хату.', []],
    ['Ми йшли густим лісом до самого вечора.', []],
  ]))('an owner’s possessive or a plain noun is no place: $text', check);
});

describe('uk: an adjective-shaped name after a place noun is the place', () => {
  it.each(cases([
    ['Нову школу збудують в с. Ставрове наступного року.', ['Ставрове/LOC/Ставрове']],
    ['Вони жили в селі Половинкине до війни.', ['Половинкине/LOC/Половинкине']],
    ['Будинки стоять біля озера Пісочне з дитинства.', ['Пісочне/LOC/Пісочне']],
  ]))('a place: $text', check);
  it.each(cases([
    ['Суд розглянув справу щодо Земельного кодексу минулого місяця.', []],
    ['Уряд змінив правила для нових міських автобусів.', []],
  ]))('a lone adjective elsewhere begins a longer name and is left out: $text', check);
});

describe('uk: «на» + a feminine adjective in the locative is a street', () => {
  it.each(cases([
    ['Він жив на Городоцькій біля парку.', ['Городоцькій/LOC']],
    ['Протести тривали на Інститутській всю ніч.', ['Інститутській/LOC']],
    ['Ми гуляли по Садовій до вечора.', ['Садовій/LOC']],
  ]))('a street: $text', ({ text, want }) => expect(found(text).map((s) => s.split('/').slice(0, 2).join('/'))).toEqual(want));
  it.each(cases([
    ['Він одружився на Ковальській торік.', ['Ковальській/PER/Ковальська']],
    ['Вчора Городоцька заявила про відставку.', ['Городоцька/PER/Городоцька']],
    ['Наголос на Марії був зайвим.', ['Марії/PER/Марія']],
  ]))('a woman: $text', check);
});

describe('uk: a possessive of a name the document capitalises is the person', () => {
  it.each(cases([
    ['Одеса не підтримала Путінових планів, а Путін промовчав.', ['Одеса/LOC', 'Путінових/PER', 'Путін/PER']],
    ['Вчора Данко пояснив, що Данкових друзів немає.', ['Данко/PER', 'Данкових/PER']],
  ]))('a person: $text', ({ text, want }) => expect(found(text).map((s) => s.split('/').slice(0, 2).join('/'))).toEqual(want));
  it.each(cases([
    ['Ми читали про Данкових друзів.', []],
  ]))('no such name in the document: $text', check);
});
