/**
 * The quotes stage's tokens come from the parser's tokens (one pass, no second tokenizer run); they
 * must be exactly what the stage's own tokenizer gives, lower-case forms included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/parser/tokenize.js';
import { tokensIn } from '../../src/quotes/text.js';
import { quoteTokens } from '../../src/quotes/tokens.js';

const view = (text: string): string[] => quoteTokens(text, tokenize(text)).map((t) => `${t.kind} ${t.text} ${t.lower}`);

describe('tokens taken from the parser as they are', () => {
  const cases: [string, string[]][] = [
    ['Лавров заявив: «Ні».', ['w Лавров лавров', 'w заявив заявив', 'p : :', 'p « «', 'w Ні ні', 'p » »', 'p . .']],
    ["Мар'їнка і п’ять", ["w Мар'їнка мар’їнка", 'w і і', 'w п’ять п’ять']],
    ['Івано-Франківськ, — сказав він', ['w Івано-Франківськ івано-франківськ', 'p , ,', 'p — —', 'w сказав сказав', 'w він він']],
    ["He said: \"don't\".", ['w He he', 'w said said', 'p : :', 'p " "', "w don't don’t", 'p " "', 'p . .']],
  ];
  for (const [text, expected] of cases) it(text, () => expect(view(text)).toEqual(expected));
});

describe('stretches the parser cuts differently are tokenized again', () => {
  const cases: [string, string[]][] = [
    // Letters and digits are one word here; the parser splits them.
    ['23-річний чоловік', ['w 23-річний 23-річний', 'w чоловік чоловік']],
    ['COVID-19 і COVID19', ['w COVID-19 covid-19', 'w і і', 'w COVID19 covid19']],
    // A decimal number is digits and a stop; `...` is one token.
    ['3.5 км...', ['w 3 3', 'p . .', 'w 5 5', 'w км км', 'p ... ...']],
    ['Так.... Ні', ['w Так так', 'p ... ...', 'p . .', 'w Ні ні']],
    // The ‘ apostrophe joins words here; a backtick does not.
    ['п‘ять і п`ять', ['w п‘ять п’ять', 'w і і', 'w п п', 'p ` `', 'w ять ять']],
  ];
  for (const [text, expected] of cases) it(text, () => expect(view(text)).toEqual(expected));
});

describe('same tokens as the tokenizer of the stage, on any text', () => {
  const pieces = ['a', 'Б', 'ї', '𐐨', 'ǆ', 'Ⅻ', 'İ', 'Σ', '1', '½', '-', '‑', '‐', "'", '’', 'ʼ', '‘', '`', '.', '..', ',', ' ', '\n', '«', '»', '"', '😀', '🇺🇦', '\u0301', '\u200d', '\u00ad', '\ud800', '\udc00', 'ǅ', '—', '…', '𐐀'];
  it('matches tokensIn on generated strings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(quoteTokens(text, tokenize(text))).toEqual(tokensIn(text, 0, text.length));
      }),
      { numRuns: 3000 },
    );
  });
  it('matches tokensIn on a news paragraph', () => {
    const text = '«Переговори у 2025-му можливі», — заявив 67-річний Сергій Лавров... The U.S. envoy said: "It\'s 3.5% up."';
    expect(quoteTokens(text, tokenize(text))).toEqual(tokensIn(text, 0, text.length));
  });
});

describe('tokens that are not the parser tokens of the text', () => {
  it('reads the text itself when the tokens leave words out', () => {
    const text = 'Він сказав: «Так».';
    const partial = tokenize(text).slice(0, 2);
    expect(quoteTokens(text, partial).map((t) => t.text)).toEqual(['Він', 'сказав', ':', '«', 'Так', '»', '.']);
  });
  it('reads the text itself when there are no tokens', () => {
    expect(quoteTokens('Вона відповіла.', []).map((t) => t.text)).toEqual(['Вона', 'відповіла', '.']);
  });
  it('keeps the parser tokens when only white space lies between them', () => {
    const text = ' Він \n сказав ';
    expect(quoteTokens(text, tokenize(text)).map((t) => [t.start, t.end])).toEqual([[1, 4], [7, 13]]);
  });
});

/** The tokens a line break separates from the token before, read off the tokens afterwards. */
function breaksAfter(text: string, toks: { start: number; end: number }[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < toks.length; i++) if (text.slice(toks[i - 1].end, toks[i].start).includes('\n')) out.push(i);
  return out;
}

describe('line breaks are found in the same pass', () => {
  const cases: [string, number[]][] = [
    ['Він сказав:\n— Так.', [3]],
    ['Перший рядок.\n\nДругий рядок.', [3]],
    // A break next to a stretch tokenized again (`3.5`, `...`) and right after it.
    ['Ціна 3.5\nгрн...\nКінець', [4, 6]],
    ['«Так»\n«Ні»', [3]],
    ['Одна лінія без розривів.', []],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const breaks: number[] = [];
      const toks = quoteTokens(text, tokenize(text), breaks);
      expect(breaks).toEqual(expected);
      expect(breaks).toEqual(breaksAfter(text, toks));
    });
  }
  it('when the parser tokens leave text out, the breaks are those of the text itself', () => {
    const text = 'Він сказав:\n«Так».';
    const breaks: number[] = [7];
    const toks = quoteTokens(text, tokenize(text).slice(0, 2), breaks);
    expect(toks.map((t) => t.text)).toEqual(['Він', 'сказав', ':', '«', 'Так', '»', '.']);
    expect(breaks).toEqual([3]);
  });
  it('match the breaks between the tokens on generated strings', () => {
    const pieces = ['a', 'Б', '1', '-', "'", '.', '..', ',', ' ', '\n', '\n\n', '\r\n', '«', '»', '😀', '\u0301', '\t'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const breaks: number[] = [];
        const toks = quoteTokens(text, tokenize(text), breaks);
        expect(breaks).toEqual(breaksAfter(text, toks));
      }),
      { numRuns: 2000 },
    );
  });
});
