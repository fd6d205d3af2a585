/**
 * The suffix rules are found by walking a trie from the word's end. These tests hold the walk to
 * the plain reading (every suffix length cut as a string and looked up), on our own words and on
 * generated ones, for both tables, nouns and adjectives, persons and places.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UK_DECLENSION } from '../../src/lang/uk/declension.js';
import { RU_DECLENSION } from '../../src/lang/ru/declension.js';
import { compileTable, matchRules, type Candidate, type CompiledTable } from '../../src/morphology/rules.js';

const TABLES: Record<'uk' | 'ru', CompiledTable> = { uk: compileTable(UK_DECLENSION), ru: compileTable(RU_DECLENSION) };
const VOWELS = new Set([...'аеєиіїоуюяыэё']);
const HARD = new Set([...'аоуиыэ']);

/** The plain reading: every suffix length from the longest, cut as a string. */
function reference(word: string, table: CompiledTable, kind: 'noun' | 'adj', person: boolean): Candidate[] {
  const map = kind === 'noun' ? table.nouns : table.adjectives;
  const lower = word.toLowerCase();
  const out: Candidate[] = [];
  let matched = false;
  const last = lower[lower.length - 1] ?? '';
  const longest = Math.min(map.maxLengthByLast.get(last) ?? 0, word.length);
  for (let length = longest; length >= 0; length--) {
    const rules = length === 0 ? map.empty : map.bySuffix.get(lower.slice(word.length - length));
    if (!rules) continue;
    if (length === 0 && (VOWELS.has(last) || last === 'й' || last === 'ь')) continue;
    const stem = word.slice(0, word.length - length);
    const stemVowel = VOWELS.has(lower[stem.length - 1] ?? '');
    for (const rule of rules) {
      if (rule.scope === 1 && !person) continue;
      if (rule.scope === 2 && person) continue;
      if (!rule.identity && stem.length < 2 && stem.length + rule.replacement.length < 3) continue;
      const consonantOnly = rule.replacement === '' || (rule.replacement.length === 1 && HARD.has(rule.replacement));
      if (stemVowel && consonantOnly) continue;
      let base = rule.identity ? word : stem + rule.replacement;
      if (stem === '' && !rule.identity && word[0] !== lower[0]) base = base[0]!.toUpperCase() + base.slice(1);
      out.push({ base, mask: rule.mask, score: rule.weight });
      matched = true;
    }
    if (matched && kind === 'adj') break;
  }
  return out;
}

const WORDS = ['Трампа', 'Лаврова', 'Сергія', 'Києві', 'Залужному', 'Верховної', 'Ради', 'дому', 'Рогу', 'Хитроу', 'Москвы', 'Объединённых', 'Павла', 'Ілля', 'Іллею', 'Рима', 'Ок', 'Ю', ''];
const CASES: ['uk' | 'ru', 'noun' | 'adj', boolean][] = [];
for (const lang of ['uk', 'ru'] as const) for (const kind of ['noun', 'adj'] as const) for (const person of [true, false]) CASES.push([lang, kind, person]);

describe('suffix trie finds the same rules as cutting suffixes', () => {
  it.each(CASES)('%s %s person=%s on our words', (lang, kind, person) => {
    for (const w of WORDS) expect(matchRules(w, TABLES[lang], kind, person)).toEqual(reference(w, TABLES[lang], kind, person));
  });

  it('on generated Cyrillic words', () => {
    const letters = [...'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }), fc.boolean(), fc.constantFrom(...CASES), (chars, capital, [lang, kind, person]) => {
        const lower = chars.join('');
        const word = capital ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
        expect(matchRules(word, TABLES[lang], kind, person)).toEqual(reference(word, TABLES[lang], kind, person));
      }),
      { numRuns: 500 },
    );
  });

  it('a word whose lower-case form is longer is read the plain way too', () => {
    for (const w of ['İстанбула', 'Іİа']) for (const [lang, kind, person] of CASES) expect(matchRules(w, TABLES[lang], kind, person)).toEqual(reference(w, TABLES[lang], kind, person));
  });

  it('finds the nominative of a surname and not of an ending alone', () => {
    expect(matchRules('Трампа', TABLES.uk, 'noun', true).map((c) => c.base)).toContain('Трамп');
    expect(matchRules('Залужному', TABLES.uk, 'adj', true).map((c) => c.base)).toContain('Залужний');
    expect(matchRules('Хитроу', TABLES.uk, 'noun', false).map((c) => c.base)).not.toContain('Хитро');
  });
});
