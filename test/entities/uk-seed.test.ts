import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognizeNames } from '../../src/entities/index.js';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import { parse } from '../../src/parser/index.js';

interface GoldName {
  start: number;
  end: number;
  type: string;
  text: string;
}

const gold = JSON.parse(readFileSync(new URL('../fixtures/lavrov-rubio.uk.gold.json', import.meta.url), 'utf8')) as {
  text: string;
  entities: GoldName[];
};

describe('the seed story (lavrov-rubio.uk)', () => {
  const names = recognizeNames(parse(gold.text, 'uk'), { kb: defaultKnowledgeBase() });
  const found = names.map((n) => `${n.start}:${n.end}:${n.type}:${n.text}`);
  const wanted = gold.entities.map((e) => `${e.start}:${e.end}:${e.type}:${e.text}`);

  it('finds every gold name with its span and type', () => {
    expect(found.filter((f) => !wanted.includes(f))).toEqual([]);
    expect(wanted.filter((w) => !found.includes(w))).toEqual([]);
  });

  it('keeps offsets exact, sorted and without overlaps', () => {
    let last = -1;
    for (const n of names) {
      expect(gold.text.slice(n.start, n.end)).toBe(n.text);
      expect(n.start).toBeGreaterThanOrEqual(last);
      last = n.end;
    }
  });

  it('gives persons their gender', () => {
    const lavrov = names.find((n) => n.text === 'Сергія Лаврова');
    expect(lavrov?.gender).toBe('m');
  });

  it('excludes the guillemets from quoted organisation names', () => {
    for (const name of ['РИА Новости', 'Роснефти', 'Лукойла']) {
      const n = names.find((m) => m.text === name);
      expect(n?.type).toBe('ORG');
      expect(gold.text[n!.start - 1]).toBe('«');
    }
  });
});
