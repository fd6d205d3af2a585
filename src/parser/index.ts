/**
 * The parser: tokens, sentences, paragraphs and language, all with offsets into the original text.
 *
 * @module
 */
import type { Lang } from '../types.js';
import type { ParsedDocument } from '../stages.js';
import { splitParagraphs } from './paragraphs.js';
import { sentencesIn } from './sentences.js';
import { tokenize } from './tokenize.js';

export { tokenize } from './tokenize.js';
export { splitParagraphs } from './paragraphs.js';
export { splitSentences } from './sentences.js';
export { detectLanguage } from './language.js';
export type { Token, TokenKind, ParsedDocument } from '../stages.js';

/**
 * Parses text into the document every later stage reads: the text untouched, its language,
 * tokens, sentences and paragraphs, all with offsets into `text`.
 *
 * @example
 * ```ts
 * const doc = parse('«Ні!» — крикнув він. Далі.', 'uk');
 * doc.sentences.map((s) => s.text); // ['«Ні!» — крикнув він.', 'Далі.']
 * doc.tokens[0]; // { start: 0, end: 1, text: '«', kind: 'punct' }
 * ```
 */
export function parse(text: string, lang: Lang): ParsedDocument {
  const paragraphs = splitParagraphs(text);
  return { text, lang, tokens: tokenize(text), sentences: sentencesIn(text, paragraphs, lang), paragraphs };
}
