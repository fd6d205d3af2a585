/**
 * Throughput of name recognition (with base forms) on ~1 MB of Ukrainian and of Russian news text
 * (bench/lib/corpus.ts: the seed story and bench/corpus/ru-news.txt, repeated), as one long
 * document and as 3 KB articles, with and without the default knowledge base.
 * Reads the built package (npm run bench builds it) through require(), so the timings are of the
 * code users run, not of vitest's transformed modules.
 * Run: npm run build && npx vitest run --config bench/vitest.config.ts bench/entities-cyrillic.bench.ts
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type * as Entities from '../src/entities/index.js';
import type * as Root from '../src/index.js';
import type * as Parser from '../src/parser/index.js';
import { textOfSize, type BenchLang } from './lib/corpus.js';
import { bestOf, fmt, machine, table, writeSection } from './lib/report.js';

const require = createRequire(import.meta.url);
const dist = join(import.meta.dirname, '..', 'dist');
const { parse }: typeof Parser = require(join(dist, 'parser.cjs'));
const { recognizeNames }: typeof Entities = require(join(dist, 'entities.cjs'));
const { defaultKnowledgeBase }: typeof Root = require(join(dist, 'index.cjs'));

it('prints name-recognition MB/s on 1 MB of Ukrainian and Russian news text', () => {
  const rows: (string | number)[][] = [];
  const kb = defaultKnowledgeBase();
  for (const lang of ['uk', 'ru'] as BenchLang[]) {
    const text = textOfSize(lang, 1_000_000);
    const mb = Buffer.byteLength(text) / 1e6;
    const whole = parse(text, lang);
    const articles: ReturnType<typeof parse>[] = [];
    for (let i = 0; i < text.length; i += 3000) articles.push(parse(text.slice(i, i + 3000), lang));
    for (const [label, withKb] of [['no KB', null], ['default KB', kb]] as const) {
      const options = { kb: withKb };
      const names = recognizeNames(whole, options).length; // warm-up
      const msWhole = bestOf(5, () => recognizeNames(whole, options));
      const msArticles = bestOf(5, () => articles.forEach((d) => recognizeNames(d, options)));
      rows.push([lang, label, 'one 1 MB document', fmt(mb), fmt(msWhole, 1), fmt(mb / (msWhole / 1000)), names]);
      rows.push([lang, label, '3 KB articles', fmt(mb), fmt(msArticles, 1), fmt(mb / (msArticles / 1000)), '']);
    }
  }
  const body = `Name recognition with base forms, \`recognizeNames\` on parsed text (MB = 10⁶ UTF-8 bytes; best of 5 after a warm-up). ${machine()}\n\n` +
    table(['lang', 'KB', 'input', 'MB', 'ms', 'MB/s', 'names'], rows);
  console.log(`\n${body}`);
  writeSection('Names (uk, ru)', body);
  expect(Number(rows[0][6])).toBeGreaterThan(1000);
});
