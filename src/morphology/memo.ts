/**
 * A per-process memo of base forms that stays exact under per-document evidence: each entry keeps
 * the evidence questions its computation asked and the answers it got. A later call with the same
 * name and options asks the same questions of its own evidence; when every answer is the same,
 * the computation would take the same path (it depends on nothing else), so the stored base form
 * is returned. Names recur across documents (України, Трампа), and a document's callers already
 * memoise within it, so this pays across documents.
 *
 * @module
 */

/** Evidence interface (same shape as NameEvidence in index.ts, repeated to avoid a cycle). */
interface Evidence {
  has(form: string): boolean;
}

/** One remembered computation. */
interface Entry {
  readonly result: string;
  /** Whether the computation had evidence at all (a call without evidence asks nothing). */
  readonly withEvidence: boolean;
  /** Forms asked about, and the answers, in order. */
  readonly forms: readonly string[];
  readonly answers: readonly boolean[];
}

/** Bound on remembered names: past it the memo starts afresh (no unbounded growth). */
const MEMO_LIMIT = 10000;

/**
 * Memo keyed by a string the caller builds from the name and every option except evidence.
 *
 * @example
 * ```ts
 * const memo = new EvidenceMemo();
 * const lemma = memo.run('uk|PER|Лаврова', evidence, (ev) => baseForm('Лаврова', ev));
 * ```
 */
export class EvidenceMemo {
  private readonly entries = new Map<string, Entry>();

  /** Returns the remembered result when `evidence` answers as before, else runs `compute`. */
  run(key: string, evidence: Evidence | undefined, compute: (evidence: Evidence | undefined) => string): string {
    const entry = this.entries.get(key);
    if (entry && entry.withEvidence === (evidence !== undefined) && replays(entry, evidence)) return entry.result;
    const forms: string[] = [];
    const answers: boolean[] = [];
    // The computation asks through a recorder, so the entry knows what its result depended on.
    const recorder: Evidence | undefined = evidence && {
      has(form: string): boolean {
        const answer = evidence.has(form);
        forms.push(form);
        answers.push(answer);
        return answer;
      },
    };
    const result = compute(recorder);
    if (this.entries.size >= MEMO_LIMIT) this.entries.clear();
    this.entries.set(key, { result, withEvidence: evidence !== undefined, forms, answers });
    return result;
  }
}

function replays(entry: Entry, evidence: Evidence | undefined): boolean {
  if (!evidence) return true;
  const { forms, answers } = entry;
  for (let i = 0; i < forms.length; i++) if (evidence.has(forms[i]!) !== answers[i]) return false;
  return true;
}
