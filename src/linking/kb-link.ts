/**
 * Choosing a knowledge-base entry for a cluster: candidates from every name of the cluster (the
 * recogniser's KB ids, the base form, the text, then guessed nominatives), filtered by type and
 * scored by support, type agreement, the popularity prior and context (a country of the document,
 * «штат» before a US state). Below the bar, no link: a wrong link is worse than none.
 *
 * @module
 */
import { nameSearch, type KnowledgeBase } from '../kb/knowledge-base.js';
import type { KnowledgeBaseEntry } from '../kb/types.js';
import type { NameMention, ParsedDocument } from '../stages.js';
import type { EntityType } from '../types.js';
import { baseOf, personWords, type Cluster } from './cluster.js';
import { countWords, splitWords, wordBaseCandidates } from './inflection.js';
import { foldWord, type CompiledLexicon } from './lexicon.js';
import { ofLang } from '../lang/per-language.js';
import { KbPathMemo, Memo } from './memo.js';

/**
 * What the scorer knows about the document.
 *
 * @example
 * ```ts
 * const ctx: LinkContext = { ...linkContext(doc, names, kb, lexiconFor('uk')), countries: new Set(['Q212']) };
 * ```
 */
export interface LinkContext {
  doc: ParsedDocument;
  names: readonly NameMention[];
  kb: KnowledgeBase;
  lex: CompiledLexicon;
  /** QIDs of the countries the document names (from clusters already linked to countries). */
  countries: ReadonlySet<string>;
  /** For each name (by index into `names`), the number of its {@link candidateKey} among the document's distinct keys. */
  keyOf: readonly number[];
  /** The distinct keys, by number, in two parts: the name's text, and its base with its KB ids. */
  keyText: readonly string[];
  keyRest: readonly string[];
  /** Candidates per key number, filled on first use: a name repeats, and both linking passes read them. */
  cache: (KnowledgeBaseEntry[] | undefined)[];
}

/**
 * A fresh {@link LinkContext} for a document: each name's candidate key numbered once, so that
 * scoring compares small numbers, not long strings.
 *
 * @example
 * ```ts
 * const ctx = linkContext(doc, names, defaultKnowledgeBase(), lexiconFor('uk'));
 * ctx.keyText[ctx.keyOf[0]]; // names[0].text
 * ```
 */
export function linkContext(doc: ParsedDocument, names: readonly NameMention[], kb: KnowledgeBase, lex: CompiledLexicon): LinkContext {
  // By text, then by base (and KB ids, rarely given): no joined key is made for a name seen before.
  const numbers = new Map<string, Map<string, number>>();
  const keyText: string[] = [];
  const keyRest: string[] = [];
  const plain = new Map<string, number>(); // names whose base is their text, without KB ids (most)
  const keyOf = names.map((n) => {
    const base = baseOf(n);
    if (base === n.text && !n.kbIds?.length) {
      let k = plain.get(base);
      if (k === undefined) {
        plain.set(base, (k = keyText.length));
        keyText.push(base);
        keyRest.push(base);
      }
      return k;
    }
    let byBase = numbers.get(n.text);
    if (!byBase) numbers.set(n.text, (byBase = new Map()));
    const rest = n.kbIds?.length ? `${base}\u0000${n.kbIds.join(',')}` : base;
    let k = byBase.get(rest);
    if (k === undefined) {
      byBase.set(rest, (k = keyText.length));
      keyText.push(n.text);
      keyRest.push(rest);
    }
    return k;
  });
  return { doc, names, kb, lex, countries: new Set(), keyOf, keyText, keyRest, cache: new Array<KnowledgeBaseEntry[] | undefined>(keyText.length) };
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
  // (Small one-concern helpers at module level rather than closures made per call: cheaper for
  // the optimising compiler, and a deoptimisation in one throws away less.)
  addKnownIds(out, kb, n.kbIds);
  const base = baseOf(n);
  addEntries(out, kb.lookup(base, lang));
  if (n.text !== base) addEntries(out, kb.lookup(n.text, lang));
  if (n.type === 'PER' && honorifics) {
    // «Mr. Obama», «пан Кличко»: the name without the honorific.
    const bare = personWords(base, honorifics).join(' ');
    if (bare !== base) addEntries(out, kb.lookup(bare, lang));
  }
  if (out.length) return out;
  // English region names often lack the unit word the text uses («Chernihiv Oblast» → «Chernihiv»).
  const unit = lang === 'en' ? base.match(EN_UNIT) : null;
  if (unit) addEntries(out, kb.lookup(base.slice(0, unit.index), lang).filter(isRegion));
  if (out.length) return out;
  // Guess nominatives from the text itself (the recogniser's base may be wrong as well as missing).
  const words = splitWords(n.text);
  if (words.length === 0 || words.length > 4 || n.text.length < 4) return out;
  const search = nameSearch(kb);
  const combos = guessCombos(words, lang, search);
  for (const c of combos) if (c !== null) addEntries(out, search ? search.lookupKey(c, lang) : kb.lookup(c, lang));
  return out;
}

/** Appends the entries not in `out` yet, keeping their order. */
function addEntries(out: KnowledgeBaseEntry[], list: readonly KnowledgeBaseEntry[]): void {
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (!out.includes(e)) out.push(e);
  }
}

/** Appends the entries of the ids the recogniser already matched. */
function addKnownIds(out: KnowledgeBaseEntry[], kb: KnowledgeBase, ids: readonly string[] | undefined): void {
  if (ids === undefined) return;
  for (let i = 0; i < ids.length; i++) {
    const e = kb.get(ids[i]!);
    if (e && !out.includes(e)) out.push(e);
  }
}

function isRegion(e: KnowledgeBaseEntry): boolean {
  return e.kind === 'region';
}

/**
 * Nominative guesses for a name, word by word. Varying one word at a time is not enough: adjectives
 * and nouns of a two-word name («Білого дому») need both varied, so the whole name is varied word
 * by word jointly. The guesses are normalised already (lower case, one apostrophe, single spaces):
 * looked up as keys, and a guess whose first words begin no KB name cannot be one, so it keeps its
 * place in the list (the bound of 80 counts it) as null, and so do the guesses built on it.
 */
function guessCombos(words: readonly string[], lang: ParsedDocument['lang'], search: ReturnType<typeof nameSearch>): (string | null)[] {
  const options: (readonly string[])[] = [];
  for (let i = 0; i < words.length; i++) options.push(wordBaseGuesses(words[i]!, lang));
  let combos: (string | null)[] = [''];
  for (let level = 0; level < options.length; level++) {
    const opts = options[level]!;
    const last = level === options.length - 1;
    const next: (string | null)[] = [];
    for (const prefix of combos) {
      for (const o of opts) {
        if (next.length >= 80) break;
        if (prefix === null) {
          next.push(null);
          continue;
        }
        const c = prefix ? `${prefix} ${o}` : o;
        next.push(!last && search && !search.beginsWords(c) ? null : c);
      }
    }
    combos = next;
  }
  return combos;
}

/** A word's first 24 guessed nominatives, per language, remembered: words recur across a document's names. */
function wordBaseGuesses(word: string, lang: ParsedDocument['lang']): readonly string[] {
  return ofLang(GUESSES, lang).get(word);
}

const GUESSES: Readonly<Record<ParsedDocument['lang'], Memo<readonly string[]>>> = {
  uk: new Memo((w) => wordBaseCandidates(w, 'uk', 24)),
  ru: new Memo((w) => wordBaseCandidates(w, 'ru', 24)),
  en: new Memo((w) => wordBaseCandidates(w, 'en', 24)),
};

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

const EN_UNIT = / (?:Oblast|Region|Province|Krai|Governorate|Prefecture)$/u;
const CAPITALS = /^\p{Lu}{2,}$/u;

/** True when one of the state words («штат», «state») stands right before the name, or (in English) right after it. */
function nearStateWord(ctx: LinkContext, n: NameMention): boolean {
  const before = ctx.doc.text.slice(Math.max(0, n.start - 16), n.start);
  const after = ctx.doc.text.slice(n.end, n.end + 10);
  // Words, not a regex: «штат Вашингтон», «state of Georgia», «Washington state».
  const prev = before.trimEnd() === before ? [] : splitWords(before);
  let w1 = prev[prev.length - 1];
  if (w1 === 'of') w1 = prev[prev.length - 2];
  const w2 = after.trimStart() === after ? undefined : splitWords(after)[0];
  const states = ctx.lex.data.stateWords;
  return isStateWord(w1, states) || (ctx.doc.lang === 'en' && isStateWord(w2, states));
}

/** Whether a word starts with one of the state words (a loop: no closure per name). */
function isStateWord(w: string | undefined, states: readonly string[]): boolean {
  if (!w) return false;
  const folded = foldWord(w);
  for (let i = 0; i < states.length; i++) if (folded.startsWith(states[i]!)) return true;
  return false;
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
  const members = countingNames(cluster, ctx);
  // Names that share a key have the same candidates: each distinct key is scored once, times its count.
  const counts = new Map<number, number>();
  const regions: NameMention[] = [];
  for (const i of members) {
    const n = ctx.names[i];
    const base = baseOf(n);
    // Short lower-case words and one-letter names are too easily something else.
    if (base.length < 3 && !CAPITALS.test(base)) continue;
    const key = ctx.keyOf[i];
    const candidates = candidatesOf(key, n, ctx);
    if (candidates.length > 1 && candidates.some(isRegion)) regions.push(n);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const score = supportScores(cluster, counts, ctx);
  // A body named in full that the KB does not know is not what its shortening names in the KB
  // («МИД Великобритании» … «МИД»: not the Russian ministry).
  if (cluster.type !== 'PER' && score.size && unknownFullName(members, ctx)) return undefined;
  // «штат Вашингтон», «Washington state»: looked for only where a region competes for the name.
  return bestEntry(score, ctx, anyNearStateWord(ctx, regions));
}

/** Whether a state word stands by one of the names. */
function anyNearStateWord(ctx: LinkContext, names: readonly NameMention[]): boolean {
  for (let i = 0; i < names.length; i++) if (nearStateWord(ctx, names[i]!)) return true;
  return false;
}

/** The names that count for linking: for a person, the full names when there are any. */
function countingNames(cluster: Cluster, ctx: LinkContext): number[] {
  if (cluster.type !== 'PER') return cluster.names;
  const full: number[] = [];
  for (const i of cluster.names) if (personWords(baseOf(ctx.names[i]!), ctx.lex.honorifics).length >= 2) full.push(i);
  return full.length ? full : cluster.names;
}

/** Each candidate entry's support: per name that has it, 10, and 5 more when its type is the cluster's. */
function supportScores(cluster: Cluster, counts: ReadonlyMap<number, number>, ctx: LinkContext): Map<KnowledgeBaseEntry, number> {
  const score = new Map<KnowledgeBaseEntry, number>();
  for (const [key, count] of counts) {
    for (const e of ctx.cache[key] ?? []) {
      const fit = typeFits(cluster.type, e.type);
      if (!fit) continue;
      score.set(e, (score.get(e) ?? 0) + count * (10 + (fit === 'exact' ? 5 : 0)));
    }
  }
  return score;
}

/** The best-scored entry with popularity, the document's countries and a state hint added; none below 10. */
function bestEntry(score: ReadonlyMap<KnowledgeBaseEntry, number>, ctx: LinkContext, stateHint: boolean): KnowledgeBaseEntry | undefined {
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

/** The candidates of a name, from the document's table, else the KB's remembered ones, else looked up. */
function candidatesOf(key: number, n: NameMention, ctx: LinkContext): KnowledgeBaseEntry[] {
  let candidates = ctx.cache[key];
  if (!candidates) {
    candidates = REMEMBERED.get(ctx.kb, ctx.doc.lang, n.type, ctx.keyText[key], ctx.keyRest[key], () => nameCandidates(ctx.kb, n, ctx.doc.lang, ctx.lex.honorifics));
    ctx.cache[key] = candidates;
  }
  return candidates;
}

/** Whether the fullest (multi-word) names of a cluster with shorter names too all have no candidate. */
function unknownFullName(members: readonly number[], ctx: LinkContext): boolean {
  let most = 0;
  let shorter = false;
  const counts: number[] = [];
  for (let k = 0; k < members.length; k++) counts.push(countWords(baseOf(ctx.names[members[k]!]!)));
  for (const c of counts) most = Math.max(most, c);
  if (most < 2) return false;
  for (let k = 0; k < members.length; k++) {
    if (counts[k] < most) shorter = true;
    else if ((ctx.cache[ctx.keyOf[members[k]]]?.length ?? 0) !== 0) return false;
  }
  return shorter;
}

/**
 * Candidates by type and {@link candidateKey}, kept across documents: a batch of articles names the
 * same people and places again and again, and guessing nominatives costs dozens of lookups.
 */
const REMEMBERED = new KbPathMemo<KnowledgeBaseEntry[]>();

/**
 * Links every cluster (twice where names are ambiguous: the second time knowing the document's
 * countries), setting each cluster's `kbId`.
 *
 * @example
 * ```ts
 * linkClusters(clusters, linkContext(doc, names, kb, lex));
 * clusters[0].kbId; // 'Q7747'
 * ```
 */
export function linkClusters(clusters: readonly Cluster[], ctx: LinkContext): void {
  const countries = new Set<string>();
  for (const c of clusters) {
    const e = linkCluster(c, ctx);
    c.kbId = e?.id;
    if (e && e.kind === 'country') countries.add(e.id);
  }
  // Second pass, knowing the document's countries, only where names had several candidates.
  // Built field by field in linkContext's order (not spread): one object shape for linkCluster.
  const withCountries: LinkContext = { doc: ctx.doc, names: ctx.names, kb: ctx.kb, lex: ctx.lex, countries, keyOf: ctx.keyOf, keyText: ctx.keyText, keyRest: ctx.keyRest, cache: ctx.cache };
  for (const c of clusters) {
    if (hasSeveralCandidates(c, ctx)) c.kbId = linkCluster(c, withCountries)?.id;
  }
}

/** Whether one of the cluster's names had more than one KB candidate. */
function hasSeveralCandidates(c: Cluster, ctx: LinkContext): boolean {
  for (let k = 0; k < c.names.length; k++) if ((ctx.cache[ctx.keyOf[c.names[k]!]!]?.length ?? 0) > 1) return true;
  return false;
}
