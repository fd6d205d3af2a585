import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { readBatches } from '../../src/cli/batches.js';
import type { Batch, BatchResult } from '../../src/cli/jsonl.js';
import { mapOrdered } from '../../src/cli/ordered.js';
import { BatchPool } from '../../src/cli/pool.js';

async function* chunksOf(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const decode = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('readBatches', () => {
  const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: i, text: `Рядок ${i}: «Ми готові», — сказав Лавров. 🇺🇦` }));
  const input = lines.join('\n') + '\n';

  for (const chunk of [1, 7, 64, 100_000]) {
    it(`keeps every line whole and numbered with ${chunk}-byte chunks (UTF-8 split mid-character)`, async () => {
      const batches = await collect(readBatches(chunksOf(input, chunk), 500));
      expect(batches.map((b) => b.seq)).toEqual(batches.map((_, i) => i));
      const rebuilt: string[] = [];
      for (const b of batches) {
        expect(b.firstLine).toBe(rebuilt.length + 1);
        const text = decode(b.text);
        expect(text.endsWith('\n')).toBe(true); // whole lines only
        rebuilt.push(...text.slice(0, -1).split('\n'));
      }
      expect(rebuilt).toEqual(lines);
      if (chunk < 1000) expect(batches.length).toBeGreaterThan(5);
      expect(batches.at(-1)!.bytesRead).toBe(Buffer.byteLength(input));
    });
  }

  it('counts blank lines and keeps a last line without a newline', async () => {
    const batches = await collect(readBatches(chunksOf('\n{"text":"a"}\n\n{"text":"b"}\n{"text":"c"}', 1), 14));
    expect(batches.map((b) => ({ ...b, text: decode(b.text) }))).toEqual([
      { seq: 0, firstLine: 1, text: '\n{"text":"a"}\n', bytesRead: 14 },
      { seq: 1, firstLine: 3, text: '\n{"text":"b"}\n', bytesRead: 28 },
      { seq: 2, firstLine: 5, text: '{"text":"c"}', bytesRead: 40 },
    ]);
  });

  it('a line longer than the batch size makes a batch of its own', async () => {
    const long = JSON.stringify({ text: 'Лавров '.repeat(1000) });
    const batches = await collect(readBatches(chunksOf(`${long}\n{"text":"a"}\n`, 1), 50));
    expect(batches.map((b) => [b.firstLine, decode(b.text)])).toEqual([[1, long + '\n'], [2, '{"text":"a"}\n']]);
  });

  it('gives nothing for empty input', async () => {
    expect(await collect(readBatches(chunksOf('', 10)))).toEqual([]);
  });
});

describe('mapOrdered', () => {
  it('yields in input order although later items finish first', async () => {
    const source = (async function* () {
      for (let i = 0; i < 40; i++) yield i;
    })();
    const finished: number[] = [];
    const out = await collect(
      mapOrdered(source, async (i) => {
        await sleep((i * 7919) % 13);
        finished.push(i);
        return i * 10;
      }, 6),
    );
    expect(out.map((x) => x.result)).toEqual(Array.from({ length: 40 }, (_, i) => i * 10));
    expect(finished).not.toEqual([...finished].sort((a, b) => a - b)); // they really did finish out of order
  });

  it('never has more than `window` items started and not yet yielded (back-pressure)', async () => {
    let started = 0;
    let yielded = 0;
    let maxAhead = 0;
    const source = (async function* () {
      for (let i = 0; i < 100; i++) yield i;
    })();
    const run = async (i: number) => {
      started++;
      maxAhead = Math.max(maxAhead, started - yielded);
      await sleep(i === 0 ? 30 : 0); // a slow head: the others must wait in the buffer
      return i;
    };
    for await (const _ of mapOrdered(source, run, 4)) {
      yielded++;
      await sleep(1); // a slow consumer
    }
    expect(yielded).toBe(100);
    expect(maxAhead).toBeLessThanOrEqual(4);
  });

  it('stops reading the source when the consumer stops', async () => {
    let read = 0;
    const source = (async function* () {
      for (let i = 0; i < 1_000; i++) {
        read++;
        yield i;
      }
    })();
    for await (const { result } of mapOrdered(source, async (i) => i, 3)) if (result === 5) break;
    expect(read).toBeLessThanOrEqual(9);
  });

  it('surfaces a failure at its turn', async () => {
    const source = (async function* () {
      yield* [1, 2, 3];
    })();
    const seen: number[] = [];
    await expect(async () => {
      for await (const { result } of mapOrdered(source, async (i) => (i === 2 ? Promise.reject(new Error('bad 2')) : i), 3)) seen.push(result);
    }).rejects.toThrow('bad 2');
    expect(seen).toEqual([1]);
  });
});

// A real worker thread speaking the pool's protocol: answers out of order after random delays.
const ECHO_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (batch) => {
  if (batch.text === 'crash') throw new Error('worker crashed');
  setTimeout(() => parentPort.postMessage({ seq: batch.seq, output: batch.text.toUpperCase() + '\\n', documents: 1 }), (batch.seq * 37) % 11);
});`;

describe('BatchPool with worker threads', () => {
  it('spreads batches over workers and mapOrdered puts the results back in order', async () => {
    const pool = new BatchPool(() => new Worker(ECHO_WORKER, { eval: true }), 2);
    try {
      const source = (async function* (): AsyncGenerator<Batch> {
        for (let i = 0; i < 50; i++) yield { seq: i, firstLine: i + 1, text: `рядок ${i}` };
      })();
      const results: BatchResult[] = [];
      for await (const { result } of mapOrdered(source, (b) => pool.run(b), 8)) results.push(result);
      expect(results.map((r) => r.output)).toEqual(Array.from({ length: 50 }, (_, i) => `РЯДОК ${i}\n`));
    } finally {
      await pool.close();
    }
  });

  it('lets the main thread take batches too, between the workers\' answers, keeping the order', async () => {
    const local = (b: Batch): BatchResult => ({ seq: b.seq, output: `main: ${String(b.text)}\n`, documents: 1 });
    const pool = new BatchPool(() => new Worker(ECHO_WORKER, { eval: true }), 1, local);
    try {
      const source = (async function* (): AsyncGenerator<Batch> {
        for (let i = 0; i < 40; i++) yield { seq: i, firstLine: i + 1, text: `рядок ${i}` };
      })();
      const outputs: string[] = [];
      for await (const { result } of mapOrdered(source, (b) => pool.run(b), 8)) outputs.push(String(result.output));
      expect(outputs.map((o) => o.replace(/^main: /, '').toLowerCase())).toEqual(Array.from({ length: 40 }, (_, i) => `рядок ${i}\n`));
      expect(outputs.some((o) => o.startsWith('main: '))).toBe(true); // the main thread worked
      expect(outputs.some((o) => o.startsWith('РЯДОК'))).toBe(true); // and so did the worker
    } finally {
      await pool.close();
    }
  });

  it('rejects a batch the main thread fails on', async () => {
    const pool = new BatchPool(() => new Worker(ECHO_WORKER, { eval: true }), 0, () => {
      throw new Error('local failure');
    });
    try {
      await expect(pool.run({ seq: 0, firstLine: 1, text: 'x' })).rejects.toThrow('local failure');
    } finally {
      await pool.close();
    }
  });

  it('rejects the batches of a worker that crashed', async () => {
    const pool = new BatchPool(() => new Worker(ECHO_WORKER, { eval: true }), 1);
    try {
      await expect(pool.run({ seq: 0, firstLine: 1, text: 'crash' })).rejects.toThrow('worker crashed');
      await expect(pool.run({ seq: 1, firstLine: 2, text: 'ok' })).rejects.toThrow('worker crashed');
    } finally {
      await pool.close();
    }
  });
});
