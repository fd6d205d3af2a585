import { describe, expect, it } from 'vitest';
import { lexiconFor, matchRoleWord } from '../../src/linking/lexicon.js';
import { findRolePhrases, officesOf, scanWordSpans } from '../../src/linking/roles.js';
import type { Lang } from '../../src/types.js';

/** The offices of the first title phrase in a text (no names recognised). */
function offices(text: string, lang: Lang): readonly string[] {
  const words = scanWordSpans(text);
  const phrase = findRolePhrases(text, words, new Array<number>(words.length).fill(-1), () => false, lexiconFor(lang))[0];
  return phrase ? officesOf(phrase.concepts) : [];
}

const FOREIGN_MINISTER: [Lang, string][] = [
  ['uk', 'очільник МЗС РФ'],
  ['uk', 'очільника МЗС Росії'],
  ['uk', 'міністр закордонних справ РФ'],
  ['uk', 'міністра закордонних справ України'],
  ['uk', 'головний російський дипломат'],
  ['uk', 'головного американського дипломата'],
  ['uk', 'очільник російського зовнішньополітичного відомства'],
  ['uk', 'глава російської дипломатії'],
  ['uk', 'держсекретар США'],
  ['uk', 'державний секретар США'],
  ['ru', 'глава МИД России'],
  ['ru', 'министр иностранных дел РФ'],
  ['ru', 'главный российский дипломат'],
  ['ru', 'госсекретарь США'],
  ['ru', 'руководитель внешнеполитического ведомства'],
  ['en', 'Russian Foreign Minister'],
  ['en', 'the top Russian diplomat'],
  ['en', 'Secretary of State'],
  ['en', 'Foreign Secretary'],
];

const OTHER: [Lang, string, string][] = [
  ['uk', 'президент США', 'president'],
  ['uk', 'президента України', 'president'],
  ['uk', 'глава держави', 'president'],
  ['uk', "прем'єр-міністр Польщі", 'prime-minister'],
  ['uk', 'прем’єр Угорщини', 'prime-minister'],
  ['uk', 'речник Кремля', 'president-spokesperson'],
  ['uk', 'прес-секретар президента Росії', 'president-spokesperson'],
  ['uk', 'речниця МЗС Росії', 'mfa-spokesperson'],
  ['uk', 'міністр оборони Німеччини', 'defence-minister'],
  ['uk', 'очільник Пентагону', 'defence-minister'],
  ['uk', 'канцлер Німеччини', 'chancellor'],
  ['ru', 'президент России', 'president'],
  ['ru', 'пресс-секретарь Кремля', 'president-spokesperson'],
  ['ru', 'министр обороны России', 'defence-minister'],
  ['ru', 'премьер-министр Польши', 'prime-minister'],
  ['en', 'Kremlin spokesman', 'president-spokesperson'],
  ['en', 'Prime Minister', 'prime-minister'],
  ['en', 'Defense Secretary', 'defence-minister'],
];

const NOT_AN_OFFICE: [Lang, string][] = [
  ['uk', 'російський дипломат'], // a diplomat, not the minister
  ['uk', 'американські дипломати'],
  ['uk', 'головний тренер'],
  ['uk', 'закордонні справи'],
  ['ru', 'российский дипломат'],
  ['en', 'a Russian diplomat'],
  ['en', 'foreign affairs'],
];

describe('titles and descriptors normalise to offices', () => {
  it.each(FOREIGN_MINISTER)('%s: «%s» → foreign-minister', (lang, text) => expect(offices(text, lang)).toEqual(['foreign-minister']));
  it.each(OTHER)('%s: «%s» → %s', (lang, text, office) => expect(offices(text, lang)).toEqual([office]));
  it.each(NOT_AN_OFFICE)('%s: «%s» names no office', (lang, text) => expect(offices(text, lang)).toEqual([]));
});

describe('role words match their inflected forms, and only those', () => {
  const yes: [Lang, string][] = [
    ['uk', 'очільника'],
    ['uk', 'очільниця'],
    ['uk', 'держсекретарем'],
    ['uk', 'зовнішньополітичного'],
    ['ru', 'руководителя'],
    ['ru', 'пресс-секретарем'],
    ['en', 'spokesman'],
    ['en', 'ministers'],
  ];
  const no: [Lang, string][] = [
    ['uk', 'справжній'], // «справ» + «жній» is not an ending
    ['uk', 'міністерствами-партнерами'],
    ['uk', 'рф'], // abbreviations only in capitals
    ['en', 'us'],
    ['en', 'headline'],
  ];
  it.each(yes)('%s: «%s» is a role word', (lang, w) => expect(matchRoleWord(w, lexiconFor(lang))).toBeDefined());
  it.each(no)('%s: «%s» is not', (lang, w) => expect(matchRoleWord(w, lexiconFor(lang))).toBeUndefined());
});

describe('title phrases keep offsets and give base forms', () => {
  it('finds the phrase inside a sentence, with its text sliced from the input', () => {
    const text = 'Учора очільника МЗС РФ запитали про це.';
    const words = scanWordSpans(text);
    const [p] = findRolePhrases(text, words, new Array<number>(words.length).fill(-1), () => false, lexiconFor('uk'));
    expect(p.text).toBe('очільника МЗС РФ');
    expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(p.base).toBe('очільник МЗС РФ');
    expect(p.kind).toBe('title');
  });
  it('puts the head and its adjectives in the nominative', () => {
    const text = 'з головним російським дипломатом';
    const words = scanWordSpans(text);
    const [p] = findRolePhrases(text, words, new Array<number>(words.length).fill(-1), () => false, lexiconFor('uk'));
    expect(p.base).toBe('головний російський дипломат');
    expect(p.kind).toBe('descriptor');
  });
});
