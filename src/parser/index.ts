/**
 * The parser: tokens, sentences, paragraphs and language, all with offsets into the original text.
 *
 * @module
 */
import type { Lang, Span } from '../types.js';
import type { ParsedDocument, Token } from '../stages.js';

// STUB: replaced by the real parser (tokenize.ts, sentences.ts, paragraphs.ts, language.ts).
const TOKEN = /[\p{L}\p{M}]+(?:['’ʼ-][\p{L}\p{M}]+)*|\p{N}+|\p{P}|\S/gu;

/** Splits text into tokens with offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const kind = /^\p{L}/u.test(t) ? 'word' : /^\p{N}/u.test(t) ? 'number' : /^\p{P}/u.test(t) ? 'punct' : 'symbol';
    out.push({ start: m.index!, end: m.index! + t.length, text: t, kind });
  }
  return out;
}

/** Splits text into paragraphs. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const t = m[0];
    const lead = t.length - t.trimStart().length;
    const trimmed = t.trim();
    if (trimmed) out.push({ start: m.index! + lead, end: m.index! + lead + trimmed.length, text: trimmed });
  }
  return out;
}

/** Splits text into sentences. */
export function splitSentences(text: string, _lang?: Lang): Span[] {
  const out: Span[] = [];
  for (const p of splitParagraphs(text)) {
    for (const m of p.text.matchAll(/[^.!?…]+[.!?…]*/g)) {
      const t = m[0];
      const lead = t.length - t.trimStart().length;
      const trimmed = t.trim();
      if (trimmed) out.push({ start: p.start + m.index! + lead, end: p.start + m.index! + lead + trimmed.length, text: trimmed });
    }
  }
  return out;
}

/** Detects the language of a text. */
export function detectLanguage(text: string): Lang {
  if (/[іїєґ]/i.test(text)) return 'uk';
  if (/[ыэёъ]/i.test(text)) return 'ru';
  if (/[а-я]/i.test(text)) return 'uk';
  return 'en';
}

/** Parses text into the document every later stage reads. */
export function parse(text: string, lang: Lang): ParsedDocument {
  return { text, lang, tokens: tokenize(text), sentences: splitSentences(text, lang), paragraphs: splitParagraphs(text) };
}

export type { Token, TokenKind, ParsedDocument } from '../stages.js';
