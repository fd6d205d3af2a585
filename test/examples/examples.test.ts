// Every script in examples/ runs against the built package and prints what its comment promises.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const run = (script: string) => execFileSync('node', [path.join(root, 'examples', script)], { cwd: root, encoding: 'utf8' });

describe.skipIf(!existsSync(path.join(root, 'dist/index.js')))('examples', () => {
  it('who-said-what.mjs prints the seed story quotations with their speakers', () => {
    const out = run('who-said-what.mjs');
    expect(out).toContain('language: uk');
    expect(out).toContain('Сергій Лавров [direct, сказати]: Ми з держсекретарем Марко Рубіо');
    expect(out).toContain('Reuters');
    expect(out).toContain('хотів надто багато');
  });

  it('own-knowledge-base.mjs links a user entry and attributes her quotation', () => {
    const out = run('own-knowledge-base.mjs');
    expect(out).toContain('PER Оксана Мельничук → Q999999999: Оксана Мельничук, Мельничук');
    expect(out).toContain('«Роботи йдуть за графіком» — Мельничук');
  });
});

describe.skipIf(!existsSync(path.join(root, 'dist/index.js')))('README quick start', () => {
  it('prints exactly what the README says it prints', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Quick start'));
    const code = /```ts\n([\s\S]*?)```/.exec(section)![1];
    const printed = /prints\n\n```\n([\s\S]*?)```/.exec(section)![1];
    mkdirSync(path.join(root, '.cache'), { recursive: true });
    const dir = mkdtempSync(path.join(root, '.cache', 'readme-'));
    try {
      const script = path.join(dir, 'quick-start.mjs');
      writeFileSync(script, code);
      expect(execFileSync('node', [script], { cwd: root, encoding: 'utf8' })).toBe(printed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
