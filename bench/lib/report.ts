/**
 * Tables for the benchmark output, and bench/results.md: each bench file owns one section,
 * replaced in place, so the extract and CLI benchmarks can run separately.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';

const RESULTS = join(import.meta.dirname, '..', 'results.md');

/** One line describing the machine, Node version, and the load when the run started (other work skews timings). */
export function machine(): string {
  const list = cpus();
  const load = loadavg()[0];
  return `${list[0]?.model ?? 'unknown CPU'} × ${list.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${platform()} ${release()}, Node ${process.version}, load average ${load.toFixed(1)}`;
}

/** A Markdown table. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map((r) => line(r.map(String)))].join('\n');
}

/** Replaces (or appends) the section `## title` of bench/results.md with `body`. */
export function writeSection(title: string, body: string): void {
  const head = '# citata benchmark results\n\nWritten by `npm run bench`; each section is replaced when its bench file runs.\n';
  let doc = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : head;
  const section = `## ${title}\n\n${body.trim()}\n`;
  const start = doc.indexOf(`## ${title}\n`);
  if (start < 0) {
    doc = doc.trimEnd() + '\n\n' + section;
  } else {
    const next = doc.indexOf('\n## ', start + 3);
    doc = doc.slice(0, start) + section + (next < 0 ? '' : doc.slice(next));
  }
  writeFileSync(RESULTS, doc.trimEnd() + '\n');
}

/** Best of `runs` timings of `fn`, in milliseconds (the minimum is the least noisy estimate). */
export function bestOf(runs: number, fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export const fmt = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '—');
