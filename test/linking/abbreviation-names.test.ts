/**
 * An entity named in the text only by an abbreviation (or a word in capitals, as in a dateline) that
 * the KB links with confidence takes the
 * KB's preferred name in the text's language when that name is one word and the abbreviation
 * shortens a formal one (РФ → Росія); abbreviations of names that stay several words in everyday
 * use (США, ЄС, UK) are what news call those and are kept, as are compound names (МЗС РФ).
 */
import { describe, expect, it } from 'vitest';
import { linkDocument } from '../../src/linking/index.js';
import { parse } from '../../src/parser/index.js';
import type { Lang } from '../../src/types.js';
import { kb, placeNames, type N } from './helpers.js';

function nameOf(lang: Lang, text: string, names: N[], surface: string, withKb = true): string | undefined {
  const found = placeNames(text, names);
  const { entities } = linkDocument(parse(text, lang), found, [], { kb: withKb ? kb : null });
  return entities.find((e) => e.mentions.some((m) => m.text === surface))?.name;
}

describe('a formal abbreviation alone takes the KB preferred name', () => {
  const cases: [Lang, string, N[], string, string][] = [
    ['uk', 'Уряд РФ заявив, що РФ не змінить позиції.', [['РФ', 'LOC'], ['РФ', 'LOC']], 'РФ', 'Росія'],
    ['uk', 'Санкції проти РФ посилять.', [['РФ', 'LOC']], 'РФ', 'Росія'],
    ['ru', 'Власти РФ обсудили этот вопрос.', [['РФ', 'LOC']], 'РФ', 'Россия'],
    // A dateline in capitals.
    ['en', 'LONDON (Reuters) - The talks resumed on Monday.', [['LONDON', 'LOC']], 'LONDON', 'London'],
  ];
  for (const [lang, text, names, surface, expected] of cases) {
    it(`${text} → ${expected}`, () => expect(nameOf(lang, text, names, surface)).toBe(expected));
  }
});

describe('other names keep the text’s form', () => {
  const cases: [Lang, string, N[], string, string][] = [
    // Everyday abbreviations of names that are several words.
    ['uk', 'Делегація США прибула до Києва.', [['США', 'LOC'], ['Києва', 'LOC', 'Київ']], 'США', 'США'],
    ['uk', 'Країни ЄС погодили пакет.', [['ЄС', 'ORG']], 'ЄС', 'ЄС'],
    ['en', 'The UK and the EU signed the deal.', [['UK', 'LOC'], ['EU', 'ORG']], 'UK', 'UK'],
    // A KB name that only spells out the letters.
    ['ru', 'По данным BBC, переговоры продолжатся.', [['BBC', 'ORG']], 'BBC', 'BBC'],
    // A compound name is not an abbreviation of one word.
    ['uk', 'У МЗС РФ відповіли журналістам.', [['МЗС РФ', 'ORG']], 'МЗС РФ', 'МЗС РФ'],
    // The full form in the text is the name already.
    ['uk', 'Росія заявила, що РФ не змінить позиції.', [['Росія', 'LOC'], ['РФ', 'LOC']], 'РФ', 'Росія'],
  ];
  for (const [lang, text, names, surface, expected] of cases) {
    it(`${text} → ${expected}`, () => expect(nameOf(lang, text, names, surface)).toBe(expected));
  }
  it('without a KB, «РФ» stays «РФ»', () => {
    expect(nameOf('uk', 'Санкції проти РФ посилять.', [['РФ', 'LOC']], 'РФ', false)).toBe('РФ');
  });
});
