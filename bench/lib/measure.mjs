// Child process: extract() timings on 1 MB and 16 MB of one language, and the peak resident memory
// of the 16 MB run, in a fresh process so nothing else inflates it and a super-linear stage can be
// stopped by the parent's timeout.
// Usage: node measure.mjs <dist/index.js> <1 MB text file> <16 MB text file> <lang>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [distPath, smallFile, bigFile, lang] = process.argv.slice(2);
const { createExtractor } = await import(pathToFileURL(distPath).href);
const extract = createExtractor({ lang });
const small = readFileSync(smallFile, 'utf8');
const big = readFileSync(bigFile, 'utf8');
const time = (text) => {
  const t = performance.now();
  extract(text);
  return performance.now() - t;
};
time(small); // warm up: lazy resources, JIT
let smallMs = Infinity;
for (let i = 0; i < 3; i++) smallMs = Math.min(smallMs, time(small));
const baselineRss = process.memoryUsage().rss;
const bigMs = time(big);
const peakRss = process.resourceUsage().maxRSS * 1024; // maxRSS is in kilobytes
process.stdout.write(JSON.stringify({ smallMs, bigMs, baselineRss, peakRss, smallBytes: Buffer.byteLength(small), bigBytes: Buffer.byteLength(big) }));
