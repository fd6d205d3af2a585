/**
 * Titles and descriptors as roles: finds phrases built around an office word («очільника МЗС РФ»,
 * «міністр закордонних справ РФ», «головний російський дипломат», «Russian Foreign Minister») and
 * normalises each to role keys — office plus country (`foreign-minister@Q159`) and, when the phrase
 * names a body, head of that body (`head@Q789889`) — so that different wordings of one office meet.
 *
 * @module
 */
import type { MentionKind } from '../types.js';
import { foldWord, roleWordsAt, type CompiledLexicon } from './lexicon.js';
import type { RoleConcept, RoleWord } from './role-types.js';
import type { WordSpans } from './words.js';

export { scanWords, scanWordSpans, type Word, type WordSpans } from './words.js';

/** Whether `text.slice(from, to)` is one or more spaces, tabs or no-break spaces (no line break, no punctuation). */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** Concepts that make a word the head of a title. */
const HEADS = new Set<RoleConcept>(['head', 'minister', 'president', 'secstate', 'secretary', 'pm', 'chancellor', 'spokes', 'diplomat']);

/**
 * A title or descriptor phrase in the text.
 *
 * @example
 * ```ts
 * const p: RolePhrase = { start: 26, end: 32, text: 'очільник МЗС РФ', from: 3, to: 5, head: 3, kind: 'title', … };
 * ```
 */
export interface RolePhrase {
  start: number;
  end: number;
  text: string;
  /** Index of the first and last word in the scanned words. */
  from: number;
  to: number;
  /** Index of the head word. */
  head: number;
  /** Concepts of all its words. */
  concepts: Set<RoleConcept>;
  /** Country names from adjectives and country words («російського», «РФ»), in the lexicon's language. */
  countries: string[];
  /** Countries implied by office words («Кремля» → Росія), used when no country is named. */
  implied: string[];
  /** Indices of the recognised names inside the phrase. */
  names: number[];
  /** `descriptor` for a periphrasis («головний дипломат», «зовнішньополітичне відомство»), else `title`. */
  kind: MentionKind;
  /** The phrase's base form: head noun and the adjectives before it in the nominative. */
  base: string;
  /** Gender a feminitive shows. */
  gender?: 'm' | 'f';
}

/**
 * For each word, the name covering it (index into names) or -1.
 *
 * @example
 * ```ts
 * const cover: NameCover = [-1, 0, 0]; // «Очільник» free, «МЗС РФ» name 0
 * ```
 */
export type NameCover = readonly number[];

function isHeadWord(w: RoleWord | undefined): boolean {
  if (!w) return false;
  let head = IS_HEAD.get(w);
  if (head === undefined) IS_HEAD.set(w, (head = hasHeadConcept(w.concepts)));
  return head;
}

/** Whether one of the concepts is an office (a loop: the lexicon's arrays come in several element kinds). */
function hasHeadConcept(concepts: readonly RoleConcept[] | undefined): boolean {
  if (concepts === undefined) return false;
  for (let i = 0; i < concepts.length; i++) if (HEADS.has(concepts[i]!)) return true;
  return false;
}

/** Whether each lexicon entry is an office word, worked out once per entry. */
const IS_HEAD = new WeakMap<RoleWord, boolean>();

/**
 * Finds title and descriptor phrases in the scanned words. A phrase is an office word (not part of
 * a recognised name) with the lexicon words before it and the lexicon words, connectors and
 * non-person names after it, separated only by spaces.
 *
 * @example
 * ```ts
 * findRolePhrases(text, scanWordSpans(text), cover, nameTypes, lexiconFor('uk')).map((p) => p.text);
 * // ['очільника МЗС РФ', 'головний російський дипломат']
 * ```
 */
export function findRolePhrases(
  text: string,
  words: WordSpans,
  cover: NameCover,
  isPersonName: (nameIndex: number) => boolean,
  lex: CompiledLexicon,
): RolePhrase[] {
  const scan = new PhraseScan(text, words, roleWordsAt(text, words.start, words.end, lex), cover, isPersonName, lex);
  const out: RolePhrase[] = [];
  let i = 0;
  while (i < words.length) {
    if (cover[i] >= 0 || !isHeadWord(scan.entries[i])) {
      i++;
      continue;
    }
    const from = scan.startOf(i);
    const to = scan.endOf(i);
    out.push(makePhrase(text, words, scan.entries, cover, from, to, i, lex));
    i = to + 1;
  }
  return out;
}

/**
 * One scan for role phrases: what the steps share, so that each step is a small method (cheap to
 * optimise, and no closures made per call).
 */
class PhraseScan {
  constructor(
    readonly text: string,
    readonly words: WordSpans,
    readonly entries: readonly (RoleWord | undefined)[],
    readonly cover: NameCover,
    readonly isPersonName: (nameIndex: number) => boolean,
    readonly lex: CompiledLexicon,
  ) {}

  /** Whether word i follows the word before it across spaces only. */
  spaced(i: number): boolean {
    return i > 0 && spacesOnly(this.text, this.words.end[i - 1], this.words.start[i]);
  }

  /**
   * The first word of the phrase whose head is word `head`. Words before the head: lexicon words
   * («головний російський»), and in English names of bodies and places too: «Russian Foreign
   * Minister», «Kremlin spokesman», «NATO Secretary General».
   */
  startOf(head: number): number {
    const { cover, entries } = this;
    let from = head;
    while (from > 0 && this.spaced(from)) {
      const k = from - 1;
      if (cover[k] >= 0 ? !this.lex.data.namesBeforeHead || this.isPersonName(cover[k]) : !entries[k] || isHeadWord(entries[k])) break;
      from = k;
    }
    // A name only partly before the head is left out whole.
    while (from < head && cover[from] >= 0 && from > 0 && cover[from - 1] === cover[from]) from++;
    return from;
  }

  /** The last word of the phrase: lexicon words, connectors and non-person names after the head. */
  endOf(head: number): number {
    const { cover, entries, words } = this;
    let to = head;
    for (;;) {
      const j = to + 1;
      if (j >= words.length || !this.spaced(j)) break;
      if (cover[j] >= 0) {
        if (this.isPersonName(cover[j])) break;
        to = j;
        continue;
      }
      if (entries[j]) {
        to = j;
        continue;
      }
      if (this.connectsAt(j)) {
        to = j + 1;
        continue;
      }
      break;
    }
    // A name covering the last word may extend past it («МЗС РФ»): take the name whole.
    while (to + 1 < words.length && cover[to] >= 0 && cover[to + 1] === cover[to]) to++;
    return to;
  }

  /** Whether word j is a connector followed by a lexicon word or a non-person name. */
  private connectsAt(j: number): boolean {
    const { cover, entries, words } = this;
    return this.lex.connectors.has(foldWord(this.text.slice(words.start[j], words.end[j]))) && j + 1 < words.length && this.spaced(j + 1) && (entries[j + 1] !== undefined || (cover[j + 1] >= 0 && !this.isPersonName(cover[j + 1])));
  }
}

function makePhrase(
  text: string,
  words: WordSpans,
  entries: readonly (RoleWord | undefined)[],
  cover: NameCover,
  from: number,
  to: number,
  head: number,
  lex: CompiledLexicon,
): RolePhrase {
  const concepts = new Set<RoleConcept>();
  const countries: string[] = [];
  const implied: string[] = [];
  const names: number[] = [];
  let gender: 'm' | 'f' | undefined;
  for (let k = from; k <= to; k++) {
    // Words of names inside the phrase count too: «МЗС РФ» carries the ministry and the country.
    if (cover[k] >= 0 && !names.includes(cover[k])) names.push(cover[k]);
    const e = entries[k];
    if (!e) continue;
    for (const c of e.concepts ?? []) concepts.add(c);
    if (e.country) (e.concepts?.length ? implied : countries).push(e.country);
    gender ??= e.gender;
  }
  const start = words.start[from];
  const end = words.end[to];
  // Base form: words up to the head in the nominative (the genitive complements after it stay).
  const parts: string[] = [];
  for (let k = from; k <= to; k++) {
    const e = entries[k];
    const word = text.slice(words.start[k], words.end[k]);
    parts.push(k <= head && e && cover[k] < 0 ? nominative(word, e, k === head, lex) : word);
  }
  const descriptor = concepts.has('diplomat') || (concepts.has('agency') && !concepts.has('mfa') && names.length === 0);
  return {
    start,
    end,
    text: text.slice(start, end),
    from,
    to,
    head,
    concepts,
    countries,
    implied,
    names,
    kind: descriptor ? 'descriptor' : 'title',
    base: parts.join(' '),
    gender,
  };
}

/** The stems of each lexicon entry, in lexicon order (not a scan of the whole lexicon per word). */
const STEMS = new WeakMap<CompiledLexicon, Map<RoleWord, string[]>>();

function stemsOf(entry: RoleWord, lex: CompiledLexicon): readonly string[] {
  let byEntry = STEMS.get(lex);
  if (!byEntry) {
    byEntry = new Map();
    for (const [stem, e] of lex.words) {
      const list = byEntry.get(e);
      if (list) list.push(stem);
      else byEntry.set(e, [stem]);
    }
    STEMS.set(lex, byEntry);
  }
  return byEntry.get(entry) ?? [];
}

/** The nominative of a lexicon word: its stem plus the nominative ending, or the word if unchanged. */
function nominative(word: string, entry: RoleWord, isHead: boolean, lex: CompiledLexicon): string {
  const folded = foldWord(word);
  for (const stem of stemsOf(entry, lex)) {
    if (!folded.startsWith(stem)) continue;
    const form = stem + (isHead ? (entry.nom ?? '') : (entry.nom ?? lex.data.adjectiveNom));
    if (form === folded) return word; // already nominative: keep the text's spelling and case
    return form;
  }
  return word;
}

/**
 * The offices a set of concepts names, most specific first.
 *
 * @example
 * ```ts
 * officesOf(new Set(['head', 'mfa'])); // ['foreign-minister']
 * officesOf(new Set(['chief', 'diplomat'])); // ['foreign-minister']
 * ```
 */
export function officesOf(c: ReadonlySet<RoleConcept>): readonly string[] {
  // Phrases repeat few combinations of concepts: remembered by the combination as a bit set.
  let mask = 0;
  for (const x of c) {
    let bit = CONCEPT_BITS.get(x);
    if (bit === undefined) {
      if (CONCEPT_BITS.size >= 30) return computeOffices(c);
      CONCEPT_BITS.set(x, (bit = 1 << CONCEPT_BITS.size));
    }
    mask |= bit;
  }
  let offices = OFFICES.get(mask);
  if (!offices) OFFICES.set(mask, (offices = computeOffices(c)));
  return offices;
}

const CONCEPT_BITS = new Map<RoleConcept, number>();
const OFFICES = new Map<number, readonly string[]>();

function computeOffices(c: ReadonlySet<RoleConcept>): string[] {
  const has = (x: RoleConcept) => c.has(x);
  if (has('spokes')) {
    if (has('president') || has('kremlin') || has('whitehouse')) return ['president-spokesperson'];
    if (has('mfa') || (has('foreign') && (has('affairs') || has('agency')))) return ['mfa-spokesperson'];
    return ['spokesperson'];
  }
  if (has('pm') || (has('head') && has('government'))) return ['prime-minister'];
  if (has('chancellor')) return ['chancellor'];
  const leads = has('head') || has('minister') || has('chief');
  if (
    has('secstate') ||
    (has('secretary') && (has('state') || has('foreign'))) ||
    (has('minister') && has('foreign')) ||
    (leads && has('mfa')) ||
    (has('head') && has('foreign') && (has('agency') || has('affairs'))) ||
    ((has('chief') || has('head')) && has('diplomat'))
  ) {
    return ['foreign-minister'];
  }
  if ((has('minister') || has('head') || has('secretary')) && has('defence')) return ['defence-minister'];
  if (has('president') || (has('head') && has('state'))) return ['president'];
  if (has('minister')) return ['minister'];
  if (has('head')) return ['head'];
  return [];
}

/** Offices that do not say which body without a named organisation. */
const GENERIC = new Set(['minister', 'head', 'spokesperson']);

/**
 * Role keys of a phrase: `office@country` for each office (`@?` when no country is named or
 * implied), and `office@org` for each organisation named inside it.
 *
 * @example
 * ```ts
 * roleKeys(['foreign-minister'], ['Q159'], ['Q789889']); // ['foreign-minister@Q159', 'head@Q789889']
 * ```
 */
export function roleKeys(offices: readonly string[], countries: readonly string[], orgs: readonly string[]): string[] {
  const keys: string[] = [];
  for (const office of offices) {
    if (!GENERIC.has(office)) keys.push(`${office}@${countries[0] ?? '?'}`);
    for (const org of orgs) keys.push(`${office === 'spokesperson' ? 'spokesperson' : 'head'}@${org}`);
  }
  return keys;
}
