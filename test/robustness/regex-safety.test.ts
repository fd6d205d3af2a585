/**
 * Every regular expression in src/ is checked by recheck (automata-theoretic ReDoS analysis with a
 * fuzzing fallback). A pattern recheck proves vulnerable fails the test, with the attack string.
 */
import { join } from 'node:path';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { findRegexes } from './regex-source.js';

const root = join(import.meta.dirname, '..', '..');
const regexes = findRegexes(join(root, 'src'), root);

describe('the regex extractor', () => {
  it('finds literals and RegExp constructors, with flags, and marks built patterns as dynamic', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'citata-regex-'));
    try {
      writeFileSync(
        join(dir, 'a.ts'),
        [
          'const A = /«([^»]*)»/gu;',
          "const B = new RegExp('^\\\\d+$', 'u');",
          'const C = RegExp(`[а-яё]+`);',
          "const D = new RegExp(words.join('|'), 'g');",
          'const E = x / 2 / y; // division, not a regex',
          "const F = '/not a regex/';",
        ].join('\n'),
      );
      expect(findRegexes(dir, dir)).toEqual([
        { where: 'a.ts:1', source: '«([^»]*)»', flags: 'gu' },
        { where: 'a.ts:2', source: '^\\d+$', flags: 'u' },
        { where: 'a.ts:3', source: '[а-яё]+', flags: '' },
        { where: 'a.ts:4', source: "words.join('|')", flags: '', dynamic: true },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ReDoS: no regex in src/ is vulnerable', () => {
  it(`recheck finds none of the ${regexes.filter((r) => !r.dynamic).length} regexes vulnerable`, async () => {
    const checked = regexes.filter((r) => !r.dynamic);
    expect(checked.length).toBeGreaterThan(0);
    // One pattern at a time: the native checker is one process; a per-pattern timeout keeps the test fast.
    const vulnerable: string[] = [];
    const unknown: string[] = [];
    const seen = new Map<string, string>();
    for (const r of checked) {
      const key = `/${r.source}/${r.flags}`;
      let status = seen.get(key);
      if (status === undefined) {
        const d = await check(r.source, r.flags, { timeout: 2_000, attackTimeout: 500, incubationTimeout: 250 });
        status = d.status === 'vulnerable' ? `vulnerable (${d.complexity.summary}; attack ${d.attack.pattern})` : d.status;
        seen.set(key, status);
      }
      if (status.startsWith('vulnerable')) vulnerable.push(`${r.where} ${key}: ${status}`);
      else if (status === 'unknown') unknown.push(`${r.where} ${key}`);
    }
    if (unknown.length) console.warn(`recheck could not decide (timeout or unsupported syntax):\n  ${unknown.join('\n  ')}`);
    const dynamic = regexes.filter((r) => r.dynamic);
    if (dynamic.length) console.warn(`patterns built at run time, not checked here:\n  ${dynamic.map((r) => `${r.where} ${r.source}`).join('\n  ')}`);
    expect(vulnerable).toEqual([]);
  }, 120_000);
});
