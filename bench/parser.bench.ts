/**
 * Parser throughput: tokenize and splitSentences on ~1 MB of Ukrainian and ~1 MB of English news
 * text. Run: npx vitest run --config bench/vitest.config.ts bench/parser.bench.ts
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { bestOf, fmt, machine, table } from './lib/report.js';
import { detectLanguage, parse, splitParagraphs, splitSentences, tokenize } from '../src/parser/index.js';

// Written for this benchmark (news-like prose, not taken from any corpus).
const ENGLISH = `WASHINGTON (Dec. 3) — Secretary of State Marco Rubio said on Tuesday that talks with Moscow "remain possible," but warned that the U.S. would not accept terms that reward aggression. "We are not going to negotiate over the heads of Ukrainians," he told reporters at the State Department. Mr. Rubio, who met his Russian counterpart Sergei Lavrov in Riyadh earlier this year, said a new meeting had not been scheduled. Officials in Kyiv welcomed the remarks... Some analysts, e.g. those at the Atlantic Council, said the statement signalled a shift. The Kremlin's spokesman, Dmitry Peskov, declined to comment. Oil prices rose 3.5 percent after the announcement, and shares of Rosneft and Lukoil fell on the Moscow exchange. Sen. Lindsey Graham called the sanctions "long overdue." Ukraine's foreign minister said the country would keep pressing its partners for air defence systems before winter.`;

const MB = 1_000_000;

/** Repeats paragraphs until the UTF-8 size reaches about 1 MB. */
function buildText(paragraph: string): string {
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < MB) {
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph, 'utf8') + 2;
  }
  return parts.join('\n\n');
}

/** Best-of-7 time in milliseconds after a warm-up of 3 runs. */
function time(fn: () => unknown): number {
  bestOf(3, fn);
  return bestOf(7, fn);
}

it('parser throughput', () => {
  const seed = readFileSync(new URL('../test/fixtures/lavrov-rubio.uk.txt', import.meta.url), 'utf8');
  const texts: [string, string][] = [
    ['uk', buildText(seed.trim())],
    ['en', buildText(ENGLISH)],
  ];
  const rows: (string | number)[][] = [];
  for (const [lang, text] of texts) {
    const bytes = Buffer.byteLength(text, 'utf8');
    const ops: [string, () => unknown][] = [
      ['tokenize', () => tokenize(text)],
      ['splitSentences', () => splitSentences(text, lang as 'uk' | 'en')],
      ['splitParagraphs', () => splitParagraphs(text)],
      ['detectLanguage', () => detectLanguage(text)],
      ['parse', () => parse(text, lang as 'uk' | 'en')],
    ];
    for (const [name, fn] of ops) {
      const ms = time(fn);
      rows.push([lang, name, fmt(bytes / MB), text.length, fmt(ms, 1), fmt(bytes / MB / (ms / 1000), 1)]);
    }
    expect(tokenize(text).length).toBeGreaterThan(50_000);
    expect(detectLanguage(text)).toBe(lang);
  }
  console.log(`\nParser throughput (MB = 10⁶ UTF-8 bytes; best of 7 after 3 warm-up runs). ${machine()}\n`);
  console.log(table(['lang', 'operation', 'MB', 'chars', 'ms', 'MB/s'], rows));
});
