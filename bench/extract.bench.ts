/**
 * Whole-pipeline benchmark (repeated texts: the per-name memos hit almost always, so these figures
 * are an upper bound; bench/real-text.bench.ts measures unseen articles): extract() throughput on
 * 1 MB and 16 MB of Ukrainian, Russian and
 * English news-like text, next to compromise and wink-nlp on the same English text; peak memory
 * for 16 MB; cold start; linearity. Reads the built package (dist/index.js), or CITATA_DIST.
 *
 *   npm run bench                     # after the build
 *   CITATA_DIST=.cache/bench/dist/index.js npx vitest run --config bench/vitest.config.ts bench/extract.bench.ts
 *   CITATA_BENCH_FULL=1 …             # also runs compromise on 16 MB (minutes, several GB of memory)
 *   CITATA_BENCH_TIMEOUT=600 …        # seconds allowed per language for citata (default 300)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { it } from 'vitest';
import { textOfSize, type BenchLang } from './lib/corpus.js';
import { bestOf, fmt, machine, table, writeSection } from './lib/report.js';

const distPath = process.env.CITATA_DIST ? resolve(process.env.CITATA_DIST) : join(import.meta.dirname, '..', 'dist', 'index.js');
const full = process.env.CITATA_BENCH_FULL === '1';
const LANGS: BenchLang[] = ['uk', 'ru', 'en'];
const MB = 1e6;
/** The small size in MB (the big one is 16×); lower it for a quick smoke run: CITATA_BENCH_BASE_MB=0.1. */
const BASE = Number(process.env.CITATA_BENCH_BASE_MB ?? 1) * MB;
const SMALL = `${BASE / MB} MB`;
const BIG = `${(16 * BASE) / MB} MB`;
/** A language whose 16 MB run takes longer than this is reported as a timeout (a super-linear stage). */
const TIMEOUT_MS = Number(process.env.CITATA_BENCH_TIMEOUT ?? 300) * 1000;

const ratio = (theirs: number, ours: number): string => (Number.isFinite(theirs / ours) ? `${fmt(theirs / ours)}×` : '—');

function compromiseRun(text: string): number {
  const doc = nlp(text);
  return doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length;
}

it('extract() throughput, memory, cold start and linearity', async () => {
  const host = machine(); // before the runs: the load average tells how busy the machine was
  const wink = winkNLP(model);
  const winkRun = (text: string) => wink.readDoc(text).entities().length();
  const rows: (string | number)[][] = [];
  const scaling: (string | number)[][] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'citata-bench-'));
  const rate = (bytes: number, ms: number) => bytes / MB / (ms / 1000);
  try {
    for (const lang of LANGS) {
      const small = textOfSize(lang, BASE);
      const big = textOfSize(lang, 16 * BASE);
      const smallFile = join(tmp, `${lang}-1.txt`);
      const bigFile = join(tmp, `${lang}-16.txt`);
      writeFileSync(smallFile, small);
      writeFileSync(bigFile, big);
      // citata runs in a fresh child per language: clean peak memory, and a timeout if a stage is super-linear.
      let m: { smallMs: number; bigMs: number; baselineRss: number; peakRss: number; smallBytes: number; bigBytes: number } | null = null;
      try {
        m = JSON.parse(execFileSync(process.execPath, [join(import.meta.dirname, 'lib', 'measure.mjs'), distPath, smallFile, bigFile, lang], { encoding: 'utf8', timeout: TIMEOUT_MS }));
      } catch (e) {
        console.error(`  ${lang}: citata did not finish within ${TIMEOUT_MS / 1000} s (${(e as Error).message.split('\n')[0]})`);
      }
      const smallMs = m?.smallMs ?? NaN;
      const bigMs = m?.bigMs ?? NaN;
      console.error(`  ${lang}: ${SMALL} ${fmt(smallMs, 0)} ms, ${BIG} ${fmt(bigMs, 0)} ms`); // progress while the bench runs
      const cells = (text: string, ms: number, size: string): (string | number)[] => {
        const bytes = Buffer.byteLength(text);
        if (lang !== 'en') return [lang, size, fmt(ms, 0), fmt(rate(bytes, ms)), '', '', '', ''];
        const tComp = size === SMALL || full ? bestOf(1, () => compromiseRun(text)) : NaN;
        const tWink = bestOf(size === SMALL ? 3 : 1, () => winkRun(text));
        return [lang, size, fmt(ms, 0), fmt(rate(bytes, ms)), fmt(rate(bytes, tComp)), fmt(rate(bytes, tWink)), ratio(tComp, ms), ratio(tWink, ms)];
      };
      rows.push(cells(small, smallMs, SMALL), cells(big, bigMs, BIG));
      scaling.push(
        m
          ? [lang, fmt(m.bigMs / (16 * m.smallMs)), fmt(m.peakRss / 2 ** 20, 0), fmt((m.peakRss - m.baselineRss) / 2 ** 20, 0), fmt(m.peakRss / m.bigBytes, 1)]
          : [lang, 'timeout', '—', '—', '—'],
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const starts = Array.from({ length: 5 }, () =>
    JSON.parse(execFileSync(process.execPath, [join(import.meta.dirname, 'lib', 'cold-start.mjs'), distPath], { encoding: 'utf8' })),
  );
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const cold = [
    ['import → first result', fmt(median(starts.map((s) => s.importToResultMs)), 0)],
    ['  of which import', fmt(median(starts.map((s) => s.importMs)), 0)],
    ['  of which first extract()', fmt(median(starts.map((s) => s.firstResultMs)), 0)],
    ['process start → first result', fmt(median(starts.map((s) => s.sinceProcessStartMs)), 0)],
  ];

  const body = [
    `Machine: ${host}. Package: ${distPath.replace(resolve(import.meta.dirname, '..') + '/', '')}. ${new Date().toISOString()}`,
    '',
    `Throughput of one \`extract()\` call on one document, from \`createExtractor({ lang })\` in a fresh process per language (MB = 10⁶ UTF-8 bytes; best of 3 at ${SMALL} after a warm-up, one run at ${BIG}). ` +
      'The ratio columns are (their time ÷ citata time): above 1× citata is faster. compromise runs `nlp(text)` with ' +
      '`.people()/.places()/.organizations()/.quotations()`; wink-nlp runs `readDoc(text).entities()` with the English lite model.' +
      (full ? '' : ` compromise at ${BIG} is skipped (set CITATA_BENCH_FULL=1; it takes minutes and gigabytes).`),
    '',
    table(['lang', 'size', 'citata ms', 'citata MB/s', 'compromise MB/s', 'wink MB/s', 'citata vs compromise', 'citata vs wink'], rows),
    '',
    `Linearity (${BIG} time ÷ 16 × ${SMALL} time; 1.00 is linear) and peak resident memory for ${BIG} in a fresh process.`,
    '',
    table(['lang', 'linearity', 'peak RSS MB', 'RSS growth MB', 'peak bytes per input byte'], scaling),
    '',
    'Cold start, median of 5 fresh processes (ms):',
    '',
    table(['phase', 'ms'], cold),
  ].join('\n');
  console.log('\n' + body + '\n');
  if (BASE === MB) writeSection('extract()', body); // smoke runs at other sizes do not overwrite the record
});
