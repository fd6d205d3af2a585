/**
 * Russian words for language detection and sentence splitting.
 * Written for this project from knowledge of Russian; no corpus was used.
 *
 * @module
 */

/**
 * Frequent Russian function words that Ukrainian does not use (so «для», «до», «при», «на», which
 * both languages share, are left out). Lower-case.
 *
 * @example
 * ```ts
 * RU_FUNCTION_WORDS.includes('что'); // true
 * ```
 */
export const RU_FUNCTION_WORDS: readonly string[] = [
  'что', 'это', 'как', 'его', 'её', 'ее', 'также', 'который', 'которая', 'которое', 'которые', 'которых', 'котором',
  'которого', 'он', 'она', 'они', 'оно', 'был', 'была', 'были', 'было', 'и', 'или', 'когда', 'но', 'чтобы',
  'ещё', 'еще', 'с', 'со', 'из', 'к', 'ко', 'бы', 'ли', 'только', 'сейчас', 'года', 'году', 'сказал',
  'заявил', 'может', 'будет', 'этого', 'этот', 'эта', 'эти', 'мы', 'вы', 'их', 'себя', 'между',
  'после', 'под', 'где', 'нет', 'если', 'очень', 'сегодня', 'именно', 'лишь', 'даже', 'более', 'том', 'чем', 'всех',
];

/**
 * Capitalised words that commonly start a Russian sentence (see the Ukrainian list for why).
 *
 * @example
 * ```ts
 * RU_SENTENCE_STARTERS.includes('однако'); // true
 * ```
 */
export const RU_SENTENCE_STARTERS: readonly string[] = [
  'в', 'на', 'не', 'за', 'по', 'но', 'однако', 'поэтому', 'потом', 'тогда', 'после', 'кроме', 'ранее', 'напомним',
  'это', 'он', 'она', 'они', 'мы', 'как', 'что', 'и',
];

/**
 * Word endings that Russian has and Ukrainian does not: reflexive present «-ется», «-ются»
 * (Ukrainian «-ється», «-ються»), reflexive past «-лся», «-лась», «-лось», «-лись» (Ukrainian
 * «-вся», «-лася», «-лося», «-лися»).
 *
 * @example
 * ```ts
 * RU_WORD_ENDINGS.includes('ется'); // true: «ожидается»
 * ```
 */
export const RU_WORD_ENDINGS: readonly string[] = ['ется', 'ится', 'ются', 'ятся', 'утся', 'лся', 'лась', 'лось', 'лись'];
