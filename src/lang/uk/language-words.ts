/**
 * Ukrainian words for language detection and sentence splitting.
 * Written for this project from knowledge of Ukrainian; no corpus was used.
 *
 * @module
 */

/**
 * Frequent Ukrainian function words that Russian does not use (so «для», «до», «при», «на», which
 * both languages share, are left out). Lower-case.
 *
 * @example
 * ```ts
 * UK_FUNCTION_WORDS.includes('що'); // true
 * ```
 */
export const UK_FUNCTION_WORDS: readonly string[] = [
  'що', 'це', 'та', 'від', 'як', 'його', 'її', 'також', 'які', 'який', 'яка', 'яке', 'якого', 'якій', 'він', 'вона',
  'вони', 'воно', 'був', 'була', 'були', 'було', 'або', 'чи', 'коли', 'вже', 'але', 'щоб', 'ще', 'і', 'й', 'з', 'із',
  'зі', 'цього', 'цей', 'ця', 'ці', 'року', 'сказав', 'заявив', 'має', 'буде', 'тому', 'тоді',
  'після', 'під', 'між', 'своє', 'свої', 'ми', 'ви', 'де', 'зокрема', 'проте', 'однак', 'наразі', 'тобто', 'навіть',
  'дуже', 'саме', 'лише', 'тільки', 'зараз', 'всі', 'усі', 'понад', 'щодо', 'про', 'чому', 'нього', 'неї', 'йому', 'наче', 'хай', 'цим', 'таку',
];

/**
 * Capitalised words that commonly start a Ukrainian sentence: after an initial or a dotted
 * abbreviation («… пункт Б. Тоді …») they mark a sentence break rather than a surname.
 *
 * @example
 * ```ts
 * UK_SENTENCE_STARTERS.includes('тоді'); // true
 * ```
 */
export const UK_SENTENCE_STARTERS: readonly string[] = [
  'у', 'в', 'на', 'не', 'за', 'по', 'але', 'проте', 'однак', 'також', 'тому', 'потім', 'тоді', 'зокрема', 'після',
  'крім', 'водночас', 'наразі', 'раніше', 'нагадаємо', 'це', 'він', 'вона', 'вони', 'ми', 'як', 'що', 'та', 'і',
];

/**
 * Word endings that Ukrainian has and Russian does not: past tense «-ував», «-ював»
 * (Russian «-овал»), reflexive past «-вся», «-лися» (Russian «-лся», «-лись»), verbal nouns «-ння»
 * (Russian «-ние»), instrumental «-ою», «-ею» (Russian «-ой», «-ей»), present «-ють», «-еться»
 * (Russian «-ют», «-ется»).
 *
 * @example
 * ```ts
 * UK_WORD_ENDINGS.includes('ував'); // true: «прокоментував»
 * ```
 */
export const UK_WORD_ENDINGS: readonly string[] = [
  'ував', 'ював', 'вся', 'лися', 'лася', 'лося', 'ння', 'ннями', 'нню', 'ою', 'ею', 'ють', 'еться',
];
