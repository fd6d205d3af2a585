import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { titleNominative } from '../../src/quotes/title-nominative.js';

describe('titleNominative: the head noun opening a title phrase goes to the nominative', () => {
  const cases: [string, 'uk' | 'ru', string][] = [
    ['министра обороны', 'ru', 'министр обороны'],
    ['Министра финансов', 'ru', 'Министр финансов'],
    ['главы МИД', 'ru', 'глава МИД'],
    ['міністрові оборони', 'uk', 'міністр оборони'],
    ['речниці МЗС', 'uk', 'речниця МЗС'],
    ['голови Верховної Ради', 'uk', 'голова Верховної Ради'],
    // Unchanged: a plural is not guessed, a nominative stays, an unknown head stays.
    ['аналітиків', 'uk', 'аналітиків'],
    ['міністри', 'uk', 'міністри'],
    ['официальный представитель МИД России', 'ru', 'официальный представитель МИД России'],
    ['директора «Глибокої»', 'uk', 'директор «Глибокої»'],
  ];
  for (const [phrase, lang, want] of cases) it(`${phrase} → ${want}`, () => expect(titleNominative(phrase, lang)).toBe(want));
});

describe('an unnamed speaker is named by its title in the nominative', () => {
  const cases: [string, 'uk' | 'ru', string][] = [
    ['По словам министра обороны, армия готова.', 'ru', 'министр обороны'],
    ['«Ситуація складна», — сказав речник Повітряних сил.', 'uk', 'речник Повітряних сил'],
  ];
  for (const [text, lang, name] of cases) {
    it(text, () => {
      const r = extract(text, { lang });
      const speaker = r.quotes[0]?.speaker;
      expect(r.entities.find((e) => e.id === speaker?.entityId)?.name).toBe(name);
    });
  }
});
