import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/types.js';
import { detectLanguage, parse, splitParagraphs, splitSentences, tokenize } from '../../src/parser/index.js';

// Pieces that stress the parser: words of each script, every quotation-mark style, terminators,
// abbreviations, line breaks of every kind, emoji, combining marks, lone surrogates, NUL, ZWJ.
const PIECES = [
  'Лавров', 'заявив', "Мар'їнка", 'п’ять', 'Івано-Франківськ', 'don’t', 'U.S.', 'Mr.', 'м.', 'т. зв.', 'В.', 'J.',
  'ст.', '3.5', '21.10.2025', '2025', '«', '»', '„', '“', '”', '"', "'", '‹', '›', '‘', '’', '(', ')', '[', ']',
  '.', '...', '…', '!', '?', '?!', ',', ';', ':', '—', '–', '-', ' — ', ' ', '  ', '\t', '\u00A0', '\n', '\r\n', '\r',
  '\n\n', '\u2028', '\u2029', '\u0085', '😀', '👩‍🔬', '🇺🇦', '👍🏽', 'e\u0301', '\u0301', '\uD800', '\uDC00', '\uDBFF\uDBFF',
  '\0', '\u200D', '\u00AD', '\uFEFF', '©', 'ʼ', 'Ё', 'ы', 'a', 'Z', '7',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)) },
);
const textArb = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

const isSpace = (ch: string) => /\s/u.test(ch);

/** Offsets agree with the text, spans are non-empty, in order and do not overlap. */
function checkSpans(text: string, spans: Span[]): void {
  let last = 0;
  for (const s of spans) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.start).toBeGreaterThanOrEqual(last);
    last = s.end;
  }
}

/** Every non-white-space code unit lies inside one of the spans. */
function checkCoverage(text: string, spans: Span[]): void {
  const covered = new Uint8Array(text.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !isSpace(text[i])) throw new Error(`uncovered U+${text.charCodeAt(i).toString(16)} at ${i} in ${JSON.stringify(text)}`);
  }
}

/** Spans start and end on non-white-space (they are trimmed). */
function checkTrimmed(spans: Span[]): void {
  for (const s of spans) {
    expect(isSpace(s.text[0])).toBe(false);
    expect(isSpace(s.text[s.text.length - 1])).toBe(false);
  }
}

describe('parser properties on random Unicode text', () => {
  it('tokens: exact offsets, in order, no white space inside, cover every non-space character', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const tokens = tokenize(text);
        checkSpans(text, tokens);
        checkCoverage(text, tokens);
        for (const t of tokens) expect(/\s/u.test(t.text)).toBe(false);
        // A surrogate pair is never cut in two.
        for (const t of tokens) {
          const first = t.text.charCodeAt(0);
          const last = t.text.charCodeAt(t.text.length - 1);
          if (first >= 0xdc00 && first <= 0xdfff && t.start > 0) {
            const prev = text.charCodeAt(t.start - 1);
            expect(prev >= 0xd800 && prev <= 0xdbff).toBe(false);
          }
          if (last >= 0xd800 && last <= 0xdbff && t.end < text.length) {
            const next = text.charCodeAt(t.end);
            expect(next >= 0xdc00 && next <= 0xdfff).toBe(false);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('paragraphs: exact offsets, in order, trimmed, no line break inside, cover every non-space character', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const paragraphs = splitParagraphs(text);
        checkSpans(text, paragraphs);
        checkTrimmed(paragraphs);
        checkCoverage(text, paragraphs);
        for (const p of paragraphs) expect(/[\n\r\u2028\u2029]/u.test(p.text)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('sentences: exact offsets, in order, trimmed, inside one paragraph, cover every non-space character', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom(undefined, 'uk' as const, 'ru' as const, 'en' as const), (text, lang) => {
        const sentences = splitSentences(text, lang);
        const paragraphs = splitParagraphs(text);
        checkSpans(text, sentences);
        checkTrimmed(sentences);
        checkCoverage(text, sentences);
        for (const s of sentences) expect(paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('parse and detectLanguage agree with the parts and never throw', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const lang = detectLanguage(text);
        expect(['uk', 'ru', 'en']).toContain(lang);
        const doc = parse(text, lang);
        expect(doc.text).toBe(text);
        expect(doc.tokens).toEqual(tokenize(text));
        expect(doc.sentences).toEqual(splitSentences(text, lang));
        expect(doc.paragraphs).toEqual(splitParagraphs(text));
      }),
      { numRuns: 500 },
    );
  });
});
