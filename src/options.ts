import type { KnowledgeBase } from './kb/knowledge-base.js';
import type { LangOption } from './types.js';

/**
 * Options for {@link extract} and {@link createExtractor}.
 *
 * @example
 * ```ts
 * const options: ExtractOptions = { lang: 'uk', kb: false };
 * ```
 */
export interface ExtractOptions {
  /** `'uk'`, `'ru'`, `'en'`, or `'auto'` (the default) to detect the language from the text. */
  lang?: LangOption;
  /**
   * The knowledge base to link entities to: a {@link KnowledgeBase} from `createKnowledgeBase`,
   * `false` for no linking to a KB, or omitted for the bundled default.
   */
  kb?: KnowledgeBase | false;
}

/** Options after validation. */
export interface ResolvedOptions {
  lang: LangOption;
  kb: KnowledgeBase | false | 'default';
}

const LANG_OPTIONS: ReadonlySet<string> = new Set(['auto', 'uk', 'ru', 'en']);
const KNOWN_KEYS: ReadonlySet<string> = new Set(['lang', 'kb']);

/**
 * Checks user options and fills in defaults; throws a `TypeError` that says what is wrong.
 *
 * @example
 * ```ts
 * resolveOptions({ lang: 'uk' }); // { lang: 'uk', kb: 'default' }
 * resolveOptions({ lang: 'de' }); // TypeError: citata: unknown lang "de" …
 * ```
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined || options === null) return { lang: 'auto', kb: 'default' };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`citata: options must be an object like { lang: 'uk' }, got ${describe(options)}`);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KNOWN_KEYS.has(key)) throw new TypeError(`citata: unknown option "${key}" (known: lang, kb)`);
  }
  let lang: LangOption = 'auto';
  if (o.lang !== undefined) {
    if (typeof o.lang !== 'string' || !LANG_OPTIONS.has(o.lang)) {
      throw new TypeError(`citata: unknown lang ${JSON.stringify(o.lang)}; use 'uk', 'ru', 'en' or 'auto'`);
    }
    lang = o.lang as LangOption;
  }
  let kb: ResolvedOptions['kb'] = 'default';
  if (o.kb !== undefined) {
    if (o.kb === false) kb = false;
    else if (isKnowledgeBase(o.kb)) kb = o.kb;
    else throw new TypeError(`citata: option kb must be a KnowledgeBase from createKnowledgeBase() or false, got ${describe(o.kb)}`);
  }
  return { lang, kb };
}

function isKnowledgeBase(value: unknown): value is KnowledgeBase {
  return (
    typeof value === 'object' && value !== null &&
    typeof (value as KnowledgeBase).lookup === 'function' &&
    typeof (value as KnowledgeBase).get === 'function'
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value.slice(0, 40))}` : typeof value;
}
