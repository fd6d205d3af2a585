/**
 * Russian role lexicon for linking: the words of titles and descriptors that name an office
 * («глава МИД России», «министр иностранных дел РФ», «главный российский дипломат»,
 * «пресс-секретарь Кремля»), country adjectives, and the inflection endings that let an inflected
 * word match a stem here. Written by hand for citata from general knowledge of the language.
 *
 * @module
 */
import type { RoleLexicon } from '../../linking/role-types.js';

/**
 * Endings of nouns and adjectives, all cases and numbers, that may follow a stem of the lexicon.
 *
 * @example
 * ```ts
 * RU_ROLE_ENDINGS.includes('ого'); // true: «российского» = «российск» + «ого»
 * ```
 */
export const RU_ROLE_ENDINGS: readonly string[] = [
  '', 'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'ь',
  'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ов', 'ев', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями',
  'ий', 'ый', 'ого', 'его', 'ому', 'ему', 'им', 'ым', 'их', 'ых', 'ими', 'ыми', 'ая', 'яя', 'ую', 'юю', 'ое', 'ее', 'ие', 'ые',
  'ия', 'ии', 'ию', 'ией',
];

/**
 * The Russian role lexicon.
 *
 * @example
 * ```ts
 * RU_ROLES.words['глав']; // { concepts: ['head'] }
 * ```
 */
export const RU_ROLES: RoleLexicon = {
  endings: RU_ROLE_ENDINGS,
  adjectiveNom: 'ий',
  namesBeforeHead: false,
  connectors: [],
  words: {
    глав: { concepts: ['head'], nom: 'а' },
    руководител: { concepts: ['head'], nom: 'ь' },
    руководительниц: { concepts: ['head'], gender: 'f', nom: 'а' },
    председател: { concepts: ['head'], nom: 'ь' },
    лидер: { concepts: ['head'] },
    директор: { concepts: ['head'] },
    шеф: { concepts: ['head'] },
    начальник: { concepts: ['head'] },
    министр: { concepts: ['minister'] },
    президент: { concepts: ['president'] },
    госсекретар: { concepts: ['secstate'], nom: 'ь' },
    секретар: { concepts: ['secretary'], nom: 'ь' },
    премьер: { concepts: ['pm'] },
    'премьер-министр': { concepts: ['pm'] },
    канцлер: { concepts: ['chancellor'], country: 'Германия' },
    'пресс-секретар': { concepts: ['spokes'], nom: 'ь' },
    представител: { concepts: ['spokes'], nom: 'ь' }, // «официальный представитель МИД»
    дипломат: { concepts: ['diplomat'] },
    дипломати: { concepts: ['diplomat'], nom: 'я' },
    иностранн: { concepts: ['foreign'], nom: 'ые' },
    внешнеполитическ: { concepts: ['foreign'], nom: 'ий' },
    внешн: { concepts: ['foreign'] },
    дел: { concepts: ['affairs'] },
    ведомств: { concepts: ['agency'], nom: 'о' },
    министерств: { concepts: ['agency'], nom: 'о' },
    мид: { concepts: ['mfa'], caps: true },
    оборон: { concepts: ['defence'] },
    оборонн: { concepts: ['defence'], nom: 'ый' }, // «оборонного ведомства»
    минобороны: { concepts: ['defence', 'agency'] },
    государств: { concepts: ['state'], nom: 'о' },
    государственн: { concepts: ['state'], nom: 'ый' },
    правительств: { concepts: ['government'], nom: 'о' },
    кремл: { concepts: ['kremlin'], country: 'Россия', nom: 'ь' },
    пентагон: { concepts: ['defence', 'agency'], country: 'США' },
    госдеп: { concepts: ['mfa'], country: 'США' },
    главн: { concepts: ['chief'], nom: 'ый' },
    рф: { country: 'Россия', caps: true },
    росси: { country: 'Россия' },
    сша: { country: 'США', caps: true },
    украин: { country: 'Украина' },
    российск: { country: 'Россия' },
    американск: { country: 'США' },
    украинск: { country: 'Украина' },
    британск: { country: 'Великобритания' },
    немецк: { country: 'Германия' },
    французск: { country: 'Франция' },
    польск: { country: 'Польша' },
    китайск: { country: 'Китай' },
    турецк: { country: 'Турция' },
    венгерск: { country: 'Венгрия' },
    белорусск: { country: 'Белоруссия' },
    израильск: { country: 'Израиль' },
    иранск: { country: 'Иран' },
    японск: { country: 'Япония' },
    итальянск: { country: 'Италия' },
    испанск: { country: 'Испания' },
    канадск: { country: 'Канада' },
    грузинск: { country: 'Грузия' },
  },
  pronouns: {
    он: { gender: 'm', number: 'sg' },
    она: { gender: 'f', number: 'sg' },
    оно: { gender: 'n', number: 'sg' },
    они: { number: 'pl' },
  },
  stateWords: ['штат'],
  honorifics: ['господин', 'госпожа', 'г-н', 'г-жа'],
  abbreviations: {
    минобороны: 'Министерство обороны',
    минфин: 'Министерство финансов',
    мид: 'Министерство иностранных дел',
    мвд: 'Министерство внутренних дел',
    евросоюз: 'Европейский союз',
    госдеп: 'Государственный департамент',
  },
};
