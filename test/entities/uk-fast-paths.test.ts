import { describe, expect, it } from 'vitest';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { kbFinder, kbHasExact, kbKnows, kbNameTest } from '../../src/entities/kb-lookup.js';
import { nameKey, stemKey } from '../../src/entities/stem.js';
import { cyrillicLexicon, lookupInflected } from '../../src/entities/lexicon.js';

// The fast paths (a hash of the normalised name read from char codes, stem keys by char code)
// must answer exactly as the plain lookups do. Our own small knowledge base, our own words.
function smallKb(): KnowledgeBase {
  return createKnowledgeBase([
    { id: 'Q1', type: 'LOC', kind: 'city', popularity: 90, names: { uk: ['Київ'], ru: ['Киев'] } },
    { id: 'Q2', type: 'ORG', popularity: 70, names: { uk: ['Білий дім'], ru: ['Белый дом'] } },
    { id: 'Q3', type: 'PER', gender: 'm', popularity: 60, names: { uk: ['Сергій Лавров', 'Лавров'] } },
    { id: 'Q4', type: 'ORG', popularity: 10, names: { uk: ['НАТО', 'Міністерство закордонних справ'] } },
    { id: 'Q5', type: 'PER', gender: 'f', popularity: 5, names: { uk: ['Мар’яна Олійник'], ru: ['Артём Дзюба'] } },
    { id: 'Q6', type: 'LOC', kind: 'city', popularity: 4, names: { uk: ['Нью-Йорк', 'Ґданськ'] } },
  ]);
}

// The hashes of the KB's names are made after a few thousand questions: ask that many first, so
// that both ways of answering are held to the lookup.
function warmKb(): KnowledgeBase {
  const kb = smallKb();
  for (let i = 0; i < 3000; i++) kbKnows(kb, `Слово${i}`);
  return kb;
}

describe.each([
  ['a fresh KB', smallKb()],
  ['a KB asked about many names', warmKb()],
])('uk: the KB name test answers as a lookup does, on %s', (_, kb) => {
  const knows = kbNameTest(kb);
  it.each([
    'Лавров',
    'ЛАВРОВ', // a long all-caps word is lower-cased like any other
    'лавров',
    'Сергій Лавров',
    'Сергій  Лавров', // a double space is folded
    ' Сергій Лавров', // so is a leading one
    'Сергій\u00a0Лавров', // a no-break space
    'МІНІСТЕРСТВО ЗАКОРДОННИХ СПРАВ',
    'НАТО', // an abbreviation of five letters or fewer keeps its case
    "Мар'яна Олійник", // any apostrophe is one
    'Марʼяна Олійник',
    'Артем Дзюба', // ё is е
    'Артём Дзюба',
    'Нью-Йорк',
    'ҐДАНСЬК',
  ])('knows «%s»', (form) => {
    expect(kb.lookup(form).length).toBeGreaterThan(0);
    expect(knows(form)).toBe(true);
    expect(kbKnows(kb, form)).toBe(true);
  });

  it.each([
    'Нато', // the abbreviation only in its own case
    'Лаврова', // an inflected form is no exact name
    'Сергія Лаврова',
    'Київа',
    'Міністерство справ',
    'Лавров Сергій',
    'Édouard',
    'Ґданську',
  ])('does not know «%s»', (form) => {
    expect(kb.lookup(form)).toHaveLength(0);
    expect(knows(form)).toBe(false);
    expect(kbKnows(kb, form)).toBe(false);
  });
});

describe.each([
  ['a fresh KB', smallKb()],
  ['a KB asked about many names', warmKb()],
])('uk: a pair of words is checked for an exact name only, on %s', (_, kb) => {
  const find = kbFinder(kb, 'uk');
  it.each([
    ['Білий дім', true],
    ['Сергій Лавров', true],
    ['Білого дому', false], // found by stem, but not exactly
    ['Лавров заявив', false],
  ] as const)('«%s» → %s', (pair, exact) => {
    expect(kbHasExact(find, pair)).toBe(exact);
    expect(find(pair)?.exact === true).toBe(exact);
  });
  it('without a knowledge base nothing is exact', () => {
    expect(kbHasExact(kbFinder(null, 'uk'), 'Білий дім')).toBe(false);
  });
});

describe('uk: stem keys by char code', () => {
  it.each([
    ['лаврова', 'лавров'],
    ['києві', 'київ'],
    ['празі', 'прага'],
    ['алясці', 'аляска'],
    ['львова', 'львів'],
    ['дому', 'дім'],
  ])('%s and %s share a key', (a, b) => {
    expect(stemKey(a)).toBe(stemKey(b));
  });
  it.each([
    ['лавров', 'лавра'],
    ['київ', 'кий'],
    ['прага', 'права'],
  ])('%s and %s do not', (a, b) => {
    expect(stemKey(a)).not.toBe(stemKey(b));
  });
  it('keeps short words and words without an ending as they are', () => {
    expect(stemKey('рф')).toBe('рф');
    expect(stemKey('')).toBe('');
    expect(stemKey('трамп')).toBe('трамп');
  });
});

describe('uk: name keys split on any white space and unify apostrophes', () => {
  it.each([
    ['Білого дому', 'Білий дім'],
    ['Білого\u00a0дому', 'Білий дім'],
    ['  Білого \n дому ', 'Білий дім'],
    ['Мар’яни', "Мар'яна"],
    ['Марʼяною', "мар'яна"],
  ])('«%s» ~ «%s»', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });
  it.each([
    ['Білого дому', 'Білий'],
    ['Білий дім', 'Білийдім'],
  ])('«%s» ≁ «%s»', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
  it('a blank name has an empty key', () => {
    expect(nameKey(' \t ')).toBe('');
  });
});

describe('uk: inflected lexicon lookups', () => {
  const lex = cyrillicLexicon('uk');
  it.each(['президент', 'президента', 'президентом', 'міністра'])('«%s» is a title', (w) => {
    expect(lookupInflected(lex.titles, w)).not.toBeUndefined();
  });
  it.each(['пре', 'прес', 'президія', 'мінус', 'ти'])('«%s» is not', (w) => {
    expect(lookupInflected(lex.titles, w)).toBeUndefined();
  });
  it('alternates between maps without mixing their answers', () => {
    expect(lookupInflected(lex.orgHeads, 'служби')).toBe(true);
    expect(lookupInflected(lex.titles, 'служби')).toBeUndefined();
    expect(lookupInflected(lex.geoHeads, 'області')).toBe(true);
    expect(lookupInflected(lex.orgHeads, 'області')).toBeUndefined();
  });
});
