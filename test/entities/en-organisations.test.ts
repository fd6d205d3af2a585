import { describe, expect, it } from 'vitest';
import { recognizeEnglishNames } from '../../src/entities/english.js';
import { parse } from '../../src/parser/index.js';

// Every sentence here is written for these tests (names of clubs and places are real, the lines and
// the companies are invented).

/** `text/TYPE` for every name found; offsets and base forms (each name its own base) checked on the way. */
function names(text: string): string[] {
  return recognizeEnglishNames(parse(text, 'en'), { kb: null }).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.base).toBe(m.text);
    return `${m.text}/${m.type}`;
  });
}

function check(cases: [string, string[]][]): void {
  for (const [text, want] of cases) it(text.replace(/\n/g, ' ⏎ '), () => expect(names(text)).toEqual(want));
}

describe('English sports pages: a club named after its place is an organisation', () => {
  check([
    ['Leeds beat Arsenal 2-0 on Saturday.', ['Leeds/ORG', 'Arsenal/ORG']],
    ['Results\nStockport 2 Walsall 1\nPreston 0 Barnet 3', ['Stockport/ORG', 'Walsall/ORG', 'Preston/ORG', 'Barnet/ORG']],
    // a first name or surname opening a table row is a club too
    ['Table\nPreston 5 3 1 1 9 4 10\nStanley 5 2 2 1 6 5 8', ['Preston/ORG', 'Stanley/ORG']],
    ['Fixtures:\nJune 3 v Sussex (four days)\nJune 9 v Essex', ['Sussex/ORG', 'Essex/ORG']],
    // "5 Toronto" is a score, not a date: the city in capitals is no dateline
    ['Eastern Division\nBOSTON 5 Toronto 3\nDENVER 7 Phoenix 2', ['Eastern Division/ORG', 'BOSTON/ORG', 'Toronto/ORG', 'DENVER/ORG', 'Phoenix/ORG']],
    [
      'Hampshire beat Sussex by six wickets. Derbyshire beat Durham. Somerset drew with Essex.\nHampshire captain Tom Wells scored 140 as Hampshire reached 320 in the match.',
      ['Hampshire/ORG', 'Sussex/ORG', 'Derbyshire/ORG', 'Durham/ORG', 'Somerset/ORG', 'Essex/ORG', 'Hampshire/ORG', 'Tom Wells/PER', 'Hampshire/ORG'],
    ],
    ['But Rotvik have won four games in a row.', ['Rotvik/ORG']],
    ['The Ipswich striker scored twice.', ['Ipswich/ORG']],
    ['The Fulham defender was sent off.', ['Fulham/ORG']],
    // a results line: rider, country in brackets, then the rider's team
    ['1. Tom Vale (Netherlands) Zentra 4 hours 2 mins', ['Tom Vale/PER', 'Netherlands/LOC', 'Zentra/ORG']],
  ]);
  describe('…but not where the place is a place, a country or a player', () => {
    check([
      ['DENVER 2024-05-11\nCar sales rose in Denver.', ['DENVER/LOC', 'Denver/LOC']],
      ['Hampshire beat Sussex. Derbyshire beat Durham. Somerset drew with Essex.\nIn Denver, the fans cheered.', ['Hampshire/ORG', 'Sussex/ORG', 'Derbyshire/ORG', 'Durham/ORG', 'Somerset/ORG', 'Essex/ORG', 'Denver/LOC']],
      ['She beat Anna Kovach (Russia) 6-2 6-3.', ['Anna Kovach/PER', 'Russia/LOC']],
      ['Scotland beat Wales 2-1 in Cardiff.', ['Scotland/LOC', 'Wales/LOC', 'Cardiff/LOC']],
      ['Car sales rose in Denver and Phoenix last month.', ['Denver/LOC', 'Phoenix/LOC']],
      ['He moved to Ipswich last year.', ['Ipswich/LOC']],
      ['Sen. Ann Ford (Vt.), Sen. Lee Hart and others spoke.', ['Ann Ford/PER', 'Vt/LOC', 'Lee Hart/PER']],
    ]);
  });
});

describe('English companies: legal suffixes, short names, context', () => {
  check([
    ['Shares of Acme Holdings Inc rose 5 percent. Later Acme said its profits doubled.', ['Acme Holdings Inc/ORG', 'Acme/ORG']],
    ['A spokesman for Belmont International Inc said Belmont would buy the plant.', ['Belmont International Inc/ORG', 'Belmont/ORG']],
    ['The Ontario-based Zelco said sales rose.', ['Zelco/ORG']],
    ['The group bought 40 percent of Tolvar last year. Tolvar said nothing.', ['Tolvar/ORG', 'Tolvar/ORG']],
    ["Brevik's shares fell. Analysts said Brevik would recover.", ['Brevik/ORG', 'Brevik/ORG']],
    ['Traders said Barlow stock closed down 2 percent.', ['Barlow/ORG']],
    ['Analysts said First Citizens Corp. advised the bank.', ['First Citizens Corp./ORG']],
    ['It bought Dravo Motor Corp of South Korea in May.', ['Dravo Motor Corp/ORG', 'South Korea/LOC']],
    ['Zentrix CEO Paul Baker said sales rose.', ['Zentrix/ORG', 'Paul Baker/PER']],
    ['The firm hired Harper & Lowe to advise it.', ['Harper & Lowe/ORG']],
    ['The talks drew criticism from Republicans. Republicans said the bill would fail.', ['Republicans/ORG', 'Republicans/ORG']],
    ['Vantor Cables grew. Analysts said the cable giant Vantor would gain. Vantor shares rose.', ['Vantor Cables/ORG', 'Vantor/ORG', 'Vantor/ORG']],
  ]);
  describe('…but a person stays a person', () => {
    check([
      ['A group led by Polish businessman Piotr Kowal were forming a consortium.', ['Polish/MISC', 'Piotr Kowal/PER']],
      ['Piotr Kowal and Anna Nowak met. Later Kowal and Nowak were seen together.', ['Piotr Kowal/PER', 'Anna Nowak/PER', 'Kowal/PER', 'Nowak/PER']],
      ['"The market is weak," said broker Adam Wells.', ['Adam Wells/PER']],
      ["The court shut Sotheary's newspaper.", ['Sotheary/PER']],
      ['Mary Hill won the final. Hill said she was tired.', ['Mary Hill/PER', 'Hill/PER']],
    ]);
  });
});

describe('English span boundaries and article-led names', () => {
  check([
    ['Former Wales captain Gareth Price retired.', ['Wales/LOC', 'Gareth Price/PER']],
    ['Top Moldova banker quits.', ['Moldova/LOC']],
    ['Reform Party candidate Jane Doyle spoke.', ['Reform Party/ORG', 'Jane Doyle/PER']],
    ['Several Ministry officials resigned.', ['Ministry/ORG']],
    ['The African-American vote matters.', ['African-American/MISC']],
    ['He spoke at a rally in Marion on Monday.', ['Marion/LOC']],
    ['They trekked into the Karoo in 1850.', ['Karoo/LOC']],
  ]);
});

describe('English wire-story furniture', () => {
  check([
    // a slug before a headline's dash is no name; a word after a dash behind a word in capitals opens a clause
    ['GOLF - HARLOW LEADS IN DUBLIN.\nDUBLIN 2024-05-11\nKen Harlow leads the Irish Open Golf Championship.', ['HARLOW/PER', 'DUBLIN/LOC', 'DUBLIN/LOC', 'Ken Harlow/PER', 'Irish Open Golf Championship/MISC']],
    ['SPAIN - Bond yields eased.', ['SPAIN/LOC']],
  ]);
  describe('…but a name between dashes in running text stays', () => {
    check([['He said - Lavrov agreed - that the talks would go on.', ['Lavrov/PER']]]);
  });
});
