/**
 * JSON Lines processing: one `{"id", "text"}` object per input line, one result line out.
 * The same code runs in the main thread (`--workers 1`) and in every worker thread.
 *
 * @module
 */
import type { Extraction } from '../types.js';
import { Utf8Builder } from './utf8.js';

const utf8 = new TextDecoder('utf-8');

/**
 * A run of consecutive input lines, the unit of work sent to a worker. The lines travel as one
 * block (UTF-8 bytes from the CLI's reader, or a string) because one big block is far cheaper to
 * post to a thread than many small messages.
 *
 * @example
 * ```ts
 * const batch: Batch = { seq: 0, firstLine: 1, text: '{"id":1,"text":"Лавров заявив."}' };
 * ```
 */
export interface Batch {
  /** Position of the batch in the input, from 0: results are written in this order. */
  seq: number;
  /** 1-based line number of the batch's first line in the input, for error messages. */
  firstLine: number;
  /** The raw lines separated by '\n' (a trailing '\r' on a line is ignored), as a string or UTF-8 bytes. */
  text: string | Uint8Array;
}

/**
 * What processing a batch gives back.
 *
 * @example
 * ```ts
 * const r: BatchResult = { seq: 0, output: '{"id":1,"lang":"uk",…}\n', documents: 1 };
 * ```
 */
export interface BatchResult {
  /** The batch's `seq`. */
  seq: number;
  /**
   * Result lines, each ended by '\n' (empty when the batch had only blank lines): a string, or
   * UTF-8 bytes with `{ bytes: true }` — then a view from offset 0 of a buffer of its own, which a
   * worker transfers to the main thread instead of copying.
   */
  output: string | Uint8Array;
  /** Number of documents processed. */
  documents: number;
  /** The first bad line, if any: `output` then holds the results of the lines before it. */
  error?: { line: number; message: string; exitCode: 1 | 2 };
}

/**
 * The function that reads one text: `extract` with the CLI's options applied.
 *
 * @example
 * ```ts
 * const run: ExtractFn = createExtractor({ lang: 'uk' });
 * ```
 */
export type ExtractFn = (text: string) => Extraction;

/**
 * How {@link processBatch} returns its output.
 *
 * @example
 * ```ts
 * const options: BatchOptions = { bytes: true }; // as the worker threads do
 * ```
 */
export interface BatchOptions {
  /** Return UTF-8 bytes (encoded line by line as the results are made) rather than a string. */
  bytes?: boolean;
}

/**
 * Output bytes per input byte to reserve up front: a result (sentences, mentions and quotes,
 * each with its text) is several times the size of its input, and guessing low costs a copy.
 */
const OUTPUT_PER_INPUT = 6;

/**
 * Processes a batch of JSON Lines: parses each line, extracts, and serialises the results.
 * Blank lines are skipped. Stops at the first line that is not a JSON object with a string
 * `text` (exit code 2) or whose extraction throws (exit code 1).
 *
 * @example
 * ```ts
 * const r = processBatch({ seq: 0, firstLine: 1, text: '{"id":1,"text":"Лавров заявив."}' }, (t) => extract(t));
 * r.output; // '{"id":1,"lang":"uk","sentences":[…],"entities":[…],"quotes":[…]}\n'
 * processBatch(batch, extract, { bytes: true }).output; // the same, as UTF-8 bytes
 * ```
 */
export function processBatch(batch: Batch, extract: ExtractFn, options: BatchOptions = {}): BatchResult {
  const inputBytes = typeof batch.text === 'string' ? batch.text.length : batch.text.byteLength;
  const bytes = options.bytes ? new Utf8Builder(inputBytes * OUTPUT_PER_INPUT) : null;
  let output = '';
  let documents = 0;
  const result = (error?: BatchResult['error']): BatchResult => {
    const r: BatchResult = { seq: batch.seq, output: bytes ? bytes.bytes() : output, documents };
    if (error) r.error = error;
    return r;
  };
  // A byte-order mark at the start of the input is dropped by the decoder (its default).
  const text = typeof batch.text === 'string' ? batch.text : utf8.decode(batch.text);
  let from = 0;
  for (let line = batch.firstLine; from <= text.length; line++) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const raw = text.slice(from, to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to);
    from = to + 1;
    if (isBlank(raw)) continue;
    const parsed = parseLine(raw, line);
    if (typeof parsed === 'string') return result({ line, message: parsed, exitCode: 2 });
    let extraction: Extraction;
    try {
      extraction = extract(parsed.text);
    } catch (e) {
      return result({ line, message: `line ${line}: extraction failed: ${e instanceof Error ? e.message : String(e)}`, exitCode: 1 });
    }
    const json = serializeResult(parsed.id, extraction);
    if (bytes) bytes.appendLine(json);
    else output += json + '\n';
    documents++;
  }
  return result();
}

/**
 * Serialises one JSONL result: the input's `id` (omitted when the input had none) followed by the extraction.
 *
 * @example
 * ```ts
 * serializeResult('a1', { lang: 'en', sentences: [], entities: [], quotes: [] });
 * // '{"id":"a1","lang":"en","sentences":[],"entities":[],"quotes":[]}'
 * ```
 */
export function serializeResult(id: unknown, result: Extraction): string {
  return JSON.stringify(id === undefined ? result : { id, ...result });
}

/**
 * Parses one JSONL input line into its `id` and `text`, or returns an error message naming the line.
 *
 * @example
 * ```ts
 * parseLine('{"id":7,"text":"Hi"}', 1); // { id: 7, text: 'Hi' }
 * parseLine('{"id":7}', 3);             // 'line 3: the object has no string "text" field'
 * ```
 */
export function parseLine(raw: string, line: number): { id: unknown; text: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return `line ${line}: not valid JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return `line ${line}: expected a JSON object like {"id": 1, "text": "…"}, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`;
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') {
    return `line ${line}: the object has no string "text" field${text === undefined ? '' : ` (got ${text === null ? 'null' : typeof text})`}`;
  }
  return { id, text };
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) return false;
  }
  return true;
}
