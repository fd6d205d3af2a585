/**
 * Linking: mentions into entities, base names, speakers resolved, Wikidata ids.
 *
 * One pass per step, in this order: names are clustered (inflected forms, surnames after full
 * names, abbreviations); clusters are linked to the knowledge base and merged when they share an
 * entry (РФ ↔ Росія); titles and descriptors join the people the document or the KB ties them to;
 * quote speakers (names, titles, pronouns) are resolved; entities are numbered in order of first mention.
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { FoundQuote, NameMention, ParsedDocument } from '../stages.js';
import type { Entity, Mention, Quote } from '../types.js';
import { mergeAbbreviations } from './abbreviations.js';
import { clusterNames, mergeByKbId, type Cluster } from './cluster.js';
import { entityName, entityType } from './naming.js';
import { linkClusters, linkContext } from './kb-link.js';
import { lexiconFor } from './lexicon.js';
import { mergeStraySurnames } from './stray-surnames.js';
import { splitByContext } from './type-split.js';
import { resolveSpeakers, type SpeakerEnv } from './speakers.js';
import { attachTitles } from './title-spots.js';
import { byStartOrder, RoleIndex, type RoleEnv } from './titles.js';

export { lexiconFor, type CompiledLexicon } from './lexicon.js';
export type { PronounFeatures, RoleConcept, RoleLexicon, RoleWord } from './role-types.js';

/**
 * Options for {@link linkDocument}.
 *
 * @example
 * ```ts
 * const options: LinkOptions = { kb: defaultKnowledgeBase() };
 * ```
 */
export interface LinkOptions {
  /** Knowledge base to link to; `null` for none. */
  kb: KnowledgeBase | null;
}

/**
 * What linking returns.
 *
 * @example
 * ```ts
 * const { entities, quotes }: LinkedDocument = linkDocument(doc, names, found, { kb: null });
 * ```
 */
export interface LinkedDocument {
  /** Entities in order of first mention, ids 'e1', 'e2', …. */
  entities: Entity[];
  /** Quotes in text order with speakers as mentions of the entities. */
  quotes: Quote[];
}

/**
 * Groups the names of a document into entities, attaches titles, descriptors and pronouns, links
 * entities to the knowledge base, and resolves every quote's speaker to a mention of an entity.
 *
 * @example
 * ```ts
 * import { parse } from 'citata/parser';
 * import { linkDocument } from 'citata/linking';
 * const text = 'Очільник МЗС РФ Сергій Лавров заявив… Лавров додав.';
 * const names = [
 *   { start: 9, end: 15, text: 'МЗС РФ', type: 'ORG', base: 'МЗС РФ' },
 *   { start: 16, end: 29, text: 'Сергій Лавров', type: 'PER', base: 'Сергій Лавров' },
 *   { start: 38, end: 44, text: 'Лавров', type: 'PER', base: 'Лавров' },
 * ];
 * const { entities } = linkDocument(parse(text, 'uk'), names, [], { kb: null });
 * entities[0].name;                       // 'Сергій Лавров' (first mentioned by its title)
 * entities[0].mentions.map((m) => m.kind); // ['title', 'name', 'name']
 * ```
 */
export function linkDocument(doc: ParsedDocument, names: readonly NameMention[], quotes: readonly FoundQuote[], options: LinkOptions): LinkedDocument {
  const lang = doc.lang;
  const lex = lexiconFor(lang);
  const kb = options.kb;
  let clusters = clusterNames(names, lang, lex);
  if (kb) linkClusters(clusters, linkContext(doc, names, kb, lex));
  clusters = mergeAbbreviations(clusters, names, lex);
  if (kb) clusters = mergeByKbId(clusters);
  clusters = mergeStraySurnames(clusters, names, lang);
  clusters = splitByContext(clusters, names, doc.text, lang);
  const clusterOfName: Cluster[] = new Array(names.length);
  for (const c of clusters) for (const i of c.names) clusterOfName[i] = c;

  const env: RoleEnv = { lang, lex, kb, names, clusterOfName, countryKeys: new Map() };
  const roles = new RoleIndex();
  const byStart = byStartOrder(names);
  const phrases = attachTitles(doc, env, roles, clusters, byStart);
  // Listed rather than spread from env: one object shape, no copying by key.
  const speakerEnv: SpeakerEnv = { lang, lex, kb, names, clusterOfName, countryKeys: env.countryKeys, text: doc.text, sentences: doc.sentences, paragraphs: doc.paragraphs, clusters, roles, phrases, byStart };
  const refs = resolveSpeakers(quotes, speakerEnv);
  return output(doc, names, clusters, quotes, refs, kb);
}

function byOffsets(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}

/** Clusters in the order of their first mentions (module level: one comparator, not one per document). */
function byFirstMention(a: { mentions: readonly Mention[] }, b: { mentions: readonly Mention[] }): number {
  return byOffsets(a.mentions[0]!, b.mentions[0]!);
}

/** Whether spans are already in {@link byOffsets} order (then sorting would leave them as they are). */
function inOrder(list: readonly { start: number; end: number }[]): boolean {
  for (let k = 1; k < list.length; k++) if (byOffsets(list[k - 1], list[k]) > 0) return false;
  return true;
}

/** Numbers the entities in order of first mention and builds the public result. */
function output(
  doc: ParsedDocument,
  names: readonly NameMention[],
  clusters: readonly Cluster[],
  quotes: readonly FoundQuote[],
  refs: ReturnType<typeof resolveSpeakers>,
  kb: KnowledgeBase | null,
): LinkedDocument {
  // Mentions are made in their final shape once (entityId filled in when the entity is numbered).
  const built: { c: Cluster; mentions: Mention[] }[] = [];
  for (const c of clusters) {
    // Made at its final length: a cluster may have hundreds of thousands of mentions in a long text.
    const mentions = new Array<Mention>(c.names.length + c.extra.length);
    let k = 0;
    for (const i of c.names) {
      const n = names[i];
      mentions[k++] = { start: n.start, end: n.end, text: n.text, kind: 'name', base: n.base || n.text, entityId: '' };
    }
    // Extras made by extraMention already have the public shape: kept as they are, not copied.
    for (const m of c.extra) mentions[k++] = 'entityId' in m ? (m as Mention) : { start: m.start, end: m.end, text: m.text, kind: m.kind, base: m.base, entityId: '' };
    if (!mentions.length) continue;
    if (!inOrder(mentions)) mentions.sort(byOffsets);
    built.push({ c, mentions });
  }
  built.sort(byFirstMention);
  const idOf = new Map<Cluster, string>();
  const entities: Entity[] = built.map(({ c, mentions }, k) => {
    const id = `e${k + 1}`;
    idOf.set(c, id);
    for (const m of mentions) m.entityId = id;
    const entity: Entity = { id, type: entityType(c, names), name: entityName(c, names, doc.lang, kb), mentions };
    if (c.kbId) entity.kbId = c.kbId;
    return entity;
  });
  const result: Quote[] = quotes
    .map((q, i) => {
      const ref = refs[i];
      const id = ref ? idOf.get(ref.cluster) : undefined;
      // A speaker that is one of its entity's mentions is that very object (already numbered):
      // a long text has a hundred thousand quotations, and a copy each adds up.
      const shared = ref && id && 'entityId' in ref.mention && (ref.mention as Mention).entityId === id ? (ref.mention as Mention) : null;
      const speaker: Mention | null = shared ?? (ref && id ? { start: ref.mention.start, end: ref.mention.end, text: doc.text.slice(ref.mention.start, ref.mention.end), kind: ref.mention.kind, base: ref.mention.base, entityId: id } : null);
      const cue = q.cue && { start: q.cue.start, end: q.cue.end, text: q.cue.text, lemma: q.cue.lemma };
      return { start: q.start, end: q.end, text: q.text, kind: q.kind, speaker, cue };
    })
    .sort(byOffsets);
  return { entities, quotes: result };
}

