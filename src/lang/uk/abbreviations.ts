/**
 * Ukrainian abbreviations that end with a full stop, for the sentence splitter.
 * Keys are lower-case, without the final dot; dotted forms keep their inner dots ('т.зв').
 * Written for this project from common Ukrainian usage (newspaper and reference style).
 *
 * @module
 */
import type { AbbreviationData } from '../../parser/abbreviations.js';

/**
 * Ukrainian abbreviations by how they behave before the next word.
 *
 * @example
 * ```ts
 * UK_ABBREVIATIONS.title.includes('вул'); // true: «вул. Хрещатик» is not a sentence end
 * ```
 */
export const UK_ABBREVIATIONS: AbbreviationData = {
  // Stand before a name, a number or a noun: «м. Київ», «проф. Петренко», «т. зв. «ДНР»».
  title: [
    'с', 'смт', 'вул', 'просп', 'пров', 'пл', 'бул', 'бульв', 'обл', 'ім', 'див', 'проф', 'акад', 'доц', 'канд',
    'ген', 'полк', 'св', 'т', 'зв', 'напр', 'пор', 'гр', 'о', 'оз', 'заст', 'гол', 'ред', 'д-р', 'буд', 'кв',
    'корп', 'тел', 'укр', 'англ', 'рос', 'вид', 'упор', 'пер', 'т.зв', 'т.ч', 'мін', 'деп', 'нар', 'дж',
  ],
  // May close a sentence, which then ends only before a capital letter: «20 тис. грн. Далі…».
  end: [
    'тис', 'млн', 'млрд', 'трлн', 'грн', 'дол', 'коп', 'рр', 'ін', 'д', 'п', 'пп', 'ч', 'хв', 'год', 'сек', 'стор',
    'вип', 'т.д', 'т.п', 'т.ін', 'тощо', 'н.е',
  ],
  // A unit or a year after a number, a title before a name: «2025 р.» / «р. Дніпро», «XX ст.» / «ст. 15»,
  // «5 м.» / «м. Київ».
  numeric: ['р', 'ст', 'м', 'км', 'кг', 'см', 'мм', 'ц'],
};
