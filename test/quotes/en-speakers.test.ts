import { describe, expect, it } from 'vitest';
import { offsetsHold, quotesOf } from './helpers.js';

/** The speaker text of the quotation whose text is `quote` (undefined when no such quotation). */
function speakerOf(sentence: string, quote: string): string | null | undefined {
  const qs = quotesOf(sentence, 'en');
  expect(offsetsHold(sentence, qs)).toBe(true);
  const q = qs.find((x) => x.text === quote);
  return q ? (q.speaker?.text ?? null) : undefined;
}

describe('en speakers: a name and its apposition between the quotation and the verb', () => {
  const cases: [string, string, string][] = [
    ['"We will win this race," Tom Baker, a lawyer for the union, said on Monday.', 'We will win this race', 'Tom Baker'],
    ['"I was never edited," Ann Lee, 54, told me.', 'I was never edited', 'Ann Lee'],
    ['"Rates will go up," Senate Leader Bob Hart, R-Ky., said Tuesday.', 'Rates will go up', 'Senate Leader Bob Hart'],
    ['"It is strange," Rep. John Doe (R-Ohio), a panel member, said in a phone interview.', 'It is strange', 'Rep. John Doe'],
    ['"It is bad," Jane Roe, the attorney general of Kansas, one of the states suing the agency, said at an event.', 'It is bad', 'Jane Roe'],
    ['"This story is not over," Mary Fields, the director of the center, told The Daily News.', 'This story is not over', 'Mary Fields'],
    ["''Their plan is clear,'' Peter Hall, a fellow at the institute and a former ambassador, said of the network.", 'Their plan is clear', 'Peter Hall'],
  ];
  for (const [s, q, who] of cases) it(s, () => expect(speakerOf(s, q)).toBe(who));
});

describe('en speakers: what is not the speaker', () => {
  const cases: [string, string, string | null][] = [
    // A weekday after the verb is a time, not an inverted speaker.
    ['"We did it," Flynn, a top adviser, said Thursday morning on the radio.', 'We did it', 'Flynn'],
    // After `told`, the phrase is the addressee.
    ['"We lost," Tom told reporters.', 'We lost', 'Tom'],
    // A noun after a determiner is no cue: `the answers`, `the states`.
    ['The answers to the crisis are "not meeting the demand," says Paul Green, founder of Veterans United.', 'not meeting the demand', 'Paul Green'],
    // A pronoun after the quotation keeps its place.
    ['"No," she said, a little tired.', 'No', 'she'],
    // An inverted speaker right after the verb is still read there.
    ['"No," said Tom Wells, a farmer.', 'No', 'Tom Wells'],
  ];
  for (const [s, q, who] of cases) it(s, () => expect(speakerOf(s, q)).toBe(who));

  it('a time word after an inverted verb makes no indirect quotation with a weekday for its speaker', () => {
    const s = '"Rates will go up," Senate Leader Bob Hart, R-Ky., said Tuesday.';
    expect(quotesOf(s, 'en').map((q) => q.speaker?.text)).not.toContain('Tuesday');
  });
});

describe('en speakers: partial quotations handed over by a comma inside the marks', () => {
  const cases: [string, string, string][] = [
    ['Not paying taxes "makes me smart," Donald Trump said last week.', 'makes me smart', 'Donald Trump'],
    ["Not paying taxes ''makes me smart,'' Donald Trump said last week.", 'makes me smart', 'Donald Trump'],
    ['The plan is "a disaster," he said.', 'a disaster', 'he'],
  ];
  for (const [s, q, who] of cases) it(s, () => expect(speakerOf(s, q)).toBe(who));
});

describe('en speakers: time phrases are no subjects', () => {
  const cases: [string, string, string][] = [
    ['Earlier this year Acme announced it would "cut costs."', 'cut costs.', 'Acme'],
    ['The mayor on Tuesday said the city would "never give up."', 'never give up.', 'The mayor'],
    ['Another critic, Laurence Smith, likened the rules to "burning the house down" last week.', 'burning the house down', 'Another critic'],
  ];
  for (const [s, q, who] of cases) it(s, () => expect(speakerOf(s, q)).toBe(who));

  it('a month opening the sentence is not the speaker', () => {
    const s = 'In late September, a group of parents sent a letter urging them to "think again."';
    const who = speakerOf(s, 'think again.');
    expect(who).not.toBe('September');
    expect(who).toMatch(/group/);
  });
});

describe('en speakers: a participle shares the subject of the reporting verb before it', () => {
  const cases: [string, string, string][] = [
    ['"We see no link," the mayor said, adding that it would take "more hours" to know.', 'more hours', 'the mayor'],
    ['"We need change," the businessman said, arguing that he would bring a "common-sense" approach.', 'common-sense', 'the businessman'],
    ['"Unity matters," she said in the Oval Office, emphasizing it was time to "end the sanctions."', 'end the sanctions.', 'she'],
    ['"No," said Jane Roe, adding that the plan was "dead."', 'dead.', 'Jane Roe'],
  ];
  for (const [s, q, who] of cases) it(s, () => expect(speakerOf(s, q)).toBe(who));

  it('words inside the quotation are never the participle\'s subject', () => {
    const s = '"We do not see a link," the mayor said, adding that it would take "more hours" to know.';
    expect(quotesOf(s, 'en').map((q) => q.speaker?.text)).not.toContain('We');
  });
});

describe('en speakers: a long relative clause between the subject and its verb', () => {
  const cases: [string, string, string][] = [
    ['Christie, who has campaigned heavily for the nominee since he ended his own campaign in February, blasted her as a "disgrace" on Wednesday.', 'disgrace', 'Christie'],
    ['Dr. Jane Doe, who as a Navy captain was the White House physician and later retired from the service as a rear admiral, said that the leg was "a real worry."', 'a real worry.', 'Dr. Jane Doe'],
  ];
  for (const [s, q, who] of cases) it(s, () => expect(speakerOf(s, q)).toBe(who));

  it('a long phrase between commas that is not a relative clause names no speaker', () => {
    const s = 'The mayor, in a long and rambling speech about the budget and the roads and the schools of the city, said the plan was "a mess."';
    expect(speakerOf(s, 'a mess.')).not.toBe('the city');
  });
});

describe('en speakers: a participle after a whole quotation', () => {
  const cases: [string, string, string][] = [
    ['In a statement, Acme said: "The company did well when it became independent," adding that its value "quadrupled" in a year.', 'quadrupled', 'Acme'],
    ["In a statement, Acme said: ''The company did well when it became independent,'' adding that its value ''quadrupled'' in a year.", 'quadrupled', 'Acme'],
  ];
  for (const [s, q, who] of cases) it(s, () => expect(speakerOf(s, q)).toBe(who));

  it('the first word of the quotation is not the speaker', () => {
    const s = 'In a statement, Acme said: "The company did well when it became independent," adding that its value "quadrupled" in a year.';
    expect(speakerOf(s, 'quadrupled')).not.toBe('The');
  });
});

describe('en speakers: a reporting word after a determiner or quantifier is a noun', () => {
  const cases: [string, string, string][] = [
    ['"They do not agree," Sanders said, suggesting a few questions, including, "Do you really think so?"', 'Do you really think so?', 'Sanders'],
    ['Several claims were "simply false," said Jane Roe, a spokeswoman.', 'simply false', 'Jane Roe'],
  ];
  for (const [s, q, who] of cases) it(s, () => expect(speakerOf(s, q)).toBe(who));

  it('`a few` is never a speaker', () => {
    const s = '"They do not agree," Sanders said, suggesting a few questions, including, "Do you really think so?"';
    expect(quotesOf(s, 'en').map((q) => q.speaker?.text)).not.toContain('a few');
  });
});

describe('en: a plural speech noun after a quantifier reports nothing', () => {
  it('`Several claims were …` is no indirect quotation with `Several` for its speaker', () => {
    const s = 'Several claims were "simply false," said Jane Roe, a spokeswoman.';
    expect(quotesOf(s, 'en').map((q) => q.speaker?.text)).not.toContain('Several');
  });
  it('`The group claims that …` still reports', () => {
    const s = 'The group claims that the vote was rigged.';
    expect(quotesOf(s, 'en').map((q) => [q.text, q.speaker?.text])).toContainEqual(['the vote was rigged', 'The group']);
  });
});

describe('en speakers: a source phrase after a quotation, and bare verbs after quantifiers', () => {
  const cases: [string, string, string][] = [
    ['The talks had "collapsed," according to a senior official at the State Department.', 'collapsed', 'official'],
    ['The talks had "collapsed" according to Reuters.', 'collapsed', 'Reuters'],
    ['Some say the plan is "a scam."', 'a scam.', 'Some'],
    ['"It is false," the White House\'s press secretary said.', 'It is false', "the White House's press secretary"],
  ];
  for (const [s, q, who] of cases) it(s, () => expect(speakerOf(s, q)).toBe(who));

  it('`according` without `to` names no source', () => {
    const s = 'The talks had "collapsed," accordingly the envoys left.';
    expect(quotesOf(s, 'en').map((q) => q.cue?.lemma)).not.toContain('according to');
  });
});
