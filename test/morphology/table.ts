/**
 * Helpers for the base-form tables: parse `form | base | TYPE | gender?` rows and run them.
 */
import { baseFormOfName, type NameEvidence } from '../../src/morphology/index.js';
import type { EntityType, Lang } from '../../src/types.js';

export interface Row {
  form: string;
  base: string;
  type: EntityType;
  gender?: 'm' | 'f';
}

export function parseRows(table: string): Row[] {
  const rows: Row[] = [];
  for (const line of table.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [form, base, type, gender] = trimmed.split('|').map((s) => s.trim());
    rows.push({ form: form!, base: base!, type: (type || 'PER') as EntityType, ...(gender ? { gender: gender as 'm' | 'f' } : {}) });
  }
  return rows;
}

export interface RunResult {
  accuracy: number;
  failures: string[];
}

export function runRows(rows: Row[], lang: Lang, evidence?: NameEvidence): RunResult {
  const failures: string[] = [];
  for (const r of rows) {
    const got = baseFormOfName(r.form, { lang, type: r.type, ...(r.gender ? { gender: r.gender } : {}), ...(evidence ? { evidence } : {}) });
    if (got !== r.base) failures.push(`${r.type} ${r.form} → ${got} (want ${r.base})`);
  }
  return { accuracy: 1 - failures.length / rows.length, failures };
}

/** Evidence from a text: every word form in it (what the pipeline passes). */
export function textEvidence(...texts: string[]): NameEvidence {
  const words = new Set<string>();
  for (const text of texts) for (const w of text.split(/[^\p{L}'’ʼ-]+/u)) if (w) words.add(w);
  return { has: (form) => words.has(form) };
}
