/**
 * 1 MB of unbalanced quotation marks and dashes through extract() (issue: quotes must stay linear
 * on stray marks): the time on the built package, in CPU milliseconds.
 * Run: npm run build && npx vitest run --config bench/vitest.config.ts bench/quotes-unbalanced.bench.ts
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type * as Root from '../src/index.js';
import { bestOf, fmt, machine, table, writeSection } from './lib/report.js';

const { extract }: typeof Root = createRequire(import.meta.url)(join(import.meta.dirname, '..', 'dist', 'index.cjs'));

it('prints the time for 1 MB of unbalanced «, ", \' and dashes', () => {
  const pieces = ['«', '"', "'", '— ', '—', '–', '»', '"', '„', ' ', 'слово ', ', — ', "'"];
  const rows: (string | number)[][] = [];
  for (const lang of ['uk', 'en'] as const) {
    let text = '';
    for (let i = 0; Buffer.byteLength(text) < 1_000_000; i++) text += pieces[(i * 7 + (i >> 3)) % pieces.length];
    const quotes = extract(text, { lang }).quotes.length; // warm-up
    const ms = bestOf(3, () => extract(text, { lang }));
    rows.push([lang, fmt(Buffer.byteLength(text) / 1e6), fmt(ms, 0), quotes]);
  }
  const body = `extract() on 1 MB of unbalanced quotation marks and dashes (best of 3 after a warm-up; target under 1 s). ${machine()}\n\n` + table(['lang', 'MB', 'ms', 'quotes'], rows);
  console.log(`\n${body}`);
  writeSection('Unbalanced quotation marks', body);
  expect(rows.length).toBe(2);
});
