/**
 * Ukrainian role lexicon for linking: the words of titles and descriptors that name an office
 * («очільник МЗС РФ», «міністр закордонних справ Росії», «головний російський дипломат»,
 * «очільник російського зовнішньополітичного відомства», «речник Кремля»), country adjectives,
 * and the inflection endings that let an inflected word match a stem here. Written by hand for
 * citata from general knowledge of the language; no dictionary was copied.
 *
 * Stems are lower case with the apostrophe as «'». A word matches a stem when it is the stem plus
 * one of {@link UK_ROLE_ENDINGS} («очільника» = «очільник» + «а»).
 *
 * @module
 */
import type { RoleLexicon } from '../../linking/role-types.js';

/**
 * Endings of nouns and adjectives, all cases and numbers, that may follow a stem of the lexicon
 * (and a name's stem when names are compared by stem).
 *
 * @example
 * ```ts
 * UK_ROLE_ENDINGS.includes('ого'); // true: «російського» = «російськ» + «ого»
 * ```
 */
export const UK_ROLE_ENDINGS: readonly string[] = [
  '', 'а', 'я', 'у', 'ю', 'і', 'ї', 'и', 'е', 'є', 'о', 'ь',
  'ом', 'ем', 'єм', 'ою', 'ею', 'єю', 'ів', 'їв', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями',
  'ові', 'еві', 'єві', 'ий', 'ій', 'ого', 'ього', 'ому', 'ьому', 'им', 'ім', 'их', 'іх', 'ої', 'ьої', 'ими',
  'ую', 'юю', 'ія', 'ії', 'ію', 'ією',
];

/**
 * The Ukrainian role lexicon: stem → the concepts it carries and, for country words, the country's
 * Ukrainian name (looked up in the knowledge base to get its QID).
 *
 * @example
 * ```ts
 * UK_ROLES.words['очільник']; // { concepts: ['head'] }
 * UK_ROLES.words['російськ']; // { country: 'Росія' }
 * ```
 */
export const UK_ROLES: RoleLexicon = {
  endings: UK_ROLE_ENDINGS,
  adjectiveNom: 'ий',
  namesBeforeHead: false,
  connectors: [],
  words: {
    // Heads of bodies: «очільник МЗС», «глава Пентагону», «керівник відомства».
    очільник: { concepts: ['head'] },
    очільниц: { concepts: ['head'], gender: 'f', nom: 'я' },
    глав: { concepts: ['head'], nom: 'а' },
    керівник: { concepts: ['head'] },
    керівниц: { concepts: ['head'], gender: 'f', nom: 'я' },
    голов: { concepts: ['head'], nom: 'а' },
    лідер: { concepts: ['head'] },
    директор: { concepts: ['head'] },
    шеф: { concepts: ['head'] },
    начальник: { concepts: ['head'] },
    // Offices.
    міністр: { concepts: ['minister'] },
    міністерк: { concepts: ['minister'], gender: 'f', nom: 'а' },
    президент: { concepts: ['president'] },
    президентк: { concepts: ['president'], gender: 'f', nom: 'а' },
    держсекретар: { concepts: ['secstate'] },
    секретар: { concepts: ['secretary'] },
    "прем'єр": { concepts: ['pm'] },
    "прем'єр-міністр": { concepts: ['pm'] },
    "прем'єрк": { concepts: ['pm'], gender: 'f', nom: 'а' },
    канцлер: { concepts: ['chancellor'], country: 'Німеччина' },
    речник: { concepts: ['spokes'] },
    речниц: { concepts: ['spokes'], gender: 'f', nom: 'я' },
    'прес-секретар': { concepts: ['spokes'] },
    дипломат: { concepts: ['diplomat'] },
    дипломаті: { concepts: ['diplomat'], nom: 'я' }, // «глава російської дипломатії»
    // Complements: what the office is of.
    закордонн: { concepts: ['foreign'], nom: 'і' },
    зовнішньополітичн: { concepts: ['foreign'], nom: 'ий' },
    зовнішн: { concepts: ['foreign'], nom: 'ій' },
    справ: { concepts: ['affairs'] },
    відомств: { concepts: ['agency'], nom: 'о' },
    міністерств: { concepts: ['agency'], nom: 'о' },
    мзс: { concepts: ['mfa'], caps: true },
    оборон: { concepts: ['defence'] },
    оборонн: { concepts: ['defence'], nom: 'ий' }, // «оборонного відомства»
    міноборон: { concepts: ['defence', 'agency'] },
    держав: { concepts: ['state'], nom: 'а' }, // «глава держави»
    державн: { concepts: ['state'], nom: 'ий' }, // «державний секретар»
    уряд: { concepts: ['government'] },
    кремл: { concepts: ['kremlin'], country: 'Росія', nom: 'ь' },
    пентагон: { concepts: ['defence', 'agency'], country: 'США' },
    держдеп: { concepts: ['mfa'], country: 'США' },
    головн: { concepts: ['chief'], nom: 'ий' },
    // Country names and abbreviations that occur inside titles («президента РФ»).
    рф: { country: 'Росія', caps: true },
    росі: { country: 'Росія' },
    сша: { country: 'США', caps: true },
    україн: { country: 'Україна' },
    // Country adjectives: «російський», «американського».
    російськ: { country: 'Росія' },
    американськ: { country: 'США' },
    українськ: { country: 'Україна' },
    британськ: { country: 'Велика Британія' },
    німецьк: { country: 'Німеччина' },
    французьк: { country: 'Франція' },
    польськ: { country: 'Польща' },
    китайськ: { country: 'Китай' },
    турецьк: { country: 'Туреччина' },
    угорськ: { country: 'Угорщина' },
    білоруськ: { country: 'Білорусь' },
    ізраїльськ: { country: 'Ізраїль' },
    іранськ: { country: 'Іран' },
    японськ: { country: 'Японія' },
    італійськ: { country: 'Італія' },
    іспанськ: { country: 'Іспанія' },
    канадськ: { country: 'Канада' },
    грузинськ: { country: 'Грузія' },
    молдовськ: { country: 'Молдова' },
    литовськ: { country: 'Литва' },
    латвійськ: { country: 'Латвія' },
    естонськ: { country: 'Естонія' },
    фінськ: { country: 'Фінляндія' },
    шведськ: { country: 'Швеція' },
    норвезьк: { country: 'Норвегія' },
    словацьк: { country: 'Словаччина' },
    чеськ: { country: 'Чехія' },
    румунськ: { country: 'Румунія' },
    індійськ: { country: 'Індія' },
    австрійськ: { country: 'Австрія' },
  },
  pronouns: {
    він: { gender: 'm', number: 'sg' },
    вона: { gender: 'f', number: 'sg' },
    воно: { gender: 'n', number: 'sg' },
    вони: { number: 'pl' },
  },
  stateWords: ['штат'],
  honorifics: ['пан', 'пані', 'панна'],
  abbreviations: {
    // Short forms that initials alone do not explain, and their full names.
    міноборони: 'Міністерство оборони',
    мінфін: 'Міністерство фінансів',
    мзс: 'Міністерство закордонних справ',
    мвс: 'Міністерство внутрішніх справ',
    євросоюз: 'Європейський Союз',
    держдеп: 'Державний департамент',
  },
};
