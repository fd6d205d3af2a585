/**
 * Russian abbreviations that end with a full stop, for the sentence splitter.
 * Keys are lower-case, without the final dot; dotted forms keep their inner dots ('т.е').
 * Written for this project from common Russian usage (newspaper and reference style).
 *
 * @module
 */
import type { AbbreviationData } from '../../parser/abbreviations.js';

/**
 * Russian abbreviations by how they behave before the next word.
 *
 * @example
 * ```ts
 * RU_ABBREVIATIONS.title.includes('им'); // true: «им. Пушкина» is not a sentence end
 * ```
 */
export const RU_ABBREVIATIONS: AbbreviationData = {
  // Stand before a name, a number or a noun: «ул. Тверская», «проф. Иванов», «т. е. …».
  title: [
    'ул', 'пер', 'пл', 'просп', 'обл', 'им', 'проф', 'акад', 'доц', 'см', 'т', 'е', 'напр', 'св', 'ген', 'гр', 'о',
    'оз', 'зам', 'ред', 'тел', 'англ', 'рус', 'кв', 'корп', 'гос', 'т.е', 'т.к', 'т.н', 'пос', 'с', 'дер', 'дж',
  ],
  // May close a sentence, which then ends only before a capital letter: «…и т. д. Далее».
  end: [
    'тыс', 'млн', 'млрд', 'трлн', 'руб', 'долл', 'коп', 'гг', 'вв', 'др', 'пр', 'стр', 'д', 'ч', 'мин', 'сек',
    'т.д', 'т.п', 'н.э',
  ],
  // A unit or a year after a number, a title before a name: «2025 г.» / «г. Москва», «XX в.», «5 м.».
  numeric: ['г', 'ст', 'в', 'р', 'м', 'км', 'кг', 'см', 'мм'],
};
