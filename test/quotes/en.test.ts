import { describe, expect, it } from 'vitest';
import { offsetsHold, quotesOf, view } from './helpers.js';

type Want = { text: string; kind: 'direct' | 'partial' | 'indirect'; cue: string | null; speaker: string | null };

function expectQuote(sentence: string, want: Want): void {
  const qs = quotesOf(sentence, 'en');
  expect(offsetsHold(sentence, qs)).toBe(true);
  expect(qs.map(view)).toContainEqual(want);
}

describe('en: direct quotations with the attribution after them', () => {
  const cases: [string, Want][] = [
    ['"We are ready to talk," he said.', { text: 'We are ready to talk', kind: 'direct', cue: 'say', speaker: 'he' }],
    ['“The situation is difficult,” she told reporters.', { text: 'The situation is difficult', kind: 'direct', cue: 'tell', speaker: 'she' }],
    ['"No decision has been made," said Jane Doe, a spokeswoman for the ministry.', { text: 'No decision has been made', kind: 'direct', cue: 'say', speaker: 'Jane Doe' }],
    ['"It was the least bad outcome," Mr. Morgan of the Sierra Club said.', { text: 'It was the least bad outcome', kind: 'direct', cue: 'say', speaker: 'Mr. Morgan of the Sierra Club' }],
    ['"Prices will rise," analysts warned on Monday.', { text: 'Prices will rise', kind: 'direct', cue: 'warn', speaker: 'analysts' }],
    ['“We will not back down!” the president insisted.', { text: 'We will not back down!', kind: 'direct', cue: 'insist', speaker: 'the president' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));
});

describe('en: direct quotations introduced before them', () => {
  const cases: [string, Want][] = [
    ['The minister said: "The budget is balanced."', { text: 'The budget is balanced.', kind: 'direct', cue: 'say', speaker: 'The minister' }],
    ['As a phone rang, the announcer said, “It is 3 a.m. and your children are safe.”', { text: 'It is 3 a.m. and your children are safe.', kind: 'direct', cue: 'say', speaker: 'the announcer' }],
    ['He said:\n\n"We have a plan and we will follow it."', { text: 'We have a plan and we will follow it.', kind: 'direct', cue: 'say', speaker: 'He' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));
});

describe('en: interrupted and continued quotations', () => {
  it('"A," she said. "B."', () => {
    const text = '"This just isn\'t right," Warren said. "You squeezed employees to the breaking point."';
    const qs = quotesOf(text, 'en');
    expect(qs.map(view)[0]).toEqual({ text: "This just isn't right", kind: 'direct', cue: 'say', speaker: 'Warren' });
    expect(qs[1].text).toBe('You squeezed employees to the breaking point.');
    expect(qs[1].continues).toBe(0);
  });
  it('a quotation over paragraphs reopens the mark in each', () => {
    const text = '"We started early.\n\n"We finished late," the coach said.';
    const qs = quotesOf(text, 'en');
    expect(qs.map((q) => q.text)).toEqual(['We started early.', 'We finished late']);
    expect(qs.map((q) => q.speaker?.text)).toEqual(['the coach', 'the coach']);
  });
  it('a transcript line names its speaker before a colon', () => {
    const text = '"WALLACE: Let us start with the news.\n\n"PENCE: Well, look, that is not true."';
    expect(quotesOf(text, 'en').map((q) => [q.text, q.speaker?.text])).toEqual([
      ['Let us start with the news.', 'WALLACE'],
      ['Well, look, that is not true.', 'PENCE'],
    ]);
  });
});

describe('en: partial quotations', () => {
  const cases: [string, Want][] = [
    ['Trump called the deal "a total disaster" and walked out.', { text: 'a total disaster', kind: 'partial', cue: 'call', speaker: 'Trump' }],
    ['"The only way Wall Street will change is jail time" for executives, she said.', { text: 'The only way Wall Street will change is jail time', kind: 'partial', cue: 'say', speaker: 'she' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));
});

describe('en: indirect speech', () => {
  const cases: [string, Want][] = [
    ['The senator said that the bill would pass next week.', { text: 'the bill would pass next week', kind: 'indirect', cue: 'say', speaker: 'The senator' }],
    ['Officials warned that the storm could strengthen overnight.', { text: 'the storm could strengthen overnight', kind: 'indirect', cue: 'warn', speaker: 'Officials' }],
    ['According to the police, three people were injured.', { text: 'three people were injured', kind: 'indirect', cue: 'according to', speaker: 'the police' }],
    ['Three people were injured, according to the police.', { text: 'Three people were injured', kind: 'indirect', cue: 'according to', speaker: 'the police' }],
    ['He said the plan would fail without more money.', { text: 'the plan would fail without more money', kind: 'indirect', cue: 'say', speaker: 'He' }],
    ['The company hired an architect who said he was never paid.', { text: 'he was never paid', kind: 'indirect', cue: 'say', speaker: 'who' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));
});

describe('en: not quotations', () => {
  const negatives = [
    'She starred in "Gone With the Wind" in 1939.',
    'The Washington Post reported the story first.',
    'He told them about the plan.',
    "They don't know what 'em means.",
  ];
  for (const s of negatives) it(s, () => expect(quotesOf(s, 'en').filter((q) => q.kind !== 'indirect')).toEqual([]));
  it('no indirect clause after an attribution', () => {
    const text = '"It is over," she said several months after her release.';
    expect(quotesOf(text, 'en').map((q) => q.kind)).toEqual(['direct']);
  });
});
