/**
 * Stray surnames after KB linking: a bare surname that the recogniser typed as a place or an
 * organisation («Лавров» tagged LOC), or a first name it typed as a place («Асия»), joins the one
 * person of the document who has it (a MISC name does not: events and peoples are not misread persons).
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
  // Keys are `L` + the stem of a last word and `F` + the stem of a first word.
  let persons: Map<string, Cluster | null> | undefined;
  const gather = (): Map<string, Cluster | null> => {
    const map = new Map<string, Cluster | null>();
    for (const c of clusters) {
      if (c.type !== 'PER') continue;
      for (const i of c.names) {
        const ends = ofLang(END_STEMS, lang).get(baseOf(names[i]));
        if (!ends) continue;
        for (let k = 0; k < 2; k++) {
          const s = (k === 0 ? 'L' : 'F') + ends[k];
          const seen = map.get(s);
          map.set(s, seen === undefined || seen === c ? c : null);
        }
      }
    }
    return map;
  };
  // The one person with the stem as a surname, or (for a stray place only) as a first name: a
  // body named like a person's first word is a firm misread as a person («Pirelli» and «Pirelli
  // Cables»), while first names typed as places are common («Асия» after «Асия Биби»).
  const personOf = (stem: string, type: Cluster['type']): Cluster | null | undefined => {
    const map = (persons ??= gather());
    const bySurname = map.get('L' + stem);
    if (bySurname !== undefined || type !== 'LOC') return bySurname;
    return map.get('F' + stem);
  };
  const out: Cluster[] = [];
  for (const c of clusters) {
    // Only places and bodies: a name the recogniser calls MISC is an event, a product or a people
    // («Брекзит», «Afrikaners»), which a person's first word («Брекзита Найджел …») misread as a name does not make a person.
    if ((c.type === 'LOC' || c.type === 'ORG') && !c.kbId && c.names.length) {
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
      const person = only ? personOf(only, c.type) : undefined;
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
