/**
 * Attaching titles and descriptors to people: a title in apposition to a person's name joins that
 * person and teaches the document the role («Очільник МЗС РФ Сергій Лавров» → foreign-minister@Russia
 * is Лавров); a later title or descriptor with a role key the document or the KB's current roles
 * tie to one person joins that person («головний російський дипломат»).
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KnowledgeBaseEntry } from '../kb/types.js';
import type { NameMention } from '../stages.js';
import type { Lang } from '../types.js';
import type { Cluster } from './cluster.js';
import type { CompiledLexicon } from './lexicon.js';
import { KbMemo } from './memo.js';
import { findRolePhrases, officesOf, roleKeys, scanWordSpans, type RolePhrase, type WordSpans } from './roles.js';

/**
 * For each word, the index of the name that covers it, or -1 (one merge pass: both lists are in
 * text order).
 *
 * @example
 * ```ts
 * coverWords(scanWordSpans('Глава МЗС РФ'), [{ start: 6, end: 12, … }]); // [-1, 0, 0]
 * ```
 */
export function coverWords(words: WordSpans, names: readonly NameMention[], order: readonly number[] = byStartOrder(names)): number[] {
  const cover = new Array<number>(words.length).fill(-1);
  const ws = words.start;
  const we = words.end;
  let k = 0;
  // Start at the first name that could cover the first word (the words may be a slice of the text).
  if (words.length) {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (names[order[mid]].end <= ws[0]) lo = mid + 1;
      else hi = mid;
    }
    k = Math.max(0, lo - 1);
  }
  for (let w = 0; w < words.length; w++) {
    while (k < order.length && names[order[k]].end <= ws[w]) k++;
    for (let j = k; j < order.length && names[order[j]].start < we[w]; j++) {
      if (names[order[j]].start <= ws[w] && names[order[j]].end >= we[w]) {
        cover[w] = order[j];
        break;
      }
    }
  }
  return cover;
}

/**
 * Indices of the names in text order.
 *
 * @example
 * ```ts
 * byStartOrder([{ start: 9, … }, { start: 0, … }]); // [1, 0]
 * ```
 */
export function byStartOrder(names: readonly NameMention[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < names.length; i++) order.push(i);
  // The recogniser gives names in text order: sort only when they are not.
  for (let k = 1; k < names.length; k++) {
    const a = names[k - 1];
    const b = names[k];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return order.sort((x, y) => names[x].start - names[y].start || names[x].end - names[y].end);
  }
  return order;
}

/**
 * What resolving role keys needs from the rest of linking.
 *
 * @example
 * ```ts
 * const env: RoleEnv = { lang: 'uk', lex: lexiconFor('uk'), kb, names, clusterOfName, countryKeys: new Map() };
 * ```
 */
export interface RoleEnv {
  lang: Lang;
  lex: CompiledLexicon;
  kb: KnowledgeBase | null;
  names: readonly NameMention[];
  /** The cluster each name ended in. */
  clusterOfName: readonly Cluster[];
  /** Country keys by country name, for this document (see {@link phraseRoleKeys}). */
  countryKeys: Map<string, string>;
}

const COUNTRY_KINDS = new Set(['country', 'territory']);

/** The key of a country named in the lexicon's language: its QID when the KB knows it, else the name. */
function countryKey(name: string, env: RoleEnv, cache: Map<string, string>): string {
  let key = cache.get(name);
  if (key === undefined) {
    const kb = env.kb;
    key = kb ? COUNTRY_KEYS.get(kb, env.lang, name, () => kb.lookup(name, env.lang).find((e) => COUNTRY_KINDS.has(e.kind ?? ''))?.id ?? name.toLowerCase()) : name.toLowerCase();
    cache.set(name, key);
  }
  return key;
}

/** Country keys by name, kept across documents (the names come from the lexicon: a small set). */
const COUNTRY_KEYS = new KbMemo<string>();

/**
 * Role keys of a phrase in the text: countries from its words and from the KB links of the names
 * inside it; organisations (and their countries) from names linked to bodies.
 *
 * @example
 * ```ts
 * phraseRoleKeys(phrase, env, new Map()); // ['foreign-minister@Q159', 'head@Q789889']
 * ```
 */
export function phraseRoleKeys(p: RolePhrase, env: RoleEnv, cache: Map<string, string>): string[] {
  const offices = officesOf(p.concepts);
  if (!offices.length) return [];
  // Countries in this order: named in words, of names inside, implied by office words, of bodies named.
  const countries: string[] = [];
  for (const c of p.countries) countries.push(countryKey(c, env, cache));
  const orgs: string[] = [];
  let orgCountries: string[] | undefined;
  for (const i of p.names) {
    const id = env.clusterOfName[i]?.kbId;
    const entry = id ? env.kb?.get(id) : undefined;
    if (!entry) continue;
    if (COUNTRY_KINDS.has(entry.kind ?? '')) countries.push(entry.id);
    else if (entry.type === 'ORG') {
      orgs.push(entry.id);
      if (entry.country) (orgCountries ??= []).push(entry.country);
    }
  }
  for (const c of p.implied) countries.push(countryKey(c, env, cache));
  if (orgCountries) for (const c of orgCountries) countries.push(c);
  return roleKeys(offices, countries, orgs);
}

const roleKeyCache = new WeakMap<KnowledgeBaseEntry, Map<Lang, string[]>>();

/**
 * Role keys of a KB person's current roles (`to` null or not given), read from the role's wording
 * in the document's language with the role's own country and body as fallbacks.
 *
 * @example
 * ```ts
 * kbRoleKeys(kb.get('Q324546')!, env); // ['foreign-minister@Q30', 'head@Q789915', …]
 * ```
 */
export function kbRoleKeys(entry: KnowledgeBaseEntry, env: RoleEnv): string[] {
  let perLang = roleKeyCache.get(entry);
  if (!perLang) roleKeyCache.set(entry, (perLang = new Map()));
  const cached = perLang.get(env.lang);
  if (cached) return cached;
  const keys: string[] = [];
  const cache = new Map<string, string>();
  for (const role of entry.roles ?? []) {
    if (role.to !== null && role.to !== undefined) continue;
    const text = role[env.lang] ?? role.en ?? '';
    const words = scanWordSpans(text);
    const phrases = findRolePhrases(text, words, new Array<number>(words.length).fill(-1), () => false, env.lex);
    for (const p of phrases) {
      const offices = officesOf(p.concepts);
      const countries = [...p.countries, ...p.implied].map((c) => countryKey(c, env, cache));
      if (role.country) countries.push(role.country);
      keys.push(...roleKeys(offices, countries, role.org ? [role.org] : []));
    }
  }
  perLang.set(env.lang, keys);
  return keys;
}

/**
 * Role keys → the clusters known to hold them, with where each was learnt (for recency).
 *
 * @example
 * ```ts
 * const roles = new RoleIndex();
 * roles.add(['foreign-minister@Q159'], lavrov, 26);
 * roles.find(['foreign-minister@?'], 1500); // lavrov
 * ```
 */
export class RoleIndex {
  private readonly byKey = new Map<string, { cluster: Cluster; at: number }[]>();
  /** The holder lists of each office (the key's part up to and including '@'), for keys with an unknown country. */
  private readonly byOffice = new Map<string, { cluster: Cluster; at: number }[][]>();

  /** Records that `cluster` holds the roles `keys` (learnt at offset `at`). */
  add(keys: readonly string[], cluster: Cluster, at: number): void {
    for (const key of keys) {
      let list = this.byKey.get(key);
      if (!list) {
        this.byKey.set(key, (list = []));
        const office = key.slice(0, key.indexOf('@') + 1);
        const lists = this.byOffice.get(office);
        if (lists) lists.push(list);
        else this.byOffice.set(office, [list]);
      }
      if (!list.some((x) => x.cluster === cluster)) list.push({ cluster, at });
    }
  }

  /**
   * The one cluster that holds one of `keys`; a key with an unknown country (`@?`) matches the
   * office in any country. Several holders: the one learnt last before `at`.
   */
  find(keys: readonly string[], at: number): Cluster | undefined {
    const found: { cluster: Cluster; at: number }[] = [];
    for (const key of keys) {
      if (key.endsWith('@?')) {
        // Lists in the order their keys were first added, as a scan of all keys would meet them.
        for (const list of this.byOffice.get(key.slice(0, -1)) ?? []) found.push(...list);
      } else found.push(...(this.byKey.get(key) ?? []));
    }
    const distinct = [...new Set(found.map((f) => f.cluster))];
    if (distinct.length <= 1) return distinct[0];
    let best: { cluster: Cluster; at: number } | undefined;
    for (const f of found) if (f.at <= at && (!best || f.at > best.at)) best = f;
    return best?.cluster;
  }
}

const BEFORE_NAME = /^[\s\])]{1,3}$/u;
const AFTER_NAME = /^\s*,\s*$/u;

/**
 * The person a title phrase stands in apposition to: the name right after it
 * («очільника МЗС РФ Сергія Лаврова», «[президент України] Володимир Зеленський») or right before
 * it after a comma («Дмитро Пєсков, речник Кремля»). Returns the name's index.
 *
 * @example
 * ```ts
 * appositionName(text, phrase, names); // 1 (Сергій Лавров)
 * ```
 */
export function appositionName(text: string, p: RolePhrase, names: readonly NameMention[], byStart: readonly number[]): number | undefined {
  // The first name starting at or after the phrase's end, by binary search over names in text order.
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names[byStart[mid]].start < p.end) lo = mid + 1;
    else hi = mid;
  }
  const next = byStart[lo];
  if (next !== undefined) {
    const n = names[next];
    if (n.type === 'PER' && n.start - p.end <= 3 && BEFORE_NAME.test(text.slice(p.end, n.start))) return next;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) {
    const n = names[byStart[k]];
    if (n.end > p.start) continue;
    if (n.type === 'PER' && p.start - n.end <= 3 && AFTER_NAME.test(text.slice(n.end, p.start))) return byStart[k];
    break;
  }
  return undefined;
}
