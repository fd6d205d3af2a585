// Child process: the unseen half of one measuring set, after `warmPasses` passes of extract() over
// the first half (in a fresh process, so earlier sets' memos and compiled code do not help); then
// either extract() on it (mode `extract`) or each stage one by one through the public subpaths
// (mode `stages`), each the first time these articles are read.
// Usage: node real-text-run.mjs <dist dir> <set.jsonl> <lang> <warmPasses> <extract|stages>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [dist, file, lang, warmArg, mode] = process.argv.slice(2);
const load = createRequire(import.meta.url);
const { createExtractor, defaultKnowledgeBase } = load(join(dist, 'index.cjs'));
const { parse } = load(join(dist, 'parser.cjs'));
const { recognizeNames } = load(join(dist, 'entities.cjs'));
const { findQuotes } = load(join(dist, 'quotes.cjs'));
const { linkDocument } = load(join(dist, 'linking.cjs'));

/** CPU milliseconds so far, all threads (V8's concurrent GC and optimising compiler included). */
const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

const texts = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line).text);
const run = createExtractor({ lang });
const half = texts.length >> 1;
for (let pass = 0; pass < Number(warmArg); pass++) for (const text of texts.slice(0, half)) run(text);
const unseen = texts.slice(half);
const bytes = unseen.reduce((n, t) => n + Buffer.byteLength(t), 0);
const kb = defaultKnowledgeBase();
const cpuBefore = cpuMs();
const wallBefore = performance.now();
const stageMs = mode === 'stages' ? timeStages() : null;
if (mode !== 'stages') for (const text of unseen) run(text);
const wallMs = performance.now() - wallBefore;
const cpuTotal = cpuMs() - cpuBefore;
process.stdout.write(JSON.stringify({ articles: unseen.length, bytes, wallMs, cpuMs: cpuTotal, stageMs }));

/** CPU milliseconds of each stage over the unseen articles. */
function timeStages() {
  const ms = { parse: 0, names: 0, quotes: 0, link: 0 };
  let mark = cpuMs();
  const lap = () => {
    const now = cpuMs();
    const elapsed = now - mark;
    mark = now;
    return elapsed;
  };
  for (const text of unseen) {
    lap();
    const doc = parse(text, lang);
    ms.parse += lap();
    const names = recognizeNames(doc, { kb });
    ms.names += lap();
    const quotes = findQuotes(doc, names);
    ms.quotes += lap();
    linkDocument(doc, names, quotes, { kb });
    ms.link += lap();
  }
  return ms;
}
