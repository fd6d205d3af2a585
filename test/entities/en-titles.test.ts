import { describe, expect, it } from 'vitest';
import { recognizeEnglishNames } from '../../src/entities/english.js';
import { parse } from '../../src/parser/index.js';

/** `text/TYPE` for every name found, with offsets and base checked on the way. */
function names(text: string): string[] {
  return recognizeEnglishNames(parse(text, 'en'), { kb: null }).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.base).toBe(m.text);
    return `${m.text}/${m.type}`;
  });
}

describe('English titles before names: the person span is the name only', () => {
  const positive: [string, string[]][] = [
    ['Foreign Minister Sergei Lavrov said the talks were over.', ['Sergei Lavrov/PER']],
    ['Secretary of State Marco Rubio arrived in Riyadh on Monday.', ['Marco Rubio/PER', 'Riyadh/LOC']],
    ['Russian Foreign Minister Sergei Lavrov met him.', ['Russian/MISC', 'Sergei Lavrov/PER']],
    ['U.S. Secretary of State Marco Rubio flew home.', ['U.S./LOC', 'Marco Rubio/PER']],
    ['The talks were led by Prime Minister Keir Starmer.', ['Keir Starmer/PER']],
    ['On Friday President Emmanuel Macron called for calm.', ['Emmanuel Macron/PER']],
    ['It was Mr. Smith who answered.', ['Smith/PER']],
    ['The award went to Dr Jane Goodall last year.', ['Jane Goodall/PER']],
    ['A statement from Secretary-General Antonio Guterres followed.', ['Antonio Guterres/PER']],
    ['We spoke to Deputy Defence Minister Anna Malyar by phone.', ['Anna Malyar/PER']],
    ['European Commission President Ursula von der Leyen spoke.', ['European Commission/ORG', 'Ursula von der Leyen/PER']],
    ['NATO Secretary General Mark Rutte urged allies to act.', ['NATO/ORG', 'Mark Rutte/PER']],
    ['Former Prime Minister Theresa May voted against.', ['Theresa May/PER']],
  ];
  for (const [text, want] of positive) it(text, () => expect(names(text)).toEqual(want));

  const negative: [string, string[]][] = [
    // a title alone is no name
    ['The Foreign Minister did not comment.', []],
    ['He has been Secretary of State since January.', []],
    // "General" and "Justice" head organisations here, not titles
    ['Shares of General Motors fell.', ['General Motors/ORG']],
    ['The Justice Department opened an inquiry.', ['Justice Department/ORG']],
  ];
  for (const [text, want] of negative) it(text, () => expect(names(text)).toEqual(want));

  it('never makes a place of the domain and the first name ("State Marco")', () => {
    const found = names('Secretary of State Marco Rubio spoke.');
    expect(found).not.toContain('State Marco/LOC');
    expect(found.some((n) => n.startsWith('Secretary'))).toBe(false);
  });
});

describe('English first names give the gender', () => {
  const cases: [string, string, 'm' | 'f' | undefined][] = [
    ['Mary Johnson will step down in May.', 'Mary Johnson', 'f'],
    ['The deal was signed by John Carter.', 'John Carter', 'm'],
    ['Foreign Minister Sergei Lavrov arrived.', 'Sergei Lavrov', 'm'],
  ];
  for (const [text, name, gender] of cases) {
    it(text, () => {
      const m = recognizeEnglishNames(parse(text, 'en'), { kb: null }).find((n) => n.text === name);
      expect(m?.type).toBe('PER');
      expect(m?.gender).toBe(gender);
    });
  }
  it('a surname alone after the full name takes the full name\'s gender', () => {
    const found = recognizeEnglishNames(parse('Mary Johnson resigned. Johnson said she was tired.', 'en'), { kb: null });
    expect(found.map((m) => [m.text, m.type, m.gender])).toEqual([
      ['Mary Johnson', 'PER', 'f'],
      ['Johnson', 'PER', 'f'],
    ]);
  });
});
