/**
 * CLI benchmark: `citata extract file.jsonl --format jsonl` on a 20 MB JSON Lines file with one
 * and with two workers; the outputs must be identical. Runs dist/cli.cjs, or CITATA_CLI.
 *
 *   CITATA_CLI=.cache/bench/dist/cli.cjs npx vitest run --config bench/vitest.config.ts bench/cli.bench.ts
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { jsonlOfSize } from './lib/corpus.js';
import { fmt, machine, table, writeSection } from './lib/report.js';

const cliPath = process.env.CITATA_CLI ? resolve(process.env.CITATA_CLI) : join(import.meta.dirname, '..', 'dist', 'cli.cjs');
const MB = 1e6;

/**
 * CPU time (user + system, ms) of this process's waited-for children so far, from /proc/self/stat
 * (Linux); undefined elsewhere. The CPU a run took tells how much work two workers add (each
 * worker warms up its own JIT), whatever else the machine was doing.
 */
function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // cutime + cstime, in ticks of 10 ms
  } catch {
    return undefined;
  }
}

/** Wall time of `count` processes each spinning the same CPU loop at once. */
async function spinMs(count: number): Promise<number> {
  const code = 'let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; if (x < 0) console.log(x);';
  const t = performance.now();
  await Promise.all(Array.from({ length: count }, () => new Promise((done) => spawn(process.execPath, ['-e', code], { stdio: 'ignore' }).on('exit', done))));
  return performance.now() - t;
}

it('CLI throughput on 20 MB of JSON Lines, 1 and 2 workers', async () => {
  const host = machine(); // before the runs: the load average tells how busy the machine was
  // The ceiling for any speed-up here: how much faster two CPU-bound processes finish than one after
  // the other. 2.0 on an idle 2-core machine; less when other work shares the cores.
  const capacity = (2 * (await spinMs(1))) / (await spinMs(2));
  const tmp = mkdtempSync(join(tmpdir(), 'citata-cli-bench-'));
  try {
    const input = join(tmp, 'news.jsonl');
    writeFileSync(input, jsonlOfSize(20 * MB));
    const bytes = statSync(input).size;
    const documents = readFileSync(input, 'utf8').trimEnd().split('\n').length;
    const halfInput = join(tmp, 'half.jsonl');
    writeFileSync(halfInput, jsonlOfSize(10 * MB));
    const run = (file: string, workers: number) => {
      const output = join(tmp, `out-${workers}.jsonl`);
      const cpu0 = childrenCpuMs();
      const t = performance.now();
      // The child writes straight to the file, as with a user's `> out.jsonl`.
      const fd = openSync(output, 'w');
      const result = spawnSync(process.execPath, [cliPath, 'extract', file, '--format', 'jsonl', '--workers', String(workers)], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      const ms = performance.now() - t;
      const cpu1 = childrenCpuMs();
      const cpuMs = cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0;
      closeSync(fd);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const out = readFileSync(output);
      return { workers, ms, cpuMs, hash: createHash('sha256').update(out).digest('hex'), lines: out.toString('utf8').trimEnd().split('\n').length };
    };
    const runs = [1, 2].map((workers) => run(input, workers));
    // Two workers each read half the file and each warms up its own JIT (V8 shares no compiled code
    // between isolates); on two cores they need at least one half-file run's CPU time each.
    const half = run(halfInput, 1);
    expect(runs[1].hash).toBe(runs[0].hash);
    expect(runs[0].lines).toBe(documents);
    const rows = runs.map((r) => [String(r.workers), fmt(r.ms, 0), r.cpuMs === undefined ? '' : fmt(r.cpuMs, 0), fmt(bytes / MB / (r.ms / 1000)), fmt(documents / (r.ms / 1000), 0), fmt(runs[0].ms / r.ms) + '×']);
    const body = [
      `Machine: ${host}. CLI: ${cliPath.replace(resolve(import.meta.dirname, '..') + '/', '')}. ${new Date().toISOString()}`,
      '',
      `\`citata extract news.jsonl --format jsonl --workers N > out.jsonl\` on ${fmt(bytes / MB, 1)} MB, ${documents} documents ` +
        '(the seed story and bench/corpus texts, one to three per document, cycling uk/ru/en). Wall time of the whole process, ' +
        `start-up included. Outputs identical: ${runs[1].hash === runs[0].hash ? 'yes' : 'NO'}. ` +
        `Parallel capacity of the machine during the run (two CPU-bound processes against one): ${fmt(capacity)}× — the ceiling for the speed-up. ` +
        'CPU ms: user + system time of the CLI process, all its threads (JIT compilation and GC helpers included).',
      '',
      table(['workers', 'ms', 'CPU ms', 'MB/s', 'docs/s', 'speed-up'], rows),
      '',
      `One worker on the first half of the file (${fmt(statSync(halfInput).size / MB, 1)} MB) takes ${fmt(half.ms, 0)} ms, ${half.cpuMs === undefined ? '? ms' : fmt(half.cpuMs, 0) + ' ms'} of CPU ` +
        '(its JIT compiles on the otherwise idle core). Each of two workers reads half the file and warms up its own JIT, and on two cores ' +
        'both need that CPU time, so two workers take at least the CPU time of one worker on half the file' +
        (half.cpuMs === undefined ? '.' : `: ${fmt(runs[0].ms / half.cpuMs)}× is the most they can gain here.`),
      '',
      `Target: 2 workers ≥ 1.7× one worker on an idle 2-core machine. Measured ${fmt(runs[0].ms / runs[1].ms)}× with a machine ceiling of ${fmt(capacity)}×` +
        (capacity < 1.8 ? ' — the machine was busy, so this run cannot confirm the target.' : runs[0].ms / runs[1].ms >= 1.7 ? ' — met.' : ' — NOT met.'),
    ].join('\n');
    console.log('\n' + body + '\n');
    writeSection('CLI', body);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
