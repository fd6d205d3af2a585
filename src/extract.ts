import { recognizeNames } from './entities/index.js';
import { defaultKnowledgeBase } from './kb/default.js';
import type { KnowledgeBase } from './kb/knowledge-base.js';
import { linkDocument } from './linking/index.js';
import { resolveOptions, type ExtractOptions } from './options.js';
import { detectLanguage, parse } from './parser/index.js';
import { findQuotes } from './quotes/index.js';
import type { Extraction } from './types.js';

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
    const doc = parse(text, lang);
    const names = recognizeNames(doc, { kb });
    const found = findQuotes(doc, names);
    const linked = linkDocument(doc, names, found, { kb });
    return { lang, sentences: doc.sentences, entities: linked.entities, quotes: linked.quotes };
  };
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
