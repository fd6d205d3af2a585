/**
 * An entity's type and name from its cluster: the most frequent type of its names; the fullest
 * base form the document supports (Сергій Лавров over Лавров, Росія over РФ), or the KB's
 * preferred name in the text's language when the document names a person only in part (Рубіо →
 * Марко Рубіо).
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KnowledgeBaseEntry } from '../kb/types.js';
import { normalizeAlias } from '../kb/normalize.js';
import type { NameMention } from '../stages.js';
import type { EntityType, Lang } from '../types.js';
import { baseOf, personWords, type Cluster } from './cluster.js';
import { lexiconFor } from './lexicon.js';
import { countWords, nameStemKey, splitWords } from './inflection.js';
import { Memo } from './memo.js';

const ALL_CAPS = /^[\p{Lu}\d\s.&-]+$/u;

/**
 * The entity type of a cluster: the type its context decides, if any (type-split.ts); PER when a
 * full personal name is among its names (the recogniser may have typed a bare surname otherwise);
 * else the most frequent type, the first on a tie.
 *
 * @example
 * ```ts
 * entityType(cluster, names); // 'PER'
 * ```
 */
export function entityType(c: Cluster, names: readonly NameMention[]): EntityType {
  if (!c.names.length) return c.type;
  if (c.typeByContext) return c.typeByContext;
  // Names of one type (most clusters, and every one-name cluster): that type, without counting.
  const first = names[c.names[0]].type;
  let mixed = false;
  for (let k = 1; k < c.names.length && !mixed; k++) mixed = names[c.names[k]].type !== first;
  if (!mixed) return first;
  if (c.type === 'PER' && hasFullPersonName(c, names)) return 'PER';
  const count = new Map<EntityType, number>();
  let best: EntityType = names[c.names[0]].type;
  for (const i of inTextOrder(c.names, names)) {
    const t = names[i].type;
    count.set(t, (count.get(t) ?? 0) + 1);
    if ((count.get(t) ?? 0) > (count.get(best) ?? 0)) best = t;
  }
  return best;
}

/** Whether a name of the cluster reads as a person's full name (two words or more). */
function hasFullPersonName(c: Cluster, names: readonly NameMention[]): boolean {
  for (const i of c.names) if (names[i]!.type === 'PER' && countWords(baseOf(names[i]!)) >= 2) return true;
  return false;
}

/** Name indices in text order: the cluster's own list when it already is (the usual case), else a sorted copy. */
function inTextOrder(list: readonly number[], names: readonly NameMention[]): readonly number[] {
  for (let k = 1; k < list.length; k++) if (names[list[k]].start < names[list[k - 1]].start) return [...list].sort((a, b) => names[a].start - names[b].start);
  return list;
}

/** Fuller first: more words, then not an abbreviation, then longer. */
function fuller(a: string, b: string): number {
  const wa = countWords(a);
  const wb = countWords(b);
  if (wa !== wb) return wb - wa;
  const ca = ALL_CAPS.test(a) ? 1 : 0;
  const cb = ALL_CAPS.test(b) ? 1 : 0;
  if (ca !== cb) return ca - cb;
  return b.length - a.length;
}

const ABBREVIATION = /^[\p{Lu}\d&]{2,}$/u;

/**
 * Whether a name in capitals only that the KB confirms stands for an entry whose everyday name in
 * the text's language is one plain word: «РФ» (Російська Федерація) → «Росія», «ФРН» → «Німеччина»,
 * a dateline's «LONDON» → «London». Abbreviations of names that are several words even in everyday
 * use («США», «ЄС», «UK») are what news call those and stay, and so do abbreviations whose KB name
 * only spells out their letters («BBC» → «Би-би-си»: a hyphenated name).
 */
function formalAbbreviation(name: string, preferred: string): boolean {
  return ABBREVIATION.test(name) && !ABBREVIATION.test(preferred) && countWords(preferred) === 1 && !preferred.includes('-');
}

/** The normalised words of a KB preferred name, remembered (the same entries recur across documents). */
const PREFERRED_WORDS = new Memo<ReadonlySet<string>>((name) => new Set(splitWords(normalizeAlias(name))));

/** The distinct bases of the names, in the given order (a list scan while short: clusters have few). */
function distinctBases(order: readonly number[], names: readonly NameMention[]): string[] {
  const out: string[] = [];
  let seen: Set<string> | undefined;
  for (const i of order) {
    const b = baseOf(names[i]);
    if (seen) {
      if (seen.has(b)) continue;
      seen.add(b);
    } else if (out.includes(b)) continue;
    else if (out.length >= 8) seen = new Set([...out, b]);
    out.push(b);
  }
  return out;
}

const EMPTY: ReadonlySet<string> = new Set();
const KNOWN = new WeakMap<KnowledgeBaseEntry, Map<Lang, ReadonlySet<string>>>();

/** The entry's names in a language, normalised; remembered per entry (KB entries do not change once parsed). */
function knownNames(entry: KnowledgeBaseEntry, lang: Lang): ReadonlySet<string> {
  let perLang = KNOWN.get(entry);
  if (!perLang) KNOWN.set(entry, (perLang = new Map()));
  let set = perLang.get(lang);
  if (!set) perLang.set(lang, (set = new Set((entry.names[lang] ?? []).map(normalizeAlias))));
  return set;
}

/**
 * The entity's name.
 *
 * @example
 * ```ts
 * entityName(cluster, names, 'uk', kb); // 'Сергій Лавров'
 * ```
 */
export function entityName(c: Cluster, names: readonly NameMention[], lang: Lang, kb: KnowledgeBase | null): string {
  const bases = distinctBases(inTextOrder(c.names, names), names);
  if (!bases.length) return c.fallbackName ?? c.extra[0]?.base ?? '';
  const entry = c.kbId && kb ? kb.get(c.kbId) : undefined;
  const kbNames = entry ? (entry.names[lang] ?? []) : [];
  const known = entry ? knownNames(entry, lang) : EMPTY;
  // Names the KB confirms are better base forms than names it does not (a form the morphology missed).
  const confirmed = entry ? bases.filter((b) => known.has(normalizeAlias(b))) : [];
  const pool = confirmed.length ? confirmed : bases;
  // The first of the fullest (what a stable sort by `fuller` would put first), in one pass.
  let best = pool[0];
  for (let k = 1; k < pool.length; k++) if (fuller(pool[k], best) < 0) best = pool[k];
  const preferred = kbNames[0];
  if (preferred) {
    if (!confirmed.length) {
      // No document name is a KB name: the KB's, when it has the same stem as one of them.
      const stems = new Set(bases.map((b) => nameStemKey(b, lang)));
      const match = kbNames.find((n) => stems.has(nameStemKey(n, lang)));
      if (match) return countWords(match) >= countWords(best) ? match : best;
    }
    // A person the document names only in part (Рубіо ⊂ Марко Рубіо). Places keep the document's
    // own short form: «Британія» is a name of its own, not a part of «Велика Британія».
    if (c.type !== 'PER') return confirmed.length && formalAbbreviation(best, preferred) ? preferred : best;
    const words = PREFERRED_WORDS.get(preferred);
    const part = personWords(normalizeAlias(best), lexiconFor(lang).honorifics);
    if (part.length < words.size && part.every((w) => words.has(w))) return preferred;
  }
  return best;
}
