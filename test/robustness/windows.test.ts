// Very long texts are read in windows (src/windows.ts) so memory stays bounded. These tests hold
// the two promises that makes: the windows tile the text at paragraph breaks, and what extract()
// returns for a long text is what it returns for each of its articles, offsets moved, with
// linking still spanning the whole text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from '../../src/index.js';
import { WINDOW_CHARS, windowBounds } from '../../src/windows.js';

const story = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'lavrov-rubio.uk.txt'), 'utf8').trim();

describe('windowBounds', () => {
  const tiles = (text: string, bounds: Array<[number, number]>) => {
    expect(bounds[0][0]).toBe(0);
    expect(bounds.at(-1)?.[1]).toBe(text.length);
    for (let i = 1; i < bounds.length; i++) expect(bounds[i][0]).toBe(bounds[i - 1][1]);
  };

  it('leaves a text no longer than the window whole', () => {
    expect(windowBounds('Лавров заявив.', 100)).toEqual([[0, 14]]);
    expect(windowBounds('', 100)).toEqual([[0, 0]]);
  });

  it('ends a window after a blank line when one is near', () => {
    const text = 'перший абзац\n\nдругий абзац';
    expect(windowBounds(text, 12)).toEqual([[0, 14], [14, 26]]);
    expect(text.slice(14)).toBe('другий абзац');
  });

  it('prefers a blank line to an earlier single line break', () => {
    const text = 'а'.repeat(100) + '\n' + 'б'.repeat(10) + '\n\n' + 'в'.repeat(100);
    const [[, end]] = windowBounds(text, 100);
    expect(text.slice(end, end + 3)).toBe('ввв');
  });

  it('falls back to a line break, then to white space', () => {
    const lines = 'а'.repeat(100) + '\n' + 'б'.repeat(100);
    expect(windowBounds(lines, 90)[0]).toEqual([0, 101]);
    const words = 'слово '.repeat(40);
    const bounds = windowBounds(words, 100);
    tiles(words, bounds);
    for (const [, end] of bounds.slice(0, -1)) expect(words[end - 1]).toBe(' ');
  });

  it('never splits a surrogate pair when a text has no white space', () => {
    const emoji = '😀'.repeat(300); // 600 code units
    const bounds = windowBounds(emoji, 101);
    tiles(emoji, bounds);
    for (const [start] of bounds) expect(emoji.charCodeAt(start)).toBe(0xd83d); // a high surrogate starts every window
  });

  it('cuts a long text into windows of about the window size', () => {
    const text = (story + '\n\n').repeat(60);
    const bounds = windowBounds(text);
    tiles(text, bounds);
    expect(bounds.length).toBeGreaterThan(1);
    for (const [start, end] of bounds.slice(0, -1)) {
      expect(end - start).toBeGreaterThanOrEqual(WINDOW_CHARS);
      expect(end - start).toBeLessThan(WINDOW_CHARS * 1.25);
      expect(text.slice(end - 2, end)).toBe('\n\n');
    }
  });
});

describe('extract() on a text longer than a window', () => {
  const copies = Math.ceil((2.5 * WINDOW_CHARS) / (story.length + 2));
  const long = Array.from({ length: copies }, () => story).join('\n\n');
  const one = extract(story, { lang: 'uk' });
  const all: Extraction = extract(long, { lang: 'uk' });
  const stride = story.length + 2;

  it('is long enough to need three windows', () => {
    expect(windowBounds(long).length).toBeGreaterThanOrEqual(3);
  });

  it('finds every quotation of every copy, with the same text, cue and speaker, offsets moved', () => {
    expect(all.quotes).toHaveLength(one.quotes.length * copies);
    for (let c = 0; c < copies; c++) {
      for (let q = 0; q < one.quotes.length; q++) {
        const got = all.quotes[c * one.quotes.length + q];
        const want = one.quotes[q];
        expect(got.start).toBe(want.start + c * stride);
        expect(got.text).toBe(want.text);
        expect(got.cue?.text).toBe(want.cue?.text);
        expect(got.cue?.start).toBe((want.cue?.start ?? 0) + c * stride);
        expect(got.speaker?.text).toBe(want.speaker?.text);
      }
    }
  });

  it('links across windows: every copy of Лавров is one entity, and the last quotation is his', () => {
    const lavrov = all.entities.filter((e) => e.name === 'Сергій Лавров');
    expect(lavrov).toHaveLength(1);
    const seedLavrov = one.entities.find((e) => e.name === 'Сергій Лавров');
    expect(lavrov[0].mentions).toHaveLength((seedLavrov?.mentions.length ?? 0) * copies);
    const firstWindowEnd = windowBounds(long)[0][1];
    expect(lavrov[0].mentions.some((m) => m.start < firstWindowEnd)).toBe(true);
    expect(lavrov[0].mentions.some((m) => m.start > long.length - stride)).toBe(true);
    const lastLavrovQuote = [...all.quotes].reverse().find((q) => q.speaker?.text === 'він');
    expect(lastLavrovQuote?.speaker?.entityId).toBe(lavrov[0].id);
  });

  it('has as many entities as one copy: nothing is split by a window edge', () => {
    expect(all.entities.map((e) => e.name).sort()).toEqual(one.entities.map((e) => e.name).sort());
  });

  it('keeps every offset true to the original text', () => {
    for (const s of all.sentences) expect(long.slice(s.start, s.end)).toBe(s.text);
    for (const e of all.entities) for (const m of e.mentions) expect(long.slice(m.start, m.end)).toBe(m.text);
    for (const q of all.quotes) {
      expect(long.slice(q.start, q.end)).toBe(q.text);
      if (q.cue) expect(long.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
      if (q.speaker) expect(long.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
    }
  });

  it('returns the sentences of every copy in order', () => {
    expect(all.sentences).toHaveLength(one.sentences.length * copies);
    expect(all.sentences.at(-1)?.start).toBe((one.sentences.at(-1)?.start ?? 0) + (copies - 1) * stride);
  });
});
