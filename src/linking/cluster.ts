/**
 * Grouping the names of one document into clusters: inflected forms of one name (by base form,
 * then by stem key), a surname after a full name (Лавров → Сергій Лавров, choosing by gender and
 * recency when two people share it), first names and initials, shortenings of longer names; after
 * KB linking, KB identity (РФ ↔ Росія) and stray surnames (abbreviations meet their expansions in
 * abbreviations.ts).
 *
 * @module
 */
import { normalizeAlias } from '../kb/normalize.js';
import type { NameMention } from '../stages.js';
import type { EntityType, Lang, MentionKind } from '../types.js';
import { countWords, isSpaceUnit, nameStemKey, splitWords, wordStemKey } from './inflection.js';
import { foldWord, type CompiledLexicon } from './lexicon.js';
import { Memo } from './memo.js';

/**
 * A mention other than a recognised name, added to a cluster by titles, speakers or pronouns.
 *
 * @example
 * ```ts
 * const m: ExtraMention = { start: 692, end: 695, text: 'він', kind: 'pronoun', base: 'він' };
 * ```
 */
export interface ExtraMention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  base: string;
}

/**
 * A cluster of mentions under construction.
 *
 * @example
 * ```ts
 * const c: Cluster = { type: 'PER', names: [0, 4], extra: [], kbId: undefined, gender: 'm' };
 * ```
 */
export interface Cluster {
  /** Entity type (the most frequent among its names; PER for a person found only by a title). */
  type: EntityType;
  /** Indices into the names array. */
  names: number[];
  /** Titles, descriptors, pronouns and speaker spans. */
  extra: ExtraMention[];
  /** The KB entry chosen for the cluster. */
  kbId?: string;
  /** Grammatical gender of a person, where known. */
  gender?: 'm' | 'f';
  /** A name for a cluster with no names (a title or pronoun speaker). */
  fallbackName?: string;
}

/**
 * A name's base, falling back to its text when the recogniser gave none.
 *
 * @example
 * ```ts
 * baseOf({ start: 0, end: 7, text: 'Лаврова', type: 'PER', base: '' }); // 'Лаврова'
 * ```
 */
export function baseOf(n: NameMention): string {
  const b = n.base;
  if (!b) return n.text;
  // Almost every base starts with a letter: the regex only for one that starts with white space.
  return !isSpaceUnit(b.charCodeAt(0)) || NON_SPACE.test(b) ? b : n.text;
}

/** Anything but white space (what makes `trim()` non-empty), tested without making the trimmed copy. */
const NON_SPACE = /\S/u;

const FEMININE_SURNAME = /(?:ова|ева|єва|іна|ина|ська|цька|зька|ская|цкая|ая)$/u;
const MASCULINE_SURNAME = /(?:[бвгґджзклмнпрстфхцчшщ]|ий|ій|ый|ой)$/u;

/**
 * The gender a person's base name shows, when its surname ending tells (Лавров m, Захарова f;
 * Коваленко, Рубіо: unknown).
 *
 * @example
 * ```ts
 * genderOfName('Марія Захарова'); // 'f'
 * genderOfName('Коваленко');      // undefined
 * ```
 */
export function genderOfName(base: string): 'm' | 'f' | undefined {
  return GENDERS.get(base) ?? undefined;
}

/** Genders by base name, remembered (every person's name is asked on every mention). */
const GENDERS = new Memo<'m' | 'f' | null>((base) => computeGender(base) ?? null);

function computeGender(base: string): 'm' | 'f' | undefined {
  const words = splitWords(base.toLowerCase());
  const last = words[words.length - 1];
  if (!last) return undefined;
  if (FEMININE_SURNAME.test(last)) return 'f';
  if (MASCULINE_SURNAME.test(last)) return 'm';
  return undefined;
}


function isPerson(t: EntityType): boolean {
  return t === 'PER';
}

const INITIAL = /^\p{Lu}\.$/u;
const GLUED_INITIAL = /(\p{Lu}\.)(?=\p{Lu})/gu;

/**
 * A person's name words, with glued initials split off and honorifics dropped.
 *
 * @example
 * ```ts
 * personWords('С.Барклі');                                // ['С.', 'Барклі']
 * personWords('Mr. Obama', lexiconFor('en').honorifics); // ['Obama']
 * ```
 */
export function personWords(base: string, honorifics?: ReadonlySet<string>): readonly string[] {
  if (!honorifics) return computePersonWords(base);
  let memo = PERSON_WORDS.get(honorifics);
  if (!memo) PERSON_WORDS.set(honorifics, (memo = new Memo((b) => computePersonWords(b, honorifics))));
  return memo.get(base);
}

/** Person words per honorific set (one per language), remembered: a name recurs in a document. */
const PERSON_WORDS = new WeakMap<ReadonlySet<string>, Memo<readonly string[]>>();

function computePersonWords(base: string, honorifics?: ReadonlySet<string>): readonly string[] {
  const words = splitWords(base.replace(GLUED_INITIAL, '$1 '));
  if (!honorifics) return words;
  const kept = words.filter((w) => !honorifics.has(foldWord(w)));
  return kept.length ? kept : words;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What clustering reads from a base form. */
interface BaseInfo {
  key: string;
  stem: string;
  /** The stem key's words. */
  stems: readonly string[];
  gender: 'm' | 'f' | undefined;
  words: readonly string[];
}

/** What each base form gives, remembered per lexicon and language (names repeat within and across documents). */
const BASE_INFO = new WeakMap<CompiledLexicon, Map<Lang, Memo<BaseInfo>>>();

function baseInfo(base: string, lang: Lang, lex: CompiledLexicon): BaseInfo {
  let perLang = BASE_INFO.get(lex);
  if (!perLang) BASE_INFO.set(lex, (perLang = new Map()));
  let memo = perLang.get(lang);
  if (!memo) {
    memo = new Memo((b) => {
      const stem = nameStemKey(b, lang);
      return { key: normalizeAlias(b), stem, stems: stem.split(' '), gender: genderOfName(b), words: personWords(b, lex.honorifics) };
    });
    perLang.set(lang, memo);
  }
  return memo.get(base);
}

/** A full personal name seen in the document. */
interface FullPerson {
  cluster: Cluster;
  surname: string;
  first: string;
  initial: string;
}

/**
 * Groups names into clusters in one pass in text order. Only names are placed here; titles,
 * pronouns and speakers join later, and abbreviations meet their expansions after KB linking
 * ({@link mergeAbbreviations}), where the KB can tell «ЄС» from «Європейська рада».
 *
 * @example
 * ```ts
 * const clusters = clusterNames(names, 'uk', lexiconFor('uk'));
 * clusters.length; // one per distinct entity
 * ```
 */
export function clusterNames(names: readonly NameMention[], lang: Lang, lex: CompiledLexicon): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>(); // normalised full base (non-PER, and PER full names)
  const byStem = new Map<string, Cluster>(); // stem key (same)
  const multiword = new Map<string, { cluster: Cluster; stems: readonly string[]; stem: string }[]>(); // non-PER names of several words, by first stem
  const bySurname = new Map<string, FullPerson[]>(); // full personal names by surname stem
  const byFirst = new Map<string, FullPerson[]>(); // and by first-name stem
  const bare = new Map<string, Cluster>(); // one-word person clusters not yet tied to a full name, by stem
  const lastSeen = new Map<Cluster, number>();

  const create = (type: EntityType): Cluster => {
    const c: Cluster = { type, names: [], extra: [] };
    clusters.push(c);
    return c;
  };
  const join = (c: Cluster, i: number) => {
    c.names.push(i);
    lastSeen.set(c, names[i].start);
    const g = names[i].gender ?? (isPerson(names[i].type) ? infoOf(baseOf(names[i])).gender : undefined);
    if (g && !c.gender) c.gender = g;
  };
  const remember = (c: Cluster, key: string, stem: string) => {
    if (!byKey.has(key)) byKey.set(key, c);
    if (!byStem.has(stem)) byStem.set(stem, c);
  };
  const absorb = (into: Cluster, stem: string, gender: 'm' | 'f' | undefined) => {
    const from = bare.get(stem);
    if (!from || from === into || (from.gender && gender && from.gender !== gender)) return;
    into.names.push(...from.names);
    from.names = [];
    bare.delete(stem);
  };

  const infoOf = (base: string): BaseInfo => baseInfo(base, lang, lex);
  // Of the full names under stem s (then s2), those that fit the gender and initial: the one seen
  // last (the first of equals).
  const mostRecent = (map: Map<string, FullPerson[]>, s: string, s2: string, gender: 'm' | 'f' | undefined, initial: string): Cluster | undefined => {
    let best: Cluster | undefined;
    let bestAt = 0;
    for (let pass = 0; pass < 2; pass++) {
      const list = pass === 0 ? map.get(s) : s2 !== s ? map.get(s2) : undefined;
      if (!list) continue;
      for (const p of list) {
        if ((gender && p.cluster.gender && gender !== p.cluster.gender) || (initial && p.initial !== initial)) continue;
        const at = lastSeen.get(p.cluster) ?? 0;
        if (!best || at > bestAt) {
          best = p.cluster;
          bestAt = at;
        }
      }
    }
    return best;
  };

  names.forEach((n, i) => {
    const base = baseOf(n);
    const info = infoOf(base);
    const key = info.key;
    const stem = info.stem;
    const textStem = n.text === base ? stem : nameStemKey(n.text, lang);
    if (isPerson(n.type)) {
      const gender = n.gender ?? info.gender;
      const words = info.words;
      const initial = words.length >= 2 && INITIAL.test(words[0]) ? words[0][0] : '';
      if (words.length >= 2 && !initial) {
        const hit = byKey.get(key) ?? byStem.get(stem) ?? byStem.get(textStem) ?? byStem.get(nameStemKey(words.join(' '), lang));
        if (hit && isPerson(hit.type)) {
          join(hit, i);
          return;
        }
        const p: FullPerson = { cluster: create('PER'), surname: wordStemKey(words[words.length - 1], lang), first: wordStemKey(words[0], lang), initial: words[0][0] };
        // A surname or first name seen alone before the full name («Лавров … Сергій Лавров») joins it.
        absorb(p.cluster, p.surname, gender);
        absorb(p.cluster, p.first, gender);
        join(p.cluster, i);
        remember(p.cluster, key, stem);
        push(bySurname, p.surname, p);
        push(byFirst, p.first, p);
        return;
      }
      // A bare surname («Лавров»), an initial and a surname («С.Барклі»), or a first name alone
      // («Тереза»): the full names it may shorten, best by gender, then the most recent.
      const last = words[words.length - 1] ?? base;
      const s = wordStemKey(last, lang);
      // The text's own last word (the same as the base's when the text is the base).
      const s2 = n.text === base ? s : wordStemKey(personWords(n.text, lex.honorifics).slice(-1)[0] ?? n.text, lang);
      let best = mostRecent(bySurname, s, s2, gender, initial);
      if (!best && !initial) best = mostRecent(byFirst, s, s2, gender, initial);
      best ??= bare.get(s) ?? bare.get(s2);
      if (best) {
        join(best, i);
        return;
      }
      const c = create('PER');
      join(c, i);
      bare.set(s, c);
      return;
    }
    // Organisations, places, other names: the same name, or a shortening of a longer one named
    // before («Верховного суда» after «Верховный суд Пакистана», «МИД» after «МИД Великобритании»).
    let hit = byKey.get(key) ?? byStem.get(stem) ?? byStem.get(textStem);
    if (hit && isPerson(hit.type)) hit = undefined;
    const stems = info.stems;
    // Only bodies shorten so («Kharkiv» is not «Kharkiv Oblast»).
    if (!hit && n.type === 'ORG') {
      const longer = (multiword.get(stems[0]) ?? []).filter((m) => m.stems.length > stems.length && stems.every((w, k) => m.stems[k] === w));
      if (longer.length && longer.every((m) => m.cluster === longer[0].cluster) && longer[0].cluster.type === 'ORG') hit = longer[0].cluster;
    }
    const c = hit ?? create(n.type);
    join(c, i);
    remember(c, key, stem);
    if (stems.length >= 2 && !(multiword.get(stems[0]) ?? []).some((m) => m.cluster === c && m.stem === stem)) push(multiword, stems[0], { cluster: c, stems, stem });
  });
  return clusters.filter((c) => c.names.length > 0);
}

/**
 * Merges clusters linked to the same KB entry (РФ and Росія; «Роснефть» spelt the Russian way
 * inside Ukrainian text), keeping persons apart from everything else. Returns the surviving clusters.
 *
 * @example
 * ```ts
 * mergeByKbId(clusters).length <= clusters.length; // true
 * ```
 */
export function mergeByKbId(clusters: readonly Cluster[]): Cluster[] {
  const byId = new Map<string, Cluster>();
  const out: Cluster[] = [];
  for (const c of clusters) {
    const key = c.kbId ? `${isPerson(c.type) ? 'P' : 'O'}:${c.kbId}` : undefined;
    const into = key ? byId.get(key) : undefined;
    if (into) {
      into.names.push(...c.names);
      into.extra.push(...c.extra);
      into.gender ??= c.gender;
      continue;
    }
    if (key) byId.set(key, c);
    out.push(c);
  }
  return out;
}

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
  const persons = new Map<string, Cluster | null>();
  for (const c of clusters) {
    if (c.type !== 'PER') continue;
    for (const i of c.names) {
      const ends = (END_STEMS[lang] ?? END_STEMS.uk).get(baseOf(names[i]));
      if (!ends) continue;
      for (const s of ends) {
        const seen = persons.get(s);
        persons.set(s, seen === undefined || seen === c ? c : null);
      }
    }
  }
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
      const person = only ? persons.get(only) : undefined;
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
