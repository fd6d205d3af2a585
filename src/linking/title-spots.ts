/**
 * Title phrases of a whole document attached to people, read piece by piece: the word offsets,
 * name cover and lexicon matches a phrase search needs are per word, so on a long text (a 16 MB
 * document has ~3 million words) they are built for one piece at a time, cut where no phrase can
 * run across; only a small record per phrase found is kept for speaker resolution.
 *
 * @module
 */
import type { ParsedDocument } from '../stages.js';
import type { MentionKind } from '../types.js';
import type { Cluster } from './cluster.js';
import { findRolePhrases, scanWordSpans, type RolePhrase } from './roles.js';
import { addMention, extraMention } from './extra-mentions.js';
import { appositionName, coverWords, kbRoleKeys, phraseRoleKeys, type RoleEnv, type RoleIndex } from './titles.js';

/**
 * What speaker resolution needs of a title phrase: its span, kind, gender, role keys (kept only
 * while no person holds it) and the person it was attached to.
 *
 * @example
 * ```ts
 * const s: TitleSpot = { start: 0, end: 15, kind: 'title', gender: undefined, keys: [], cluster: lavrov };
 * ```
 */
export interface TitleSpot {
  start: number;
  end: number;
  kind: MentionKind;
  gender: 'm' | 'f' | undefined;
  keys: readonly string[];
  cluster: Cluster | undefined;
}

/**
 * The record of a phrase (every spot built here, so all have one shape).
 *
 * @example
 * ```ts
 * titleSpot(phrase, ['foreign-minister@Q159']).keys; // ['foreign-minister@Q159']
 * ```
 */
export function titleSpot(p: RolePhrase, keys: readonly string[]): TitleSpot {
  return { start: p.start, end: p.end, kind: p.kind, gender: p.gender, keys, cluster: undefined };
}

const NO_KEYS: readonly string[] = [];

/** Code units of text a piece reads at least (words then cost a few MB at most). */
const PIECE = 1 << 16;

/**
 * Whether a phrase cannot run across the end of `text.slice(0, p)`: the unit before p is neither
 * part of a word (letter, digit, dot, apostrophe, hyphen) nor a space a phrase may hold. A line
 * break or one of , ; ! ? ( ) " « » (a list that is short on purpose: only units surely outside words).
 */
function isHardBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2c || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x28 || c === 0x29 || c === 0x22 || c === 0xab || c === 0xbb;
}

/**
 * The `[start, end)` pieces the phrase search reads: about {@link PIECE} units each, ending just
 * after a hard break that no name spans; a text with no such place is one piece.
 *
 * @example
 * ```ts
 * titlePieces('коротко', [], []); // [[0, 7]]
 * ```
 */
export function titlePieces(text: string, names: readonly { start: number; end: number }[], byStart: readonly number[], piece: number = PIECE): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let k = 0; // names in text order, walked once
  let reach = 0; // the furthest end of the names starting before the current position
  while (text.length - start > piece) {
    let cut = -1;
    for (let p = start + piece; p < text.length; p++) {
      if (!isHardBreak(text.charCodeAt(p - 1))) continue;
      while (k < byStart.length && names[byStart[k]].start < p) reach = Math.max(reach, names[byStart[k++]].end);
      if (reach <= p) {
        cut = p;
        break;
      }
    }
    if (cut < 0) break;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * Finds title phrases, attaches those in apposition to a person, teaches the role index the roles
 * of appositions and of KB-linked people, then attaches the other phrases whose role the index
 * knows. Returns a {@link TitleSpot} per phrase, in text order.
 *
 * @example
 * ```ts
 * attachTitles(doc, env, roles, clusters, byStartOrder(names))[0].cluster; // Лавров's cluster
 * ```
 */
export function attachTitles(doc: ParsedDocument, env: RoleEnv, roles: RoleIndex, clusters: readonly Cluster[], byStart: readonly number[]): TitleSpot[] {
  const out: TitleSpot[] = [];
  // The base forms of the phrases not attached at once, by spot (needed if they are later; their
  // text is the document's, sliced again, so no phrase object outlives its piece).
  const pending: (string | undefined)[] = [];
  for (const [from, to] of titlePieces(doc.text, env.names, byStart)) attachInPiece(doc.text, from, to, env, roles, byStart, out, pending);
  if (env.kb) teachKbRoles(env, roles, clusters);
  for (let k = 0; k < out.length; k++) {
    const spot = out[k];
    const base = pending[k];
    if (base === undefined || !spot.keys.length) continue;
    const cluster = roles.find(spot.keys, spot.start);
    if (!cluster) continue;
    spot.cluster = cluster;
    spot.keys = NO_KEYS;
    addMention(cluster, extraMention(spot.start, spot.end, doc.text.slice(spot.start, spot.end), spot.kind, base));
  }
  return out;
}

/** The phrases of one piece: appositions attached at once, the rest kept with their keys. */
function attachInPiece(
  text: string,
  from: number,
  to: number,
  env: RoleEnv,
  roles: RoleIndex,
  byStart: readonly number[],
  out: TitleSpot[],
  pending: (string | undefined)[],
): void {
  const words = scanWordSpans(text, from, to);
  const cover = coverWords(words, env.names, byStart);
  for (const phrase of findRolePhrases(text, words, cover, (i) => env.names[i].type === 'PER', env.lex)) {
    const keys = phraseRoleKeys(phrase, env, env.countryKeys);
    const named = appositionName(text, phrase, env.names, byStart);
    const cluster = named === undefined ? undefined : env.clusterOfName[named];
    const spot = titleSpot(phrase, keys);
    if (cluster) {
      roles.add(keys, cluster, phrase.start);
      addMention(cluster, extraMention(phrase.start, phrase.end, phrase.text, phrase.kind, phrase.base));
      spot.cluster = cluster;
      spot.keys = NO_KEYS;
    }
    out.push(spot);
    pending.push(cluster ? undefined : phrase.base);
  }
}

/** Teaches the role index the current roles the KB gives the document's linked people. */
function teachKbRoles(env: RoleEnv, roles: RoleIndex, clusters: readonly Cluster[]): void {
  const kb = env.kb;
  if (!kb) return;
  for (const c of clusters) {
    const entry = c.kbId && c.type === 'PER' ? kb.get(c.kbId) : undefined;
    if (!entry?.roles?.length) continue;
    let first = Infinity;
    for (const i of c.names) if (env.names[i].start < first) first = env.names[i].start;
    roles.add(kbRoleKeys(entry, env), c, first);
  }
}
