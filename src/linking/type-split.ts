/**
 * Types decided by context survive clustering. Clustering joins mentions by their words, and an
 * entity has one type, so a place named like a team («In Milwaukee, …» among «Milwaukee beat …»,
 * or the dateline «NEW YORK 1996-08-30» on a page of New York results) would take the team's type.
 * The city and the team are two things: a name the text itself shows to be a place leaves a cluster
 * of another type for a sibling cluster of places, shared by all such mentions of that cluster.
 *
 * @module
 */
import { classOf, DIGIT, isLetterClass } from '../parser/chars.js';
import type { NameMention } from '../stages.js';
import type { Lang } from '../types.js';
import type { Cluster } from './cluster.js';
import { entityType } from './naming.js';

/**
 * Words that, right before a name the recogniser typed as a place, show it is one: a team, a firm
 * or a person is seldom "in" (people are "at" firms, and «at Grace Road, Leicestershire …» is a
 * team). The Slavic «в/у» are left out: «в Газпромі», «у Міноборони» name bodies as often as places.
 */
const PLACE_PREPOSITIONS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(['in']),
  uk: new Set(),
  ru: new Set(),
};

/**
 * Moves out of each cluster of mixed types the names whose own type the context decides and the
 * cluster's type overrules: a place after «in», or a place in a dateline. They form one sibling
 * cluster per cluster (keeping the KB id of a non-person: the KB links the place's name), when at least two names
 * show the other type; when only one does, the cluster stays whole and is a place. Returns the
 * clusters, siblings right after their origin.
 *
 * @example
 * ```ts
 * // «In Milwaukee, …» (LOC) clustered with «Milwaukee beat …» (ORG): two entities, LOC and ORG.
 * splitByContext(clusters, names, text, 'en');
 * ```
 */
export function splitByContext(clusters: Cluster[], names: readonly NameMention[], text: string, lang: Lang): Cluster[] {
  let out: Cluster[] | undefined;
  for (let k = 0; k < clusters.length; k++) {
    const c = clusters[k]!;
    const sibling = mixed(c, names) ? splitOne(c, names, text, lang) : undefined;
    if (sibling && !out) out = clusters.slice(0, k);
    if (out) {
      out.push(c);
      if (sibling) out.push(sibling);
    }
  }
  return out ?? clusters;
}

/** Whether the cluster's names have more than one type (most have one: then nothing to do). */
function mixed(c: Cluster, names: readonly NameMention[]): boolean {
  const first = names[c.names[0]!]?.type;
  for (let k = 1; k < c.names.length; k++) if (names[c.names[k]!]!.type !== first) return true;
  return false;
}

/** The sibling of the names moved out of `c`, or undefined when none is. */
function splitOne(c: Cluster, names: readonly NameMention[], text: string, lang: Lang): Cluster | undefined {
  const type = entityType(c, names);
  if (type === 'LOC') return undefined;
  const moved: number[] = [];
  const kept: number[] = [];
  for (const i of c.names) (names[i]!.type === 'LOC' && placeByContext(names[i]!, text, lang) ? moved : kept).push(i);
  // All the names decided so: the cluster is the place itself, and its type follows by majority.
  if (!moved.length || !kept.length) return undefined;
  // The other type shown once only («Washington cancelled …, officials in Washington said»): one
  // thing named by metonymy, and the context tells what it is. A person is never a place's metonym.
  let overruling = 0;
  for (const i of kept) if (names[i]!.type === type) overruling++;
  if (overruling < 2 && type !== 'PER') {
    c.typeByContext = 'LOC';
    return undefined;
  }
  c.names = kept;
  const sibling: Cluster = { type: 'LOC', names: moved, extra: [] };
  // The KB entry was chosen for the name, which the place shares, unless it is a person's.
  if (c.kbId && type !== 'PER') sibling.kbId = c.kbId;
  return sibling;
}

/**
 * Whether the text shows the name to be a place: «in» right before it, or a dateline (the name
 * opens its line, or follows the line's opening name and a comma, and a date follows:
 * «NEW YORK 1996-08-30», «ARLINGTON, Texas 1996-08-31», «КИЇВ, 26 листопада»).
 *
 * @example
 * ```ts
 * placeByContext({ start: 3, end: 12, text: 'Milwaukee', type: 'LOC', base: 'Milwaukee' }, 'In Milwaukee, …', 'en'); // true
 * ```
 */
export function placeByContext(n: NameMention, text: string, lang: Lang): boolean {
  return afterPreposition(n.start, text, lang) || inDateline(n, text);
}

/** Whether the UTF-16 unit is a letter (the parser's character classes). */
function isLetter(c: number): boolean {
  return isLetterClass(classOf(c));
}

function afterPreposition(start: number, text: string, lang: Lang): boolean {
  const set = PLACE_PREPOSITIONS[lang];
  if (!set.size || start < 2 || text.charCodeAt(start - 1) !== 0x20) return false;
  let a = start - 1;
  while (a > 0 && isLetter(text.charCodeAt(a - 1)) && start - a < 6) a--;
  if (a === start - 1 || (a > 0 && isLetter(text.charCodeAt(a - 1)))) return false;
  return set.has(text.slice(a, start - 1).toLowerCase());
}

function isDigit(c: number): boolean {
  return classOf(c) === DIGIT;
}

/**
 * Whether a date starts at `p`: a year followed by a separator («1996-08-30», «2026.11.26») or a
 * day followed by a month's word («26 листопада»); not a table's figures («NEW YORK 74 59 .556»).
 */
function isDate(text: string, p: number): boolean {
  let q = p;
  while (q < text.length && q - p < 5 && isDigit(text.charCodeAt(q))) q++;
  const digits = q - p;
  const next = text.charCodeAt(q);
  if (digits === 4) return next === 0x2d || next === 0x2f || next === 0x2e;
  return digits <= 2 && next === 0x20 && isLetter(text.charCodeAt(q + 1));
}

/** Line start, then capitalised words and at most one comma up to the name; after it, an optional «, Words» and a date. */
function inDateline(n: NameMention, text: string): boolean {
  const lineStart = text.lastIndexOf('\n', n.start - 1) + 1;
  if (n.start - lineStart > 40) return false;
  // Before the name: only the line's opening name (letters, spaces, dots, apostrophes, hyphens) and one comma.
  let commas = 0;
  for (let p = lineStart; p < n.start; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x2c) commas++;
    else if (!isLetter(c) && c !== 0x20 && c !== 0x2e && c !== 0x27 && c !== 0x2d) return false;
  }
  if (commas > 1 || (n.start > lineStart && commas === 0)) return false;
  // The line opens in capitals (a dateline's city): «NEW YORK», «ARLINGTON», «КИЇВ».
  const opening = text.slice(lineStart, Math.min(text.length, lineStart + 4));
  if (opening.length < 3 || opening !== opening.toUpperCase() || opening === opening.toLowerCase()) return false;
  // After the name: «, Country» at most once, then a date's digit, on the same line.
  let p = n.end;
  let comma = commas === 0;
  for (let steps = 0; p < text.length && steps < 40; p++, steps++) {
    const c = text.charCodeAt(p);
    if (isDigit(c)) return isDate(text, p);
    if (c === 0x0a) return false;
    if (c === 0x2c) {
      if (!comma) return false;
      comma = false;
    } else if (!isLetter(c) && c !== 0x20) return false;
  }
  return false;
}
