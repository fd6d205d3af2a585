/**
 * Benchmark text built only from text we own: the seed story (Ukrainian) and the news prose in
 * bench/corpus/ (Russian, English, written for this project). Nothing from /work/shared/data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type BenchLang = 'uk' | 'ru' | 'en';

const root = join(import.meta.dirname, '..', '..');
const SOURCES: Record<BenchLang, string> = {
  uk: join(root, 'test', 'fixtures', 'lavrov-rubio.uk.txt'),
  ru: join(root, 'bench', 'corpus', 'ru-news.txt'),
  en: join(root, 'bench', 'corpus', 'en-news.txt'),
};

/** The seed text of a language, trimmed. */
export function seedText(lang: BenchLang): string {
  return readFileSync(SOURCES[lang], 'utf8').replace(/^\ufeff/, '').trim();
}

/** One document of at least `bytes` UTF-8 bytes: the seed text repeated as paragraphs. */
export function textOfSize(lang: BenchLang, bytes: number): string {
  const seed = seedText(lang) + '\n\n';
  const seedBytes = Buffer.byteLength(seed);
  return seed.repeat(Math.ceil(bytes / seedBytes));
}

/**
 * A JSON Lines file of at least `bytes` bytes: documents of one to three seed texts, cycling
 * through the three languages, each `{"id": n, "text": …}`.
 */
export function jsonlOfSize(bytes: number): string {
  const seeds = (['uk', 'ru', 'en'] as const).map(seedText);
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const seed = seeds[i % 3];
    const text = Array.from({ length: 1 + (i % 3) }, () => seed).join('\n\n');
    const line = JSON.stringify({ id: i, text });
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n') + '\n';
}
