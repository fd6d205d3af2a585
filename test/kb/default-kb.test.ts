import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import { createKnowledgeBase, parseKnowledgeBaseJsonl } from '../../src/kb/knowledge-base.js';
import { normalizeAlias } from '../../src/kb/normalize.js';
import type { Lang } from '../../src/types.js';

const kb = defaultKnowledgeBase();
const LANGS: Lang[] = ['uk', 'ru', 'en'];
const kbIdOf = (name: string, lang: Lang) => kb.lookup(name, lang)[0]!.id;

describe('the bundled knowledge base', () => {
  it('holds at least 5,000 entities, each with uk, ru and en names and a QID', () => {
    expect(kb.size).toBeGreaterThanOrEqual(5000);
    let n = 0;
    for (const e of kb.entries()) {
      n++;
      expect(e.id).toMatch(/^Q[1-9]\d*$/);
      for (const lang of LANGS) expect(e.names[lang]?.length, `${e.id} ${lang}`).toBeGreaterThan(0);
    }
    expect(n).toBe(kb.size);
  });

  it('finds every entry under every one of its names (the build-time index agrees with normalizeAlias)', () => {
    for (const e of kb.entries()) {
      for (const lang of LANGS) {
        for (const name of e.names[lang] ?? []) expect(kb.lookup(name).includes(e), `${e.id} «${name}»`).toBe(true);
      }
    }
  });

  it('returns the same entry object for get and lookup', () => {
    const ukraine = kb.lookup('Україна', 'uk')[0];
    expect(kb.get(ukraine.id)).toBe(ukraine);
    expect(kb.get('Q0')).toBeUndefined();
  });

  const preferred: [string, Lang, string][] = [
    ['Грузія', 'uk', 'country'], // the country before the US state Джорджія
    ['Georgia', 'en', 'country'],
    ['Вашингтон', 'uk', 'city'], // the capital before the state
    ['Washington', 'en', 'city'],
    ['Мадрид', 'ru', 'city'], // the city before the province of the same name
    ['РФ', 'uk', 'country'],
    ['США', 'uk', 'country'],
  ];
  it.each(preferred)('prefers the most likely reading of «%s» (%s): %s', (name, lang, kind) => {
    expect(kb.lookup(name, lang)[0]?.kind).toBe(kind);
  });

  it('keeps all-caps short forms case-sensitive', () => {
    expect(kb.lookup('US', 'en')[0]?.kind).toBe('country');
    expect(kb.lookup('us', 'en')).toHaveLength(0);
  });

  it('normalises apostrophes and ё', () => {
    const uae = kb.lookup('Обʼєднані Арабські Емірати', 'uk')[0];
    expect(uae).toBeDefined();
    expect(kb.lookup("Об'єднані Арабські Емірати", 'uk')[0]).toBe(uae);
    expect(kb.lookup('Об’єднані Арабські Емірати', 'uk')[0]).toBe(uae);
    expect(kb.lookup('Объединенные Арабские Эмираты', 'ru')[0]).toBe(kb.lookup('Объединённые Арабские Эмираты', 'ru')[0]);
  });

  it('has newsmakers with gender and roles', () => {
    const rubio = kb.lookup('Марко Рубіо', 'uk')[0];
    expect(rubio.type).toBe('PER');
    expect(rubio.gender).toBe('m');
    expect(rubio.roles?.some((r) => r.uk === 'державний секретар США')).toBe(true);
    expect(kb.lookup('Кремль', 'uk')[0]?.type).toBe('ORG');
  });

  it('visits every name without parsing entries, with the languages that give it', () => {
    let pairs = 0;
    const seen: [string, string, readonly string[]][] = [];
    kb.forEachName?.((name, id, langs) => {
      pairs++;
      if (name === 'україна' || name === 'georgia') seen.push([name, id, langs]);
    });
    expect(pairs).toBeGreaterThan(15000);
    expect(seen).toContainEqual(['україна', kbIdOf('Україна', 'uk'), ['uk']]);
    expect(seen.filter(([n]) => n === 'georgia').map(([, id]) => kb.get(id)?.kind).sort()).toEqual(['country', 'region']);
  });

  it('lists the persons that hold roles', () => {
    const holders = kb.withRoles?.() ?? [];
    expect(holders.length).toBeGreaterThan(50);
    expect(holders.every((e) => (e.roles?.length ?? 0) > 0)).toBe(true);
    expect(holders.map((e) => e.names.uk?.[0])).toContain('Марко Рубіо');
  });

  it('does not know names it should not (a common word, an empty string)', () => {
    expect(kb.lookup('заявив', 'uk')).toHaveLength(0);
    expect(kb.lookup('', 'uk')).toHaveLength(0);
  });
});

describe('normalizeAlias', () => {
  const cases: [string, string][] = [
    ['Обʼєднані  Арабські Емірати', "об'єднані арабські емірати"],
    ['US', 'US'],
    ['РФ', 'РФ'],
    ['МЗС РФ', 'мзс рф'],
    [' Київ ', 'київ'],
    ['Королёв', 'королев'],
  ];
  it.each(cases)('%s → %s', (input, out) => expect(normalizeAlias(input)).toBe(out));
});

describe('createKnowledgeBase and parseKnowledgeBaseJsonl', () => {
  it('loads JSON lines and lets later entries override earlier ones by id', () => {
    const entries = parseKnowledgeBaseJsonl(
      '{"id":"Q42","type":"PER","names":{"en":["Douglas Adams","Adams"]},"gender":"m"}\n\n// a comment\n{"id":"Q42","type":"PER","names":{"en":["D. Adams"]}}\n',
    );
    expect(entries).toHaveLength(2);
    const kb2 = createKnowledgeBase(entries);
    expect(kb2.size).toBe(1);
    expect(kb2.lookup('D. Adams')[0]?.id).toBe('Q42');
    expect(kb2.lookup('Douglas Adams')).toHaveLength(0);
  });

  it('names the line of bad JSON and the field of a bad entry', () => {
    expect(() => parseKnowledgeBaseJsonl('{"id":"Q1","type":"LOC","names":{"en":["A"]}}\n{oops')).toThrow(/line 2/);
    expect(() => parseKnowledgeBaseJsonl('{"id":"x","type":"LOC","names":{"en":["A"]}}')).toThrow(TypeError);
    expect(() => createKnowledgeBase([{ id: 'Q1', type: 'LOC', names: {} }])).toThrow(/names has no name/);
  });

  it('orders entries sharing a name by popularity and prefers the text language', () => {
    const kb2 = createKnowledgeBase([
      { id: 'Q1', type: 'LOC', names: { uk: ['Вашингтон'], en: ['Washington'] }, popularity: 1 },
      { id: 'Q2', type: 'LOC', names: { uk: ['Вашингтон'], en: ['Washington'] }, popularity: 9 },
      { id: 'Q3', type: 'ORG', names: { ru: ['Рада'] } },
      { id: 'Q4', type: 'ORG', names: { uk: ['Рада'] } },
    ]);
    expect(kb2.lookup('Washington').map((e) => e.id)).toEqual(['Q2', 'Q1']);
    expect(kb2.lookup('Рада', 'uk').map((e) => e.id)).toEqual(['Q4']);
    expect(kb2.lookup('Рада', 'en').map((e) => e.id)).toEqual(['Q3', 'Q4']);
  });
});
