/**
 * Base forms of names whose later words are in lower case («на Красной площади» → «Красная
 * площадь», «в Чёрном море» → «Чёрное море», «в Белом доме» → «Белый дом»), taken from the
 * gazetteer or the knowledge base when either knows the name: the general declension of a name
 * guesses a lower-case noun's nominative poorly (площади → площади, море → мор).
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { EntityType } from '../types.js';
import type { CyrillicLexicon } from './lexicon.js';
import { nameKey } from './stem.js';

const YO = /ё/g;

/**
 * The known nominative of a two-word place or body name whose second word is lower case, or
 * undefined (persons, other shapes, unknown names).
 *
 * @example
 * ```ts
 * phraseBase('Красной площади', 'LOC', 'ru', cyrillicLexicon('ru'), kb, undefined); // 'Красная площадь'
 * ```
 */
export function phraseBase(text: string, type: EntityType, lang: 'uk' | 'ru', lex: CyrillicLexicon, kb: KnowledgeBase | null, kbIds: readonly string[] | undefined): string | undefined {
  if (type !== 'LOC' && type !== 'ORG') return undefined;
  const space = text.indexOf(' ');
  // Exactly two words, the second in lower case: the only shape asked about, told by two char reads.
  if (space < 0 || text.indexOf(' ', space + 1) >= 0) return undefined;
  const c = text.charAt(space + 1);
  if (c === c.toUpperCase()) return undefined;
  const key = nameKey(text);
  const place = lex.placePhrases.get(key);
  // «Черном море»: the text's own spelling of ё (the key blurs е and ё alike).
  if (place !== undefined) return text.indexOf('ё') < 0 && text.indexOf('Ё') < 0 ? place.replace(YO, 'е') : place;
  if (!kb || !kbIds) return undefined;
  for (const id of kbIds) {
    const names = kb.get(id)?.names[lang];
    // (Only a name that writes its second word in lower case too: the text's «Європейського
    // союзу» keeps «Європейський союз», not the KB's «Європейський Союз».)
    if (names) for (const name of names) if (lowerSecond(name) && nameKey(name) === key) return name;
  }
  return undefined;
}

/** True when the word after the name's first space starts in lower case. */
function lowerSecond(name: string): boolean {
  const c = name.charAt(name.indexOf(' ') + 1);
  return c !== c.toUpperCase();
}
