/**
 * Abbreviations meeting their expansions after KB linking: «ЄС» and «Європейський Союз», «МЗС» and
 * «Міністерство закордонних справ» (by initials, or the lexicon's table of short forms).
 *
 * @module
 */
import { normalizeAlias } from '../kb/normalize.js';
import type { NameMention } from '../stages.js';
import { baseOf, type Cluster } from './cluster.js';
import { isSpaceUnit } from './inflection.js';
import type { CompiledLexicon } from './lexicon.js';
import { Memo } from './memo.js';

/**
 * Upper-case initials of a multi-word name's words: «Міністерство закордонних справ» → «МЗС».
 * The first UTF-16 unit of each white-space-separated word, read in place (no word is made).
 */
function initials(base: string): string {
  let firsts = '';
  let count = 0;
  let inWord = false;
  for (let k = 0; k < base.length; k++) {
    const space = isSpaceUnit(base.charCodeAt(k));
    if (!space && !inWord) {
      firsts += base[k];
      count++;
    }
    inWord = !space;
  }
  return count < 2 ? '' : firsts.toUpperCase();
}

/** The hyphens a hyphenated name is cut at: - ‐ ‑ –. */
function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013;
}

const UPPER_FIRST = /^\p{Lu}/u;
/** Per BMP unit: 0 not yet known, 1 an upper-case letter, 2 not; filled on first sight. */
const UPPER = new Uint8Array(0x10000);

/** Whether the code point at `k` is an upper-case letter (as `/^\p{Lu}/u` tests a part's start). */
function upperAt(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  if (c >= 0xd800 && c <= 0xdbff) return UPPER_FIRST.test(s.slice(k, k + 2));
  let u = UPPER[c];
  if (u === 0) UPPER[c] = u = UPPER_FIRST.test(String.fromCharCode(c)) ? 1 : 2;
  return u === 1;
}

/**
 * Initials of the capitalised parts of a hyphenated name: «Техрик-э-Лабаик Пакистан» → «ТЛП».
 * Parts are the runs between white space and hyphens, read in place (split with a regex is slow).
 */
function capitalInitials(base: string): string {
  let firsts = '';
  let count = 0;
  let partStart = true;
  for (let k = 0; k < base.length; k++) {
    const c = base.charCodeAt(k);
    if (isSpaceUnit(c) || isHyphen(c)) {
      partStart = true;
      continue;
    }
    if (partStart && upperAt(base, k)) {
      firsts += base[k];
      count++;
    }
    partStart = false;
  }
  return count >= 2 ? firsts : '';
}

const ABBREVIATION = /^[\p{Lu}\d]{2,6}$/u;

/**
 * Whether a base is written as an abbreviation: two to six code points, each an upper-case letter
 * or an ASCII digit (`/^[\p{Lu}\d]{2,6}$/u`, by a scan: it runs for every name of every body).
 *
 * @example
 * ```ts
 * isAbbreviation('МЗС'); // true
 * isAbbreviation('Мзс'); // false
 * ```
 */
export function isAbbreviation(b: string): boolean {
  if (b.length < 2 || b.length > 12) return false;
  let count = 0;
  for (let k = 0; k < b.length; k++) {
    const c = b.charCodeAt(k);
    if (++count > 6) return false;
    if (c >= 0x30 && c <= 0x39) continue;
    if (!upperAt(b, k)) return false;
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < b.length) {
      const d = b.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k++; // the pair is one code point
    }
  }
  return count >= 2;
}

/**
 * The abbreviations a full name may stand for, by initials or the lexicon, remembered per lexicon.
 *
 * @example
 * ```ts
 * abbreviationKeys('Міністерство закордонних справ', lexiconFor('uk')); // ['МЗС', …]
 * abbreviationKeys('Техрик-э-Лабаик Пакистан', lexiconFor('ru'));       // ['ТП', 'ТЛП']
 * ```
 */
export function abbreviationKeys(base: string, lex: CompiledLexicon): readonly string[] {
  let memo = ABBREVIATION_KEYS.get(lex);
  if (!memo) {
    memo = new Memo((b) => {
      const keys = [initials(b), capitalInitials(b)];
      const abbr = lex.expansions.get(normalizeAlias(b));
      if (abbr) keys.push(abbr);
      return keys.filter((k) => k && ABBREVIATION.test(k));
    });
    ABBREVIATION_KEYS.set(lex, memo);
  }
  return memo.get(base);
}

const ABBREVIATION_KEYS = new WeakMap<CompiledLexicon, Memo<readonly string[]>>();

/**
 * Joins abbreviations to their expansions after KB linking: «ЄС» to «Європейський Союз», «МЗС» to
 * «Міністерство закордонних справ» (by initials, or the lexicon's table of short forms), unless the
 * KB linked the two to different entries («ЄС» is not «Європейська рада»). An expansion must be unique.
 *
 * @example
 * ```ts
 * mergeAbbreviations(clusters, names, lexiconFor('uk')).length <= clusters.length; // true
 * ```
 */
export function mergeAbbreviations(clusters: readonly Cluster[], names: readonly NameMention[], lex: CompiledLexicon): Cluster[] {
  // The clusters each abbreviation may stand for, gathered when the first abbreviation is met
  // (before any cluster has changed): a document without one needs none of it.
  let expansions: Map<string, Cluster[]> | undefined;
  const gone = new Set<Cluster>();
  for (const c of clusters) {
    if (c.type === 'PER' || gone.has(c)) continue;
    const abbr = abbreviationOf(c, names);
    if (!abbr) continue;
    expansions ??= gatherExpansions(clusters, names, lex);
    const into = onlyExpansion(c, abbr, expansions, gone, lex);
    if (!into || (c.kbId && into.kbId && c.kbId !== into.kbId)) continue;
    into.names.push(...c.names);
    into.extra.push(...c.extra);
    into.kbId ??= c.kbId;
    gone.add(c);
  }
  return clusters.filter((c) => !gone.has(c));
}

/** The first of a cluster's bases written as an abbreviation. */
function abbreviationOf(c: Cluster, names: readonly NameMention[]): string | undefined {
  for (const i of c.names) {
    const b = baseOf(names[i]);
    if (isAbbreviation(b)) return b;
  }
  return undefined;
}

/** The clusters (not of persons) each abbreviation key may stand for, each listed once per key. */
function gatherExpansions(clusters: readonly Cluster[], names: readonly NameMention[], lex: CompiledLexicon): Map<string, Cluster[]> {
  const map = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.type === 'PER') continue;
    // Each name's keys (a cluster is listed once per key, so repeated bases add nothing).
    let previous: string | undefined;
    for (const i of c.names) {
      const base = baseOf(names[i]);
      if (base === previous) continue;
      previous = base;
      for (const k of abbreviationKeys(base, lex)) {
        const list = map.get(k);
        if (!list) map.set(k, [c]);
        else if (!list.includes(c)) list.push(c);
      }
    }
  }
  return map;
}

/** The one other cluster still standing that `abbr` (or its lexicon expansion) may stand for. */
function onlyExpansion(c: Cluster, abbr: string, expansions: Map<string, Cluster[]>, gone: ReadonlySet<Cluster>, lex: CompiledLexicon): Cluster | undefined {
  const full = lex.abbreviations.get(abbr.toLowerCase());
  const options = [...(expansions.get(abbr) ?? []), ...(full ? (expansions.get(full.toUpperCase()) ?? []) : [])].filter((x) => x !== c && !gone.has(x));
  const targets = [...new Set(options)];
  return targets.length === 1 ? targets[0] : undefined;
}
