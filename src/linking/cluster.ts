/**
 * Grouping the names of one document into clusters: inflected forms of one name (by base form,
 * then by stem key), a surname after a full name (Лавров → Сергій Лавров, choosing by gender and
 * recency when two people share it), first names and initials, shortenings of longer names; after
 * KB linking, KB identity (РФ ↔ Росія) (abbreviations meet their expansions in abbreviations.ts,
 * stray surnames their persons in stray-surnames.ts).
 *
 * @module
 */
import { normalizeAlias } from '../kb/normalize.js';
import type { NameMention } from '../stages.js';
import type { EntityType, Lang, MentionKind } from '../types.js';
import { isSpaceUnit, nameStemKey, splitWords, wordStemKey } from './inflection.js';
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
  /** The type the text's context decides for the whole cluster, over the names' majority (see type-split.ts). */
  typeByContext?: EntityType;
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
  // The set asked last (a document asks with its language's set only): no WeakMap read per name.
  if (honorifics !== lastHonorifics) {
    let memo = PERSON_WORDS.get(honorifics);
    if (!memo) PERSON_WORDS.set(honorifics, (memo = new Memo((b) => computePersonWords(b, honorifics))));
    lastHonorifics = honorifics;
    lastPersonWords = memo;
  }
  return (lastPersonWords as Memo<readonly string[]>).get(base);
}

let lastHonorifics: ReadonlySet<string> | undefined;
let lastPersonWords: Memo<readonly string[]> | undefined;

/** Person words per honorific set (one per language), remembered: a name recurs in a document. */
const PERSON_WORDS = new WeakMap<ReadonlySet<string>, Memo<readonly string[]>>();

function computePersonWords(base: string, honorifics?: ReadonlySet<string>): readonly string[] {
  // A glued initial needs a dot: most names have none, and then the replace would change nothing.
  const words = splitWords(base.includes('.') ? base.replace(GLUED_INITIAL, '$1 ') : base);
  if (!honorifics) return words;
  const kept = words.filter((w) => !honorifics.has(foldWord(w)));
  return kept.length ? kept : words;
}

/** A multi-word name known so far: its cluster, its word stems and its whole stem key. */
interface MultiwordName {
  cluster: Cluster;
  stems: readonly string[];
  stem: string;
}

/** The known multi-word names that begin with all of `stems` and have more words. */
function longerNames(list: readonly MultiwordName[] | undefined, stems: readonly string[]): MultiwordName[] {
  const out: MultiwordName[] = [];
  if (list === undefined) return out;
  for (const m of list) if (m.stems.length > stems.length && startsWithStems(m.stems, stems)) out.push(m);
  return out;
}

function startsWithStems(longer: readonly string[], stems: readonly string[]): boolean {
  for (let k = 0; k < stems.length; k++) if (longer[k] !== stems[k]) return false;
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * What clustering reads from a base form. The person-only parts (gender, words) and the stem's
 * words are worked out on first read: most names are of places and bodies, or read only by key.
 */
class BaseInfo {
  readonly key: string;
  readonly stem: string;
  private stemWords: readonly string[] | undefined;
  private genderFound: 'm' | 'f' | null | undefined;
  private personWordList: readonly string[] | undefined;

  constructor(
    private readonly base: string,
    lang: Lang,
    private readonly lex: CompiledLexicon,
  ) {
    this.key = normalizeAlias(base);
    this.stem = nameStemKey(base, lang);
  }

  /** The stem key's words. */
  get stems(): readonly string[] {
    return (this.stemWords ??= this.stem.split(' '));
  }

  get gender(): 'm' | 'f' | undefined {
    if (this.genderFound === undefined) this.genderFound = computeGender(this.base) ?? null;
    return this.genderFound ?? undefined;
  }

  get words(): readonly string[] {
    return (this.personWordList ??= personWords(this.base, this.lex.honorifics));
  }
}

/** What each base form gives, remembered per lexicon and language (names repeat within and across documents). */
const BASE_INFO = new WeakMap<CompiledLexicon, Map<Lang, Memo<BaseInfo>>>();

function baseInfoMemo(lang: Lang, lex: CompiledLexicon): Memo<BaseInfo> {
  let perLang = BASE_INFO.get(lex);
  if (!perLang) BASE_INFO.set(lex, (perLang = new Map()));
  let memo = perLang.get(lang);
  if (!memo) {
    memo = new Memo((b) => new BaseInfo(b, lang, lex));
    perLang.set(lang, memo);
  }
  return memo;
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
  const multiword = new Map<string, MultiwordName[]>(); // non-PER names of several words, by first stem
  const bySurname = new Map<string, FullPerson[]>(); // full personal names by surname stem
  const byFirst = new Map<string, FullPerson[]>(); // and by first-name stem
  const bare = new Map<string, Cluster>(); // one-word person clusters not yet tied to a full name, by stem
  const lastSeen = new Map<Cluster, number>();

  const create = (type: EntityType): Cluster => {
    const c: Cluster = { type, names: [], extra: [] };
    clusters.push(c);
    return c;
  };
  // `info` is the name's own base info (the caller has it at hand).
  const join = (c: Cluster, i: number, info: BaseInfo) => {
    c.names.push(i);
    lastSeen.set(c, names[i].start);
    const g = names[i].gender ?? (isPerson(names[i].type) ? info.gender : undefined);
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

  const infoMemo = baseInfoMemo(lang, lex);
  const infoOf = (base: string): BaseInfo => infoMemo.get(base);
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
    // The text's own stem key, worked out only when the base's key and stem find nothing.
    const textStem = (): string => (n.text === base ? stem : nameStemKey(n.text, lang));
    if (isPerson(n.type)) {
      const gender = n.gender ?? info.gender;
      const words = info.words;
      const initial = words.length >= 2 && INITIAL.test(words[0]) ? words[0][0] : '';
      if (words.length >= 2 && !initial) {
        const hit = byKey.get(key) ?? byStem.get(stem) ?? byStem.get(textStem()) ?? byStem.get(nameStemKey(words.join(' '), lang));
        if (hit && isPerson(hit.type)) {
          join(hit, i, info);
          return;
        }
        const p: FullPerson = { cluster: create('PER'), surname: wordStemKey(words[words.length - 1], lang), first: wordStemKey(words[0], lang), initial: words[0][0] };
        // A surname or first name seen alone before the full name («Лавров … Сергій Лавров») joins it.
        absorb(p.cluster, p.surname, gender);
        absorb(p.cluster, p.first, gender);
        join(p.cluster, i, info);
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
        join(best, i, info);
        return;
      }
      const c = create('PER');
      join(c, i, info);
      bare.set(s, c);
      return;
    }
    // Organisations, places, other names: the same name, or a shortening of a longer one named
    // before («Верховного суда» after «Верховный суд Пакистана», «МИД» after «МИД Великобритании»).
    let hit = byKey.get(key) ?? byStem.get(stem) ?? byStem.get(textStem());
    if (hit && isPerson(hit.type)) hit = undefined;
    const stems = info.stems;
    // Only bodies shorten so («Kharkiv» is not «Kharkiv Oblast»).
    if (!hit && n.type === 'ORG') {
      const longer = longerNames(multiword.get(stems[0]), stems);
      if (longer.length && longer.every((m) => m.cluster === longer[0].cluster) && longer[0].cluster.type === 'ORG') hit = longer[0].cluster;
    }
    const c = hit ?? create(n.type);
    join(c, i, info);
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
