import { describe, expect, it } from 'vitest';
import { recognizeEnglishNames } from '../../src/entities/english.js';
import { parse } from '../../src/parser/index.js';

/** `text/TYPE` for every name found, offsets checked on the way. */
function names(text: string): string[] {
  return recognizeEnglishNames(parse(text, 'en'), { kb: null }).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return `${m.text}/${m.type}`;
  });
}

describe('English sentence-initial capitals', () => {
  const positive: [string, string[]][] = [
    ['Lavrov said the proposal was unacceptable.', ['Lavrov/PER']],
    ['Mary Johnson will step down.', ['Mary Johnson/PER']],
    ['Ukraine rejected the plan.', ['Ukraine/LOC']],
    ['However, Zelensky disagreed.', ['Zelensky/PER']],
    // an ordinary word ("jean") before an unknown capitalised word reads as a first name
    ['Jean Galfione won the pole vault.', ['Jean Galfione/PER']],
    ['New York was quiet. Kyiv was not.', ['New York/LOC', 'Kyiv/LOC']],
    // an unknown first word that the document names elsewhere
    ['Brexitov arrived late. Reporters waited for Brexitov all day.', ['Brexitov/PER', 'Brexitov/PER']],
  ];
  for (const [text, want] of positive) it(text, () => expect(names(text)).toEqual(want));
  const negative: [string, string[]][] = [
    ['Officials said the talks failed.', []],
    ['The talks failed.', []],
    ['Under the plan, prices would rise.', []],
    ['Trailing by ten points, they fought back.', []],
    ['Yesterday was quiet.', []],
    ['Meanwhile the ceasefire held.', []],
    ['Women and children left first.', []],
    ['"We are ready," she said.', []],
  ];
  for (const [text, want] of negative) it(text, () => expect(names(text)).toEqual(want));
});

describe('English headlines and datelines in capitals', () => {
  const positive: [string, string[]][] = [
    ['ROME 1996-08-22\nThe talks resumed.', ['ROME/LOC']],
    ['KYIV, March 3\nThe talks resumed.', ['KYIV/LOC']],
    ['RUSSIA SAYS TALKS WITH UKRAINE FAILED\nThe talks failed.', ['RUSSIA/LOC', 'UKRAINE/LOC']],
    // a headline name the story names again
    ['BRAXTON WINS AGAIN\nJoe Braxton won on Sunday.', ['BRAXTON/PER', 'Joe Braxton/PER']],
    ['IRVINE, Calif 1996-08-30\nThe debate was set.', ['IRVINE/LOC', 'Calif/LOC']],
    // a title-case headline: only known names count
    ['Only 24 Percent of Hillary Clinton’s Donors Are Small Donors\nThe figures were published.', ['Hillary Clinton/PER']],
    ['Ukraine Says Talks With Russia Are Over\nNothing was agreed.', ['Ukraine/LOC', 'Russia/LOC']],
  ];
  for (const [text, want] of positive) it(text, () => expect(names(text)).toEqual(want));
  const negative: [string, string[]][] = [
    ['MARKETS CLOSE HIGHER ON TRADE HOPES\nStocks rose.', []],
    ['TALKS COLLAPSE AFTER THREE DAYS\nNothing was agreed.', []],
    ['Markets Rally as Investors Cheer the Jobs Report\nNothing happened.', []],
  ];
  for (const [text, want] of negative) it(text, () => expect(names(text)).toEqual(want));
});
