/**
 * A pool of threads that process {@link Batch}es. A worker holds at most two batches at a time
 * (the one it works on and the next, so it never waits for a round trip to the main thread);
 * further batches wait here and go to whichever worker answers first. A batch is thus never
 * stuck behind a slow batch in one worker's queue while another worker is idle, and with the
 * reorder window of `mapOrdered` the other workers run ahead of a slow batch as far as the window.
 *
 * The CLI runs `--workers N` as N workers with the main thread only reading, dispatching and
 * writing. Letting the main thread extract too (the optional `local` function) looks free but is
 * not: while it extracts a batch it cannot hand the workers new batches nor take their results,
 * and on 20 MB with 2 threads it did two thirds of the work (5.5 s of CPU against its worker's
 * 2.7 s), so two threads were barely faster than one. `local` stays for callers that want it.
 *
 * @module
 */
import type { Batch, BatchResult } from './jsonl.js';

/**
 * The part of `worker_threads.Worker` the pool uses (a fake in tests).
 *
 * @example
 * ```ts
 * const w: WorkerLike = new Worker(workerFile, { workerData: { lang: 'uk' } });
 * ```
 */
export interface WorkerLike {
  /** `transfer` lists buffers handed over to the thread rather than copied. */
  postMessage(value: unknown, transfer?: readonly ArrayBuffer[]): void;
  on(event: 'message', listener: (value: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number> | void;
}

interface Pending {
  resolve: (r: BatchResult) => void;
  reject: (e: Error) => void;
}

/** A batch no worker has room for yet. */
interface Queued extends Pending {
  batch: Batch;
}

/** Batches a worker holds at once by default: one it works on, one ready for when it finishes. */
const MAX_IN_FLIGHT = 2;

interface Slot {
  /** A worker thread, or null for the main thread. */
  worker: WorkerLike | null;
  waiting: Map<number, Pending>;
  dead: Error | null;
}

/**
 * Worker threads that turn batches into results.
 *
 * @example
 * ```ts
 * // two threads: one worker, and the main thread extracting with `extract`
 * const pool = new BatchPool(() => new Worker(workerFile, { workerData: { lang: 'uk' } }), 1, (b) => processBatch(b, extract));
 * const result = await pool.run({ seq: 0, firstLine: 1, text: '{"text":"Лавров заявив."}' });
 * await pool.close();
 * ```
 */
export class BatchPool {
  private readonly slots: Slot[] = [];
  private closing = false;
  private readonly localQueue: Batch[] = [];
  private localScheduled = false;
  /** Batches waiting for a worker with room, in input order. */
  private readonly queue: Queued[] = [];

  /**
   * @param createWorker - starts one worker running the CLI worker script
   * @param size - number of worker threads
   * @param local - when given, the main thread processes batches too, with this function (one
   *   per event-loop turn); the CLI does not use it, see the module note
   * @param maxInFlight - batches one thread holds at most; the rest wait for the first thread free
   */
  constructor(
    createWorker: () => WorkerLike,
    size: number,
    private readonly local?: (batch: Batch) => BatchResult,
    private readonly maxInFlight = MAX_IN_FLIGHT,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = createWorker();
      const slot: Slot = { worker, waiting: new Map(), dead: null };
      worker.on('message', (value) => {
        const result = value as BatchResult;
        const entry = slot.waiting.get(result.seq);
        if (!entry) return;
        slot.waiting.delete(result.seq);
        entry.resolve(result);
        this.drain();
      });
      worker.on('error', (error) => this.fail(slot, error));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(slot, new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
      });
      this.slots.push(slot);
    }
    // Last, so that on a tie a batch goes to a worker: the main thread also reads and writes.
    if (local) this.slots.push({ worker: null, waiting: new Map(), dead: null });
  }

  /**
   * Gives a batch to the least busy live worker, or queues it until a worker has room; resolves
   * with its result.
   */
  run(batch: Batch): Promise<BatchResult> {
    return new Promise<BatchResult>((resolve, reject) => {
      this.queue.push({ batch, resolve, reject });
      this.drain();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
  }

  /** Hands queued batches, oldest first, to the least busy live threads that have room. */
  private drain(): void {
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      let live = false;
      for (const slot of this.slots) {
        if (slot.dead) continue;
        live = true;
        if (slot.waiting.size < this.maxInFlight && (!best || slot.waiting.size < best.waiting.size)) best = slot;
      }
      if (!live) {
        const error = this.slots[0]?.dead ?? new Error('the worker pool is empty');
        for (const queued of this.queue.splice(0)) queued.reject(error);
        return;
      }
      if (!best) return; // every thread is full: the next answer drains again
      const { batch, resolve, reject } = this.queue.shift()!;
      best.waiting.set(batch.seq, { resolve, reject });
      if (best.worker) best.worker.postMessage(batch, transferable(batch.text));
      else this.enqueueLocal(batch);
    }
  }

  /**
   * Queues a batch for the main thread. One batch per turn of the event loop, so reading the
   * input, feeding the workers and writing results go on between batches.
   */
  private enqueueLocal(batch: Batch): void {
    this.localQueue.push(batch);
    if (!this.localScheduled) {
      this.localScheduled = true;
      setImmediate(() => this.runLocal());
    }
  }

  private runLocal(): void {
    this.localScheduled = false;
    const slot = this.slots[this.slots.length - 1];
    const batch = this.localQueue.shift();
    if (!batch || !this.local || this.closing) return;
    const entry = slot.waiting.get(batch.seq);
    slot.waiting.delete(batch.seq);
    try {
      entry?.resolve(this.local(batch));
    } catch (e) {
      entry?.reject(e instanceof Error ? e : new Error(String(e)));
    }
    this.drain();
    if (this.localQueue.length > 0) {
      this.localScheduled = true;
      setImmediate(() => this.runLocal());
    }
  }

  private fail(slot: Slot, error: Error): void {
    slot.dead ??= error;
    for (const entry of slot.waiting.values()) entry.reject(error);
    slot.waiting.clear();
    // Queued batches go to the live threads, or fail with this error when none is left.
    this.drain();
  }
}

/**
 * The buffer of a batch's bytes when the batch owns all of it (the reader makes a fresh one per
 * batch): handing it over skips a copy. A view into a larger buffer is copied as usual.
 */
function transferable(text: string | Uint8Array): ArrayBuffer[] | undefined {
  if (typeof text === 'string') return undefined;
  const buffer = text.buffer;
  return buffer instanceof ArrayBuffer && text.byteOffset === 0 && text.byteLength === buffer.byteLength ? [buffer] : undefined;
}
