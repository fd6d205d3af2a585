import { parse } from '../../src/parser/index.js';
import { findQuotes, type FoundQuote } from '../../src/quotes/index.js';
import type { Lang } from '../../src/types.js';

/** Runs the quotes stage alone (no recognised names) on a text. */
export function quotesOf(text: string, lang: Lang): FoundQuote[] {
  return findQuotes(parse(text, lang), []);
}

/** A compact view of a quotation for assertions: text, kind, cue lemma, speaker words. */
export function view(q: FoundQuote): { text: string; kind: string; cue: string | null; speaker: string | null } {
  return { text: q.text, kind: q.kind, cue: q.cue?.lemma ?? null, speaker: q.speaker?.text ?? null };
}

/** Checks that every span's text equals the slice of the input it claims. */
export function offsetsHold(text: string, qs: readonly FoundQuote[]): boolean {
  return qs.every((q) => text.slice(q.start, q.end) === q.text && (!q.cue || text.slice(q.cue.start, q.cue.end) === q.cue.text) && (!q.speaker || text.slice(q.speaker.start, q.speaker.end) === q.speaker.text));
}
