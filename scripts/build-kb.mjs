#!/usr/bin/env node
// Builds the bundled knowledge base (src/kb/data/default-entries.ts) from the verified seed files
// ../shared/kb/entities.jsonl and ../shared/kb/newsmakers.jsonl (see src/kb/SOURCES.md).
// The output is committed so that a clean clone builds and tests without ../shared.
//
//   node scripts/build-kb.mjs [KB_DIR] [OUT_FILE]
//
// Every QID is copied from the input files as they are: none is typed here. The script only
// drops fields the library does not use (source, iso, m49), and adds `popularity`, a prior that
// prefers countries, capitals, big cities and newsmakers over regions that share their names.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const kbDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'kb'));
const outFile = resolve(process.argv[3] ?? join(root, 'src', 'kb', 'data', 'default-entries.ts'));
const FILES = ['entities.jsonl', 'newsmakers.jsonl'];
const LANGS = ['uk', 'ru', 'en'];
const QID = /^Q[1-9]\d*$/;

// Popularity by kind: what a news text most likely means when a name is shared
// (Georgia the country over the US state, Madrid the city over the province).
const KIND_PRIOR = {
  country: 1000,
  organization: 900,
  person: 850,
  government_body: 800,
  media: 750,
  military: 700,
  party: 650,
  company: 650,
  territory: 500,
  world_region: 450,
  city: 300,
  region: 100,
};

function popularity(e) {
  let p = KIND_PRIOR[e.kind] ?? 200;
  if (e.kind === 'city') {
    if (e.capital) p += 300; // capitals are named in news far more than their size says
    if (typeof e.pop === 'number' && e.pop > 0) p += Math.round(20 * Math.log10(e.pop)); // ≤ ~150
  }
  return p;
}

function compact(e, file, line) {
  if (typeof e.id !== 'string' || !QID.test(e.id)) throw new Error(`${file}:${line}: bad id ${JSON.stringify(e.id)}`);
  const names = {};
  for (const lang of LANGS) {
    const list = e.names?.[lang];
    if (!Array.isArray(list) || list.length === 0) throw new Error(`${file}:${line} (${e.id}): no ${lang} name`);
    names[lang] = [...new Set(list.map((n) => n.trim()).filter(Boolean))];
  }
  const out = { id: e.id, type: e.type, kind: e.kind, names, popularity: popularity(e) };
  if (e.adj) out.adjectives = e.adj;
  if (e.country) out.country = e.country;
  if (e.gender) out.gender = e.gender;
  if (Array.isArray(e.roles) && e.roles.length) {
    out.roles = e.roles.map((r) => {
      const role = {};
      for (const k of ['uk', 'ru', 'en', 'org', 'country', 'from', 'to']) if (r[k] !== undefined) role[k] = r[k];
      return role;
    });
  }
  return out;
}

const byId = new Map();
const counts = {};
for (const file of FILES) {
  const lines = readFileSync(join(kbDir, file), 'utf8').split('\n');
  lines.forEach((text, i) => {
    if (!text.trim()) return;
    const entry = compact(JSON.parse(text), file, i + 1);
    if (byId.has(entry.id)) throw new Error(`${file}:${i + 1}: duplicate id ${entry.id}`);
    byId.set(entry.id, entry);
    counts[entry.kind] = (counts[entry.kind] ?? 0) + 1;
  });
}
const entries = [...byId.values()];

// Hand-written aliases (src/kb/curated-aliases.json) name their entity by an existing name, never
// by QID: the QID is still the one the source files give.
const curated = JSON.parse(readFileSync(join(root, 'src', 'kb', 'curated-aliases.json'), 'utf8'));
for (const { of, add } of curated) {
  const matches = entries.filter((e) => e.names[of.lang]?.includes(of.name) && (!of.kind || e.kind === of.kind));
  if (matches.length !== 1) throw new Error(`curated alias target ${JSON.stringify(of)} matches ${matches.length} entities`);
  for (const lang of LANGS) for (const name of add[lang] ?? []) if (!matches[0].names[lang].includes(name)) matches[0].names[lang].push(name);
}
if (entries.length < 5000) throw new Error(`only ${entries.length} entities; expected at least 5,000`);

// The name index is built here, with the library's own normalizeAlias (compiled from
// src/kb/normalize.ts, so there is one implementation), so that loading the bundled KB at run
// time is one JSON.parse of numbers and no per-name work. Each key has hits [entryIndex, langBits, …],
// most popular first; langBits: uk 1, ru 2, en 4 (as in src/kb/knowledge-base.ts).
const normalizeSource = transformSync(readFileSync(join(root, 'src', 'kb', 'normalize.ts'), 'utf8'), { loader: 'ts', format: 'esm' }).code;
const { normalizeAlias } = await import(`data:text/javascript,${encodeURIComponent(normalizeSource)}`);
const LANG_BIT = { uk: 1, ru: 2, en: 4 };
const hitsByKey = new Map();
entries.forEach((entry, index) => {
  for (const lang of LANGS) {
    for (const name of entry.names[lang]) {
      const key = normalizeAlias(name);
      let hits = hitsByKey.get(key);
      if (!hits) hitsByKey.set(key, (hits = []));
      const hit = hits.find((h) => h[0] === index);
      if (hit) hit[1] |= LANG_BIT[lang];
      else hits.push([index, LANG_BIT[lang]]);
    }
  }
});
// Keys sorted by UTF-16 code units (the default sort, and JavaScript's < on strings): the
// library finds a key by binary search, so loading builds no Map or object with 20,000 keys.
const keys = [...hitsByKey.keys()].sort();
const hits = keys.map((key) =>
  hitsByKey
    .get(key)
    .sort((a, b) => (entries[b[0]].popularity ?? 0) - (entries[a[0]].popularity ?? 0) || a[0] - b[0])
    .flat(),
);

const roleHolders = entries.flatMap((e, i) => (e.roles?.length ? [i] : []));
// Few, large values load fastest: ids and keys as one string each (split at load), hits as one
// flat number array [count, entryIndex, langBits, …] per key in key order.
if (keys.some((k) => k.includes('\n'))) throw new Error('a normalised name contains a line break');
const flatHits = hits.flatMap((h) => [h.length / 2, ...h]);
const entriesJsonl = entries.map((e) => JSON.stringify(e)).join('\n');

// A single-quoted literal: JSON's many double quotes need no escaping there.
const literal = (text) =>
  `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;

const body = `// GENERATED by scripts/build-kb.mjs from entities.jsonl and newsmakers.jsonl — do not edit.
// Sources and licences: src/kb/SOURCES.md and THIRD_PARTY_NOTICES.md. ${entries.length} entities.

/**
 * The id of each entry, one per line, in the order of {@link DEFAULT_KB_ENTRIES_JSONL}.
 *
 * @example
 * \`\`\`ts
 * DEFAULT_KB_IDS.split('\\n')[0]; // the first entry's QID
 * \`\`\`
 */
export const DEFAULT_KB_IDS: string = ${literal(entries.map((e) => e.id).join('\n'))};

/**
 * The normalised names (normalizeAlias), one per line, sorted by UTF-16 code unit.
 *
 * @example
 * \`\`\`ts
 * DEFAULT_KB_KEYS.split('\\n').includes('україна'); // true
 * \`\`\`
 */
export const DEFAULT_KB_KEYS: string = ${literal(keys.join('\n'))};

/**
 * JSON array: for each key in order, [count, entryIndex, langBits, …], most popular first (langBits: uk 1, ru 2, en 4).
 *
 * @example
 * \`\`\`ts
 * (JSON.parse(DEFAULT_KB_HITS_JSON) as number[])[0]; // how many entries the first key names
 * \`\`\`
 */
export const DEFAULT_KB_HITS_JSON: string = ${literal(JSON.stringify(flatHits))};

/**
 * Indices of the entries that have roles.
 *
 * @example
 * \`\`\`ts
 * DEFAULT_KB_ROLE_HOLDERS.length; // the persons with offices
 * \`\`\`
 */
export const DEFAULT_KB_ROLE_HOLDERS: readonly number[] = ${JSON.stringify(roleHolders)};

/**
 * The bundled entries, one JSON object per line, parsed one by one when first needed.
 *
 * @example
 * \`\`\`ts
 * JSON.parse(DEFAULT_KB_ENTRIES_JSONL.split('\\n')[0]).names.uk[0]; // the first entry's Ukrainian name
 * \`\`\`
 */
export const DEFAULT_KB_ENTRIES_JSONL: string = ${literal(entriesJsonl)};
`;
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, body);
console.log(`build-kb: ${entries.length} entities → ${outFile} (${(body.length / 1024).toFixed(0)} KiB)`, counts);
