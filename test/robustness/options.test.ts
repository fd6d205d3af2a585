/**
 * Bad input gets a clear TypeError that says what is wrong; odd but valid input does not throw.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, createKnowledgeBase, extract } from '../../src/index.js';

describe('bad arguments are rejected with a TypeError that names the problem', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['extract(42)', () => extract(42 as unknown as string), /expects the text as a string, got number/],
    ['extract(null)', () => extract(null as unknown as string), /expects the text as a string, got null/],
    ['extract(undefined)', () => (extract as (t?: unknown) => unknown)(), /expects the text as a string, got undefined/],
    ['extract(Buffer)', () => extract(Buffer.from('Лавров') as unknown as string), /expects the text as a string, got object/],
    ["extract('x', { lang: 'de' })", () => extract('x', { lang: 'de' as 'uk' }), /unknown lang "de"/],
    ["extract('x', { lang: 'UK' })", () => extract('x', { lang: 'UK' as 'uk' }), /unknown lang "UK"/],
    ["extract('x', { lang: 1 })", () => extract('x', { lang: 1 as unknown as 'uk' }), /unknown lang 1/],
    ["extract('x', { kb: 'no' })", () => extract('x', { kb: 'no' as unknown as false }), /option kb must be a KnowledgeBase .* or false, got the string "no"/],
    ["extract('x', { kb: true })", () => extract('x', { kb: true as unknown as false }), /option kb must be a KnowledgeBase/],
    ["extract('x', { kb: [] })", () => extract('x', { kb: [] as unknown as false }), /option kb must be a KnowledgeBase .* got an array/],
    ["extract('x', { foo: 1 })", () => extract('x', { foo: 1 } as never), /unknown option "foo"/],
    ["extract('x', 'uk')", () => extract('x', 'uk' as never), /options must be an object/],
    ["createExtractor({ lang: 'pl' })", () => createExtractor({ lang: 'pl' as 'uk' }), /unknown lang "pl"/],
    ["createKnowledgeBase([{ id: 'x' }])", () => createKnowledgeBase([{ id: 'x' } as never]), /entry 0: id must be a Wikidata QID like 'Q42', got "x"/],
    ["createKnowledgeBase([{ id: 'Q1' }])", () => createKnowledgeBase([{ id: 'Q1' } as never]), /entry 0 \(Q1\): type must be PER, ORG, LOC or MISC/],
    [
      'createKnowledgeBase with a name in an unknown language',
      () => createKnowledgeBase([{ id: 'Q1', type: 'LOC', names: { uk: ['Всесвіт'] } }, { id: 'Q2', type: 'LOC', names: { de: ['Welt'] } } as never]),
      /entry 1 \(Q2\): names\.de: unknown language/,
    ],
    ["createKnowledgeBase([{ id: 'Q1', type: 'PER', names: {} }])", () => createKnowledgeBase([{ id: 'Q1', type: 'PER', names: {} }]), /names has no name in any language/],
    ['createKnowledgeBase([null])', () => createKnowledgeBase([null as never]), /entry 0: expected an object, got null/],
  ];
  for (const [what, call, message] of cases) {
    it(what, () => {
      expect(call).toThrow(TypeError);
      expect(call).toThrow(message);
    });
  }
});

describe('odd but valid input never throws and returns valid offsets', () => {
  const odd = ['', ' ', '\n\n\n', '«', '»»»', '"', '—', '\ud800', '\u0000', '🇺🇦', 'е\u0301', '<p>&laquo;Так&raquo;</p>'];
  for (const text of odd) {
    it(JSON.stringify(text), () => {
      for (const lang of ['uk', 'ru', 'en', 'auto'] as const) {
        const doc = extract(text, { lang });
        for (const s of [...doc.sentences, ...doc.quotes, ...doc.entities.flatMap((e) => e.mentions)]) expect(text.slice(s.start, s.end)).toBe(s.text);
        if (lang !== 'auto') expect(doc.lang).toBe(lang);
      }
    });
  }
  it('options given as undefined or null mean the defaults', () => {
    expect(extract('Лавров заявив.', undefined).lang).toBe('uk');
    expect(extract('Лавров заявив.', null as never).lang).toBe('uk');
    expect(extract('Lavrov said.', { lang: undefined }).lang).toBe('en');
  });
});
