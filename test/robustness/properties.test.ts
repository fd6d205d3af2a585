/**
 * Property tests over random documents: 500 per language setting (uk, ru, en, auto), 2,000 in all,
 * mixing Cyrillic and Latin words, capitalised names, quotation marks of every style, dashes,
 * emoji, combining marks, CRLF and lone surrogates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';
import type { LangOption } from '../../src/types.js';
import { violations } from './invariants.js';

const WORDS = [
  'заявив', 'сказала', 'наполягає', 'що', 'під', 'час', 'переговорів', 'він', 'вона', 'вони', 'міністр', 'очільник', 'МЗС', 'РФ', 'США', 'ЄС',
  'заявил', 'сказал', 'отметила', 'министр', 'госсекретарь', 'Кремль', 'в', 'и', 'ещё', 'объём',
  'said', 'told', 'according', 'to', 'the', 'minister', 'he', 'she', 'they', 'U.S.', 'NATO', 'Mr.', 'Dr.',
  'ст.', 'м.', 'т.д.', '2025', '10:30', '№5', '50%', 'https://example.com/a?b=c', 'user@example.com', 'Мар\'їнка', 'Івано-Франківськ',
];
const NAMES = [
  'Сергій Лавров', 'Сергія Лаврова', 'Марко Рубіо', 'Рубіо', 'Лавров', 'Зеленський', 'Юлія Свириденко', 'В. І. Вернадський',
  'Сергей Лавров', 'Дмитрий Песков', 'Песков', 'Marco Rubio', 'Sergei Lavrov', "O'Connor", 'Jean-Luc', 'Kyiv', 'Київ', 'Москва',
  '«РИА Новости»', '«Роснефти»', 'Білий дім', 'Національний банк України', 'Рubio' /* Cyrillic Р */, 'ЛАВРОВ',
];
const MARKS = ['«', '»', '„', '“', '”', '"', "'", '‹', '›', '‘', '’', '‚', '「', '」'];
const DASHES = ['—', '–', '-', '―', '‒', ' — ', ', — ', '— '];
const PUNCT = ['.', ',', ':', ';', '!', '?', '…', '...', '?!', '(', ')', '[', ']', '/', '*', '#'];
const SPACE = [' ', ' ', ' ', '\n', '\r\n', '\n\n', '\r\n\r\n', '\t', '\u00a0', '\u2009', '\r', '\u2028'];
const ODD = [
  '🇺🇦', '👍🏽', '👨‍👩‍👧', '😀', 'й', 'ї', 'е\u0301', 'а\u0300\u0301', '\u0301', '\ud800', '\udfff', '\udc00x', 'x\ud83d', '\u200b', '\u200d', '\u200c',
  '\u200f', '\u200e', '\u202e', '\ufeff', '\u0000', '\u00ad', 'ﬁ', 'Ⅻ', '𝐀𝐁', 'ß', 'İ', 'ǅ', '&nbsp;', '&laquo;', '<p>', '</p>', '<br/>',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...DASHES) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 8, arbitrary: fc.constantFrom(...SPACE) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  // A whole attributed quote, so the quote machinery gets full shapes as well as fragments.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...MARKS), fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }), fc.constantFrom(...MARKS), fc.constantFrom(...DASHES), fc.constantFrom(...WORDS), fc.constantFrom(...NAMES))
      .map(([open, words, close, dash, cue, name]) => `${open}${words.join(' ')}${close}${dash}${cue} ${name}.`),
  },
);
const documentArb = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

const RUNS = 500;
for (const lang of ['uk', 'ru', 'en', 'auto'] as LangOption[]) {
  describe(`random documents, lang ${lang}`, () => {
    const run = createExtractor({ lang });
    it(`${RUNS} documents: never throws, every span points into the text, ids resolve, quotes do not cross, output is deterministic`, () => {
      fc.assert(
        fc.property(documentArb, (text) => {
          const first = run(text);
          expect(violations(text, first, lang)).toEqual([]);
          // Deterministic: the same input gives the same output, from a fresh call of extract() too.
          expect(JSON.stringify(extract(text, { lang }))).toBe(JSON.stringify(first));
        }),
        { numRuns: RUNS, seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined },
      );
    });
  });
}

// Inputs the properties above once shrank to: kept so they are checked on every run, in every language.
describe('counterexamples found by the property tests', () => {
  const found = [
    '«Роснефти»заявив(', // quotes: attributionAfter read past the last token and threw
    '«„🇺🇦“»', // a quote inside a quote was returned as a second, overlapping quote
    '««—заявив Сергій Лавров.»',
    '««—заявив «Роснефти».«Роснефти»',
    'Лавров заявив: Лавров заявив: Лавров заявив:', // indirect clauses nested in each other
  ];
  for (const text of found) {
    it(JSON.stringify(text), () => {
      for (const lang of ['uk', 'ru', 'en', 'auto'] as LangOption[]) expect(violations(text, extract(text, { lang }), lang), `lang ${lang}`).toEqual([]);
    });
  }
});

describe('the invariant checker itself', () => {
  const text = '«Ми готові», — сказав Лавров.';
  it('accepts a correct extraction', () => {
    const doc = {
      lang: 'uk' as const,
      sentences: [{ start: 0, end: 29, text }],
      entities: [{ id: 'e1', type: 'PER' as const, name: 'Лавров', mentions: [{ start: 22, end: 28, text: 'Лавров', entityId: 'e1', kind: 'name' as const, base: 'Лавров' }] }],
      quotes: [{ start: 1, end: 10, text: 'Ми готові', kind: 'direct' as const, speaker: { start: 22, end: 28, text: 'Лавров', entityId: 'e1', kind: 'name' as const, base: 'Лавров' }, cue: { start: 15, end: 21, text: 'сказав', lemma: 'сказати' } }],
    };
    expect(violations(text, doc, 'uk')).toEqual([]);
  });
  it('catches a shifted span, a dangling speaker and crossing quotes', () => {
    const doc = {
      lang: 'uk' as const,
      sentences: [{ start: 1, end: 29, text }],
      entities: [],
      quotes: [
        { start: 1, end: 10, text: 'Ми готові', kind: 'direct' as const, speaker: { start: 22, end: 28, text: 'Лавров', entityId: 'e9', kind: 'name' as const, base: 'Лавров' }, cue: null },
        { start: 5, end: 14, text: text.slice(5, 14), kind: 'direct' as const, speaker: null, cue: null },
      ],
    };
    expect(violations(text, doc, 'uk')).toEqual([
      'sentence 0: text.slice(1, 29) = "Ми готові», — сказав Лавров." but span.text = "«Ми готові», — сказав Лавров."',
      'quote 0: speaker entityId e9 is not among the entities',
      'quotes 0 (1..10) and 1 (5..14) overlap',
    ]);
  });
});
