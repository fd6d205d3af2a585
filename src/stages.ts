/**
 * Contracts between the pipeline stages (parser → entities → quotes → linking).
 * Internal: each stage's public module re-exports what users may call.
 *
 * @module
 */
import type { EntityType, Lang, MentionKind, QuoteKind, Span } from './types.js';

/**
 * What a token is.
 * `word` holds letters (with inner apostrophes and hyphens: «Мар'їнка», «Івано-Франківськ»),
 * `number` digits, `punct` one punctuation mark, `symbol` anything else that is not white space.
 *
 * @example
 * ```ts
 * tokenize('Лавров, 2025 🇺🇦').map((t) => t.kind); // ['word', 'punct', 'number', 'symbol']
 * ```
 */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/**
 * A token with offsets into the original input. White space is not a token.
 *
 * @example
 * ```ts
 * const t: Token = { start: 0, end: 6, text: 'Лавров', kind: 'word' };
 * ```
 */
export interface Token extends Span {
  /** What the token is. */
  kind: TokenKind;
}

/**
 * The parser's output, shared by every later stage.
 *
 * @example
 * ```ts
 * const doc: ParsedDocument = parse('Лавров заявив.', 'uk');
 * ```
 */
export interface ParsedDocument {
  /** The original input, untouched. */
  text: string;
  /** The language the text is read as. */
  lang: Lang;
  /** Tokens in text order. */
  tokens: Token[];
  /** Sentence spans in text order (trimmed of surrounding white space). */
  sentences: Span[];
  /** Paragraph spans in text order (split at blank lines or line breaks). */
  paragraphs: Span[];
}

/**
 * A name found by the entities stage, before linking groups names into entities.
 *
 * @example
 * ```ts
 * const n: NameMention = { start: 135, end: 149, text: 'Сергія Лаврова', type: 'PER', base: 'Сергій Лавров' };
 * ```
 */
export interface NameMention extends Span {
  /** The entity type the name was given. */
  type: EntityType;
  /** The name's own words in base form (nominative singular). */
  base: string;
  /** Grammatical gender where known: helps pronouns and cue verbs agree. */
  gender?: 'm' | 'f';
  /** KB ids the recogniser already matched (best first), if any. */
  kbIds?: string[];
}

/**
 * A non-name mention that a stage found (a title, a descriptor or a pronoun), to be resolved by linking.
 *
 * @example
 * ```ts
 * const r: ReferringMention = { start: 692, end: 695, text: 'він', kind: 'pronoun', base: 'він', gender: 'm', number: 'sg' };
 * ```
 */
export interface ReferringMention extends Span {
  /** `title`, `descriptor` or `pronoun` (a `name` only when a speaker is a name). */
  kind: MentionKind;
  /** Base form of the mention's words. */
  base: string;
  /** Grammatical gender where known. */
  gender?: 'm' | 'f' | 'n';
  /** Grammatical number where known. */
  number?: 'sg' | 'pl';
  /** Index into the names array when this mention is (or is in apposition to) a recognised name. */
  nameIndex?: number;
}

/**
 * A cue found by the quotes stage: the reporting verb, its lemma, and agreement features.
 *
 * @example
 * ```ts
 * const cue: FoundCue = { start: 685, end: 691, text: 'сказав', lemma: 'сказати', gender: 'm', number: 'sg' };
 * ```
 */
export interface FoundCue extends Span {
  /** Dictionary form. */
  lemma: string;
  /** Gender of a past-tense verb (сказав m, сказала f, сказало n). */
  gender?: 'm' | 'f' | 'n';
  /** Number (сказав sg, сказали pl). */
  number?: 'sg' | 'pl';
}

/**
 * A quotation found by the quotes stage; linking resolves its speaker to an entity.
 *
 * @example
 * ```ts
 * const [quote] = findQuotes(parse('«Ні», — сказав він.', 'uk'), []);
 * quote.text;          // 'Ні'
 * quote.cue?.lemma;    // 'сказати'
 * quote.speaker?.kind; // 'pronoun'
 * ```
 */
export interface FoundQuote extends Span {
  /** Direct, partial or indirect speech. */
  kind: QuoteKind;
  /** The reporting cue, if any. */
  cue: FoundCue | null;
  /** The words naming the speaker, if the text names one near the quote. */
  speaker: ReferringMention | null;
  /**
   * When the quote has no speaker of its own and continues the voice of an earlier quote,
   * the index of that quote in the returned array.
   */
  continues?: number;
}
