// Child process: time from importing the built package to the first extract() result.
// Usage: node cold-start.mjs <path to dist/index.js>
import { pathToFileURL } from 'node:url';

const t0 = performance.now();
const { extract } = await import(pathToFileURL(process.argv[2]).href);
const t1 = performance.now();
const doc = extract('«Ми готові до переговорів», — сказав Сергій Лавров.', { lang: 'auto' });
const t2 = performance.now();
if (doc.lang !== 'uk') throw new Error(`cold start: expected lang uk, got ${doc.lang}`);
// performance.now() counts from process start, so t2 also gives the whole cold start including Node's own boot.
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstResultMs: t2 - t1, importToResultMs: t2 - t0, sinceProcessStartMs: t2 }));
