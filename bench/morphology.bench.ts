/**
 * Morphology micro-benchmark: baseFormOfName calls per second and µs per call (CPU time) for
 * single words, two-word person names and adjective + noun organisations, uk and ru, with and
 * without document evidence, and words no cache has seen yet.
 *
 * The named rows cycle through 16 names, so after the warm-up they measure a name seen before
 * (the memo replays its evidence questions: src/morphology/memo.ts), as for a name that recurs
 * across documents; "unseen word" measures the full computation with cold caches.
 *
 * Measured twice: on an esbuild bundle in a child process (the figure that matters: vitest's
 * module getters slow hot loops several times) and in-process under vitest.
 *
 *   npx vitest run --config bench/vitest.config.ts bench/morphology.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { baseFormOfName } from '../src/morphology/index.js';
import { fmt, machine, table } from './lib/report.js';
import { measureMorphology, type MorphologyRow } from './lib/morphology-workload.js';

const root = join(import.meta.dirname, '..');

function print(title: string, rows: MorphologyRow[]): void {
  console.log(`\n${title}\n`);
  console.log(
    table(
      ['lang', 'names', 'evidence', 'calls/s', 'µs/call'],
      rows.map((r) => [r.lang, r.kind, r.evidence, Math.round(r.callsPerSec), fmt(r.usPerCall)]),
    ),
  );
}

it('baseFormOfName throughput', async () => {
  console.log(`\nMachine: ${machine()}`);
  const outDir = join(root, '.cache', 'bench-morphology');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'run.mjs');
  await build({ entryPoints: [join(import.meta.dirname, 'lib', 'morphology-run.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
  const bundled = JSON.parse(execFileSync(process.execPath, [outfile], { encoding: 'utf8' })) as MorphologyRow[];
  print('Bundled (plain Node, CPU time, best of 5 × 20000 calls):', bundled);
  const inVitest = measureMorphology(baseFormOfName, 5000, 3);
  print('Under vitest (CPU time, best of 3 × 5000 calls):', inVitest);
  expect(bundled).toHaveLength(14);
  for (const r of bundled) expect(r.usPerCall).toBeGreaterThan(0);
});
