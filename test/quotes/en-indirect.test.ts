import { describe, expect, it } from 'vitest';
import { offsetsHold, quotesOf, view } from './helpers.js';

// English indirect speech: sentences written for citata (no corpus text).

type Want = { text: string; kind: 'direct' | 'partial' | 'indirect'; cue: string | null; speaker: string | null };

/** The sentence yields exactly these quotations (text, kind, cue lemma, speaker words), with offsets that hold. */
function expectOnly(sentence: string, want: Want[]): void {
  const qs = quotesOf(sentence, 'en');
  expect(offsetsHold(sentence, qs)).toBe(true);
  expect(qs.map(view)).toEqual(want);
}

const indirect = (text: string, cue: string, speaker: string): Want => ({ text, kind: 'indirect', cue, speaker });

describe('en indirect: the attribution after the clause (`…, officials said.`)', () => {
  const cases: [string, Want][] = [
    ['The bridge will stay closed until March, officials said.', indirect('The bridge will stay closed until March', 'say', 'officials')],
    ['Prices will keep rising through the winter, the central bank warned on Tuesday.', indirect('Prices will keep rising through the winter', 'warn', 'the central bank')],
    ['The vote was rigged, she told reporters in Denver.', indirect('The vote was rigged', 'tell', 'she')],
    ["The plan has no chance in the Senate, said Mark Ellison, a lobbyist for the farmers' union.", indirect('The plan has no chance in the Senate', 'say', 'Mark Ellison')],
    ['The factory will reopen in the spring, a company spokeswoman said in a statement.', indirect('The factory will reopen in the spring', 'say', 'a company spokeswoman')],
    ['In the first week, the new line carried twice as many passengers as expected, the operator said.', indirect('the new line carried twice as many passengers as expected', 'say', 'the operator')],
  ];
  for (const [s, w] of cases) it(s, () => expectOnly(s, [w]));
});

describe('en indirect: an attribution inside the clause (`The talks, a diplomat said, ended …`)', () => {
  const cases: [string, Want][] = [
    ['The talks, a diplomat said, ended without a deal.', indirect('The talks, a diplomat said, ended without a deal', 'say', 'a diplomat')],
    ['But to keep costs down, he said, the city must close two schools.', indirect('But to keep costs down, he said, the city must close two schools', 'say', 'he')],
  ];
  for (const [s, w] of cases) it(s, () => expectOnly(s, [w]));
});

describe('en indirect: a clause right after the verb, with or without `that`', () => {
  const cases: [string, Want][] = [
    ['The mayor said the budget would be balanced by June.', indirect('the budget would be balanced by June', 'say', 'The mayor')],
    ['The company said Monday it would cut 500 jobs.', indirect('it would cut 500 jobs', 'say', 'The company')],
    ['Analysts say there is little room for another rate cut.', indirect('there is little room for another rate cut', 'say', 'Analysts')],
    ['She told reporters she had no plans to resign.', indirect('she had no plans to resign', 'tell', 'She')],
    ['Mr. Hale, the director of the museum, said his staff had found the letters in a cellar.', indirect('his staff had found the letters in a cellar', 'say', 'Mr. Hale')],
    ['Clinton says at a rally in Toledo, Ohio, that the plan helps working families.', indirect('the plan helps working families', 'say', 'Clinton')],
    ['A new survey shows that most voters oppose the measure.', indirect('most voters oppose the measure', 'show', 'A new survey')],
    ['The report found that the dam had not been inspected for years.', indirect('the dam had not been inspected for years', 'find', 'The report')],
    ['The minister acknowledged it was unlikely to pass.', indirect('it was unlikely to pass', 'acknowledge', 'The minister')],
  ];
  for (const [s, w] of cases) it(s, () => expectOnly(s, [w]));
});

describe('en indirect: infinitives, questions and `call for`', () => {
  const cases: [string, Want][] = [
    ['He promised to lower taxes for small businesses.', indirect('to lower taxes for small businesses', 'promise', 'He')],
    ['The company said in a statement it expected higher output next year.', indirect('it expected higher output next year', 'say', 'The company')],
    ['She wrote in a letter on Monday the plan was illegal.', indirect('the plan was illegal', 'write', 'She')],
    // The content of a verb in a relative clause ends where the clause does.
    ['The minister, who promised to cut taxes, left Kyiv on Monday.', indirect('to cut taxes', 'promise', 'who')],
    ['The senator, who said the bill was dead, voted for it anyway.', indirect('the bill was dead', 'say', 'who')],
    ['The governor urged residents to stay indoors during the storm.', indirect('to stay indoors during the storm', 'urge', 'The governor')],
    ['The senator asked whether the agency had followed the rules.', indirect('whether the agency had followed the rules', 'ask', 'The senator')],
    ['The union called for an independent inquiry into the accident.', indirect('an independent inquiry into the accident', 'call', 'The union')],
  ];
  for (const [s, w] of cases) it(s, () => expectOnly(s, [w]));
});

describe('en indirect: `according to`', () => {
  const cases: [string, Want][] = [
    ['According to the ministry, the border crossing will reopen next week.', indirect('the border crossing will reopen next week', 'according to', 'the ministry')],
    ['The storm knocked out power to thousands of homes, according to the utility.', indirect('The storm knocked out power to thousands of homes', 'according to', 'the utility')],
  ];
  for (const [s, w] of cases) it(s, () => expectOnly(s, [w]));
});

describe('en indirect: clauses after `and` and `though` are their own', () => {
  it('She says the mill will close and said the workers would be paid.', () => {
    expectOnly('She says the mill will close and said the workers would be paid.', [
      indirect('the mill will close', 'say', 'She'),
      indirect('the workers would be paid', 'say', 'She'),
    ]);
  });
});

describe('en indirect: `and` inside a subject does not end the clause', () => {
  it('Lebed said he and Maskhadov agreed to defer the issue.', () => {
    expectOnly('Lebed said he and Maskhadov agreed to defer the issue.', [indirect('he and Maskhadov agreed to defer the issue', 'say', 'Lebed')]);
  });
});

describe('en indirect: quotations typed with two apostrophes', () => {
  it("''This is not reform,'' said Mr. Lane.", () => {
    expectOnly("''This is not reform,'' said Mr. Lane.", [{ text: 'This is not reform', kind: 'direct', cue: 'say', speaker: 'Mr. Lane' }]);
  });
  it("''We are done. The rest is up to them.'' The hearing ended.", () => {
    const s = "He spoke briefly. ''We are done. The rest is up to them.'' The hearing ended.";
    expect(quotesOf(s, 'en').map((q) => q.text)).toEqual(['We are done. The rest is up to them.']);
  });
});

describe('en indirect: the subject of the verb', () => {
  const cases: [string, Want][] = [
    ['A poll in late August found that most residents favored the plan.', indirect('most residents favored the plan', 'find', 'A poll')],
    ['The council announced this week it would raise parking fees.', indirect('it would raise parking fees', 'announce', 'The council')],
    ['Officials in the capital said the curfew would end on Sunday.', indirect('the curfew would end on Sunday', 'say', 'Officials')],
  ];
  for (const [s, w] of cases) it(s, () => expectOnly(s, [w]));
});

describe('en indirect: marks typed the wrong way round', () => {
  it('a closing mark that opens a quotation', () => {
    expectOnly('Voters were asked to name a worry. ”Fear. I am afraid for my children.” ― Ana Ruiz.', [
      { text: 'Fear. I am afraid for my children.', kind: 'direct', cue: null, speaker: 'Ana Ruiz' },
    ]);
  });
});

describe('en indirect: headline claims (`Poll: …`)', () => {
  it('a speaker noun before the colon of a headline', () => {
    expectOnly('Poll: Clinton Leads Trump by Four Points in Ohio\nThe survey was taken last week.', [
      { text: 'Clinton Leads Trump by Four Points in Ohio', kind: 'indirect', cue: null, speaker: 'Poll' },
    ]);
  });
  it('a plain label before the colon is no speaker', () => {
    expectOnly('Update: The Road Has Been Reopened to Traffic\nCrews worked through the night.', []);
  });
});

describe('en indirect: no reported clause', () => {
  const none = [
    'In the end, the company agreed.',
    'She said nothing.',
    'He said in a statement.',
    'The senator said goodbye to her staff.',
    'Her remarks drew sharp criticism from the opposition.',
    'It goes without saying that the team is tired.',
    'The think tank that published the paper is based in Boston.',
    'Swing states like Ohio and Florida will decide the race.',
    'The alleged attacker was arrested on Friday.',
    'Officials confirmed the report on Monday.',
    'They wanted to say goodbye.',
    'Say what you will about the plan, it worked.',
    'The crowd grew quiet, and then the band played.',
    'She called that a mistake.',
    'Critics point to 5 percentage points of growth, with a margin of error of 3 percentage points.',
    // A refusal to speak reports nothing said.
    'He declined to comment on the investigation.',
    'The minister, who declined to comment, left Kyiv on Monday.',
    'The company refused to disclose the price.',
  ];
  for (const s of none) it(s, () => expectOnly(s, []));
});

describe('en indirect: attributions of quotations are not clauses', () => {
  const cases: [string, Want[]][] = [
    ['"We are ready," she said.', [{ text: 'We are ready', kind: 'direct', cue: 'say', speaker: 'she' }]],
    ['"The vote is over," said Mark Ellison, a lobbyist.', [{ text: 'The vote is over', kind: 'direct', cue: 'say', speaker: 'Mark Ellison' }]],
    ['As the crowd cheered, the mayor said: "Welcome home."', [{ text: 'Welcome home.', kind: 'direct', cue: 'say', speaker: 'the mayor' }]],
    ['As the crowd cheered, the mayor said, "Welcome home."', [{ text: 'Welcome home.', kind: 'direct', cue: 'say', speaker: 'the mayor' }]],
  ];
  for (const [s, w] of cases) it(s, () => expectOnly(s, w));
});
