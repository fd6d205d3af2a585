/**
 * Public types of citata. Every span carries UTF-16 offsets into the original input:
 * `input.slice(span.start, span.end) === span.text` always holds.
 *
 * @module
 */

/**
 * A language citata reads.
 *
 * @example
 * ```ts
 * const lang: Lang = extract('Лавров заявив.').lang; // 'uk'
 * ```
 */
export type Lang = 'uk' | 'ru' | 'en';

/**
 * The `lang` option: a language, or `'auto'` to detect it from the text.
 *
 * @example
 * ```ts
 * const lang: LangOption = 'auto';
 * extract(text, { lang });
 * ```
 */
export type LangOption = Lang | 'auto';

/**
 * A piece of the input text.
 *
 * @example
 * ```ts
 * const span: Span = { start: 0, end: 6, text: 'Лавров' };
 * ```
 */
export interface Span {
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset just past the last code unit. */
  end: number;
  /** Exactly `input.slice(start, end)`. */
  text: string;
}

/**
 * The type of a named entity: a person, an organisation, a place, or another name
 * (events, products, titles of works).
 *
 * @example
 * ```ts
 * const type: EntityType = 'PER';
 * ```
 */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/**
 * How a mention names its entity.
 *
 * - `name`: a proper name («Сергія Лаврова», «РФ»)
 * - `title`: a title in apposition or standing for a person («очільник МЗС РФ»)
 * - `pronoun`: a personal pronoun that refers to the entity («він»)
 * - `descriptor`: a description that refers to it («головний російський дипломат»)
 *
 * @example
 * ```ts
 * const kind: MentionKind = 'pronoun';
 * ```
 */
export type MentionKind = 'name' | 'title' | 'pronoun' | 'descriptor';

/**
 * One place in the text that names an entity.
 *
 * @example
 * ```ts
 * const m: Mention = { start: 135, end: 149, text: 'Сергія Лаврова', entityId: 'e2', kind: 'name', base: 'Сергій Лавров' };
 * ```
 */
export interface Mention extends Span {
  /** The `id` of the {@link Entity} this mention belongs to. */
  entityId: string;
  /** How the mention names the entity. */
  kind: MentionKind;
  /** This mention's own words in base form: 'Лаврова' → 'Лавров', 'очільника МЗС РФ' → 'очільник МЗС РФ'. */
  base: string;
}

/**
 * One real-world entity: a cluster of mentions.
 *
 * @example
 * ```ts
 * const { entities } = extract('Сергій Лавров заявив... Лаврова запитали...', { lang: 'uk' });
 * entities[0].name; // 'Сергій Лавров'
 * ```
 */
export interface Entity {
  /** Stable within one result: 'e1', 'e2', … in order of first mention. */
  id: string;
  /** The entity's type. */
  type: EntityType;
  /** Base form of the fullest name: 'Сергій Лавров', not 'Сергія Лаврова'. */
  name: string;
  /** Wikidata QID where the knowledge base knows the entity. */
  kbId?: string;
  /** Every mention in text order. */
  mentions: Mention[];
}

/**
 * How a quotation reports speech.
 *
 * - `direct`: a whole utterance in quotation marks, or a dialogue line after a dash
 * - `partial`: quoted words built into the author's sentence
 * - `indirect`: a reported clause without marks (`заявив, що …`)
 *
 * @example
 * ```ts
 * const kind: QuoteKind = 'direct';
 * ```
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect';

/**
 * The verb or phrase that introduces a quotation, with its dictionary form.
 *
 * @example
 * ```ts
 * const cue: Cue = { start: 685, end: 691, text: 'сказав', lemma: 'сказати' };
 * ```
 */
export interface Cue extends Span {
  /** Dictionary form: 'сказав' → 'сказати'. */
  lemma: string;
}

/**
 * A quotation: the quoted words (without the quotation marks), who said them, and the cue.
 *
 * @example
 * ```ts
 * const { quotes, entities } = extract('«Ми готові», — сказав Лавров.', { lang: 'uk' });
 * quotes[0].text;              // 'Ми готові'
 * quotes[0].speaker?.text;     // 'Лавров'
 * ```
 */
export interface Quote extends Span {
  /** Direct, partial or indirect speech. */
  kind: QuoteKind;
  /** The words naming the speaker, resolved to an entity; null when the text names nobody. */
  speaker: Mention | null;
  /** The reporting verb or phrase; null when there is none (a quotation continued from the one before). */
  cue: Cue | null;
}

/**
 * The result of {@link extract}.
 *
 * @example
 * ```ts
 * const doc: Extraction = extract('Лавров заявив: «Ні».');
 * doc.lang; // 'uk'
 * ```
 */
export interface Extraction {
  /** The language the text was read as. */
  lang: Lang;
  /** Sentence spans in text order. */
  sentences: Span[];
  /** One entity per real-world referent, in order of first mention. */
  entities: Entity[];
  /** Quotations in text order. */
  quotes: Quote[];
}
