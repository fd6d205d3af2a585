/**
 * Ukrainian personal pronouns with gender, number and base form, for speakers (`— сказав він`)
 * and possessive sources (`за її словами`). Written by hand for citata.
 *
 * @module
 */

/**
 * Gender, number and base form of a pronoun form; `case` is 'nom' for a subject, 'obl' otherwise.
 *
 * @example
 * ```ts
 * const p: PronounInfo = { base: 'він', gender: 'm', number: 'sg', case: 'nom' };
 * ```
 */
export interface PronounInfo {
  /** Base (nominative) form. */
  base: string;
  /** Grammatical gender, when the form shows it. */
  gender?: 'm' | 'f' | 'n';
  /** Grammatical number. */
  number: 'sg' | 'pl';
  /** Nominative (can be a subject) or oblique/possessive. */
  case: 'nom' | 'obl';
}

/**
 * Pronoun forms in lower case.
 *
 * @example
 * ```ts
 * UK_PRONOUNS['вона']; // { base: 'вона', gender: 'f', number: 'sg', case: 'nom' }
 * ```
 */
export const UK_PRONOUNS: Readonly<Record<string, PronounInfo>> = {
  він: { base: 'він', gender: 'm', number: 'sg', case: 'nom' },
  вона: { base: 'вона', gender: 'f', number: 'sg', case: 'nom' },
  воно: { base: 'воно', gender: 'n', number: 'sg', case: 'nom' },
  вони: { base: 'вони', number: 'pl', case: 'nom' },
  я: { base: 'я', number: 'sg', case: 'nom' },
  ми: { base: 'ми', number: 'pl', case: 'nom' },
  ти: { base: 'ти', number: 'sg', case: 'nom' },
  ви: { base: 'ви', number: 'pl', case: 'nom' },
  його: { base: 'він', gender: 'm', number: 'sg', case: 'obl' },
  нього: { base: 'він', gender: 'm', number: 'sg', case: 'obl' },
  йому: { base: 'він', gender: 'm', number: 'sg', case: 'obl' },
  ним: { base: 'він', gender: 'm', number: 'sg', case: 'obl' },
  ньому: { base: 'він', gender: 'm', number: 'sg', case: 'obl' },
  її: { base: 'вона', gender: 'f', number: 'sg', case: 'obl' },
  неї: { base: 'вона', gender: 'f', number: 'sg', case: 'obl' },
  їй: { base: 'вона', gender: 'f', number: 'sg', case: 'obl' },
  нею: { base: 'вона', gender: 'f', number: 'sg', case: 'obl' },
  ній: { base: 'вона', gender: 'f', number: 'sg', case: 'obl' },
  їх: { base: 'вони', number: 'pl', case: 'obl' },
  них: { base: 'вони', number: 'pl', case: 'obl' },
  їм: { base: 'вони', number: 'pl', case: 'obl' },
  ними: { base: 'вони', number: 'pl', case: 'obl' },
  їхніми: { base: 'вони', number: 'pl', case: 'obl' },
  їхньою: { base: 'вони', number: 'pl', case: 'obl' },
  їхньому: { base: 'вони', number: 'pl', case: 'obl' },
  мене: { base: 'я', number: 'sg', case: 'obl' },
  моїми: { base: 'я', number: 'sg', case: 'obl' },
  нас: { base: 'ми', number: 'pl', case: 'obl' },
  нашими: { base: 'ми', number: 'pl', case: 'obl' },
};
