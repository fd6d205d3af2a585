/**
 * Base forms are cached per word across calls (names recur across documents), but evidence is
 * per call: one document's word forms must never change another call's answer. Also the fast
 * letter classes of the name tokenizer (ASCII, basic Cyrillic, Ґ) and its slow path for other
 * letters.
 */
import { describe, expect, it } from 'vitest';
import { baseFormOfName, candidateBaseForms, type BaseFormOptions, type NameEvidence } from '../../src/morphology/index.js';

const seen = (...forms: string[]): NameEvidence => {
  const set = new Set(forms);
  return { has: (form) => set.has(form) };
};

describe('evidence is per call, not cached with the word', () => {
  // [name, options, expected], run in this order: the same word with and without evidence.
  const sequence: [string, BaseFormOptions, string][] = [
    ['Єгипту', { lang: 'uk', type: 'LOC' }, 'Єгипт'],
    ['Єгипту', { lang: 'uk', type: 'LOC', evidence: seen('Єгипет') }, 'Єгипет'],
    ['Єгипту', { lang: 'uk', type: 'LOC' }, 'Єгипт'],
    ['Захарова', { lang: 'uk', type: 'PER' }, 'Захаров'],
    ['Захарова', { lang: 'uk', type: 'PER', evidence: seen('Захаровій') }, 'Захарова'],
    ['Захарова', { lang: 'uk', type: 'PER' }, 'Захаров'],
    ['Захарова', { lang: 'ru', type: 'PER', evidence: seen('Захаровой') }, 'Захарова'],
    ['Захарова', { lang: 'ru', type: 'PER', evidence: seen('Захаров') }, 'Захаров'],
    ['Мухаммеда', { lang: 'uk', type: 'PER', evidence: seen('Мухаммед', 'Мухаммеда') }, 'Мухаммед'],
    ['Мухаммеда', { lang: 'uk', type: 'PER' }, 'Мухаммед'],
  ];
  it('gives each call the answer its own evidence supports', () => {
    for (const [name, options, expected] of sequence) expect([name, baseFormOfName(name, options)]).toEqual([name, expected]);
  });

  it('keeps the gender a call asks for', () => {
    expect(baseFormOfName('Захарова', { lang: 'uk', type: 'PER', gender: 'f' })).toBe('Захарова');
    expect(baseFormOfName('Захарова', { lang: 'uk', type: 'PER', gender: 'm' })).toBe('Захаров');
    expect(baseFormOfName('Захарова', { lang: 'uk', type: 'PER', gender: 'f' })).toBe('Захарова');
  });

  it('ranks candidates by the evidence of the call', () => {
    expect(candidateBaseForms('Лаврова', { lang: 'uk', type: 'PER' })[0]).toBe('Лавров');
    expect(candidateBaseForms('Лаврова', { lang: 'uk', type: 'PER', evidence: seen('Лаврова', 'Лавровій') })[0]).toBe('Лаврова');
    expect(candidateBaseForms('Лаврова', { lang: 'uk', type: 'PER' })[0]).toBe('Лавров');
  });
});

describe('letters of every script are classed right', () => {
  it('declines names with Ґ and letters outside the basic Cyrillic block', () => {
    const rows: [string, BaseFormOptions, string][] = [
      ['Ґалаґана', { lang: 'uk', type: 'PER' }, 'Ґалаґан'],
      ['Ґонґадзе', { lang: 'uk', type: 'PER' }, 'Ґонґадзе'],
      ['Тоқаєва', { lang: 'uk', type: 'PER' }, 'Тоқаєв'],
      ['Сергія  Лаврова', { lang: 'uk', type: 'PER' }, 'Сергій Лавров'],
    ];
    for (const [name, options, expected] of rows) expect([name, baseFormOfName(name, options)]).toEqual([name, expected]);
  });

  it('keeps abbreviations, initials and Latin-script words as written', () => {
    const kept: [string, BaseFormOptions][] = [
      ['ҐІК', { lang: 'uk', type: 'ORG' }],
      ['ҚР', { lang: 'ru', type: 'LOC' }],
      ['Ærø', { lang: 'uk', type: 'LOC' }],
      ['Łódź', { lang: 'uk', type: 'LOC' }],
      ['В.', { lang: 'uk', type: 'PER' }],
      ['Су-27', { lang: 'ru', type: 'MISC' }],
    ];
    for (const [name, options] of kept) expect(baseFormOfName(name, options)).toBe(name);
  });
});
