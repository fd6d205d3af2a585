import { describe, expect, it } from 'vitest';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { kbFinder } from '../../src/entities/kb-lookup.js';

// A small knowledge base of our own: the stem lookup must find an entry from any case form of
// one of its names, through the buckets keyed by the first two letters (blurred and folded
// letters included), and nothing else.
function smallKb(): KnowledgeBase {
  return createKnowledgeBase([
    { id: 'Q1', type: 'LOC', kind: 'city', popularity: 90, names: { uk: ['Київ'], ru: ['Киев'] } },
    { id: 'Q2', type: 'LOC', kind: 'city', popularity: 50, names: { uk: ['Прага'], ru: ['Прага'] } },
    { id: 'Q3', type: 'LOC', kind: 'city', popularity: 40, names: { uk: ['Будапешт'] } },
    { id: 'Q4', type: 'ORG', popularity: 70, names: { uk: ['Білий дім'], ru: ['Белый дом'] } },
    { id: 'Q5', type: 'PER', gender: 'm', popularity: 60, names: { uk: ['Сергій Лавров', 'Лавров'] } },
    { id: 'Q6', type: 'LOC', kind: 'region', popularity: 30, names: { uk: ['Аляска'] } },
    { id: 'Q7', type: 'LOC', kind: 'city', popularity: 20, names: { uk: ['Львів'] } },
    { id: 'Q8', type: 'ORG', popularity: 10, names: { uk: ['НАТО'] } },
    { id: 'Q9', type: 'LOC', kind: 'city', popularity: 15, names: { uk: ['Кельн'] } },
  ]);
}

describe('uk: inflected forms find their knowledge-base entry by stem', () => {
  it.each([
    ['Києві', 'Q1'], // blurred vowel in the first bucket letter: ки*в
    ['Києва', 'Q1'],
    ['Празі', 'Q2'], // г/з folded
    ['Будапешті', 'Q3'],
    ['Білого дому', 'Q4'], // two words, blurred vowel in each
    ['Білому домі', 'Q4'],
    ['Сергія Лаврова', 'Q5'],
    ['Лаврову', 'Q5'],
    ['Алясці', 'Q6'], // к/ц folded
    ['Львова', 'Q7'],
    ['Кельні', 'Q9'], // the blurred vowel is the second letter: к*льн
  ])('%s → %s', (form, id) => {
    const hit = kbFinder(smallKb(), 'uk')(form);
    expect(hit?.ids).toEqual([id]);
    expect(hit?.exact).toBe(false);
  });

  it('an exact name is exact', () => {
    expect(kbFinder(smallKb(), 'uk')('Київ')).toMatchObject({ ids: ['Q1'], exact: true, type: 'LOC', kind: 'city' });
  });

  it.each([
    'Кия', // stem too short to trust
    'Прапор', // shares a bucket, not a stem
    'Білим', // one word of a two-word name
    'НАТОвці', // abbreviations match exactly or not at all
    'Лаврентій',
    'Будинок',
  ])('%s finds nothing', (form) => {
    expect(kbFinder(smallKb(), 'uk')(form)).toBeUndefined();
  });

  it('a knowledge base without forEachName still gets stem lookups', () => {
    const kb = smallKb();
    const plain: KnowledgeBase = { size: kb.size, get: (id) => kb.get(id), lookup: (n, l) => kb.lookup(n, l), entries: () => kb.entries() };
    expect(kbFinder(plain, 'uk')('Києві')?.ids).toEqual(['Q1']);
    expect(kbFinder(plain, 'uk')('Прапор')).toBeUndefined();
  });
});
