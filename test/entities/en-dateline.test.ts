import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeEnglishNames } from '../../src/entities/english.js';
import { dateFollows, datelineLength } from '../../src/entities/english/dateline.js';
import { parse } from '../../src/parser/index.js';

// The single regexes the scans replace (recheck proved both vulnerable to polynomial backtracking),
// with the month words spelled out: the scans accept a date only when it names a real month, so
// "BOSTON 5 Toronto 3" is a score line, not a dateline. Kept here only as the specification the
// scans must agree with, on short inputs.
/** Any case of a word: "aug" → "[Aa][Uu][Gg]". */
const anyCase = (w: string): string => [...w].map((c) => `[${c.toUpperCase()}${c}]`).join('');
const STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL = ['Jan', 'January', 'Feb', 'February', 'Mar', 'March', 'Apr', 'April', 'May', 'Jun', 'June', 'Jul', 'July', 'Aug', 'August', 'Sep', 'Sept', 'September', 'Oct', 'October', 'Nov', 'November', 'Dec', 'December'];
const STEM = `(?:${STEMS.map(anyCase).join('|')})`;
const MONTH = `(?:${FULL.join('|')})`;
const OLD_DATE_AFTER = new RegExp(`^[ \\t]*(?:,[ \\t]*[\\p{L} .]{2,20}[ \\t]+)?(?:\\d{4}-\\d\\d-\\d\\d|\\d{1,2}[ \\t]+${STEM}|${STEM}[\\p{L}.]*[ \\t]+\\d{1,2}\\b)`, 'u');
const OLD_DATELINE = new RegExp(`^\\p{Lu}[\\p{Lu}.'’ -]{1,40}(?:,[ \\t]*\\p{L}[\\p{L}. ]{0,24})?[ \\t]+(?:\\d{4}-\\d\\d-\\d\\d|${MONTH}\\.?[ \\t]+\\d{1,2}\\b|\\d{1,2}[ \\t]+${MONTH}\\b)`, 'u');

/** `text/TYPE` for every name found, offsets checked on the way. */
function names(text: string): string[] {
  return recognizeEnglishNames(parse(text, 'en'), { kb: null }).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return `${m.text}/${m.type}`;
  });
}

describe('English datelines: the place before the date is a place', () => {
  const positive: [string, string][] = [
    ['MOSCOW 1996-08-22\nRussia said on Thursday it would talk.', 'MOSCOW/LOC'],
    ['WASHINGTON Aug. 22\nThe talks went on.', 'WASHINGTON/LOC'],
    ['KYIV, Ukraine 22 August\nThe army said it held the line.', 'KYIV/LOC'],
    ['NEW YORK 1996-08-22\nShares rose.', 'NEW YORK/LOC'],
  ];
  for (const [text, name] of positive) {
    it(text.split('\n')[0], () => expect(names(text)).toContain(name));
  }
});

describe('dateline scans', () => {
  const lengths: [string, number][] = [
    ['MOSCOW 1996-08-22 Russia said', 17],
    ['KYIV, Ukraine 22 August the army', 23],
    ['WASHINGTON, D.C. Aug. 22 talks', 24],
    ['ST. PETERSBURG 22 Aug 1996', 21],
    // negative: no date, a date in lower case, a place in lower case
    ['MOSCOW said on Monday', 0],
    ['MOSCOW 22 aug', 0],
    ['Moscow 1996-08-22', 0],
    ['', 0],
    // a score line: the word after the number is no month
    ['BOSTON 5 Toronto 3', 0],
    ['DENVER 7 Phoenix 2', 0],
  ];
  for (const [line, length] of lengths) {
    it(`datelineLength(${JSON.stringify(line)}) = ${length}`, () => expect(datelineLength(line, 0)).toBe(length));
  }

  const after: [string, boolean][] = [
    [' 1996-08-22', true],
    [', Kyiv Oblast 22 Aug', true],
    ['\tAug 22', true],
    [', X 22 Aug', true], // the region takes the space after the comma to reach two characters
    // negative
    [' said on Monday', false],
    [', and 22', false],
    ['', false],
    [' 5 Toronto 3', false],
    [' 2 PHOENIX 1', false],
  ];
  for (const [text, expected] of after) {
    it(`dateFollows(${JSON.stringify(text)}) = ${expected}`, () => expect(dateFollows(text, 0)).toBe(expected));
  }

  // Short strings over the characters that matter, built from date-like and name-like pieces.
  const piece = fc.constantFrom(
    'MOSCOW', 'NEW', 'YORK', 'ST.', "N'DJ", 'A', 'Ä', 'Kyiv', 'Oblast', 'D.C.', 'x', 'Aug', 'Aug.', 'August', 'Sept',
    '1996-08-22', '22', '5', '123', ',', ' ', '  ', '\t', '-', '’', '.', 'łódź', 'Ł', 'aug', 'Toronto', 'PHX', 'Marx', 'Jun',
  );
  const input = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

  it('dateFollows agrees with the regex it replaces', () => {
    fc.assert(fc.property(input, (s) => dateFollows(s, 0) === OLD_DATE_AFTER.test(s.slice(0, 40))), { numRuns: 4000 });
  });

  it('datelineLength agrees with the regex it replaces', () => {
    fc.assert(
      fc.property(input, (s) => {
        const m = OLD_DATELINE.exec(s.slice(0, 80));
        return datelineLength(s, 0) === (m ? m[0].length : 0);
      }),
      { numRuns: 4000 },
    );
  });

  it('stays fast on the inputs that made the regexes backtrack', () => {
    const attack = ',' + '  '.repeat(2000) + '\x00';
    const t = performance.now();
    expect(dateFollows(attack, 0)).toBe(false);
    expect(datelineLength('A' + ' '.repeat(5000), 0)).toBe(0);
    // the name ends at `from`: the scan reads from there
    expect(dateFollows('MOSCOW 1996-08-22', 6)).toBe(true);
    expect(datelineLength('said.\nMOSCOW 22 Aug', 6)).toBe(13);
    expect(performance.now() - t).toBeLessThan(200);
  });
});
