/**
 * Lookups by normalised key and the first-words test that linking uses to skip guessed names no
 * KB name begins with: they must agree with `lookup` on every name, for the bundled KB (sorted
 * keys, Map made on first use) and for a KB built at run time alike.
 */
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import { createKnowledgeBase, nameSearch, type KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { SortedNameIndex } from '../../src/kb/name-index.js';
import { normalizeAlias } from '../../src/kb/normalize.js';
import type { KnowledgeBaseEntry } from '../../src/kb/types.js';

const WHITE_HOUSE: KnowledgeBaseEntry = { id: 'Q35525', type: 'ORG', names: { uk: ['Білий дім'], ru: ['Белый дом'], en: ['White House'] } };
const KHARKIV_OBLAST: KnowledgeBaseEntry = { id: 'Q170024', type: 'LOC', kind: 'region', names: { uk: ['Харківська область'] }, aliases: ['Харківщина'] };
const SMALL = createKnowledgeBase([WHITE_HOUSE, KHARKIV_OBLAST]);

describe('nameSearch on a KB built from entries', () => {
  const search = nameSearch(SMALL)!;

  it('begins words only where a name begins so', () => {
    for (const yes of ['білий', 'white', 'харківська', 'белый']) expect(search.beginsWords(yes), yes).toBe(true);
    for (const no of ['білого', 'харківської', 'білий дім', 'дім', 'white house', 'харківщина', 'біл', 'білий ', '']) expect(search.beginsWords(no), no).toBe(false);
  });

  it('looks up keys as lookup looks up names', () => {
    expect(search.lookupKey('білий дім', 'uk').map((e) => e.id)).toEqual(['Q35525']);
    expect(search.lookupKey('харківщина', 'uk').map((e) => e.id)).toEqual(['Q170024']);
    expect(search.lookupKey('Білий дім', 'uk')).toEqual([]); // not a key: keys are lower case
    expect(search.lookupKey('білого дому', 'uk')).toEqual([]);
  });
});

describe('nameSearch on the bundled KB', () => {
  const kb = defaultKnowledgeBase();
  const search = nameSearch(kb)!;
  const keys = new Set<string>();
  kb.forEachName?.((key) => keys.add(key));

  it('has each key once, in code-unit order (the Map made on first lookup keeps one position per key)', () => {
    const runs: string[] = [];
    kb.forEachName?.((key) => {
      if (runs[runs.length - 1] !== key) runs.push(key);
    });
    expect(new Set(runs).size).toBe(runs.length);
    for (let k = 1; k < runs.length; k++) expect(runs[k - 1] < runs[k], runs[k]).toBe(true);
  });

  it('finds under every key what lookup finds under it, in every language', () => {
    expect(keys.size).toBeGreaterThan(1000);
    for (const key of keys) {
      for (const lang of [undefined, 'uk', 'ru', 'en'] as const) {
        expect(search.lookupKey(key, lang).map((e) => e.id), key).toEqual(kb.lookup(key, lang).map((e) => e.id));
      }
    }
  });

  it('begins words for the first words of every multi-word name', () => {
    for (const key of keys) {
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) expect(search.beginsWords(key.slice(0, at)), key).toBe(true);
    }
  });

  it('rules out first words that begin no name', () => {
    expect(search.beginsWords('білий')).toBe(true);
    expect(search.beginsWords('сполучені')).toBe(true);
    for (const no of ['білого', 'сполучених', 'зеленського', 'qwzx']) {
      expect([...keys].some((k) => k.startsWith(`${no} `)), no).toBe(false);
      expect(search.beginsWords(no), no).toBe(false);
    }
  });

  it('agrees with lookup on names as written, once normalised', () => {
    for (const name of ['Білий дім', 'Верховна Рада', 'Сполучені Штати', 'Київ', 'Харків', 'США', 'Обʼєднані Арабські Емірати']) {
      expect(search.lookupKey(normalizeAlias(name), 'uk').map((e) => e.id), name).toEqual(kb.lookup(name, 'uk').map((e) => e.id));
    }
  });
});

describe('nameSearch on any other object serving as a KB', () => {
  it('is undefined: only its lookup may be asked', () => {
    const plain: KnowledgeBase = {
      size: 1,
      get: (id) => (id === WHITE_HOUSE.id ? WHITE_HOUSE : undefined),
      lookup: (name) => (normalizeAlias(name) === 'білий дім' ? [WHITE_HOUSE] : []),
      entries: () => [WHITE_HOUSE][Symbol.iterator](),
    };
    expect(nameSearch(plain)).toBeUndefined();
  });
});

describe('the bundled kind of index answers the same before and after it builds its tables', () => {
  const keys = ['білий дім', 'київ', 'сполучені штати америки', 'сполучені штати', 'харківська область'].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // [count, entry, langs] per key, in key order: entry k for key k, in Ukrainian.
  const flat = keys.flatMap((_, k) => [1, k, 1]);
  const probes: [string, boolean][] = [
    ['білий', true],
    ['сполучені', true],
    ['сполучені штати', true],
    ['сполучені штати америки', false],
    ['київ', false],
    ['білого', false],
    ['харківська', true],
    ['', false],
  ];
  const ask = (index: SortedNameIndex) => ({
    begins: probes.map(([w]) => index.beginsWords(w)),
    hits: [...keys, 'київа', 'білий', ''].map((k) => index.hits(k)?.map((h) => h.index) ?? null),
  });

  it('by binary search first, by hash tables after 2,000 asks', () => {
    const index = new SortedNameIndex(keys, flat);
    const before = ask(index);
    expect(before.begins).toEqual(probes.map(([, yes]) => yes));
    expect(before.hits).toEqual([[0], [1], [2], [3], [4], null, null, null]);
    for (let k = 0; k < 2100; k++) {
      index.beginsWords(`слово${k}`);
      index.hits(`слово${k}`);
    }
    expect(ask(index)).toEqual(before);
  });
});
