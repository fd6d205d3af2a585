/**
 * Cuts a byte stream of JSON Lines into batches of whole lines, streaming: at most one batch plus
 * one chunk is held in memory, so a 1 GB file never sits in memory at once.
 *
 * Batches stay UTF-8 bytes: the main thread only looks for '\n' bytes (a '\n' byte is never part of
 * a multi-byte UTF-8 character) and leaves decoding to the worker that extracts — on a 2-core
 * machine every millisecond the main thread spends is taken from the workers.
 *
 * @module
 */
import type { Batch } from './jsonl.js';

/**
 * A batch with the number of input bytes read up to its end (for progress).
 *
 * @example
 * ```ts
 * const b: ReadBatch = { seq: 0, firstLine: 1, text: new TextEncoder().encode('{"text":"Так"}\n'), bytesRead: 16 };
 * ```
 */
export interface ReadBatch extends Batch {
  /** The batch's lines as UTF-8 bytes, each ended by '\n' except perhaps the input's last line. */
  text: Uint8Array;
  /** Input bytes consumed up to the end of this batch. */
  bytesRead: number;
}

/**
 * Default batch size in bytes: big enough that posting a batch to a worker costs nothing next to
 * extracting it, small enough that two workers share a 20 MB file evenly.
 *
 * @example
 * ```ts
 * readBatches(stream, DEFAULT_BATCH_BYTES * 4); // fewer, bigger batches
 * ```
 */
export const DEFAULT_BATCH_BYTES = 256 * 1024;

const NEWLINE = 10;

/**
 * Reads chunks (Buffers or strings) and yields batches of whole lines of about `batchBytes`
 * bytes each (the lines up to the first one that reaches `batchBytes`), in input order, however
 * big or small the chunks. A line longer than `batchBytes` makes a batch of its own.
 *
 * @param chunks - the input stream (a `fs.ReadStream`, `process.stdin`, or any async iterable)
 * @param batchBytes - the target batch size in bytes
 *
 * @example
 * ```ts
 * for await (const batch of readBatches(fs.createReadStream('news.jsonl'))) worker.postMessage(batch);
 * ```
 */
export async function* readBatches(
  chunks: AsyncIterable<Uint8Array | string>,
  batchBytes: number = DEFAULT_BATCH_BYTES,
): AsyncGenerator<ReadBatch> {
  let parts: Uint8Array[] = []; // input not yet emitted: whole lines, then the start of an unfinished line
  let size = 0;
  let wholeLines = 0; // lines ended by '\n' in `parts`
  let seq = 0;
  let nextLine = 1;
  let bytesRead = 0;
  // Emits `parts` and then `tail` (bytes of the current chunk ending with a '\n') as one batch.
  const emit = (tail: Uint8Array | null, lines: number, readTo: number): ReadBatch => {
    if (tail) parts.push(tail);
    const batch: ReadBatch = { seq: seq++, firstLine: nextLine, text: concat(parts, size + (tail?.length ?? 0)), bytesRead: readTo };
    nextLine += lines;
    parts = [];
    size = 0;
    wholeLines = 0;
    return batch;
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    if (chunk.length === 0) continue;
    const chunkStart = bytesRead;
    bytesRead += chunk.length;
    // A chunk (1 MB from a file stream) may hold many batches: cut it at the first '\n' after
    // each `batchBytes`, or the batch size would silently become the chunk size.
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, from + Math.max(0, batchBytes - size - 1));
      if (nl < 0) break;
      const tail = chunk.subarray(from, nl + 1);
      yield emit(tail, wholeLines + countNewlines(tail), chunkStart + nl + 1);
      from = nl + 1;
    }
    if (from < chunk.length) {
      const rest = chunk.subarray(from);
      parts.push(rest);
      size += rest.length;
      wholeLines += countNewlines(rest);
    }
  }
  if (size > 0) {
    const lastPart = parts[parts.length - 1];
    const unfinished = lastPart[lastPart.length - 1] !== NEWLINE ? 1 : 0; // a last line without a final '\n'
    yield emit(null, wholeLines + unfinished, bytesRead);
  }
}

/** Number of '\n' bytes in `bytes` (native indexOf is a memchr). */
function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/** Joins byte chunks into one fresh buffer (so posting it to a worker copies only these bytes). */
function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
