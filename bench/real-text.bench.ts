/**
 * extract() on real, varied news text: the measuring sets in ../shared/data (read at bench time
 * only, never copied into the repository). The 1 MB / 16 MB corpus of bench/extract.bench.ts
 * repeats a few texts, so the per-name memos hit almost always there; on a stream of unseen
 * articles they do not, and this bench shows that figure, for the whole of extract() and for each
 * stage (through the public subpaths citata/parser, /entities, /quotes, /linking), each measured
 * the first time its process reads the articles.
 *
 * Each figure comes from a fresh process that first reads the first half of the set (warm-up) and
 * then times the second half, which it has not seen. Twice: after one warm-up pass — V8 is still
 * compiling the library then, as in a short script — and after five, as in a service that has
 * been running for a while. Skipped when ../shared/data is not there (a clean clone, CI).
 * Run: npm run build && npx vitest run --config bench/vitest.config.ts bench/real-text.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fmt, machine, table, writeSection } from './lib/report.js';

const data = join(import.meta.dirname, '..', '..', 'shared', 'data');
const dist = join(import.meta.dirname, '..', 'dist');
const SETS = [['ner-uk-train', 'uk'], ['uk-quotes-dev', 'uk'], ['bsnlp-ru-dev', 'ru'], ['conll03-en-dev', 'en'], ['polnear-en-dev', 'en']] as const;
const WARM_PASSES = [1, 5];

interface RunFigures {
  articles: number;
  bytes: number;
  wallMs: number;
  cpuMs: number;
  stageMs: { parse: number; names: number; quotes: number; link: number } | null;
}

it.skipIf(!existsSync(data))('prints extract() MB/s, whole and per stage, on unseen real news articles', { timeout: 600_000 }, () => {
  const rows: (string | number)[][] = [];
  for (const [set, lang] of SETS) {
    const file = join(data, `${set}.jsonl`);
    if (!existsSync(file)) continue;
    for (const warm of WARM_PASSES) {
      const runner = join(import.meta.dirname, 'lib', 'real-text-run.mjs');
      const measure = (mode: string) => JSON.parse(execFileSync(process.execPath, [runner, dist, file, lang, String(warm), mode], { encoding: 'utf8' })) as RunFigures;
      const whole = measure('extract');
      const s = measure('stages').stageMs ?? { parse: NaN, names: NaN, quotes: NaN, link: NaN };
      const mb = whole.bytes / 1e6;
      const rate = (ms: number) => fmt(mb / (ms / 1000));
      rows.push([set, lang, warm, whole.articles, fmt(mb), rate(whole.wallMs), rate(whole.cpuMs), rate(s.parse), rate(s.names), rate(s.quotes), rate(s.link)]);
    }
  }
  const body =
    `extract() on unseen real articles: the second half of each measuring set, in a fresh process, after 1 or 5 warm-up passes over the first half ` +
    `(MB = 10⁶ UTF-8 bytes). "extract MB/s" is wall time; "CPU MB/s" counts all threads (V8's concurrent GC and compiler included). ` +
    `The stage columns (CPU MB/s) time each stage on the same unseen articles, in another fresh process warmed up alike. ${machine()}\n\n` +
    table(['set', 'lang', 'warm-up passes', 'articles', 'MB', 'extract MB/s', 'CPU MB/s', 'parse', 'names', 'quotes', 'link'], rows);
  console.log(`\n${body}`);
  writeSection('Real text', body);
  expect(rows.length).toBeGreaterThan(0);
});
