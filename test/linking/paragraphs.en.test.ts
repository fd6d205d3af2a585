import { describe, expect, it } from 'vitest';
import { kbEntry, runCase, type Case } from './helpers.js';

const CASES: Record<string, Case> = {
  'a surname after the full name': {
    lang: 'en',
    text: 'Sergei Lavrov arrived in Ankara on Monday. Lavrov said talks would continue.',
    names: [['Sergei Lavrov', 'PER'], ['Ankara', 'LOC'], ['Lavrov', 'PER']],
    same: [[0, 2]],
    links: [[1, 'Ankara']],
  },
  'two Smiths stay two; the bare surname agrees in gender': {
    lang: 'en',
    text: 'John Smith chairs the committee. Mary Smith is his deputy. Smith thanked her colleagues.',
    names: [['John Smith', 'PER', 'John Smith', 'm'], ['Mary Smith', 'PER', 'Mary Smith', 'f'], ['Smith', 'PER', 'Smith', 'f']],
    same: [[1, 2]],
  },
  'Washington the government is the capital': {
    lang: 'en',
    text: 'Washington cancelled the meeting, officials in Washington said.',
    names: [['Washington', 'ORG'], ['Washington', 'LOC']],
    same: [[0, 1]],
    links: [[0, 'Washington', 'city']],
  },
  'Washington state is the state': {
    lang: 'en',
    text: 'Wildfires spread across Washington state and Oregon.',
    names: [['Washington', 'LOC'], ['Oregon', 'LOC']],
    links: [[0, 'Washington', 'region'], [1, 'Oregon']],
  },
  'Georgia the country by default': {
    lang: 'en',
    text: 'Protesters filled the streets of Tbilisi as Georgia prepared for the vote.',
    names: [['Tbilisi', 'LOC'], ['Georgia', 'LOC']],
    links: [[0, 'Tbilisi'], [1, 'Georgia', 'country']],
  },
  'the state of Georgia is the US state': {
    lang: 'en',
    text: 'Voters in the state of Georgia returned to the polls.',
    names: [['Georgia', 'LOC']],
    links: [[0, 'Georgia', 'region']],
  },
  'US, U.S. and United States are one': {
    lang: 'en',
    text: 'The United States imposed tariffs. U.S. officials said the US would not back down.',
    names: [['United States', 'LOC'], ['U.S.', 'LOC'], ['US', 'LOC']],
    same: [[0, 1, 2]],
    links: [[0, 'United States']],
    check: (out) => expect(out.entities[0].name).toBe('United States'),
  },
  'EU and European Union': {
    lang: 'en',
    text: 'The European Union approved new sanctions. EU diplomats said more would follow.',
    names: [['European Union', 'ORG'], ['EU', 'ORG']],
    same: [[0, 1]],
    links: [[0, 'European Union']],
  },
  'Kremlin is the Presidential Administration; Moscow is the city': {
    lang: 'en',
    text: 'The Kremlin rejected the plan. Moscow said it would respond.',
    names: [['Kremlin', 'ORG'], ['Moscow', 'LOC']],
    links: [[0, 'Kremlin'], [1, 'Moscow', 'city']],
  },
  'a title before a name, and a descriptor later': {
    lang: 'en',
    text: 'Russian Foreign Minister Sergei Lavrov met reporters. "We are open," the top Russian diplomat said.',
    names: [['Sergei Lavrov', 'PER']],
    quotes: [{ quote: 'We are open,', speaker: 'top Russian diplomat', kind: 'descriptor' }],
    speakers: [0],
    check: (out) => {
      expect(out.entities[0].mentions.map((m) => [m.text, m.kind])).toEqual([
        ['Russian Foreign Minister', 'title'],
        ['Sergei Lavrov', 'name'],
        ['top Russian diplomat', 'descriptor'],
      ]);
    },
  },
  'Secretary of State Marco Rubio, linked, and his title later': {
    lang: 'en',
    text: 'U.S. Secretary of State Marco Rubio landed in Kyiv. The secretary of state met President Volodymyr Zelensky.',
    names: [['Marco Rubio', 'PER'], ['Kyiv', 'LOC'], ['Volodymyr Zelensky', 'PER']],
    links: [[0, 'Marco Rubio'], [1, 'Kyiv'], [2, 'Volodymyr Zelensky']],
    check: (out) => {
      const rubio = out.entities.find((e) => e.name === 'Marco Rubio')!;
      expect(rubio.mentions.filter((m) => m.kind === 'title').map((m) => m.text)).toEqual(['U.S. Secretary of State', 'secretary of state']);
    },
  },
  'Kremlin spokesman as speaker resolves to Peskov through the document': {
    lang: 'en',
    text: 'Kremlin spokesman Dmitry Peskov declined to comment. "Nothing to add," the Kremlin spokesman said.',
    names: [['Kremlin', 'ORG'], ['Dmitry Peskov', 'PER'], ['Kremlin', 'ORG']],
    same: [[0, 2]],
    quotes: [{ quote: 'Nothing to add,', speaker: 'Kremlin spokesman', kind: 'title' }],
    speakers: [1],
    links: [[1, 'Dmitry Peskov']],
  },
  'a pronoun skips names inside quotations and agrees in gender': {
    lang: 'en',
    text: 'Ursula von der Leyen spoke after the summit. "I talked to Emmanuel Macron this morning," she said.',
    names: [['Ursula von der Leyen', 'PER', 'Ursula von der Leyen', 'f'], ['Emmanuel Macron', 'PER', 'Emmanuel Macron', 'm']],
    quotes: [{ quote: 'I talked to Emmanuel Macron this morning,', speaker: 'she', kind: 'pronoun', gender: 'f', number: 'sg' }],
    speakers: [0],
    links: [[0, 'Ursula von der Leyen'], [1, 'Emmanuel Macron']],
  },
  '"he" takes the previous quote’s speaker': {
    lang: 'en',
    text: '"We will win," Zelensky said. "And we will rebuild," he added.',
    names: [['Zelensky', 'PER']],
    quotes: [{ quote: 'We will win,', speaker: 'Zelensky' }, { quote: 'And we will rebuild,', speaker: 'he', kind: 'pronoun', gender: 'm', number: 'sg' }],
    speakers: [0, 0],
    links: [[0, 'Volodymyr Zelensky']],
  },
  'a famous surname with another first name is not linked': {
    lang: 'en',
    text: 'Dwayne Johnson starred in the film. Johnson thanked his fans.',
    names: [['Dwayne Johnson', 'PER'], ['Johnson', 'PER']],
    same: [[0, 1]],
    links: [[0, null]],
  },
  'a possessive form is the same name': {
    lang: 'en',
    text: "Trump's envoy met Putin. Trump later called Putin's aide.",
    names: [["Trump's", 'PER', 'Trump'], ['Putin', 'PER'], ['Trump', 'PER'], ["Putin's", 'PER', 'Putin']],
    same: [[0, 2], [1, 3]],
    links: [[0, 'Donald Trump'], [1, 'Vladimir Putin']],
  },
  'Reuters sources speak for Reuters': {
    lang: 'en',
    text: 'The deal will be signed in autumn, sources told Reuters.',
    names: [['Reuters', 'ORG']],
    quotes: [{ quote: 'The deal will be signed in autumn', speaker: 'sources told Reuters', kind: 'descriptor' }],
    speakers: [0],
  },
  'an unknown organisation is clustered but not linked': {
    lang: 'en',
    text: 'Acme Widgets announced layoffs. Acme Widgets employs 400 people in Ohio.',
    names: [['Acme Widgets', 'ORG'], ['Acme Widgets', 'ORG'], ['Ohio', 'LOC']],
    same: [[0, 1]],
    links: [[0, null], [2, 'Ohio']],
  },
  'NATO and its secretary general': {
    lang: 'en',
    text: 'NATO Secretary General Mark Rutte visited Vilnius. Rutte said NATO would stay united.',
    names: [['NATO', 'ORG'], ['Mark Rutte', 'PER'], ['Vilnius', 'LOC'], ['Rutte', 'PER'], ['NATO', 'ORG']],
    same: [[0, 4], [1, 3]],
    links: [[0, 'NATO'], [1, 'Mark Rutte'], [2, 'Vilnius']],
  },
  'a president title goes to the right person when two presidents are named': {
    lang: 'en',
    text: 'President Donald Trump called French President Emmanuel Macron. The French president thanked him.',
    names: [['Donald Trump', 'PER'], ['Emmanuel Macron', 'PER']],
    check: (out) => {
      const macron = out.entities.find((e) => e.name === 'Emmanuel Macron')!;
      expect(macron.kbId).toBe(kbEntry('Emmanuel Macron', 'en').id);
      expect(macron.mentions.filter((m) => m.kind === 'title').map((m) => m.text)).toEqual(['French President', 'French president']);
    },
  },
  'a region named with its unit word links to the region': {
    lang: 'en',
    text: 'Shelling hit Kharkiv Oblast overnight; the city of Kharkiv was spared.',
    names: [['Kharkiv Oblast', 'LOC'], ['Kharkiv', 'LOC']],
    links: [[0, 'Kharkiv', 'region'], [1, 'Kharkiv', 'city']],
  },
  'an honorific before a surname does not make a new person': {
    lang: 'en',
    text: 'Barack Obama spoke in Chicago. Mr. Obama said the plan would work.',
    names: [['Barack Obama', 'PER'], ['Chicago', 'LOC'], ['Mr. Obama', 'PER']],
    same: [[0, 2]],
    links: [[0, 'Barack Obama'], [1, 'Chicago']],
    check: (out) => expect(out.entities[0].name).toBe('Barack Obama'),
  },
  'an honorific alone with a surname still links': {
    lang: 'en',
    text: 'Mr. Putin did not answer.',
    names: [['Mr. Putin', 'PER']],
    links: [[0, 'Vladimir Putin']],
    check: (out) => expect(out.entities[0].name).toBe('Vladimir Putin'),
  },
};

describe('linking English paragraphs', () => {
  for (const [name, c] of Object.entries(CASES)) it(name, () => void runCase(c));
});
