/**
 * Choosing a knowledge-base entry for a cluster: candidates from every name of the cluster (the
 * recogniser's KB ids, the base form, the text, then guessed nominatives), filtered by type and
 * scored by support, type agreement, the popularity prior and context (a country of the document,
 * «штат» before a US state). Below the bar, no link: a wrong link is worse than none.
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KnowledgeBaseEntry } from '../kb/types.js';
import type { NameMention, ParsedDocument } from '../stages.js';
import type { EntityType } from '../types.js';
import { baseOf, personWords, type Cluster } from './cluster.js';
import { splitWords, wordBaseCandidates } from './inflection.js';
import { foldWord, type CompiledLexicon } from './lexicon.js';

/**
 * What the scorer knows about the document.
 *
 * @example
 * ```ts
 * const ctx: LinkContext = { doc, names, kb, lex: lexiconFor('uk'), countries: new Set(['Q212']), cache: new Map() };
 * ```
 */
export interface LinkContext {
  doc: ParsedDocument;
  names: readonly NameMention[];
  kb: KnowledgeBase;
  lex: CompiledLexicon;
  /** QIDs of the countries the document names (from clusters already linked to countries). */
  countries: ReadonlySet<string>;
  /** Candidates per name (by text, base and KB ids), filled on first use: a name repeats, and both linking passes read them. */
  cache: Map<string, KnowledgeBaseEntry[]>;
}

function typeFits(cluster: EntityType, entry: EntityType): 'exact' | 'near' | false {
  if (cluster === entry) return 'exact';
  if (cluster === 'PER' || entry === 'PER') return false;
  return 'near'; // LOC/ORG/MISC metonymy: «Вашингтон» the government, «Кремль» the building
}

/**
 * Entries a name may refer to: exact base or text first; when neither is known, nominatives
 * guessed from the form (each word of a multi-word name varied in turn, bounded).
 *
 * @example
 * ```ts
 * nameCandidates(kb, { text: 'Алясці', base: 'Алясці', type: 'LOC', start: 0, end: 6 }, 'uk')[0]?.names.uk?.[0]; // 'Аляска'
 * ```
 */
export function nameCandidates(kb: KnowledgeBase, n: NameMention, lang: ParsedDocument['lang'], honorifics?: ReadonlySet<string>): KnowledgeBaseEntry[] {
  const out: KnowledgeBaseEntry[] = [];
  const add = (list: readonly KnowledgeBaseEntry[]) => {
    for (const e of list) if (!out.includes(e)) out.push(e);
  };
  for (const id of n.kbIds ?? []) {
    const e = kb.get(id);
    if (e) add([e]);
  }
  const base = baseOf(n);
  add(kb.lookup(base, lang));
  if (n.text !== base) add(kb.lookup(n.text, lang));
  if (n.type === 'PER' && honorifics) {
    // «Mr. Obama», «пан Кличко»: the name without the honorific.
    const bare = personWords(base, honorifics).join(' ');
    if (bare !== base) add(kb.lookup(bare, lang));
  }
  if (out.length) return out;
  // English region names often lack the unit word the text uses («Chernihiv Oblast» → «Chernihiv»).
  const unit = lang === 'en' ? base.match(EN_UNIT) : null;
  if (unit) add(kb.lookup(base.slice(0, unit.index), lang).filter((e) => e.kind === 'region'));
  if (out.length) return out;
  // Guess nominatives from the text itself (the recogniser's base may be wrong as well as missing).
  const words = splitWords(n.text);
  if (words.length === 0 || words.length > 4 || n.text.length < 4) return out;
  // Vary one word at a time over its guessed nominatives; adjectives and nouns of a two-word
  // name («Білого дому») need both varied, so also vary the whole name word by word jointly.
  const options = words.map((w) => wordBaseCandidates(w, lang).slice(0, 24));
  let combos: string[] = [''];
  for (const opts of options) {
    const next: string[] = [];
    for (const prefix of combos) for (const o of opts) if (next.length < 80) next.push(prefix ? `${prefix} ${o}` : o);
    combos = next;
  }
  for (const c of combos) add(kb.lookup(c, lang));
  return out;
}

/**
 * The cache key of a name's candidates: its text, base and KB ids.
 *
 * @example
 * ```ts
 * candidateKey({ text: 'Лаврова', base: 'Лавров', start: 0, end: 7, type: 'PER' }); // 'Лаврова\u0000Лавров\u0000'
 * ```
 */
export function candidateKey(n: NameMention): string {
  return `${n.text}\u0000${baseOf(n)}\u0000${n.kbIds?.join(',') ?? ''}`;
}

const WHITE = /\s+/u;
const EN_UNIT = / (?:Oblast|Region|Province|Krai|Governorate|Prefecture)$/u;
const CAPITALS = /^\p{Lu}{2,}$/u;

/** True when one of the state words («штат», «state») stands right before the name, or (in English) right after it. */
function nearStateWord(ctx: LinkContext, n: NameMention): boolean {
  const before = ctx.doc.text.slice(Math.max(0, n.start - 16), n.start);
  const after = ctx.doc.text.slice(n.end, n.end + 10);
  const isState = (w: string | undefined) => !!w && ctx.lex.data.stateWords.some((s) => foldWord(w).startsWith(s));
  // Split, not a regex: «штат Вашингтон», «state of Georgia», «Washington state».
  const prev = before.trimEnd() === before ? [] : before.trim().split(WHITE);
  let w1 = prev[prev.length - 1];
  if (w1 === 'of') w1 = prev[prev.length - 2];
  const w2 = after.trimStart() === after ? undefined : after.trim().split(WHITE)[0];
  return isState(w1) || (ctx.doc.lang === 'en' && isState(w2));
}

/**
 * The KB entry for a cluster, or undefined when no candidate is good enough.
 * Persons are linked by a full name when the cluster has one (never by surname alone then);
 * a bare surname links only to a person the KB gives that surname.
 *
 * @example
 * ```ts
 * linkCluster(cluster, ctx)?.id; // 'Q324546' for Марко Рубіо
 * ```
 */
export function linkCluster(cluster: Cluster, ctx: LinkContext): KnowledgeBaseEntry | undefined {
  const { names, kb } = ctx;
  let members = cluster.names.map((i) => names[i]);
  if (cluster.type === 'PER') {
    const full = members.filter((n) => personWords(baseOf(n), ctx.lex.honorifics).length >= 2);
    if (full.length) members = full;
  }
  const score = new Map<KnowledgeBaseEntry, number>();
  const regions: NameMention[] = [];
  for (const i of cluster.names) {
    const n = names[i];
    if (!members.includes(n)) continue;
    const base = baseOf(n);
    // Short lower-case words and one-letter names are too easily something else.
    if (base.length < 3 && !CAPITALS.test(base)) continue;
    const key = candidateKey(n);
    let candidates = ctx.cache.get(key);
    if (!candidates) ctx.cache.set(key, (candidates = nameCandidates(kb, n, ctx.doc.lang, ctx.lex.honorifics)));
    if (candidates.length > 1 && candidates.some((e) => e.kind === 'region')) regions.push(n);
    for (const e of candidates) {
      const fit = typeFits(cluster.type, e.type);
      if (!fit) continue;
      score.set(e, (score.get(e) ?? 0) + 10 + (fit === 'exact' ? 5 : 0));
    }
  }
  // A body named in full that the KB does not know is not what its shortening names in the KB
  // («МИД Великобритании» … «МИД»: not the Russian ministry).
  if (cluster.type !== 'PER' && score.size) {
    const most = Math.max(...members.map((n) => splitWords(baseOf(n)).length));
    const fullest = members.filter((n) => splitWords(baseOf(n)).length === most);
    if (most >= 2 && fullest.every((n) => (ctx.cache.get(candidateKey(n))?.length ?? 0) === 0) && members.some((n) => splitWords(baseOf(n)).length < most)) return undefined;
  }
  // «штат Вашингтон», «Washington state»: looked for only where a region competes for the name.
  const stateHint = regions.some((n) => nearStateWord(ctx, n));
  let best: KnowledgeBaseEntry | undefined;
  let bestScore = 0;
  for (const [e, s0] of score) {
    let s = s0 + (e.popularity ?? 0) / 200;
    if (e.country && ctx.countries.has(e.country)) s += 3;
    if (stateHint && e.kind === 'region') s += 30;
    if (s > bestScore) {
      best = e;
      bestScore = s;
    }
  }
  return bestScore >= 10 ? best : undefined;
}
