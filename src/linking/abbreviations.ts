/**
 * Abbreviations meeting their expansions after KB linking: «ЄС» and «Європейський Союз», «МЗС» and
 * «Міністерство закордонних справ» (by initials, or the lexicon's table of short forms).
 *
 * @module
 */
import { normalizeAlias } from '../kb/normalize.js';
import type { NameMention } from '../stages.js';
import { baseOf, type Cluster } from './cluster.js';
import { splitWords } from './inflection.js';
import type { CompiledLexicon } from './lexicon.js';
import { Memo } from './memo.js';

/** Upper-case initials of a multi-word name's words: «Міністерство закордонних справ» → «МЗС». */
function initials(base: string): string {
  const words = splitWords(base);
  if (words.length < 2) return '';
  return words.map((w) => w[0] ?? '').join('').toUpperCase();
}

const HYPHENS = /[-‐‑–]/u;
const UPPER_FIRST = /^\p{Lu}/u;

/** Initials of the capitalised parts of a hyphenated name: «Техрик-э-Лабаик Пакистан» → «ТЛП». */
function capitalInitials(base: string): string {
  const parts = splitWords(base).flatMap((w) => w.split(HYPHENS)).filter((p) => UPPER_FIRST.test(p));
  return parts.length >= 2 ? parts.map((p) => p[0]).join('') : '';
}

const ABBREVIATION = /^[\p{Lu}\d]{2,6}$/u;

/** The abbreviations a full name may stand for, by initials or the lexicon, remembered per lexicon. */
function abbreviationKeys(base: string, lex: CompiledLexicon): readonly string[] {
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
  const expansions = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.type === 'PER') continue;
    // Each name's keys (a cluster is listed once per key, so repeated bases add nothing).
    let previous: string | undefined;
    for (const i of c.names) {
      const base = baseOf(names[i]);
      if (base === previous) continue;
      previous = base;
      for (const k of abbreviationKeys(base, lex)) {
        const list = expansions.get(k);
        if (!list) expansions.set(k, [c]);
        else if (!list.includes(c)) list.push(c);
      }
    }
  }
  const gone = new Set<Cluster>();
  for (const c of clusters) {
    if (c.type === 'PER' || gone.has(c)) continue;
    let abbr: string | undefined;
    for (const i of c.names) {
      const b = baseOf(names[i]);
      if (ABBREVIATION.test(b)) {
        abbr = b;
        break;
      }
    }
    if (!abbr) continue;
    const full = lex.abbreviations.get(abbr.toLowerCase());
    const options = [...(expansions.get(abbr) ?? []), ...(full ? (expansions.get(full.toUpperCase()) ?? []) : [])].filter((x) => x !== c && !gone.has(x));
    const targets = [...new Set(options)];
    if (targets.length !== 1) continue;
    const into = targets[0];
    if (c.kbId && into.kbId && c.kbId !== into.kbId) continue;
    into.names.push(...c.names);
    into.extra.push(...c.extra);
    into.kbId ??= c.kbId;
    gone.add(c);
  }
  return clusters.filter((c) => !gone.has(c));
}

