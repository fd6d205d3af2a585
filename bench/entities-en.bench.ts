/**
 * Throughput of the English recogniser on ~1 MB of news-like English written for this bench
 * (paragraphs repeated), as one long document and as many short articles.
 * Run: npx vitest run --config bench/vitest.config.ts bench/entities-en.bench.ts
 */
import { describe, expect, it } from 'vitest';
import { recognizeEnglishNames } from '../src/entities/english.js';
import { defaultKnowledgeBase } from '../src/kb/default.js';
import { parse } from '../src/parser/index.js';
import { bestOf, fmt, machine, table } from './lib/report.js';

const PARAGRAPHS = [
  'KYIV, March 3 (Citata) - Foreign Minister Sergei Lavrov said on Monday that Russia was ready to talk, but U.S. Secretary of State Marco Rubio told reporters in Washington that the Kremlin had offered nothing new.',
  '"We will not accept any deal that ignores Ukraine," President Volodymyr Zelensky said in a video address, adding that the European Union and NATO had promised more air defence systems before the summer.',
  "The Ministry of Defence in London said British and French officers would meet their German counterparts in Berlin next week. Reuters could not independently verify the report, and a Pentagon spokesman declined to comment on Russia's claims.",
  'Shares in Acme Holdings Inc rose 4 percent after the company said its chief executive, Mary Johnson, would step down. Analysts at Goldman Sachs said the move was expected.',
  'At the United Nations, Secretary-General Antonio Guterres urged both sides to respect the ceasefire. Chinese envoy Zhang Jun said Beijing supported any initiative that led to peace, while Polish diplomats in Warsaw were more sceptical.',
  'Leicestershire beat Somerset by an innings at Grace Road, while Essex drew with Yorkshire at Headingley. England captain Michael Atherton said the selectors would name the squad on Friday.',
  'She said the talks in Geneva had been "useful but difficult". Lavrov, speaking after meeting Turkish Foreign Minister Hakan Fidan, accused Western governments of prolonging the war.',
];

function makeText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length];
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}

describe('English recogniser throughput', () => {
  it('prints MB/s on ~1 MB of English news text', () => {
    const text = makeText(1_000_000);
    const articles: string[] = [];
    for (let i = 0; i < text.length; i += 3000) articles.push(text.slice(i, i + 3000));
    const whole = parse(text, 'en');
    const parsedArticles = articles.map((a) => parse(a, 'en'));
    recognizeEnglishNames(whole, { kb: null }); // warm-up
    const mb = text.length / 1e6;
    const rows: (string | number)[][] = [];
    const measure = (label: string, run: () => number) => {
      const names = run();
      const ms = bestOf(7, run);
      rows.push([label, fmt(mb), fmt(ms, 1), fmt(mb / (ms / 1000)), names]);
    };
    measure('recognizeEnglishNames, one 1 MB document', () => recognizeEnglishNames(whole, { kb: null }).length);
    measure('recognizeEnglishNames, 3 KB articles', () => parsedArticles.reduce((n, d) => n + recognizeEnglishNames(d, { kb: null }).length, 0));
    const kb = defaultKnowledgeBase();
    recognizeEnglishNames(whole, { kb }); // warm-up: builds the KB
    measure('recognizeEnglishNames with the default KB, one 1 MB document', () => recognizeEnglishNames(whole, { kb }).length);
    measure('parse + recognizeEnglishNames, 3 KB articles', () => articles.reduce((n, a) => n + recognizeEnglishNames(parse(a, 'en'), { kb: null }).length, 0));
    console.log(`\nEnglish recogniser throughput (${machine()})\n` + table(['what', 'MB', 'ms (best of 7)', 'MB/s', 'names'], rows));
    expect(rows[0][4]).toBeGreaterThan(1000);
  });
});
