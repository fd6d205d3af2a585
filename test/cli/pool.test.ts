import { describe, expect, it } from 'vitest';
import type { Batch, BatchResult } from '../../src/cli/jsonl.js';
import { mapOrdered } from '../../src/cli/ordered.js';
import { BatchPool, type WorkerLike } from '../../src/cli/pool.js';

/** A fake worker thread under the test's control: it records its batches and answers when told. */
class FakeWorker implements WorkerLike {
  readonly received: Batch[] = [];
  private readonly listeners = new Map<string, ((value: never) => void)[]>();
  /** Answers each batch right away (after a timer turn) unless held. */
  held = false;

  postMessage(value: unknown): void {
    const batch = value as Batch;
    this.received.push(batch);
    if (!this.held) setTimeout(() => this.answer(batch), 0);
  }

  answer(batch: Batch): void {
    const result: BatchResult = { seq: batch.seq, output: `${String(batch.text).toUpperCase()}\n`, documents: 1 };
    for (const l of this.listeners.get('message') ?? []) (l as (v: unknown) => void)(result);
  }

  crash(message: string): void {
    for (const l of this.listeners.get('error') ?? []) (l as (e: Error) => void)(new Error(message));
  }

  on(event: string, listener: (value: never) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  terminate(): void {}
}

function fakes(n: number) {
  const workers: FakeWorker[] = [];
  return { workers, create: () => workers[workers.push(new FakeWorker()) - 1]! };
}

const batch = (seq: number): Batch => ({ seq, firstLine: seq + 1, text: `рядок ${seq}` });

describe('BatchPool: a worker holds two batches at most, the rest go to the first worker free', () => {
  it('keeps batches away from a worker stuck on one, and mapOrdered still yields in input order', async () => {
    const { workers, create } = fakes(2);
    const pool = new BatchPool(create, 2);
    workers[0]!.held = true; // stuck on its first batches
    const source = (async function* () {
      for (let i = 0; i < 30; i++) yield batch(i);
    })();
    const outputs: string[] = [];
    const done = (async () => {
      for await (const { result } of mapOrdered(source, (b) => pool.run(b), 32)) outputs.push(String(result.output));
    })();
    // Let the free worker run through everything the stuck one does not hold.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(workers[0]!.received.map((b) => b.seq)).toEqual([0, 2]);
    expect(workers[1]!.received).toHaveLength(28);
    expect(outputs).toEqual([]); // batch 0 is not done: nothing may be written yet
    workers[0]!.held = false;
    for (const b of workers[0]!.received) workers[0]!.answer(b);
    await done;
    expect(outputs).toEqual(Array.from({ length: 30 }, (_, i) => `РЯДОК ${i}\n`));
    await pool.close();
  });

  it('never gives one worker more than two batches at once', async () => {
    const { workers, create } = fakes(1);
    const pool = new BatchPool(create, 1);
    workers[0]!.held = true;
    const results = [0, 1, 2, 3, 4].map((i) => pool.run(batch(i)));
    expect(workers[0]!.received.map((b) => b.seq)).toEqual([0, 1]);
    workers[0]!.answer(workers[0]!.received[0]!); // one answered: the next queued one goes out
    expect(workers[0]!.received.map((b) => b.seq)).toEqual([0, 1, 2]);
    workers[0]!.held = false;
    for (const b of workers[0]!.received.slice(1)) workers[0]!.answer(b);
    expect((await Promise.all(results)).map((r) => r.output)).toEqual(['РЯДОК 0\n', 'РЯДОК 1\n', 'РЯДОК 2\n', 'РЯДОК 3\n', 'РЯДОК 4\n']);
    await pool.close();
  });

  it('sends the queued batches to the live worker when the other one crashes', async () => {
    const { workers, create } = fakes(2);
    const pool = new BatchPool(create, 2);
    workers[0]!.held = true;
    workers[1]!.held = true;
    const results = [0, 1, 2, 3, 4, 5].map((i) => pool.run(batch(i)));
    results.forEach((r) => r.catch(() => undefined));
    workers[0]!.crash('нема пам’яті');
    await expect(results[0]).rejects.toThrow('нема пам’яті'); // it held 0 and 2
    await expect(results[2]).rejects.toThrow('нема пам’яті');
    workers[1]!.held = false;
    for (const b of workers[1]!.received) workers[1]!.answer(b);
    expect((await Promise.all([results[1], results[3], results[4], results[5]])).map((r) => r.seq)).toEqual([1, 3, 4, 5]);
    expect(workers[1]!.received.map((b) => b.seq)).toEqual([1, 3, 4, 5]);
    await pool.close();
  });

  it('fails the queued batches when no worker is left', async () => {
    const { workers, create } = fakes(1);
    const pool = new BatchPool(create, 1);
    workers[0]!.held = true;
    const results = [0, 1, 2].map((i) => pool.run(batch(i)));
    results.forEach((r) => r.catch(() => undefined));
    workers[0]!.crash('потік упав');
    for (const r of results) await expect(r).rejects.toThrow('потік упав');
    await pool.close();
  });
});
