import { describe, expect, it } from 'vitest';
import { recognizeEnglishNames } from '../../src/entities/english.js';
import { createKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { parse } from '../../src/parser/index.js';

/** `text/TYPE` for every name found, offsets checked on the way. */
function names(text: string): string[] {
  return recognizeEnglishNames(parse(text, 'en'), { kb: null }).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return `${m.text}/${m.type}`;
  });
}

describe('English possessives: the span and the base leave out the ending', () => {
  const positive: [string, string, string][] = [
    ["Russia's army advanced.", 'Russia', 'LOC'],
    ["Putin's spokesman declined to comment.", 'Putin', 'PER'],
    ["Reuters' reporters saw the convoy.", 'Reuters', 'ORG'],
    ["They criticised the Kremlin's plan.", 'Kremlin', 'ORG'],
    ["She read Ukraine’s reply.", 'Ukraine', 'LOC'],
  ];
  for (const [text, name, type] of positive) {
    it(text, () => {
      const found = recognizeEnglishNames(parse(text, 'en'), { kb: null });
      expect(found.map((m) => [m.text, m.base, m.type])).toEqual([[name, name, type]]);
    });
  }
  const negative = ["It's a long way.", "Let's wait and see.", "That's what they're saying."];
  for (const text of negative) it(text, () => expect(names(text)).toEqual([]));
  it('a possessive ends a name: "Russia\'s Foreign Ministry" is two names', () => {
    expect(names("Russia's Foreign Ministry issued a note.")).toEqual(['Russia/LOC', 'Foreign Ministry/ORG']);
  });
});

describe('English organisations', () => {
  const positive: [string, string[]][] = [
    ['A spokesman for the U.S. Department of State said so.', ['U.S. Department of State/ORG']],
    ['Reuters could not verify the report.', ['Reuters/ORG']],
    ['A source in the Kremlin denied it.', ['Kremlin/ORG']],
    ['The European Union will meet again.', ['European Union/ORG']],
    ['The Ministry of Defence in London said nothing.', ['Ministry of Defence/ORG', 'London/LOC']],
    ['He left the Bank of England in 2020.', ['Bank of England/ORG']],
    ['Shares in Acme Holdings Inc rose.', ['Acme Holdings Inc/ORG']],
    ['Talks with NATO and the United Nations resumed.', ['NATO/ORG', 'United Nations/ORG']],
    ['The Labour Party won the vote.', ['Labour Party/ORG']],
    ['Economists at the Kiel Institute for the World Economy disagree.', ['Kiel Institute for the World Economy/ORG']],
    ['He joined Procter & Gamble in 2001.', ['Procter & Gamble/ORG']],
    ['The U.N. Security Council on Friday backed the plan.', ['U.N. Security Council/ORG']],
    ['Fans of Dynamo Moscow cheered.', ['Dynamo Moscow/ORG']],
    ['A home run won it for the Brewers.', ['Brewers/ORG']],
  ];
  for (const [text, want] of positive) it(text, () => expect(names(text)).toEqual(want));
  const negative = ['The ministry said the bank would not comment.', 'The party and the government disagreed.'];
  for (const text of negative) it(text, () => expect(names(text)).toEqual([]));
});

describe('English nationality adjectives are MISC', () => {
  const positive: [string, string[]][] = [
    ['Russian troops crossed the river.', ['Russian/MISC']],
    ['German and French diplomats met in Paris.', ['German/MISC', 'French/MISC', 'Paris/LOC']],
    ['A South Korean ship docked.', ['South Korean/MISC']],
    ['The British government objected.', ['British/MISC']],
  ];
  for (const [text, want] of positive) it(text, () => expect(names(text)).toEqual(want));
  const negative: [string, string[]][] = [
    ['Russia and Germany signed it.', ['Russia/LOC', 'Germany/LOC']],
  ];
  for (const [text, want] of negative) it(text, () => expect(names(text)).toEqual(want));
});

describe('English places and sports teams', () => {
  it('a place is a place in plain news', () => {
    expect(names('Fighting continued near Donetsk and in Kharkiv.')).toEqual(['Donetsk/LOC', 'Kharkiv/LOC']);
  });
  it('a place that beats another is a team (ORG); a country stays a place', () => {
    expect(names('Leicestershire beat Somerset at Grace Road.')).toEqual(['Leicestershire/ORG', 'Somerset/ORG', 'Grace Road/LOC']);
    expect(names('Luton 1 Rotherham 0\nEngland 2 Wales 1')).toEqual(['Luton/ORG', 'Rotherham/ORG', 'England/LOC', 'Wales/LOC']);
  });
  const resultAfter: [string, string][] = [
    ['Essex lost to Kent on Friday.', 'Essex/ORG'],
    ['Somerset were held by Essex at Taunton.', 'Somerset/ORG'],
    ['Leicestershire drew with Essex.', 'Leicestershire/ORG'],
  ];
  for (const [text, name] of resultAfter) {
    it(`a result verb after the name makes a team: ${text}`, () => expect(names(text)).toContain(name));
  }
  // the verb must be the whole word, or both words of a two-word verb
  const notResult: [string, string][] = [
    ['Essex lost touch with London in the 1990s.', 'Essex/LOC'],
    ['Somerset were heldover.', 'Somerset/LOC'],
    ['Somerset beaten path.', 'Somerset/LOC'],
  ];
  for (const [text, name] of notResult) {
    it(`no result verb, still a place: ${text}`, () => expect(names(text)).toContain(name));
  }
});

describe('English document consistency', () => {
  it('a surname after a full name is the same person', () => {
    expect(names('Phil Simmons took four wickets. Later Simmons batted.')).toEqual(['Phil Simmons/PER', 'Simmons/PER']);
  });
  it('one name keeps one type', () => {
    const found = names('Leicestershire beat Somerset. Somerset will play again in May.');
    expect(found.filter((n) => n.startsWith('Somerset'))).toEqual(['Somerset/ORG', 'Somerset/ORG']);
  });
});

describe('English names typed by the knowledge base', () => {
  const kb = createKnowledgeBase([{ id: 'Q1', type: 'ORG', names: { en: ['Zorblatt'] } }]);
  it('uses the KB type and id', () => {
    const found = recognizeEnglishNames(parse('Officials at Zorblatt declined to comment.', 'en'), { kb });
    expect(found.map((m) => [m.text, m.type, m.kbIds])).toEqual([['Zorblatt', 'ORG', ['Q1']]]);
  });
  it('knows a KB person by the surname alone, even opening a sentence', () => {
    const people = createKnowledgeBase([{ id: 'Q2', type: 'PER', gender: 'f', names: { en: ['Anna Brexitova'] } }]);
    const found = recognizeEnglishNames(parse('Brexitova met the envoy.', 'en'), { kb: people });
    expect(found.map((m) => [m.text, m.type, m.gender])).toEqual([['Brexitova', 'PER', 'f']]);
    // without the KB nothing vouches for the sentence's first word
    expect(recognizeEnglishNames(parse('Brexitova met the envoy.', 'en'), { kb: null })).toEqual([]);
  });
});
