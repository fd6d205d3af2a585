/**
 * An entity's type and name from its cluster: the most frequent type of its names; the fullest
 * base form the document supports (Сергій Лавров over Лавров, Росія over РФ), or the KB's
 * preferred name in the text's language when the document names a person only in part (Рубіо →
 * Марко Рубіо).
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { normalizeAlias } from '../kb/normalize.js';
import type { NameMention } from '../stages.js';
import type { EntityType, Lang } from '../types.js';
import { baseOf, personWords, type Cluster } from './cluster.js';
import { lexiconFor } from './lexicon.js';
import { nameStemKey, splitWords } from './inflection.js';

const ALL_CAPS = /^[\p{Lu}\d\s.&-]+$/u;

/**
 * The entity type of a cluster: PER when a full personal name is among its names (the recogniser
 * may have typed a bare surname otherwise); else the most frequent type, the first on a tie.
 *
 * @example
 * ```ts
 * entityType(cluster, names); // 'PER'
 * ```
 */
export function entityType(c: Cluster, names: readonly NameMention[]): EntityType {
  if (!c.names.length) return c.type;
  if (c.type === 'PER' && c.names.some((i) => names[i].type === 'PER' && splitWords(baseOf(names[i])).length >= 2)) return 'PER';
  const count = new Map<EntityType, number>();
  let best: EntityType = names[c.names[0]].type;
  for (const i of [...c.names].sort((a, b) => names[a].start - names[b].start)) {
    const t = names[i].type;
    count.set(t, (count.get(t) ?? 0) + 1);
    if ((count.get(t) ?? 0) > (count.get(best) ?? 0)) best = t;
  }
  return best;
}

/** Fuller first: more words, then not an abbreviation, then longer. */
function fuller(a: string, b: string): number {
  const wa = splitWords(a).length;
  const wb = splitWords(b).length;
  if (wa !== wb) return wb - wa;
  const ca = ALL_CAPS.test(a) ? 1 : 0;
  const cb = ALL_CAPS.test(b) ? 1 : 0;
  if (ca !== cb) return ca - cb;
  return b.length - a.length;
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
  const ordered = [...c.names].sort((a, b) => names[a].start - names[b].start);
  const bases = [...new Set(ordered.map((i) => baseOf(names[i])))];
  if (!bases.length) return c.fallbackName ?? c.extra[0]?.base ?? '';
  const entry = c.kbId && kb ? kb.get(c.kbId) : undefined;
  const kbNames = entry ? (entry.names[lang] ?? []) : [];
  const known = new Set(kbNames.map(normalizeAlias));
  // Names the KB confirms are better base forms than names it does not (a form the morphology missed).
  const confirmed = entry ? bases.filter((b) => known.has(normalizeAlias(b))) : [];
  const pool = confirmed.length ? confirmed : bases;
  const best = [...pool].sort(fuller)[0];
  const preferred = kbNames[0];
  if (preferred) {
    if (!confirmed.length) {
      // No document name is a KB name: the KB's, when it has the same stem as one of them.
      const stems = new Set(bases.map((b) => nameStemKey(b, lang)));
      const match = kbNames.find((n) => stems.has(nameStemKey(n, lang)));
      if (match) return splitWords(match).length >= splitWords(best).length ? match : best;
    }
    // A person the document names only in part (Рубіо ⊂ Марко Рубіо). Places keep the document's
    // own short form: «Британія» is a name of its own, not a part of «Велика Британія».
    if (c.type !== 'PER') return best;
    const words = new Set(splitWords(normalizeAlias(preferred)));
    const part = personWords(normalizeAlias(best), lexiconFor(lang).honorifics);
    if (part.length < words.size && part.every((w) => words.has(w))) return preferred;
  }
  return best;
}
