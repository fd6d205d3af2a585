/**
 * English abbreviations that end with a full stop, for the sentence splitter.
 * Keys are lower-case, without the final dot; dotted forms keep their inner dots ('e.g').
 * Written for this project from common English usage (news style guides' abbreviation lists).
 *
 * @module
 */
import type { AbbreviationData } from '../../parser/abbreviations.js';

/**
 * English abbreviations by how they behave before the next word.
 *
 * @example
 * ```ts
 * EN_ABBREVIATIONS.title.includes('mr'); // true: "Mr. Smith" is not a sentence end
 * ```
 */
export const EN_ABBREVIATIONS: AbbreviationData = {
  // Stand before a name or a number: "Mr. Smith", "Sen. Graham", "St. Petersburg", "e.g. Apple".
  title: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
    'rev', 'st', 'mt', 'ft', 'hon', 'pres', 'supt', 'insp', 'messrs', 'mme', 'mlle', 'vs', 'v', 'cf', 'e.g', 'i.e',
    'fig', 'approx', 'lt.gen', 'atty', 'gens', 'reps', 'sens',
  ],
  // May close a sentence, which then ends only before a capital letter: "Apple Inc. The company…".
  // ("a.m."/"p.m." are not here: as dotted acronyms they end one only before a sentence starter,
  // so "at 9 a.m. Sunday" goes on and "until 2 a.m. The police…" ends.)
  end: [
    'inc', 'ltd', 'corp', 'co', 'jr', 'sr', 'etc', 'bros', 'no', 'nos', 'vol', 'pp', 'ed', 'eds', 'dept', 'univ',
    'assn', 'ave', 'blvd', 'rd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'esq', 'ph.d', 'plc', 'llc', 'est', 'min', 'max',
    // U.S. states in AP style, as in datelines ("FAIRVIEW, W.Va. — …", "Richmond, Va.").
    'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
    'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'va', 'vt', 'wash', 'wis', 'wyo',
    'n.y', 'n.j', 'n.c', 's.c', 'n.h', 'n.m', 'n.d', 's.d', 'r.i', 'w.va', 'd.c',
  ],
  numeric: [],
};
