import { describe, expect, it } from 'vitest';
import { recognizeNames } from '../../src/entities/index.js';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import { parse } from '../../src/parser/index.js';

function check(text: string, lang: 'uk' | 'ru') {
  const names = recognizeNames(parse(text, lang), { kb: defaultKnowledgeBase() });
  let last = -1;
  for (const n of names) {
    expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(n.start).toBeGreaterThanOrEqual(last);
    expect(n.end).toBeGreaterThan(n.start);
    last = n.end;
  }
  return names.map((n) => n.text);
}

describe('uk/ru: odd text keeps valid, sorted, non-overlapping spans', () => {
  it.each([
    ['', []],
    ['«', []],
    ['»Лавров«', ['Лавров']],
    ['Київ', ['Київ']],
    ['ТОВ «', []],
    ['вул. ', []],
    ['Сергій Лавров і John Smith у Києві й Kyiv.', ['Сергій Лавров', 'John Smith', 'Києві', 'Kyiv']],
  ] as [string, string[]][])('%j', (text, want) => {
    expect(check(text, 'uk')).toEqual(want);
  });

  it('reads a long text without line breaks in one pass', () => {
    const sentence = 'Очільник МЗС РФ Сергій Лавров заявив пропагандистам «РИА Новости», що Трамп і Путін зустрінуться в Будапешті. ';
    const text = sentence.repeat(2000);
    const names = check(text, 'uk');
    expect(names.length).toBe(2000 * 6); // МЗС РФ, Сергій Лавров, РИА Новости, Трамп, Путін, Будапешті
  });
});
