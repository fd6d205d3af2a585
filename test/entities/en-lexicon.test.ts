import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { W, phraseFlags, wordFlags } from '../../src/entities/english/lexicon.js';
import {
  COMPROMISE_IRREGULAR_PLURALS,
  COMPROMISE_LEXICON,
  COMPROMISE_ORG_WORDS,
  COMPROMISE_PLACE_WORDS,
  COMPROMISE_VERSION,
} from '../../src/lang/en/compromise-lexicon.js';

interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean>; irregularPlurals: Record<string, string> };
}

const model = nlp.model() as unknown as Model;
const sorted = (list: Iterable<string>) => [...list].sort();

// The generated module must stay what scripts/build-en-lexicon.mjs makes of the installed compromise:
// after an upgrade these fail until the script is run again.
describe('the generated compromise lexicon matches the installed compromise', () => {
  it('has the installed version', () => {
    expect(COMPROMISE_VERSION).toBe((nlp as unknown as { version: string }).version);
  });

  it('holds every lexicon entry that has a letter, with exactly its tags', () => {
    const expected = new Map<string, string>();
    for (const [key, value] of Object.entries(model.one.lexicon)) {
      if (/\p{L}/u.test(key)) expected.set(key, sorted(Array.isArray(value) ? value : [value]).join(','));
    }
    const generated = new Map<string, string>();
    for (const [tags, words] of COMPROMISE_LEXICON) for (const w of words.split('|')) generated.set(w, tags);
    expect(generated.size).toBe(expected.size);
    const wrong = [...expected].filter(([key, tags]) => generated.get(key) !== tags).map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  it('holds orgWords, placeWords and the irregular plurals', () => {
    expect(COMPROMISE_ORG_WORDS.split('|')).toEqual(sorted(Object.keys(model.two.orgWords)));
    expect(COMPROMISE_PLACE_WORDS.split('|')).toEqual(sorted(Object.keys(model.two.placeWords)));
    expect(COMPROMISE_IRREGULAR_PLURALS.split('|')).toEqual(sorted(new Set(Object.values(model.two.irregularPlurals))));
  });
});

describe('English word classes read from the generated lexicon', () => {
  const words: [string, number, boolean][] = [
    ['mary', W.FEMALE | W.FIRST, true],
    ['sergei', W.MALE, true],
    ['ukraine', W.COUNTRY, true],
    ['paris', W.CITY, true],
    ['russian', W.DEMONYM, true],
    ['mrs', W.HONORIFIC, true],
    ['university', W.ORG_HEAD, true],
    ['river', W.PLACE_HEAD, true],
    ['children', W.COMMON, true],
    ['the', W.FUNC, true],
    ['minister', W.TITLE, true],
    // negative: ordinary words carry no name flag
    ['table', W.MALE | W.FEMALE | W.LAST | W.COUNTRY | W.CITY | W.ORG, false],
    ['ukraine', W.MALE | W.FEMALE, false],
    ['the', W.PERSON | W.COUNTRY, false],
  ];
  for (const [word, flag, has] of words) {
    it(`"${word}" ${has ? 'has' : 'lacks'} flags ${flag}`, () => {
      expect((wordFlags(word) & flag) !== 0).toBe(has);
    });
  }

  it('knows multi-word names, and not made-up phrases', () => {
    expect(phraseFlags('european union') & W.ORG).not.toBe(0);
    expect(phraseFlags('new york') & (W.CITY | W.REGION | W.PLACE)).not.toBe(0);
    expect(phraseFlags('blue table')).toBe(0);
  });

  it('gives a contraction the flags of its first part, and 0 to unknown words', () => {
    expect(wordFlags("we're") & W.FUNC).not.toBe(0);
    expect(wordFlags('zzyzxq')).toBe(0);
  });
});

describe('the library does not load compromise', () => {
  it('no file in src/ imports it (it is a build-time tool only)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const src = join(import.meta.dirname, '..', '..', 'src');
    const importers = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from ['"]compromise(?:\/[^'"]*)?['"]|import\(['"]compromise/.test(readFileSync(join(src, f), 'utf8')));
    expect(importers).toEqual([]);
  });
});
