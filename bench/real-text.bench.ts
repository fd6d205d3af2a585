/**
 * extract() on real, varied news text: the measuring sets in ../shared/data (read at bench time
 * only, never copied into the repository). The 1 MB / 16 MB corpus of bench/extract.bench.ts
 * repeats a few texts, so the per-name memos hit almost always there; on a stream of unseen
 * articles they do not, and this bench shows that figure. The first half of each set warms the JIT
 * and the lexicons; the second half (articles the process has not seen) is timed, in CPU time.
 * Skipped when ../shared/data is not there (a clean clone, CI).
 * Run: npm run build && npx vitest run --config bench/vitest.config.ts bench/real-text.bench.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type * as Root from '../src/index.js';
import { fmt, machine, table, writeSection } from './lib/report.js';

const data = join(import.meta.dirname, '..', '..', 'shared', 'data');
const SETS = [['ner-uk-train', 'uk'], ['uk-quotes-dev', 'uk'], ['bsnlp-ru-dev', 'ru'], ['conll03-en-dev', 'en'], ['polnear-en-dev', 'en']] as const;

it.skipIf(!existsSync(data))('prints extract() MB/s on unseen real news articles', () => {
  const { createExtractor }: typeof Root = createRequire(import.meta.url)(join(import.meta.dirname, '..', 'dist', 'index.cjs'));
  const rows: (string | number)[][] = [];
  for (const [set, lang] of SETS) {
    const file = join(data, `${set}.jsonl`);
    if (!existsSync(file)) continue;
    const texts = readFileSync(file, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
    const run = createExtractor({ lang });
    const half = texts.length >> 1;
    for (const text of texts.slice(0, half)) run(text);
    const unseen = texts.slice(half);
    const bytes = unseen.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const before = process.cpuUsage();
    for (const text of unseen) run(text);
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000;
    rows.push([set, lang, unseen.length, fmt(bytes / 1e6), fmt(ms, 0), fmt(bytes / 1e6 / (ms / 1000))]);
  }
  const body = `extract() on unseen real articles (second half of each measuring set, after the first half warmed up; CPU time; MB = 10⁶ UTF-8 bytes). ${machine()}\n\n` +
    table(['set', 'lang', 'articles', 'MB', 'ms', 'MB/s'], rows);
  console.log(`\n${body}`);
  writeSection('Real text', body);
  expect(rows.length).toBeGreaterThan(0);
});
