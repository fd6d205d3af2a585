/**
 * Russian personal pronouns with gender, number and base form, for speakers (`— сказал он`)
 * and possessive sources (`по его словам`). Written by hand for citata.
 *
 * @module
 */
import type { PronounInfo } from '../uk/pronouns.js';

/**
 * Pronoun forms in lower case.
 *
 * @example
 * ```ts
 * RU_PRONOUNS['она']; // { base: 'она', gender: 'f', number: 'sg', case: 'nom' }
 * ```
 */
export const RU_PRONOUNS: Readonly<Record<string, PronounInfo>> = {
  он: { base: 'он', gender: 'm', number: 'sg', case: 'nom' },
  она: { base: 'она', gender: 'f', number: 'sg', case: 'nom' },
  оно: { base: 'оно', gender: 'n', number: 'sg', case: 'nom' },
  они: { base: 'они', number: 'pl', case: 'nom' },
  я: { base: 'я', number: 'sg', case: 'nom' },
  мы: { base: 'мы', number: 'pl', case: 'nom' },
  ты: { base: 'ты', number: 'sg', case: 'nom' },
  вы: { base: 'вы', number: 'pl', case: 'nom' },
  его: { base: 'он', gender: 'm', number: 'sg', case: 'obl' },
  него: { base: 'он', gender: 'm', number: 'sg', case: 'obl' },
  ему: { base: 'он', gender: 'm', number: 'sg', case: 'obl' },
  ним: { base: 'он', gender: 'm', number: 'sg', case: 'obl' },
  нём: { base: 'он', gender: 'm', number: 'sg', case: 'obl' },
  нем: { base: 'он', gender: 'm', number: 'sg', case: 'obl' },
  её: { base: 'она', gender: 'f', number: 'sg', case: 'obl' },
  ее: { base: 'она', gender: 'f', number: 'sg', case: 'obl' },
  неё: { base: 'она', gender: 'f', number: 'sg', case: 'obl' },
  нее: { base: 'она', gender: 'f', number: 'sg', case: 'obl' },
  ей: { base: 'она', gender: 'f', number: 'sg', case: 'obl' },
  ней: { base: 'она', gender: 'f', number: 'sg', case: 'obl' },
  их: { base: 'они', number: 'pl', case: 'obl' },
  них: { base: 'они', number: 'pl', case: 'obl' },
  им: { base: 'они', number: 'pl', case: 'obl' },
  ними: { base: 'они', number: 'pl', case: 'obl' },
  меня: { base: 'я', number: 'sg', case: 'obl' },
  нас: { base: 'мы', number: 'pl', case: 'obl' },
};
