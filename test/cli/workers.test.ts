import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBatches } from '../../src/cli/batches.js';
import { processBatch, type Batch, type ExtractFn } from '../../src/cli/jsonl.js';
import type { WorkerLike } from '../../src/cli/pool.js';
import { runCli, type CliIO } from '../../src/cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'citata-cli-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A cheap stand-in for the library: the first word of the text as the only sentence. */
const firstWord: ExtractFn = (text) => {
  const end = text.search(/[\s,.]|$/);
  return { lang: 'uk', sentences: [{ start: 0, end, text: text.slice(0, end) }], entities: [], quotes: [] };
};

/** A fake worker thread: `onBatch` gets each batch posted to it and a function that answers the pool. */
function fakeWorker(onBatch: (batch: Batch, answer: (result: unknown) => void) => void): WorkerLike {
  const listeners: ((value: unknown) => void)[] = [];
  return {
    postMessage(value: unknown) {
      onBatch(value as Batch, (result) => listeners.forEach((l) => l(result)));
    },
    on(event: string, listener: (value: never) => void) {
      if (event === 'message') listeners.push(listener as (value: unknown) => void);
      return this;
    },
    terminate: () => undefined,
  } as WorkerLike;
}

/** Fake worker threads that record the batches they were given and answer out of order. */
function recordingWorkers() {
  const received: Batch[][] = [];
  const create = (): WorkerLike => {
    const mine: Batch[] = [];
    received.push(mine);
    return fakeWorker((batch, answer) => {
      mine.push(batch);
      setTimeout(() => answer(processBatch(batch, firstWord)), (batch.seq * 5) % 3);
    });
  };
  return { received, create };
}

function memoryIO(extra: Partial<CliIO>) {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdin: (async function* () {})(),
    stdout: { write: (t: string | Uint8Array) => ((out += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')), true), once: () => undefined },
    stderr: { isTTY: false, write: (t: string) => (err += t) },
    ...extra,
  };
  return { io, out: () => out, err: () => err };
}

// ~400 KB of news lines: several batches whatever the batch size.
const words = ['Лавров', 'Рубіо', 'Зеленський', 'Песков', 'Трамп'];
const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, text: `${words[i % 5]} заявив: «Ми готові до переговорів, але не ціною поступок». ${'Джерела уточнюють деталі. '.repeat(6)}` }));
const input = join(dir, 'news.jsonl');
writeFileSync(input, lines.join('\n') + '\n');
const expected = lines.map((_, i) => JSON.stringify({ id: i, lang: 'uk', sentences: [{ start: 0, end: words[i % 5].length, text: words[i % 5] }], entities: [], quotes: [] })).join('\n') + '\n';

describe('citata --workers N: N worker threads extract, this thread reads and writes', () => {
  for (const n of [2, 3]) {
    it(`spreads the batches over all ${n} workers and never extracts in the main thread, output in input order`, async () => {
      const workers = recordingWorkers();
      let mainExtracts = 0;
      const { io, out, err } = memoryIO({
        createWorker: workers.create,
        createExtract: () => (text) => (mainExtracts++, firstWord(text)),
      });
      expect(await runCli(['extract', input, '--format', 'jsonl', '--workers', String(n)], io)).toBe(0);
      expect(err()).toBe('');
      expect(out()).toBe(expected);
      expect(mainExtracts).toBe(0);
      expect(workers.received).toHaveLength(n);
      for (const batches of workers.received) expect(batches.length).toBeGreaterThanOrEqual(2);
      // Small batches (≤ 64 KB of whole lines), so the work splits evenly to the end of the input.
      for (const batches of workers.received) for (const b of batches) expect((b.text as Uint8Array).byteLength).toBeLessThan(64 * 1024 + 400);
    });
  }

  it('with --workers 1 extracts in the main thread and starts no worker', async () => {
    const workers = recordingWorkers();
    const { io, out } = memoryIO({ createWorker: workers.create, createExtract: () => firstWord });
    expect(await runCli(['extract', input, '--format', 'jsonl'], io)).toBe(0);
    expect(out()).toBe(expected);
    expect(workers.received).toHaveLength(0);
  });

  it('names the bad line of a later batch, after writing every result before it', async () => {
    const bad = [...lines.slice(0, 1500), '{"id": "зламаний", "текст": "Лавров"}', ...lines.slice(1500)];
    const path = join(dir, 'bad.jsonl');
    writeFileSync(path, bad.join('\n') + '\n');
    const workers = recordingWorkers();
    const { io, out, err } = memoryIO({ createWorker: workers.create });
    expect(await runCli(['extract', path, '--format', 'jsonl', '--workers', '2'], io)).toBe(2);
    expect(err()).toBe('citata: line 1501: the object has no string "text" field\n');
    expect(out()).toBe(expected.split('\n').slice(0, 1500).join('\n') + '\n');
  });
});

describe('citata --workers 2: a slow batch in one worker does not stall the other', () => {
  it('the other worker keeps taking batches while the first sits on one, and the output stays in input order', async () => {
    // Worker 0 holds its first batch until worker 1 has answered 6 batches after it (or 2 s pass,
    // which would fail the test); both answer with UTF-8 bytes, as the real worker does.
    let answeredByOne = 0;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
      setTimeout(resolve, 2000);
    });
    let answeredWhileHeld = -1;
    let created = 0;
    const create = (): WorkerLike => {
      const index = created++;
      let first = true;
      return fakeWorker((batch, send) => {
        const answer = () => send(processBatch(batch, firstWord, { bytes: true }));
        if (index === 0 && first) {
          first = false;
          void held.then(() => {
            answeredWhileHeld = answeredByOne;
            answer();
          });
        } else {
          setTimeout(() => {
            answer();
            if (index === 1 && ++answeredByOne === 6) release();
          }, 0);
        }
      });
    };
    const { io, out, err } = memoryIO({ createWorker: create });
    expect(await runCli(['extract', input, '--format', 'jsonl', '--workers', '2'], io)).toBe(0);
    expect(err()).toBe('');
    expect(out()).toBe(expected);
    expect(answeredWhileHeld).toBe(6);
  });

  it('names the bad line when the batch holding it is answered before the batches in front of it', async () => {
    const bad = [...lines.slice(0, 900), '[1, 2]', ...lines.slice(900)];
    const path = join(dir, 'bad-late.jsonl');
    writeFileSync(path, bad.join('\n') + '\n');
    // Later batches answer first: the error of batch k waits until every batch before it is written.
    let created = 0;
    const create = (): WorkerLike => {
      created++;
      return fakeWorker((batch, answer) => setTimeout(() => answer(processBatch(batch, firstWord, { bytes: true })), Math.max(0, 30 - batch.seq * 3)));
    };
    const { io, out, err } = memoryIO({ createWorker: create });
    expect(await runCli(['extract', path, '--format', 'jsonl', '--workers', '2'], io)).toBe(2);
    expect(created).toBe(2);
    expect(err()).toBe('citata: line 901: expected a JSON object like {"id": 1, "text": "…"}, got an array\n');
    expect(out()).toBe(expected.split('\n').slice(0, 900).join('\n') + '\n');
  });
});

describe('readBatches cuts big chunks too', () => {
  it('one 800 KB chunk (a file stream reads 1 MB at once) gives 64 KB batches of whole lines', async () => {
    const bytes = Buffer.from(lines.join('\n') + '\n', 'utf8');
    const batches = [];
    for await (const b of readBatches((async function* () { yield bytes; })(), 64 * 1024)) batches.push(b);
    expect(batches.length).toBe(Math.ceil(bytes.length / (64 * 1024)));
    let line = 1;
    for (const b of batches.slice(0, -1)) {
      expect(b.text.byteLength).toBeGreaterThanOrEqual(64 * 1024);
      expect(b.text.byteLength).toBeLessThan(64 * 1024 + 400); // the line that crosses 64 KB, and no more
    }
    for (const b of batches) {
      expect(b.firstLine).toBe(line);
      const text = Buffer.from(b.text).toString('utf8');
      expect(text.endsWith('\n')).toBe(true);
      expect(text.slice(0, -1).split('\n')).toEqual(lines.slice(line - 1, line - 1 + text.slice(0, -1).split('\n').length));
      line += text.slice(0, -1).split('\n').length;
    }
    expect(line - 1).toBe(lines.length);
    expect(batches.at(-1)!.bytesRead).toBe(bytes.length);
  });
});
