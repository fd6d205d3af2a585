import { expect, it } from 'vitest';
import { linkDocument } from '../../src/linking/index.js';
import { parse } from '../../src/parser/index.js';

it('the example in linkDocument’s documentation holds', () => {
  const text = 'Очільник МЗС РФ Сергій Лавров заявив… Лавров додав.';
  const names = [
    { start: 9, end: 15, text: 'МЗС РФ', type: 'ORG' as const, base: 'МЗС РФ' },
    { start: 16, end: 29, text: 'Сергій Лавров', type: 'PER' as const, base: 'Сергій Лавров' },
    { start: 38, end: 44, text: 'Лавров', type: 'PER' as const, base: 'Лавров' },
  ];
  const { entities } = linkDocument(parse(text, 'uk'), names, [], { kb: null });
  expect(entities[0].name).toBe('Сергій Лавров');
  expect(entities[0].mentions.map((m) => m.kind)).toEqual(['title', 'name', 'name']);
  expect(entities[1].name).toBe('МЗС РФ');
});
