import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offsetsHold, quotesOf } from './helpers.js';

const text = readFileSync(new URL('../fixtures/lavrov-rubio.uk.txt', import.meta.url), 'utf8');
const quotes = quotesOf(text, 'uk');

// The eight quotations of the seed story (test/fixtures/lavrov-rubio.uk.gold.json): span, kind, cue, speaker words.
const expected = [
  { start: 488, end: 503, kind: 'partial', cue: ['наполягає', 'наполягати'], speaker: 'міністр закордонних справ РФ' },
  { start: 508, end: 680, kind: 'direct', cue: ['сказав', 'сказати'], speaker: 'він' },
  { start: 798, end: 810, kind: 'partial', cue: ['вважає', 'вважати'], speaker: 'Лавров' },
  { start: 916, end: 1096, kind: 'direct', cue: ['припустив', 'припустити'], speaker: 'очільник російського зовнішньополітичного відомства' },
  { start: 1262, end: 1443, kind: 'direct', cue: ['сказав', 'сказати'], speaker: 'він' },
  { start: 1971, end: 1989, kind: 'partial', cue: ['розповідали', 'розповідати'], speaker: 'Джерела Reuters' },
  { start: 2100, end: 2117, kind: 'partial', cue: ['заговорив', 'заговорити'], speaker: 'Лавров' },
  { start: 2147, end: 2169, kind: 'partial', cue: ['вимагав', 'вимагати'], speaker: 'Лавров' },
] as const;

describe('seed story: lavrov-rubio.uk', () => {
  for (const e of expected) {
    it(`finds «${text.slice(e.start, e.end).slice(0, 40)}»`, () => {
      const q = quotes.find((x) => x.start === e.start && x.end === e.end);
      expect(q, text.slice(e.start, e.end)).toBeDefined();
      expect(q!.kind).toBe(e.kind);
      expect([q!.cue?.text, q!.cue?.lemma]).toEqual(e.cue);
      expect(q!.speaker?.text).toBe(e.speaker);
    });
  }

  it('gives cue agreement: сказав is masculine singular, розповідали plural', () => {
    const said = quotes.find((q) => q.start === 508)!;
    expect([said.cue?.gender, said.cue?.number]).toEqual(['m', 'sg']);
    const told = quotes.find((q) => q.start === 1971)!;
    expect(told.cue?.number).toBe('pl');
  });

  it('gives speaker kinds: a pronoun, a title phrase, a name', () => {
    expect(quotes.find((q) => q.start === 508)!.speaker).toMatchObject({ kind: 'pronoun', base: 'він', gender: 'm', number: 'sg' });
    expect(quotes.find((q) => q.start === 916)!.speaker?.kind).toBe('title');
    expect(quotes.find((q) => q.start === 2147)!.speaker?.kind).toBe('name');
  });

  it('does not take guillemet names for quotations: «РИА Новости», «Роснефти», «Лукойла»', () => {
    for (const name of ['РИА Новости', 'Роснефти', 'Лукойла']) {
      const at = text.indexOf(name);
      expect(quotes.some((q) => q.start <= at && q.end >= at + name.length && q.end - q.start <= name.length + 4)).toBe(false);
    }
  });

  it('keeps every offset exact and returns quotations in text order', () => {
    expect(offsetsHold(text, quotes)).toBe(true);
    expect(quotes.map((q) => q.start)).toEqual([...quotes.map((q) => q.start)].sort((a, b) => a - b));
  });
});
