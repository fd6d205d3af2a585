// Packs the package as npm would publish it, installs the tarball into an empty folder,
// and checks what a user gets: require(), import(), the subpath exports and the `citata` binary.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const built = existsSync(path.join(root, 'dist/index.js')) && existsSync(path.join(root, 'dist/cli.cjs'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir = '';

describe.skipIf(!built)('the packed package', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'citata-pack-'));
    const out = execFileSync(npm, ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
    const tarball = path.join(dir, JSON.parse(out)[0].filename);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'pack-check', private: true }));
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: dir, stdio: 'pipe' });
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const story = readFileSync(path.join(root, 'test/fixtures/lavrov-rubio.uk.txt'), 'utf8');
  const probe = `
    const doc = c.extract(${JSON.stringify(story)}, { lang: 'uk' });
    const p = parser.splitParagraphs(${JSON.stringify(story)}).length;
    console.log(JSON.stringify({ lang: doc.lang, quotes: doc.quotes.length, paragraphs: p, auto: c.extract('The minister said.').lang }));`;

  it('works with require()', () => {
    const out = execFileSync('node', ['-e', `const c = require('citata'); const parser = require('citata/parser'); ${probe}`], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ lang: 'uk', paragraphs: 13, auto: 'en' });
  });

  it('works with import()', () => {
    const out = execFileSync('node', ['--input-type=module', '-e', `const c = await import('citata'); const parser = await import('citata/parser'); ${probe}`], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ lang: 'uk', paragraphs: 13, auto: 'en' });
  });

  it('exposes every subpath', () => {
    const out = execFileSync('node', ['-e', `console.log(['citata/entities','citata/quotes','citata/linking'].map((m) => Object.keys(require(m)).sort().join(',')).join(' | '))`], { cwd: dir, encoding: 'utf8' });
    expect(out).toContain('recognizeNames');
    expect(out).toContain('findQuotes');
    expect(out).toContain('linkDocument');
  });

  it('installs the citata binary', () => {
    const input = path.join(dir, 'story.txt');
    writeFileSync(input, 'Сергій Лавров заявив: «Ми готові».');
    const out = execFileSync(path.join(dir, 'node_modules/.bin/citata'), ['extract', input, '--lang', 'uk'], { encoding: 'utf8' });
    const doc = JSON.parse(out);
    expect(doc.lang).toBe('uk');
    expect(doc.quotes.map((q: { text: string }) => q.text)).toEqual(['Ми готові']);
  });
});
