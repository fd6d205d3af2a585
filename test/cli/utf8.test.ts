import { describe, expect, it } from 'vitest';
import { Utf8Builder } from '../../src/cli/utf8.js';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('Utf8Builder', () => {
  const lines = ['{"text":"Лавров заявив."}', 'English, plain ASCII', 'Прапор 🇺🇦 і емодзі 😀', '', 'Ёлка, ґанок, їжак'];
  it('encodes each line followed by a newline, exactly like TextEncoder', () => {
    const out = new Utf8Builder();
    for (const line of lines) out.appendLine(line);
    const expected = new TextEncoder().encode(lines.map((l) => l + '\n').join(''));
    expect(out.bytes()).toEqual(expected);
    expect(out.size).toBe(expected.byteLength);
  });

  it('grows as needed from a small first guess, keeping what was written', () => {
    const out = new Utf8Builder(1);
    const long = 'Київ '.repeat(40_000); // 240 000 bytes: beyond the first allocation
    out.appendLine('перший');
    out.appendLine(long);
    out.appendLine('останній');
    expect(decode(out.bytes())).toBe(`перший\n${long}\nостанній\n`);
  });

  it('replaces a lone surrogate with U+FFFD, as TextEncoder does', () => {
    const out = new Utf8Builder();
    out.appendLine('a\ud800b');
    expect(decode(out.bytes())).toBe('a\ufffdb\n');
  });

  it('gives an empty view when nothing was written', () => {
    expect(new Utf8Builder().bytes().byteLength).toBe(0);
  });
});
