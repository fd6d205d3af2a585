/**
 * Adding titles, descriptors, pronouns and speaker spans to a cluster without duplicates: one
 * mention per span. The cluster's extra mentions are indexed by start offset, with one entry per
 * start (almost every start has one mention) and a list only for a start that has several.
 *
 * @module
 */
import type { Mention, MentionKind } from '../types.js';
import type { Cluster, ExtraMention } from './cluster.js';

/**
 * An extra mention made in the shape of the public {@link Mention} (entity id filled in when the
 * entity is numbered), so that the result can hold it as it is rather than a copy: a long text
 * has hundreds of thousands of them.
 *
 * @example
 * ```ts
 * extraMention(692, 695, 'він', 'pronoun', 'він'); // { start: 692, end: 695, text: 'він', kind: 'pronoun', base: 'він', entityId: '' }
 * ```
 */
export function extraMention(start: number, end: number, text: string, kind: MentionKind, base: string): Mention {
  return { start, end, text, kind, base, entityId: '' };
}

/** A cluster's extra mentions by start: the first kept at each start, and the others there, if any. */
interface SpanIndex {
  first: Map<number, ExtraMention>;
  more: Map<number, ExtraMention[]> | undefined;
}

/** The index of each cluster, so that adding a mention is not a scan of the cluster. */
const INDEX = new WeakMap<Cluster, SpanIndex>();

/**
 * Adds a mention to a cluster unless the cluster already has one with the same span; returns the
 * mention the cluster keeps.
 *
 * @example
 * ```ts
 * addMention(lavrov, { start: 692, end: 695, text: 'він', kind: 'pronoun', base: 'він' });
 * ```
 */
export function addMention(c: Cluster, m: ExtraMention): ExtraMention {
  let index = INDEX.get(c);
  if (!index) {
    index = { first: new Map(), more: undefined };
    // As a Map built from the list would: the last of equal spans is the one kept.
    for (const x of c.extra) if (!replace(index, x)) keep(index, x);
    INDEX.set(c, index);
  }
  const same = find(index, m);
  if (same) return same;
  c.extra.push(m);
  keep(index, m);
  return m;
}

function find(index: SpanIndex, m: ExtraMention): ExtraMention | undefined {
  const x = index.first.get(m.start);
  if (x === undefined) return undefined;
  if (x.end === m.end) return x;
  const list = index.more?.get(m.start);
  if (list) for (const y of list) if (y.end === m.end) return y;
  return undefined;
}

/** Puts `m` in place of the kept mention with its span; false when there is none. */
function replace(index: SpanIndex, m: ExtraMention): boolean {
  const x = index.first.get(m.start);
  if (x === undefined) return false;
  if (x.end === m.end) {
    index.first.set(m.start, m);
    return true;
  }
  const list = index.more?.get(m.start);
  const k = list ? list.findIndex((y) => y.end === m.end) : -1;
  if (!list || k < 0) return false;
  list[k] = m;
  return true;
}

function keep(index: SpanIndex, m: ExtraMention): void {
  if (!index.first.has(m.start)) {
    index.first.set(m.start, m);
    return;
  }
  const more = (index.more ??= new Map());
  const list = more.get(m.start);
  if (list) list.push(m);
  else more.set(m.start, [m]);
}
