/**
 * Ukrainian base forms: a table of inflected names written by hand (persons in all cases, masculine
 * and feminine; places; organisations; indeclinables; Russian forms inside Ukrainian text).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseFormOfName, candidateBaseForms, genderOfFirstName } from '../../src/morphology/index.js';
import { parseRows, runRows, textEvidence } from './table.js';
import { PERSONS } from './uk-person-rows.js';
import { ORGANISATIONS, PLACES } from './uk-place-rows.js';

const ALL = parseRows(PERSONS + PLACES + ORGANISATIONS);

/** The seed story's forms: these must all be right. */
const CORE = parseRows(`
Сергія Лаврова | Сергій Лавров | PER
Лавров | Лавров | PER
Вашингтоном | Вашингтон | LOC
Україні | Україна | LOC
України | Україна | LOC
Кремля | Кремль | ORG
Дональда Трампа | Дональд Трамп | PER
Володимира Путіна | Володимир Путін | PER
Алясці | Аляска | LOC
Британію | Британія | LOC
Росії | Росія | LOC
Росію | Росія | LOC
Трампу | Трамп | PER
Трампа | Трамп | PER
Будапешті | Будапешт | LOC
Роснефти | Роснефть | ORG
Лукойла | Лукойл | ORG
Білого дому | Білий дім | ORG
Києві | Київ | LOC
Марко Рубіо | Марко Рубіо | PER
Рубіо | Рубіо | PER
`);

const story = readFileSync(new URL('../fixtures/lavrov-rubio.uk.txt', import.meta.url), 'utf8');

describe('Ukrainian base forms', () => {
  it(`gets at least 97% of ${ALL.length} inflected names right`, () => {
    expect(ALL.length).toBeGreaterThanOrEqual(300);
    const { accuracy, failures } = runRows(ALL, 'uk');
    expect(accuracy, `failing rows:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(0.97);
  });

  it('gets every form of the seed story right, with and without the story as evidence', () => {
    expect(runRows(CORE, 'uk').failures).toEqual([]);
    expect(runRows(CORE, 'uk', textEvidence(story)).failures).toEqual([]);
  });

  it('keeps words that must not change', () => {
    const fixed: [string, 'PER' | 'LOC' | 'ORG' | 'MISC'][] = [
      ['Рубіо', 'PER'], ['Токіо', 'LOC'], ['Моно', 'PER'], ['Сочі', 'LOC'], ['Баку', 'LOC'], ['МЗС', 'ORG'],
      ['РФ', 'LOC'], ['США', 'LOC'], ['Reuters', 'ORG'], ['Associated Press', 'ORG'], ['РИА Новости', 'ORG'],
      ['Укренерго', 'ORG'], ['Меркель', 'PER'], ['Сергій Лавров', 'PER'], ['Олена Зеленська', 'PER'],
      ['Верховна Рада', 'ORG'], ['Білий дім', 'ORG'], ['ПАТ «Укрнафта»', 'ORG'], ['Су-27', 'MISC'],
    ];
    for (const [text, type] of fixed) expect(baseFormOfName(text, { lang: 'uk', type }), text).toBe(text);
  });
});

describe('choosing between candidates', () => {
  it('uses gender for ambiguous surnames', () => {
    expect(baseFormOfName('Лаврова', { lang: 'uk', type: 'PER', gender: 'm' })).toBe('Лавров');
    expect(baseFormOfName('Лаврова', { lang: 'uk', type: 'PER', gender: 'f' })).toBe('Лаврова');
    expect(baseFormOfName('Ірина Лаврова', { lang: 'uk', type: 'PER' })).toBe('Ірина Лаврова');
    expect(baseFormOfName('Ірини Лаврової', { lang: 'uk', type: 'PER' })).toBe('Ірина Лаврова');
  });

  it('prefers a base form the document confirms', () => {
    // Without evidence a place in -а may be feminine (Барселона); "Барселон" is not confirmed.
    expect(baseFormOfName('Барселони', { lang: 'uk', type: 'LOC' })).toBe('Барселона');
    expect(baseFormOfName('Ростова', { lang: 'uk', type: 'LOC', evidence: textEvidence('Ростов-на-Дону та Ростов') })).toBe('Ростов');
    expect(baseFormOfName('Ростова', { lang: 'uk', type: 'LOC' })).toBe('Ростів');
    expect(baseFormOfName('Єгипту', { lang: 'uk', type: 'LOC', evidence: textEvidence('Єгипет') })).toBe('Єгипет');
    expect(baseFormOfName('Захарова', { lang: 'uk', type: 'PER', evidence: textEvidence('Захаровою Захарова') })).toBe('Захарова');
  });

  it('keeps quoted titles and genitive tails as written', () => {
    expect(baseFormOfName('Національного банку України', { lang: 'uk', type: 'ORG' })).toBe('Національний банк України');
    expect(baseFormOfName('партії «Слуга народу»', { lang: 'uk', type: 'ORG' })).toBe('партія «Слуга народу»');
    expect(baseFormOfName('Ростова-на-Дону', { lang: 'uk', type: 'LOC', evidence: textEvidence('Ростов-на-Дону') })).toBe('Ростов-на-Дону');
  });

  it('lists candidates and guesses the gender of first names', () => {
    expect(candidateBaseForms('Лаврова', { lang: 'uk', type: 'PER' }).slice(0, 2)).toEqual(['Лавров', 'Лаврова']);
    expect(genderOfFirstName('Сергія', 'uk')).toBe('m');
    expect(genderOfFirstName('Олені', 'uk')).toBe('f');
    expect(genderOfFirstName('Юлією', 'uk')).toBe('f');
    expect(genderOfFirstName('Лавров', 'uk')).toBeUndefined();
  });
});

describe('rules added for known errors (each a general rule, with its limits)', () => {
  const uk = (text: string, type: 'PER' | 'LOC' | 'ORG', gender?: 'm' | 'f'): string =>
    baseFormOfName(text, { lang: 'uk', type, ...(gender ? { gender } : {}) });

  it('alternates к/г with ц/з in the dative and locative of men’s and women’s -а names, not of masculine -з/-ц stems', () => {
    expect(uk('Андрієві Сибізі', 'PER')).toBe('Андрій Сибіга');
    expect(uk('Ганці', 'PER', 'f')).toBe('Ганка');
    expect(uk('Ользі', 'PER')).toBe('Ольга');
    expect(uk('Петербурзі', 'LOC')).toBe('Петербург');
    expect(uk('Кавказі', 'LOC')).toBe('Кавказ');
    expect(uk('Європейському союзі', 'ORG')).toBe('Європейський союз');
  });

  it('reads -ище as a neuter head agreeing with its adjective, and keeps Польща feminine', () => {
    expect(uk('Байкового кладовища', 'LOC')).toBe('Байкове кладовище');
    expect(uk('Каховському водосховищі', 'LOC')).toBe('Каховське водосховище');
    expect(uk('Польщі', 'LOC')).toBe('Польща');
  });

  it('declines a lone feminine adjective place (a street) as feminine, but not -ська/-ського forms', () => {
    expect(uk('Городоцькій', 'LOC')).toBe('Городоцька');
    expect(uk('Садовій', 'LOC')).toBe('Садова');
    expect(uk('Інститутської', 'LOC')).toBe('Інститутська');
    expect(uk('Донецька', 'LOC')).toBe('Донецьк');
    expect(uk('Грушевського', 'LOC')).toBe('Грушевського');
    expect(uk('Туреччині', 'LOC')).toBe('Туреччина');
  });

  it('turns plural possessive adjectives into the owner, and leaves singular surname forms alone', () => {
    expect(baseFormOfName('Путінових', { lang: 'uk', type: 'PER', evidence: textEvidence('Путін заявив') })).toBe('Путін');
    expect(uk('Анісімових', 'PER')).toBe('Анісімових'); // a plural surname, no owner known
    expect(uk('Петровими', 'PER')).toBe('Петро');
    expect(uk('Петровим', 'PER', 'm')).toBe('Петров');
    expect(uk('Петрової', 'PER', 'f')).toBe('Петрова');
    expect(uk('Лісового', 'PER', 'm')).toBe('Лісовий');
  });
});
