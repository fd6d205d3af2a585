import type { KnowledgeBaseEntry } from './types.js';

const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);
const LANGS = new Set(['uk', 'ru', 'en']);
const QID = /^Q[1-9]\d*$/;

/**
 * Checks one knowledge-base entry and returns it; throws a `TypeError` that says which entry
 * and which field is wrong.
 *
 * @example
 * ```ts
 * validateEntry({ id: 'Q1', type: 'LOC', names: { en: ['Universe'] } }, 0); // returns the entry
 * validateEntry({ id: 'x', type: 'LOC', names: {} }, 3); // throws TypeError: knowledge-base entry 3: id …
 * ```
 */
export function validateEntry(entry: unknown, index: number): KnowledgeBaseEntry {
  const where = `knowledge-base entry ${index}`;
  if (entry === null || typeof entry !== 'object') throw new TypeError(`${where}: expected an object, got ${typeName(entry)}`);
  const e = entry as Record<string, unknown>;
  if (typeof e.id !== 'string' || !QID.test(e.id)) throw new TypeError(`${where}: id must be a Wikidata QID like 'Q42', got ${JSON.stringify(e.id)}`);
  const at = `${where} (${e.id})`;
  if (typeof e.type !== 'string' || !TYPES.has(e.type)) throw new TypeError(`${at}: type must be PER, ORG, LOC or MISC, got ${JSON.stringify(e.type)}`);
  if (e.names === null || typeof e.names !== 'object') throw new TypeError(`${at}: names must be an object like { uk: [...], ru: [...], en: [...] }`);
  let count = 0;
  for (const [lang, names] of Object.entries(e.names as Record<string, unknown>)) {
    if (!LANGS.has(lang)) throw new TypeError(`${at}: names.${lang}: unknown language (uk, ru or en)`);
    if (!Array.isArray(names) || names.some((n) => typeof n !== 'string' || n.trim() === '')) {
      throw new TypeError(`${at}: names.${lang} must be an array of non-empty strings`);
    }
    count += names.length;
  }
  if (count === 0) throw new TypeError(`${at}: names has no name in any language`);
  if (e.aliases !== undefined && (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string'))) {
    throw new TypeError(`${at}: aliases must be an array of strings`);
  }
  if (e.roles !== undefined && !Array.isArray(e.roles)) throw new TypeError(`${at}: roles must be an array`);
  if (e.gender !== undefined && e.gender !== 'm' && e.gender !== 'f') throw new TypeError(`${at}: gender must be 'm' or 'f'`);
  if (e.popularity !== undefined && (typeof e.popularity !== 'number' || !Number.isFinite(e.popularity))) {
    throw new TypeError(`${at}: popularity must be a finite number`);
  }
  return entry as KnowledgeBaseEntry;
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
