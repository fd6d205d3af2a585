/**
 * Resolving quote speakers to clusters: a name is its cluster; a title or descriptor goes through
 * the document's appositions, its role keys, the names inside it («Джерела Reuters» → Reuters) and
 * the KB's current office holders; a pronoun through the previous quote's speaker, the subject of
 * the previous sentence, then the most recent person, with gender and number agreeing (names inside
 * quotations are skipped). A quote that `continues` another takes its speaker. Nothing is dropped:
 * a speaker that resolves to nothing becomes an entity of its own.
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KnowledgeBaseEntry } from '../kb/types.js';
import type { FoundQuote, ReferringMention } from '../stages.js';
import type { Span } from '../types.js';
import { baseOf, type Cluster, type ExtraMention } from './cluster.js';
import { addMention, extraMention } from './extra-mentions.js';
import { KbMemo } from './memo.js';
import type { PronounFeatures } from './role-types.js';
import { findRolePhrases, scanWordSpans } from './roles.js';
import { titleNominative } from '../quotes/title-nominative.js';
import { titleSpot, type TitleSpot } from './title-spots.js';
import { coverWords, kbRoleKeys, phraseRoleKeys, RoleIndex, type RoleEnv } from './titles.js';

/**
 * A resolved speaker: the cluster and the span that names it.
 *
 * @example
 * ```ts
 * const ref: SpeakerRef = { cluster: lavrov, mention: { start: 692, end: 695, text: 'він', kind: 'pronoun', base: 'він' } };
 * ```
 */
export interface SpeakerRef {
  cluster: Cluster;
  mention: ExtraMention;
}

/**
 * What speaker resolution reads and extends.
 *
 * @example
 * ```ts
 * const env: SpeakerEnv = { ...roleEnv, text, sentences, paragraphs, clusters, roles, phrases, byStart };
 * ```
 */
export interface SpeakerEnv extends RoleEnv {
  text: string;
  sentences: readonly Span[];
  paragraphs: readonly Span[];
  clusters: Cluster[];
  roles: RoleIndex;
  /** Title phrases of the document and the clusters they were attached to, in text order. */
  phrases: readonly TitleSpot[];
  /** Indices of the names in text order. */
  byStart: readonly number[];
}

/**
 * The mentions a pronoun may refer to, in text order, outside quotations: two parallel lists (a
 * long document has hundreds of thousands; no object per mention).
 */
interface Candidates {
  readonly start: readonly number[];
  readonly cluster: readonly Cluster[];
}

const NO_CANDIDATES: Candidates = { start: [], cluster: [] };

function indexAt(spans: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function agrees(c: Cluster, sp: Pick<ReferringMention, 'gender' | 'number'>): boolean {
  const number = sp.number;
  if (number === 'pl') return c.type === 'ORG';
  if (sp.gender === 'n') return c.type === 'ORG';
  if (c.type !== 'PER') return false;
  return !sp.gender || !c.gender || sp.gender === c.gender;
}

function newCluster(env: SpeakerEnv, type: Cluster['type'], name: string, kbId?: string, gender?: 'm' | 'f'): Cluster {
  const c: Cluster = { type, names: [], extra: [], fallbackName: name, kbId, gender };
  env.clusters.push(c);
  return c;
}

/**
 * Resolves every quote's speaker. Returns one entry per quote, in the order given (null when the
 * text names no speaker and the quote continues nobody).
 *
 * @example
 * ```ts
 * const refs = resolveSpeakers(quotes, env);
 * refs[0]?.cluster === lavrov; // true for «— сказав він» after Лавров
 * ```
 */
export function resolveSpeakers(quotes: readonly FoundQuote[], env: SpeakerEnv): (SpeakerRef | null)[] {
  const order = textOrder(quotes);
  // The quote starting last at or before `at` (quotes by start, as `order` lists them).
  const insideQuote = (at: number) => {
    let lo = 0;
    let hi = order.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (quotes[order[mid]].start <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && at < quotes[order[found]].end;
  };
  // Only pronouns read the person mentions: not gathered (nor sorted) for quotes without one.
  const candidates = quotes.some((q) => q.speaker?.kind === 'pronoun') ? personMentions(env, insideQuote) : NO_CANDIDATES;
  const out: (SpeakerRef | null)[] = new Array(quotes.length).fill(null);
  const done = new Array<boolean>(quotes.length).fill(false);
  let previous: { ref: SpeakerRef; end: number } | undefined;

  const resolve = (qi: number): SpeakerRef | null => {
    if (done[qi]) return out[qi];
    done[qi] = true;
    const q = quotes[qi];
    let ref: SpeakerRef | null = null;
    if (q.speaker) ref = resolveMention(q.speaker, q, env, candidates, previous);
    else if (q.continues !== undefined && q.continues !== qi && quotes[q.continues]) ref = resolve(q.continues);
    out[qi] = ref;
    return ref;
  };
  for (const qi of order) {
    const ref = resolve(qi);
    if (ref) previous = { ref, end: quotes[qi].end };
  }
  return out;
}

/** Indices of the quotes by start (stable); the quotes stage gives them so, and then nothing is sorted. */
function textOrder(quotes: readonly FoundQuote[]): number[] {
  const order = new Array<number>(quotes.length);
  let sorted = true;
  for (let k = 0; k < quotes.length; k++) {
    order[k] = k;
    if (k > 0 && quotes[k].start < quotes[k - 1].start) sorted = false;
  }
  return sorted ? order : order.sort((a, b) => quotes[a].start - quotes[b].start);
}

/** The names and extra mentions of every cluster, in text order (stable), those inside quotations left out. */
function personMentions(env: SpeakerEnv, insideQuote: (at: number) => boolean): Candidates {
  // Lists made at their final length (a long text has hundreds of thousands of mentions).
  let n = 0;
  for (const c of env.clusters) n += c.names.length + c.extra.length;
  const starts = new Array<number>(n);
  const owners = new Array<Cluster>(n);
  let k = 0;
  for (const c of env.clusters) {
    for (const i of c.names) {
      starts[k] = env.names[i].start;
      owners[k++] = c;
    }
    for (const m of c.extra) {
      starts[k] = m.start;
      owners[k++] = c;
    }
  }
  const start = new Array<number>(n);
  const cluster = new Array<Cluster>(n);
  let kept = 0;
  const take = (j: number) => {
    if (insideQuote(starts[j])) return;
    start[kept] = starts[j];
    cluster[kept++] = owners[j];
  };
  if ((env.text.length + 1) * (n + 1) > Number.MAX_SAFE_INTEGER) {
    const order = starts.map((_, j) => j).sort((a, b) => starts[a] - starts[b]);
    for (const j of order) take(j);
  } else {
    // A stable sort by start without a comparator: start and position packed in one number.
    const packed = new Float64Array(n);
    for (let j = 0; j < n; j++) packed[j] = starts[j] * n + j;
    packed.sort();
    for (let j = 0; j < n; j++) take(packed[j] % n);
  }
  start.length = kept;
  cluster.length = kept;
  return { start, cluster };
}

function resolveMention(
  sp: ReferringMention,
  q: FoundQuote,
  env: SpeakerEnv,
  candidates: Candidates,
  previous: { ref: SpeakerRef; end: number } | undefined,
): SpeakerRef {
  const span = { start: sp.start, end: sp.end, text: sp.text, base: sp.base || sp.text };
  if (sp.kind === 'pronoun') {
    const c = resolvePronoun(sp, env, candidates, previous) ?? newCluster(env, sp.number === 'pl' ? 'ORG' : 'PER', span.base);
    return { cluster: c, mention: addMention(c, extraMention(span.start, span.end, span.text, 'pronoun', span.base)) };
  }
  // Exactly a recognised name.
  const inside = namesInside(sp, env);
  const exact = inside.find((i) => env.names[i].start === sp.start && env.names[i].end === sp.end);
  if (exact !== undefined) return { cluster: env.clusterOfName[exact], mention: { start: span.start, end: span.end, text: span.text, base: baseOf(env.names[exact]), kind: 'name' } };
  // A title the document already attached, or one whose role it knows.
  const overlapping = phrasesOverlapping(sp, env);
  const titled = overlapping.find((p) => p.cluster);
  const phrase = titled ?? overlapping[0] ?? analyse(sp, env);
  const kind = phrase?.kind ?? (sp.kind === 'name' ? 'descriptor' : sp.kind);
  if (titled?.cluster) return { cluster: titled.cluster, mention: addMention(titled.cluster, extraMention(span.start, span.end, span.text, kind, span.base)) };
  // A phrase found before keeps its keys while no one holds it (the same keys as worked out anew).
  const keys = phrase ? phrase.keys : [];
  let c: Cluster | undefined;
  if (keys.length) {
    // An office: the person the document or the KB gives it to; never the body named inside it.
    c = env.roles.find(keys, sp.start) ?? (env.kb ? kbHolder(keys, env) : undefined);
  } else {
    // Not an office: a span around a name («Джерела Reuters», «джерело Forbes») speaks for that name.
    const named = inside.find((i) => env.names[i].type === 'PER') ?? (sp.nameIndex !== undefined && env.names[sp.nameIndex] ? sp.nameIndex : inside[0]);
    if (named !== undefined) c = env.clusterOfName[named];
  }
  if (!c && sp.nameIndex !== undefined && env.names[sp.nameIndex]?.type === 'PER') c = env.clusterOfName[sp.nameIndex];
  // An unnamed speaker's entity is named by its title in the nominative (`министр обороны`).
  c ??= newCluster(env, 'PER', titleNominative(span.base, env.lang), undefined, phrase?.gender);
  if (keys.length) env.roles.add(keys, c, sp.start);
  return { cluster: c, mention: addMention(c, extraMention(span.start, span.end, span.text, kind, span.base)) };
}

/** First index in `list` (sorted by `startOf`) whose start is at or after `at`. */
function lowerBound<T>(list: readonly T[], at: number, startOf: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (startOf(list[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The names lying inside a span, by binary search over names in text order. */
function namesInside(sp: Span, env: SpeakerEnv): number[] {
  const out: number[] = [];
  for (let k = lowerBound(env.byStart, sp.start, (i) => env.names[i].start); k < env.byStart.length; k++) {
    const n = env.names[env.byStart[k]];
    if (n.start >= sp.end) break;
    if (n.end <= sp.end) out.push(env.byStart[k]);
  }
  return out;
}

/** The title phrases overlapping a span (phrases do not overlap each other, so few are looked at). */
function phrasesOverlapping(sp: Span, env: SpeakerEnv): TitleSpot[] {
  const out: TitleSpot[] = [];
  let k = lowerBound(env.phrases, sp.start, (p) => p.start);
  if (k > 0) k--;
  for (; k < env.phrases.length && env.phrases[k].start < sp.end; k++) if (env.phrases[k].end > sp.start) out.push(env.phrases[k]);
  return out;
}

/** The first title phrase inside a speaker span that the document's search did not meet, with its keys. */
function analyse(sp: ReferringMention, env: SpeakerEnv): TitleSpot | undefined {
  const words = scanWordSpans(env.text, sp.start, sp.end);
  const cover = coverWords(words, env.names, env.byStart);
  const p = findRolePhrases(env.text, words, cover, (i) => env.names[i].type === 'PER', env.lex)[0];
  return p && titleSpot(p, phraseRoleKeys(p, env, env.countryKeys));
}

/** The one current holder of an office in the KB: their cluster, made when the text names them only by title. */
function kbHolder(keys: readonly string[], env: SpeakerEnv): Cluster | undefined {
  if (!env.kb) return undefined;
  const index = holdersByKey(env);
  const holders = new Set<KnowledgeBaseEntry>();
  for (const k of keys) if (!k.endsWith('@?')) for (const e of index.get(k) ?? []) holders.add(e);
  if (holders.size !== 1) return undefined;
  const [e] = holders;
  const existing = env.clusters.find((c) => c.kbId === e.id);
  if (existing) return existing;
  return newCluster(env, e.type, e.names[env.lang]?.[0] ?? e.names.en?.[0] ?? e.id, e.id, e.gender);
}

/**
 * The KB's current office holders by role key, built once per KB and language (not a scan of all
 * holders per title). Any other object serving as a KB is indexed afresh for each document.
 */
function holdersByKey(env: SpeakerEnv): Map<string, KnowledgeBaseEntry[]> {
  const kb = env.kb as KnowledgeBase;
  return HOLDERS.get(kb, env.lang, '', () => {
    const index = new Map<string, KnowledgeBaseEntry[]>();
    for (const e of kb.withRoles?.() ?? []) {
      for (const k of new Set(kbRoleKeys(e, env))) {
        const list = index.get(k);
        if (list) list.push(e);
        else index.set(k, [e]);
      }
    }
    return index;
  });
}

const HOLDERS = new KbMemo<Map<string, KnowledgeBaseEntry[]>>();

function resolvePronoun(
  sp: ReferringMention,
  env: SpeakerEnv,
  candidates: Candidates,
  previous: { ref: SpeakerRef; end: number } | undefined,
): Cluster | undefined {
  // The mention's own gender and number win; else the pronoun lexicon's.
  const known: Partial<PronounFeatures> = env.lex.data.pronouns[sp.base?.toLowerCase() ?? ''] ?? env.lex.data.pronouns[sp.text.toLowerCase()] ?? {};
  const feats: Pick<ReferringMention, 'gender' | 'number'> = {
    gender: sp.gender || ('gender' in known ? known.gender : sp.gender),
    number: sp.number || ('number' in known ? known.number : sp.number),
  };
  // The previous quote's speaker, when that quote is in this paragraph or the one before.
  const para = indexAt(env.paragraphs, sp.start);
  if (previous && agrees(previous.ref.cluster, feats)) {
    const prevPara = indexAt(env.paragraphs, previous.end);
    if (para < 0 || prevPara >= para - 1) return previous.ref.cluster;
  }
  const sent = indexAt(env.sentences, sp.start);
  // Walk back from the pronoun over at most a bounded number of mentions: one pass, no quadratic scan.
  const end = lowerBound(candidates.start, sp.start, (at) => at);
  const here = sent >= 0 ? env.sentences[sent].start : -1;
  const prev = sent > 0 ? env.sentences[sent - 1] : undefined;
  let nearest: Cluster | undefined;
  let subject: Cluster | undefined;
  for (let k = end - 1; k >= 0 && k >= end - 200; k--) {
    const cluster = candidates.cluster[k];
    const at = candidates.start[k];
    if (!agrees(cluster, feats)) continue;
    // A person earlier in this sentence wins outright.
    if (at >= here && here >= 0) return cluster;
    nearest ??= cluster;
    if (prev && at >= prev.start && at < prev.end) subject = cluster; // the first one in that sentence
    if (prev && at < prev.start) break;
  }
  return subject ?? nearest;
}
