/**
 * English personal pronouns with gender, number and base form, for speakers (`he said`)
 * and possessive sources (`in his words`). Written by hand for citata.
 *
 * @module
 */
import type { PronounInfo } from '../uk/pronouns.js';

/**
 * Pronoun forms in lower case.
 *
 * @example
 * ```ts
 * EN_PRONOUNS['she']; // { base: 'she', gender: 'f', number: 'sg', case: 'nom' }
 * ```
 */
export const EN_PRONOUNS: Readonly<Record<string, PronounInfo>> = {
  he: { base: 'he', gender: 'm', number: 'sg', case: 'nom' },
  she: { base: 'she', gender: 'f', number: 'sg', case: 'nom' },
  it: { base: 'it', gender: 'n', number: 'sg', case: 'nom' },
  they: { base: 'they', number: 'pl', case: 'nom' },
  i: { base: 'I', number: 'sg', case: 'nom' },
  we: { base: 'we', number: 'pl', case: 'nom' },
  you: { base: 'you', number: 'sg', case: 'nom' },
  him: { base: 'he', gender: 'm', number: 'sg', case: 'obl' },
  his: { base: 'he', gender: 'm', number: 'sg', case: 'obl' },
  her: { base: 'she', gender: 'f', number: 'sg', case: 'obl' },
  them: { base: 'they', number: 'pl', case: 'obl' },
  their: { base: 'they', number: 'pl', case: 'obl' },
  me: { base: 'I', number: 'sg', case: 'obl' },
  my: { base: 'I', number: 'sg', case: 'obl' },
  us: { base: 'we', number: 'pl', case: 'obl' },
  our: { base: 'we', number: 'pl', case: 'obl' },
};
