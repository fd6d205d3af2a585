import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processBatch, type ExtractFn } from '../../src/cli/jsonl.js';
import type { WorkerLike } from '../../src/cli/pool.js';
import { runCli, type CliIO } from '../../src/cli/run.js';
import { createExtractor } from '../../src/index.js';
import type { LangOption } from '../../src/types.js';

const root = join(import.meta.dirname, '..', '..');
const storyPath = join(root, 'test', 'fixtures', 'lavrov-rubio.uk.txt');
const story = readFileSync(storyPath, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'citata-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** In-memory stdout/stderr, and stdin from a string. */
function memoryIO(stdin = '', extra: Partial<CliIO> = {}) {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdin: (async function* () {
      if (stdin) yield Buffer.from(stdin, 'utf8');
    })(),
    // The CLI writes JSONL results as UTF-8 bytes, other output as strings.
    stdout: { write: (t: string | Uint8Array) => ((out += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')), true), once: () => undefined },
    stderr: { isTTY: false, write: (t: string) => (err += t) },
    ...extra,
  };
  return { io, out: () => out, err: () => err };
}

/** A fake worker thread: processes batches in this thread, answering after uneven delays so replies come out of order. */
function fakeWorker(lang: LangOption): WorkerLike {
  const extract = createExtractor({ lang });
  const listeners: ((value: unknown) => void)[] = [];
  return {
    postMessage(value) {
      const batch = value as Parameters<typeof processBatch>[0];
      setTimeout(() => listeners.forEach((l) => l(processBatch(batch, extract))), (batch.seq * 13) % 7);
    },
    on(event: string, listener: (value: never) => void) {
      if (event === 'message') listeners.push(listener as (value: unknown) => void);
      return this;
    },
    terminate: () => undefined,
  } as WorkerLike;
}

function writeTemp(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const docs = [
  { id: 'uk-1', text: '«Ми готові до переговорів», — сказав Сергій Лавров.' },
  { id: 'ru-1', text: '«Мы готовы к переговорам», — заявил Сергей Лавров.' },
  { id: 'en-1', text: '"We are ready for talks," Marco Rubio said on Tuesday.' },
  { id: 42, text: story },
];

describe('citata extract <file> (json)', () => {
  it('prints the same extraction as the library, for the seed story', async () => {
    const { io, out, err } = memoryIO();
    expect(await runCli(['extract', storyPath, '--lang', 'uk'], io)).toBe(0);
    expect(err()).toBe('');
    expect(JSON.parse(out())).toEqual(JSON.parse(JSON.stringify(createExtractor({ lang: 'uk' })(story))));
    expect(JSON.parse(out()).lang).toBe('uk');
  });

  it('reads standard input with -, and indents with --pretty', async () => {
    const { io, out } = memoryIO('Лавров заявив, що готовий.');
    expect(await runCli(['extract', '-', '--pretty'], io)).toBe(0);
    expect(out()).toBe(JSON.stringify(createExtractor()('Лавров заявив, що готовий.'), null, 2) + '\n');
  });
});

describe('citata extract --format jsonl', () => {
  const input = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const expected = docs.map((d) => JSON.stringify({ id: d.id, ...createExtractor({ lang: 'auto' })(d.text) })).join('\n') + '\n';

  it('writes one result per line, in input order', async () => {
    const { io, out, err } = memoryIO(input);
    expect(await runCli(['extract', '-', '--format', 'jsonl'], io)).toBe(0);
    expect(err()).toBe('');
    expect(out()).toBe(expected);
    expect(out().split('\n').slice(0, 4).map((l) => JSON.parse(l).id)).toEqual(['uk-1', 'ru-1', 'en-1', 42]);
  });

  it('gives the same output with several workers, whatever order they answer in', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: i, text: docs[i % docs.length].text })).map((d) => JSON.stringify(d)).join('\n');
    const path = writeTemp('many.jsonl', many);
    const one = memoryIO();
    const four = memoryIO('', { createWorker: fakeWorker });
    expect(await runCli(['extract', path, '--format', 'jsonl'], one.io)).toBe(0);
    expect(await runCli(['extract', path, '--format', 'jsonl', '--workers', '4'], four.io)).toBe(0);
    expect(four.out()).toBe(one.out());
    expect(four.out().trimEnd().split('\n')).toHaveLength(30);
  });

  it('names the bad line and exits with 2, after writing the results before it', async () => {
    const bad = [JSON.stringify(docs[0]), '', '{"id": 3, "text": 5}', JSON.stringify(docs[1])].join('\n');
    const { io, out, err } = memoryIO(bad);
    expect(await runCli(['extract', '-', '--format', 'jsonl'], io)).toBe(2);
    expect(err()).toBe('citata: line 3: the object has no string "text" field (got number)\n');
    expect(out().trimEnd().split('\n')).toHaveLength(1);
  });

  it('names a line that is not JSON', async () => {
    const { io, err } = memoryIO('{"text":"a"}\n{"text": "обірвано\n');
    expect(await runCli(['extract', '-', '--format', 'jsonl'], io)).toBe(2);
    expect(err()).toMatch(/^citata: line 2: not valid JSON/);
  });
});

describe('citata: usage and file errors exit with 2', () => {
  const cases: [string[], RegExp][] = [
    [['extract', join(dir, 'missing.txt')], /^citata: cannot read .*missing\.txt: no such file\n$/],
    [['extract', dir], /^citata: cannot read .*: it is a directory\n$/],
    [['extract', storyPath, '--lang', 'pl'], /^citata: --lang must be uk, ru, en or auto, got "pl"\n$/],
    [['extract', storyPath, '--bogus'], /^citata: unknown option --bogus/],
    [[], /^citata: missing command/],
  ];
  for (const [argv, message] of cases) {
    it(argv.join(' ') || '(nothing)', async () => {
      const { io, out, err } = memoryIO();
      expect(await runCli(argv, io)).toBe(2);
      expect(err()).toMatch(message);
      expect(out()).toBe('');
    });
  }

  it('--help and --version print to stdout and exit with 0', async () => {
    const help = memoryIO();
    expect(await runCli(['--help'], help.io)).toBe(0);
    expect(help.out()).toMatch(/^Usage: citata extract <file \| -> \[options\]/);
    const version = memoryIO();
    expect(await runCli(['--version'], version.io)).toBe(0);
    expect(version.out()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version + '\n');
  });
});

// The built CLI, when dist/ has been built (npm test builds it first). CITATA_CLI points elsewhere for trial builds.
const cliPath = process.env.CITATA_CLI ?? join(root, 'dist', 'cli.cjs');
// Built from this CLI (not a placeholder left in dist/ by an older build)?
const cliBuilt = existsSync(cliPath) && readFileSync(cliPath, 'utf8').includes('Usage: citata extract');
describe('the built CLI (dist/cli.cjs)', () => {
  it.skipIf(!cliBuilt)('extracts the seed story and a JSONL file, with one and two workers', () => {
    const story1 = spawnSync(process.execPath, [cliPath, 'extract', storyPath, '--lang', 'uk'], { encoding: 'utf8' });
    expect(story1.stderr).toBe('');
    expect(story1.status).toBe(0);
    expect(JSON.parse(story1.stdout).lang).toBe('uk');
    expect(JSON.parse(story1.stdout).sentences[0].text).toBe(createExtractor({ lang: 'uk' })(story).sentences[0].text);

    const path = writeTemp('small.jsonl', docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const one = spawnSync(process.execPath, [cliPath, 'extract', path, '--format', 'jsonl'], { encoding: 'utf8' });
    const two = spawnSync(process.execPath, [cliPath, 'extract', path, '--format', 'jsonl', '--workers', '2'], { encoding: 'utf8' });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['uk-1', 'ru-1', 'en-1', 42]);

    const bad = spawnSync(process.execPath, [cliPath, 'extract', path, '--lang', 'xx'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--lang must be/);
  });
});
