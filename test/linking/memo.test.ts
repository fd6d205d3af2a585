/**
 * What linking remembers across documents: the candidates of names read from a KB made by
 * createKnowledgeBase (which cannot change) are kept; any other object serving as a KB is asked
 * afresh for every document. The memo tables stay bounded.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase, isImmutableKnowledgeBase, type KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { KnowledgeBaseEntry } from '../../src/kb/types.js';
import { linkDocument } from '../../src/linking/index.js';
import { Memo } from '../../src/linking/memo.js';
import { parse } from '../../src/parser/index.js';
import type { NameMention } from '../../src/stages.js';

const TEXT = 'Віктор Петренко приїхав до Харкова.';
const NAMES: NameMention[] = [
  { start: 0, end: 15, text: 'Віктор Петренко', type: 'PER', base: 'Віктор Петренко' },
  { start: 27, end: 34, text: 'Харкова', type: 'LOC', base: 'Харків' },
];
const PETRENKO_A: KnowledgeBaseEntry = { id: 'Q900001', type: 'PER', gender: 'm', names: { uk: ['Віктор Петренко'] } };
const PETRENKO_B: KnowledgeBaseEntry = { id: 'Q900002', type: 'PER', gender: 'm', names: { uk: ['Віктор Петренко'] } };
const KHARKIV: KnowledgeBaseEntry = { id: 'Q42622', type: 'LOC', kind: 'city', names: { uk: ['Харків'] } };

const link = (kb: KnowledgeBase) => linkDocument(parse(TEXT, 'uk'), NAMES, [], { kb });

describe('a KB that is a plain object is read afresh for every document', () => {
  it('a changed answer from lookup changes the link', () => {
    let current = PETRENKO_A;
    const live: KnowledgeBase = {
      size: 2,
      get: (id) => [current, KHARKIV].find((e) => e.id === id),
      lookup: (name) => (name === 'Віктор Петренко' ? [current] : name === 'Харків' ? [KHARKIV] : []),
      entries: () => [current, KHARKIV][Symbol.iterator](),
    };
    expect(isImmutableKnowledgeBase(live)).toBe(false);
    expect(link(live).entities.map((e) => e.kbId)).toEqual(['Q900001', 'Q42622']);
    current = PETRENKO_B;
    expect(link(live).entities.map((e) => e.kbId)).toEqual(['Q900002', 'Q42622']);
  });
});

describe('a KB from createKnowledgeBase may be remembered', () => {
  it('links the same way on every document, and two such KBs never share answers', () => {
    const a = createKnowledgeBase([PETRENKO_A, KHARKIV]);
    const b = createKnowledgeBase([PETRENKO_B, KHARKIV]);
    expect(isImmutableKnowledgeBase(a)).toBe(true);
    for (let k = 0; k < 3; k++) {
      expect(link(a).entities.map((e) => e.kbId)).toEqual(['Q900001', 'Q42622']);
      expect(link(b).entities.map((e) => e.kbId)).toEqual(['Q900002', 'Q42622']);
    }
  });

  it('links nothing for a name the KB does not have, however often asked', () => {
    const kb = createKnowledgeBase([KHARKIV]);
    for (let k = 0; k < 3; k++) expect(link(kb).entities.map((e) => e.kbId ?? null)).toEqual([null, 'Q42622']);
  });
});

describe('Memo', () => {
  it('computes a value once, remembers undefined-like values too, and empties itself past its bound', () => {
    const calls: string[] = [];
    const memo = new Memo((s: string) => {
      calls.push(s);
      return s.length > 3 ? s.toUpperCase() : null;
    }, 3);
    expect(memo.get('київ')).toBe('КИЇВ');
    expect(memo.get('київ')).toBe('КИЇВ');
    expect(memo.get('рф')).toBeNull();
    expect(memo.get('рф')).toBeNull();
    expect(calls).toEqual(['київ', 'рф']);
    memo.get('львів');
    memo.get('одеса'); // the fourth key: the table was full and is emptied first
    memo.get('київ');
    expect(calls).toEqual(['київ', 'рф', 'львів', 'одеса', 'київ']);
  });
});

describe('KbPathMemo keys by three parts and stays bounded', () => {
  it('remembers per key path, computes afresh for a new path, and empties past its bound', async () => {
    const { KbPathMemo } = await import('../../src/linking/memo.js');
    const kb = createKnowledgeBase([KHARKIV]);
    const memo = new KbPathMemo<number>(2);
    let calls = 0;
    const get = (a: string, b: string, c: string) => memo.get(kb, 'uk', a, b, c, () => ++calls);
    expect(get('LOC', 'Харкова', 'Харків')).toBe(1);
    expect(get('LOC', 'Харкова', 'Харків')).toBe(1);
    expect(get('ORG', 'Харкова', 'Харків')).toBe(2);
    expect(get('LOC', 'Харкові', 'Харків')).toBe(3); // past the bound: emptied, then kept
    expect(get('LOC', 'Харкова', 'Харків')).toBe(4);
  });
});
