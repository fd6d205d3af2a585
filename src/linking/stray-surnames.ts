/**
 * Stray surnames after KB linking: a bare surname or first name that the recogniser typed as a
 * place or an organisation («Лавров» tagged LOC) joins the one person of the document who has it.
 *
 * @module
 */
import type { NameMention } from '../stages.js';
import type { Lang } from '../types.js';
import { baseOf, type Cluster } from './cluster.js';
import { countWords, splitWords, wordStemKey } from './inflection.js';
import { ofLang } from '../lang/per-language.js';
import { Memo } from './memo.js';

/** Stem keys of a name's last and first words (null for a name of one word), per language, remembered. */
const END_STEMS: Readonly<Record<Lang, Memo<readonly [string, string] | null>>> = {
  uk: new Memo((b) => endStems(b, 'uk')),
  ru: new Memo((b) => endStems(b, 'ru')),
  en: new Memo((b) => endStems(b, 'en')),
};

function endStems(base: string, lang: Lang): readonly [string, string] | null {
  const words = splitWords(base);
  return words.length < 2 ? null : [wordStemKey(words[words.length - 1], lang), wordStemKey(words[0], lang)];
}

/**
 * Joins to a person the clusters of a bare surname or first name that the recogniser typed as a
 * place or an organisation («Лавров» tagged LOC after «Сергій Лавров»), when no KB entry claims the
 * word and exactly one person in the document has that name.
 *
 * @example
 * ```ts
 * mergeStraySurnames(clusters, names, 'uk'); // the LOC «Лавров» joins Сергій Лавров
 * ```
 */
export function mergeStraySurnames(clusters: readonly Cluster[], names: readonly NameMention[], lang: Lang): Cluster[] {
  // The persons by the stems of their names' ends, gathered when a stray first needs them (most
  // documents have none), which is before any cluster has changed.
  let persons: Map<string, Cluster | null> | undefined;
  const gather = (): Map<string, Cluster | null> => {
    const map = new Map<string, Cluster | null>();
    for (const c of clusters) {
      if (c.type !== 'PER') continue;
      for (const i of c.names) {
        const ends = ofLang(END_STEMS, lang).get(baseOf(names[i]));
        if (!ends) continue;
        for (const s of ends) {
          const seen = map.get(s);
          map.set(s, seen === undefined || seen === c ? c : null);
        }
      }
    }
    return map;
  };
  const out: Cluster[] = [];
  for (const c of clusters) {
    if (c.type !== 'PER' && !c.kbId && c.names.length) {
      // The one stem all its names share, when each is one word.
      let only: string | undefined;
      for (const i of c.names) {
        const b = baseOf(names[i]);
        const s = countWords(b) === 1 ? wordStemKey(b, lang) : '';
        if (!s || (only !== undefined && s !== only)) {
          only = '';
          break;
        }
        only = s;
      }
      const person = only ? (persons ??= gather()).get(only) : undefined;
      if (person) {
        person.names.push(...c.names);
        person.extra.push(...c.extra);
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
