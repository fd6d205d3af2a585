/**
 * The `citata` command: ties argument parsing, input reading, extraction (in this thread or in
 * worker threads) and ordered output together. Everything it touches comes through {@link CliIO},
 * so tests drive it with in-memory streams.
 *
 * @module
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { version } from '../../package.json';
import type { LangOption } from '../types.js';
import { parseArgs, USAGE, UsageError } from './args.js';
import { DEFAULT_BATCH_BYTES, readBatches } from './batches.js';
import { processBatch, type BatchResult, type ExtractFn } from './jsonl.js';
import { mapOrdered } from './ordered.js';
import { BatchPool, type WorkerLike } from './pool.js';
import { ProgressLine, type TerminalLike } from './progress.js';

/**
 * An output stream: `process.stdout` or a test double.
 *
 * @example
 * ```ts
 * const out: OutputLike = process.stdout;
 * ```
 */
export interface OutputLike {
  isTTY?: boolean;
  write(data: string | Uint8Array): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * What the CLI reads from and writes to.
 *
 * @example
 * ```ts
 * const io: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
 * ```
 */
export interface CliIO {
  /** Standard input, read when the input is `-`. */
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: OutputLike;
  stderr: TerminalLike;
  /** Starts one worker thread for `--workers N` (default: dist/cli-worker.cjs next to the CLI). */
  createWorker?: (lang: LangOption) => WorkerLike;
  /** Makes the extract function (default: the library's `createExtractor`). */
  createExtract?: (lang: LangOption) => ExtractFn;
}

/**
 * The reorder window per worker: how many batches may be started and not yet written. A worker
 * holds two of them at most (see pool.ts); the rest lets the other workers run ahead of a slow
 * batch at the head (a long document, a thread the OS set aside) by up to this many batches,
 * while the buffer stays small (16 × 64 KB of input and its results per worker).
 */
const BATCHES_PER_WORKER = 16;

/**
 * Batch size with worker threads: small batches (a dozen news articles, ~20 ms of work) keep the
 * workers evenly loaded to the end of the input, and a message per 64 KB costs next to nothing.
 */
const WORKER_BATCH_BYTES = 64 * 1024;

/**
 * Runs the CLI and resolves with the process exit code (0 success, 1 internal error, 2 usage or input error).
 *
 * @example
 * ```ts
 * const code = await runCli(['extract', 'story.txt', '--lang', 'uk'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.command === 'help') {
      await write(io.stdout, USAGE + '\n');
      return 0;
    }
    if (command.command === 'version') {
      await write(io.stdout, version + '\n');
      return 0;
    }
    const totalBytes = command.input === '-' ? undefined : await inputSize(command.input);
    const makeExtract = async (lang: LangOption): Promise<ExtractFn> => (io.createExtract ?? (await loadLibrary()))(lang);
    if (command.format === 'json') {
      const text = command.input === '-' ? await readAll(io.stdin) : await readFile(command.input, 'utf8').catch(unreadable(command.input));
      const result = (await makeExtract(command.lang))(text);
      const pretty = command.pretty || io.stdout.isTTY === true;
      await write(io.stdout, JSON.stringify(result, null, pretty ? 2 : undefined) + '\n');
      return 0;
    }
    const input = command.input === '-' ? io.stdin : createReadStream(command.input, { highWaterMark: 1 << 20 });
    return await runJsonl(input, command.input, command.lang, command.workers, totalBytes, io, makeExtract);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`citata: ${e.message}\n`);
      return e.exitCode;
    }
    io.stderr.write(`citata: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

async function runJsonl(
  input: AsyncIterable<Uint8Array | string>,
  name: string,
  lang: LangOption,
  workers: number,
  totalBytes: number | undefined,
  io: CliIO,
  makeExtract: (lang: LangOption) => Promise<ExtractFn>,
): Promise<number> {
  const progress = new ProgressLine(io.stderr, totalBytes);
  let pool: BatchPool | null = null;
  let runBatch: (batch: Parameters<typeof processBatch>[0]) => Promise<BatchResult>;
  if (workers > 1) {
    // N worker threads do all the extracting; this thread only reads, dispatches and writes, so it
    // never blocks for a batch's length while a worker waits for its next batch or its reply to be
    // taken. It does not load the library either: the workers warm up in parallel from the start.
    const createWorker = io.createWorker ?? defaultWorker;
    const p = new BatchPool(() => createWorker(lang), workers);
    pool = p;
    runBatch = (batch) => p.run(batch);
  } else {
    const extract = await makeExtract(lang);
    // Bytes here too: each result is encoded as it is made, not a batch-long string at the end.
    runBatch = async (batch) => processBatch(batch, extract, { bytes: true });
  }
  let documents = 0;
  try {
    const batchBytes = workers > 1 ? WORKER_BATCH_BYTES : DEFAULT_BATCH_BYTES;
    const batches = mapOrdered(readBatches(guardRead(input, name), batchBytes), runBatch, workers * BATCHES_PER_WORKER);
    for await (const { item, result } of batches) {
      if (result.output.length > 0) await write(io.stdout, result.output);
      documents += result.documents;
      if (result.error) {
        progress.done();
        io.stderr.write(`citata: ${result.error.message}\n`);
        return result.error.exitCode;
      }
      progress.update(documents, item.bytesRead);
    }
    progress.done();
    return 0;
  } finally {
    await pool?.close();
  }
}

/**
 * Loads the library only when it is needed: `--help`, `--version` and argument errors then skip
 * its start-up cost (the bundler keeps a dynamic import lazy).
 */
async function loadLibrary(): Promise<(lang: LangOption) => ExtractFn> {
  const { createExtractor } = await import('../index.js');
  return (lang) => createExtractor({ lang });
}

/** Turns read errors of the input stream into a usage error that names the file. */
async function* guardRead(input: AsyncIterable<Uint8Array | string>, name: string): AsyncGenerator<Uint8Array | string> {
  try {
    yield* input;
  } catch (e) {
    unreadable(name)(e);
  }
}

/** The input's size when it is a regular file (for the ETA); a pipe or a device has none. */
async function inputSize(path: string): Promise<number | undefined> {
  const info = await stat(path).catch(unreadable(path));
  if (info.isDirectory()) throw new UsageError(`cannot read ${path}: it is a directory`);
  return info.isFile() ? info.size : undefined;
}

function unreadable(path: string): (e: unknown) => never {
  return (e) => {
    const code = (e as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e);
    throw new UsageError(`cannot read ${path}: ${reason}`);
  };
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts).toString('utf8');
}

async function write(out: OutputLike, data: string | Uint8Array): Promise<void> {
  if (!out.write(data)) await once(out as unknown as NodeJS.EventEmitter, 'drain');
}

/** The worker script sits next to the bundled CLI: dist/cli.cjs starts dist/cli-worker.cjs. */
function defaultWorker(lang: LangOption): WorkerLike {
  return new Worker(join(__dirname, 'cli-worker.cjs'), { workerData: { lang } });
}
