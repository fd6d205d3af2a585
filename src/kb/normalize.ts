/**
 * Normalises a name for knowledge-base lookup: one apostrophe, ё → е, folded white space,
 * lower case — except all-caps short forms (US, РФ, ЄС), which stay case-sensitive because
 * lower-cased they collide with ordinary words ('US' → 'us').
 *
 * @example
 * ```ts
 * normalizeAlias('Обʼєднані  Арабські Емірати'); // "об'єднані арабські емірати"
 * normalizeAlias('US');                          // 'US'
 * ```
 */
export function normalizeAlias(name: string): string {
  const folded = name.replace(APOSTROPHES, "'").replace(YO, (c) => (c === 'ё' ? 'е' : 'Е')).replace(SPACES, ' ').trim();
  if (folded.length <= 5 && ALL_CAPS.test(folded)) return folded;
  return folded.toLowerCase();
}

const APOSTROPHES = /[ʼ’`´']/g;
const YO = /[ёЁ]/g;
const SPACES = /\s+/g;
const ALL_CAPS = /^[\p{Lu}\d.&-]+$/u;
