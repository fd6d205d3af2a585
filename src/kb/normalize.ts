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
  // Most names need no rewriting: one test avoids three replace passes (this runs for every
  // KB name when the default KB is indexed, so it is on the load-time budget).
  const folded = needsFolding(name) ? name.replace(APOSTROPHES, "'").replace(YO, (c) => (c === 'ё' ? 'е' : 'Е')).replace(SPACES, ' ').trim() : name;
  if (folded.length <= 5 && ALL_CAPS.test(folded)) return folded;
  return folded.toLowerCase();
}

/** Apostrophes, ё/Ё, and white space other than single inner spaces: what folding rewrites. */
function needsFolding(name: string): boolean {
  const n = name.length;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || name.charCodeAt(i + 1) === 0x20) return true;
    } else if (c === 0x2bc || c === 0x2019 || c === 0x60 || c === 0xb4 || c === 0x27 || c === 0x451 || c === 0x401) return true;
    else if (c < 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680) return true;
  }
  return false;
}
const APOSTROPHES = /[ʼ’`´']/g;
const YO = /[ёЁ]/g;
const SPACES = /\s+/g;
const ALL_CAPS = /^[\p{Lu}\d.&-]+$/u;
