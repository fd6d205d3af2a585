import { describe, expect, it } from 'vitest';
import { parseLine, processBatch, serializeResult, type ExtractFn } from '../../src/cli/jsonl.js';
import type { Extraction } from '../../src/types.js';

/** A stand-in extract: one sentence spanning the text, so results are predictable. */
const fakeExtract: ExtractFn = (text) => ({ lang: 'uk', sentences: text ? [{ start: 0, end: text.length, text }] : [], entities: [], quotes: [] });

describe('parseLine', () => {
  it('reads id and text', () => {
    expect(parseLine('{"id":"a1","text":"Лавров заявив."}', 1)).toEqual({ id: 'a1', text: 'Лавров заявив.' });
    expect(parseLine('{"text":"Без id."}', 1)).toEqual({ id: undefined, text: 'Без id.' });
    expect(parseLine('{"id":[1,2],"text":"","extra":true}', 1)).toEqual({ id: [1, 2], text: '' });
  });
  const bad: [string, RegExp][] = [
    ['{"id":1,"text":"обірвано', /^line 7: not valid JSON/],
    ['not json', /^line 7: not valid JSON/],
    ['[1,2]', /^line 7: expected a JSON object .* got an array/],
    ['"просто рядок"', /^line 7: expected a JSON object .* got string/],
    ['null', /^line 7: expected a JSON object .* got null/],
    ['{"id":1}', /^line 7: the object has no string "text" field$/],
    ['{"id":1,"text":42}', /^line 7: the object has no string "text" field \(got number\)/],
    ['{"id":1,"text":null}', /^line 7: the object has no string "text" field \(got null\)/],
  ];
  for (const [raw, message] of bad) {
    it(`rejects ${raw}`, () => expect(parseLine(raw, 7)).toMatch(message));
  }
});

describe('processBatch', () => {
  it('writes one result per document, in order, with the id first', () => {
    const text = ['{"id":1,"text":"Перший."}', '', '   ', '{"id":"b","text":"Другий."}\r', '{"text":"Третій."}'].join('\n');
    const r = processBatch({ seq: 3, firstLine: 10, text }, fakeExtract);
    expect(r.seq).toBe(3);
    expect(r.documents).toBe(3);
    expect(r.error).toBeUndefined();
    const lines = String(r.output).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { id: 1, lang: 'uk', sentences: [{ start: 0, end: 7, text: 'Перший.' }], entities: [], quotes: [] },
      { id: 'b', lang: 'uk', sentences: [{ start: 0, end: 7, text: 'Другий.' }], entities: [], quotes: [] },
      { lang: 'uk', sentences: [{ start: 0, end: 7, text: 'Третій.' }], entities: [], quotes: [] },
    ]);
    expect(lines[0].startsWith('{"id":1,"lang":"uk"')).toBe(true);
  });

  it('stops at the first bad line, naming it, and keeps the results before it', () => {
    const text = ['{"id":1,"text":"Перший."}', '', '{"id":2,"txt":"Другий."}', '{"id":3,"text":"Третій."}'].join('\n');
    const r = processBatch({ seq: 0, firstLine: 41, text }, fakeExtract);
    expect(r.documents).toBe(1);
    expect(r.output).toBe('{"id":1,"lang":"uk","sentences":[{"start":0,"end":7,"text":"Перший."}],"entities":[],"quotes":[]}\n');
    expect(r.error).toEqual({ line: 43, message: 'line 43: the object has no string "text" field', exitCode: 2 });
  });

  it('reports an extraction that throws as an internal error (exit code 1)', () => {
    const broken: ExtractFn = () => {
      throw new Error('boom');
    };
    const r = processBatch({ seq: 0, firstLine: 1, text: '{"text":"x"}' }, broken);
    expect(r.error).toEqual({ line: 1, message: 'line 1: extraction failed: boom', exitCode: 1 });
  });

  it('reads UTF-8 bytes as well as strings, dropping a byte-order mark', () => {
    const bytes = new TextEncoder().encode('\ufeff{"id":1,"text":"Привіт 🇺🇦"}\n{"id":2,"text":"Бувай"}\n');
    const r = processBatch({ seq: 0, firstLine: 1, text: bytes }, fakeExtract);
    expect(r.error).toBeUndefined();
    expect(String(r.output).trimEnd().split('\n').map((l) => JSON.parse(l).sentences[0].text)).toEqual(['Привіт 🇺🇦', 'Бувай']);
  });

  it('gives nothing for a batch of blank lines', () => {
    expect(processBatch({ seq: 0, firstLine: 1, text: '\n\n  \n' }, fakeExtract)).toEqual({ seq: 0, output: '', documents: 0 });
  });
});

describe('processBatch with { bytes: true } (what the worker threads send)', () => {
  const decode = (b: string | Uint8Array) => (typeof b === 'string' ? b : new TextDecoder().decode(b));
  const batches = [
    ['{"id":1,"text":"Лавров заявив."}', '{"id":"b","text":"Рубіо відповів 🇺🇸."}', '', '{"text":"Без id."}'].join('\n'),
    '{"id":1,"text":"Один рядок без кінцевого переводу"}',
    ['{"id":1,"text":"Перший."}', '{"id":2,"txt":"Другий."}', '{"id":3,"text":"Третій."}'].join('\n'),
    '\n\n  \n',
  ];
  for (const text of batches) {
    it(`gives the same lines as the string output: ${JSON.stringify(text.slice(0, 30))}…`, () => {
      const asString = processBatch({ seq: 5, firstLine: 3, text }, fakeExtract);
      const asBytes = processBatch({ seq: 5, firstLine: 3, text: new TextEncoder().encode(text) }, fakeExtract, { bytes: true });
      expect(asBytes.output).toBeInstanceOf(Uint8Array);
      expect(decode(asBytes.output)).toBe(asString.output);
      expect({ ...asBytes, output: null }).toEqual({ ...asString, output: null });
    });
  }

  it('returns a view from offset 0 of a buffer of its own, ready to be transferred', () => {
    const r = processBatch({ seq: 0, firstLine: 1, text: '{"id":1,"text":"Так."}' }, fakeExtract, { bytes: true });
    const out = r.output as Uint8Array;
    expect(out.byteOffset).toBe(0);
    expect(out.buffer.byteLength).toBeGreaterThanOrEqual(out.byteLength);
    expect(decode(out)).toBe('{"id":1,"lang":"uk","sentences":[{"start":0,"end":4,"text":"Так."}],"entities":[],"quotes":[]}\n');
  });

  it('grows past its first guess when the results are far bigger than the input', () => {
    const big: ExtractFn = (text) => ({ lang: 'uk', sentences: [{ start: 0, end: text.length, text: 'Слово '.repeat(50_000) }], entities: [], quotes: [] });
    const text = ['{"id":1,"text":"а"}', '{"id":2,"text":"б"}'].join('\n');
    const r = processBatch({ seq: 0, firstLine: 1, text }, big, { bytes: true });
    const lines = decode(r.output).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual([1, 2]);
    expect(JSON.parse(lines[1]).sentences[0].text).toBe('Слово '.repeat(50_000));
  });
});

describe('serializeResult', () => {
  const result: Extraction = { lang: 'en', sentences: [], entities: [], quotes: [] };
  it('puts the id first and omits a missing id', () => {
    expect(serializeResult('a1', result)).toBe('{"id":"a1","lang":"en","sentences":[],"entities":[],"quotes":[]}');
    expect(serializeResult(undefined, result)).toBe('{"lang":"en","sentences":[],"entities":[],"quotes":[]}');
    expect(serializeResult(null, result)).toBe('{"id":null,"lang":"en","sentences":[],"entities":[],"quotes":[]}');
  });
});
