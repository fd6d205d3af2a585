import { recognizeNames } from './entities/index.js';
import { defaultKnowledgeBase } from './kb/default.js';
import type { KnowledgeBase } from './kb/knowledge-base.js';
import { linkDocument } from './linking/index.js';
import { resolveOptions, type ExtractOptions } from './options.js';
import { detectLanguage, parse } from './parser/index.js';
import { findQuotes } from './quotes/index.js';
import type { FoundQuote, NameMention } from './stages.js';
import type { Extraction, Lang, Span } from './types.js';
import { shiftWindow, windowBounds, WINDOW_CHARS } from './windows.js';

/**
 * A prepared `extract` function: options checked and resources (the knowledge base) loaded once.
 *
 * @example
 * ```ts
 * const run: Extractor = createExtractor({ lang: 'uk' });
 * run('Лавров заявив: «Ні».').quotes[0].text; // 'Ні'
 * ```
 */
export type Extractor = (text: string) => Extraction;

/**
 * Returns an `extract` function with its options checked and its knowledge base prepared once,
 * for calling many times (a service, a batch job).
 *
 * @example
 * ```ts
 * import { createExtractor } from 'citata';
 * const run = createExtractor({ lang: 'uk' });
 * for (const text of articles) console.log(run(text).quotes.length);
 * ```
 */
export function createExtractor(options?: ExtractOptions): Extractor {
  const resolved = resolveOptions(options);
  const kb: KnowledgeBase | null = resolved.kb === 'default' ? defaultKnowledgeBase() : resolved.kb === false ? null : resolved.kb;
  return (text: string): Extraction => {
    if (typeof text !== 'string') {
      throw new TypeError(`citata: extract() expects the text as a string, got ${text === null ? 'null' : typeof text}`);
    }
    const lang = resolved.lang === 'auto' ? detectLanguage(text) : resolved.lang;
    return text.length > WINDOW_CHARS ? extractInWindows(text, lang, kb) : extractWhole(text, lang, kb);
  };
}

/** The pipeline on a text of ordinary length: every stage reads the whole text. */
function extractWhole(text: string, lang: Lang, kb: KnowledgeBase | null): Extraction {
  const doc = parse(text, lang);
  const names = recognizeNames(doc, { kb });
  const found = findQuotes(doc, names);
  const linked = linkDocument(doc, names, found, { kb });
  return { lang, sentences: doc.sentences, entities: linked.entities, quotes: linked.quotes };
}

/**
 * The pipeline on a very long text: parsing, names and quotes window by window (see windows.ts:
 * memory stays bounded by the window), then linking over all names and quotes at once.
 */
function extractInWindows(text: string, lang: Lang, kb: KnowledgeBase | null): Extraction {
  const sentences: Span[] = [];
  const paragraphs: Span[] = [];
  const names: NameMention[] = [];
  const found: FoundQuote[] = [];
  for (const [start, end] of windowBounds(text)) {
    const doc = parse(text.slice(start, end), lang);
    const windowNames = recognizeNames(doc, { kb });
    const windowQuotes = findQuotes(doc, windowNames);
    const moved = shiftWindow(doc, windowNames, windowQuotes, start, names.length, found.length);
    for (const s of moved.sentences) sentences.push(s);
    for (const p of moved.paragraphs) paragraphs.push(p);
    for (const n of moved.names) names.push(n);
    for (const q of moved.quotes) found.push(q);
  }
  // Linking reads the text, its sentences and paragraphs, names and quotes; not tokens.
  const linked = linkDocument({ text, lang, tokens: [], sentences, paragraphs }, names, found, { kb });
  return { lang, sentences, entities: linked.entities, quotes: linked.quotes };
}

/**
 * Reads a news text and returns its language, sentences, entities and quotations.
 * Synchronous, pure and deterministic; every span's `text` equals `text.slice(start, end)`.
 *
 * @param text - the text to read
 * @param options - `lang` ('auto' by default) and `kb` (the bundled knowledge base by default)
 * @throws TypeError when `text` is not a string or an option is unknown or of the wrong type
 *
 * @example
 * ```ts
 * import { extract } from 'citata';
 * const doc = extract('«Ми готові», — сказав Сергій Лавров.', { lang: 'uk' });
 * doc.entities[0].name;        // 'Сергій Лавров'
 * doc.quotes[0].text;          // 'Ми готові'
 * doc.quotes[0].speaker?.text; // 'Сергій Лавров'
 * ```
 */
export function extract(text: string, options?: ExtractOptions): Extraction {
  return createExtractor(options)(text);
}
