/**
 * Properties of base forms over generated input (fast-check), and "nominatives stay nominative"
 * over the hand-written tables.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseFormOfName } from '../../src/morphology/index.js';
import type { EntityType, Lang } from '../../src/types.js';
import { parseRows } from './table.js';
import { PERSONS } from './uk-person-rows.js';
import { ORGANISATIONS, PLACES } from './uk-place-rows.js';

const TYPES: EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];
const LANGS: Lang[] = ['uk', 'ru'];
const UPPER = [...'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЮЯ'];
const LOWER = [...'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'];

describe('base form properties', () => {
  it('keeps Latin-script names as written', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{1,10}( [A-Z][a-z]{1,10}){0,2}$/), fc.constantFrom(...TYPES), fc.constantFrom(...LANGS), (name, type, lang) => {
        expect(baseFormOfName(name, { lang, type })).toBe(name);
      }),
    );
  });

  it('keeps Cyrillic abbreviations as written', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UPPER), { minLength: 2, maxLength: 5 }), fc.constantFrom(...TYPES), (letters, type) => {
        const abbr = letters.join('');
        expect(baseFormOfName(abbr, { lang: 'uk', type })).toBe(abbr);
      }),
    );
  });

  it('keeps the number of words and the first letter of each changed word', () => {
    const word = fc.tuple(fc.constantFrom(...UPPER), fc.array(fc.constantFrom(...LOWER), { minLength: 2, maxLength: 10 })).map(([a, rest]) => a + rest.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom(...TYPES), fc.constantFrom(...LANGS), (words, type, lang) => {
        const out = baseFormOfName(words.join(' '), { lang, type }).split(' ');
        expect(out.length).toBe(words.length);
        out.forEach((w, i) => expect(w[0]).toBe(words[i]![0]));
      }),
    );
  });
});

describe('nominatives stay as they are', () => {
  const check = (rows: ReturnType<typeof parseRows>, lang: Lang, min: number): void => {
    const seen = new Set<string>();
    const failures: string[] = [];
    for (const r of rows) {
      if (seen.has(r.base)) continue;
      seen.add(r.base);
      const got = baseFormOfName(r.base, { lang, type: r.type });
      if (got !== r.base) failures.push(`${r.type} ${r.base} → ${got}`);
    }
    expect(1 - failures.length / seen.size, `changed nominatives:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(min);
  };

  it('in Ukrainian (a lone Захарова may be a man’s genitive)', () => {
    check(parseRows(PERSONS + PLACES + ORGANISATIONS), 'uk', 0.98);
  });

  it('in Russian', () => {
    const src = readFileSync(new URL('./ru-base-forms.test.ts', import.meta.url), 'utf8');
    const tables = [...src.matchAll(/const (?:PERSONS|PLACES|ORGANISATIONS) = `([^`]*)`/g)].map((m) => m[1]).join('\n');
    check(parseRows(tables), 'ru', 0.97);
  });
});
