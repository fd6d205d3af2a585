import { describe, expect, it } from 'vitest';
import { recognizeEnglishNames } from '../../src/entities/english.js';
import { kbName, kbNameTable } from '../../src/entities/english/kb-names.js';
import { W, phraseHead, spanFlags } from '../../src/entities/english/lexicon.js';
import { datelineLength } from '../../src/entities/english/dateline.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { createKnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { KnowledgeBaseEntry } from '../../src/kb/types.js';
import { parse } from '../../src/parser/index.js';

// The recogniser remembers what a token's text tells and what the KB says about a name across
// documents; these sentences check that what is remembered never leaks into the answer.

/** `text/TYPE` for every name found, offsets checked on the way. */
function names(text: string, kb: KnowledgeBase | null = null): string[] {
  return recognizeEnglishNames(parse(text, 'en'), { kb }).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return `${m.text}/${m.type}`;
  });
}

describe('the same words read the same in every document', () => {
  const sentences: [string, string[]][] = [
    ["Russia's army moved west, Lavrov said.", ['Russia/LOC', 'Lavrov/PER']],
    ["The army of Russia's neighbour held.", ['Russia/LOC']],
    ['The U.S. envoy met Mr. Smith in Kyiv.', ['U.S./LOC', 'Smith/PER', 'Kyiv/LOC']],
    ['Procter & Gamble shares fell.', ['Procter & Gamble/ORG']],
  ];
  for (const [text, expected] of sentences) {
    it(text, () => {
      const first = names(text);
      expect(first).toEqual(expected);
      // second and third reading: every token's text is now remembered
      expect(names(text)).toEqual(first);
      expect(names(`${text}\n\n${text}`)).toEqual([...first, ...first]);
    });
  }

  it('a word in lower case elsewhere does not change the next document', () => {
    // "galfione" in lower case in one document must not count as evidence in another
    expect(names('the galfione rule applies.')).toEqual([]);
    expect(names('Jean Galfione won the vault.')).toEqual(['Jean Galfione/PER']);
  });
});

describe('knowledge-base look-ups are remembered only for a KB that cannot change', () => {
  it('reads a KB made by createKnowledgeBase once per name, and gives fresh id lists', () => {
    const kb = createKnowledgeBase([{ id: 'Q1', type: 'ORG', names: { en: ['Zorblatt'] } }]);
    const a = recognizeEnglishNames(parse('Officials at Zorblatt declined to comment.', 'en'), { kb });
    const b = recognizeEnglishNames(parse('Zorblatt said profits rose at Zorblatt.', 'en'), { kb });
    expect(a.map((m) => [m.text, m.type, m.kbIds])).toEqual([['Zorblatt', 'ORG', ['Q1']]]);
    expect(b.map((m) => [m.text, m.type, m.kbIds])).toEqual([['Zorblatt', 'ORG', ['Q1']], ['Zorblatt', 'ORG', ['Q1']]]);
    // each mention owns its list: changing one changes no other
    expect(b[0].kbIds).not.toBe(b[1].kbIds);
    expect(kbNameTable(kb)).toBe(kbNameTable(kb));
  });

  it('reads any other KB afresh for every document', () => {
    let entries: KnowledgeBaseEntry[] = [];
    const kb: KnowledgeBase = {
      get size() {
        return entries.length;
      },
      lookup: (name) => entries.filter((e) => e.names.en?.includes(name)),
      get: (id) => entries.find((e) => e.id === id),
      entries: () => entries[Symbol.iterator](),
    };
    expect(kbNameTable(kb)).not.toBe(kbNameTable(kb));
    expect(names('Talks at Quorvex went on.', kb)).toEqual(['Quorvex/LOC']);
    entries = [{ id: 'Q9', type: 'ORG', names: { en: ['Quorvex'] } }];
    expect(names('Talks at Quorvex went on.', kb)).toEqual(['Quorvex/ORG']);
  });

  it('keeps the best entry type, its gender and three ids', () => {
    const kb = createKnowledgeBase([{ id: 'Q2', type: 'PER', gender: 'f', names: { en: ['Anna Brexitova'] } }]);
    expect(kbName(kb, kbNameTable(kb), 'Anna Brexitova')).toEqual({ type: 'PER', gender: 'f', ids: ['Q2'] });
    expect(kbName(kb, kbNameTable(kb), 'Anna Nobody')).toBeNull();
  });
});

describe('word columns reused from one document to the next', () => {
  it('a short document after a long one reads as it does alone', () => {
    const short = 'Sergei Lavrov met Marco Rubio in Riyadh.';
    const alone = names(short);
    expect(alone).toEqual(['Sergei Lavrov/PER', 'Marco Rubio/PER', 'Riyadh/LOC']);
    names('The U.S. envoy met Mr. Smith in Kyiv, and Procter & Gamble shares fell as NATO ministers met. '.repeat(50));
    expect(names(short)).toEqual(alone);
  });

  it('a document too long for the shared columns reads as its parts do', () => {
    const part = "Russia's army moved west, Lavrov said. The Ministry of Defence in London said nothing.\n\n";
    const one = names(part);
    expect(one).toEqual(['Russia/LOC', 'Lavrov/PER', 'Ministry of Defence/ORG', 'London/LOC']);
    // about 17 words a part: 4000 parts are more words than the shared columns hold
    const many = names(part.repeat(4000));
    expect(many.length).toBe(one.length * 4000);
    expect(many.slice(-4)).toEqual(one);
  });
});

describe('a KB name is found however many names were not', () => {
  it('after hundreds of unknown names, known names with plain and curly apostrophes still match', () => {
    const kb = createKnowledgeBase([
      { id: 'Q5', type: 'ORG', names: { en: ['Zorblatt Mining'] } },
      { id: 'Q6', type: 'PER', names: { en: ["Seamus O'Quarrel"] } },
    ]);
    const table = kbNameTable(kb);
    for (let i = 0; i < 600; i++) expect(kbName(kb, table, `Nobody Number${i}`)).toBeNull();
    expect(kbName(kb, table, 'Zorblatt Mining')?.ids).toEqual(['Q5']);
    expect(kbName(kb, table, 'ZORBLATT MINING')?.ids).toEqual(['Q5']);
    expect(kbName(kb, table, 'Seamus O’Quarrel')?.ids).toEqual(['Q6']);
    expect(kbName(kb, table, 'Zorblatt  Mining')?.ids).toEqual(['Q5']);
    expect(kbName(kb, table, 'Zorblatt Mine')).toBeNull();
  });
});

describe('phrase look-ups start from their first word', () => {
  const words = (phrase: string) => phrase.split(' ');
  it('finds known phrases', () => {
    expect(phraseHead('european')).toBe(true);
    expect(spanFlags(words('european union'), 0, 2) & W.ORG).not.toBe(0);
    expect(spanFlags(words('the european union said'), 1, 3) & W.ORG).not.toBe(0);
  });
  it('skips words no phrase starts with', () => {
    expect(phraseHead('said')).toBe(false);
    expect(spanFlags(words('said union'), 0, 2)).toBe(0);
    expect(spanFlags(words('european said'), 0, 2)).toBe(0);
  });
});

describe('datelines measure code points the same with or without astral characters', () => {
  const lengths: [string, number][] = [
    ['MOSCOW 1996-08-22 Russia said 😀', 17],
    ['KYIV, Ukraine 22 August 😀 the army', 23],
    ['MOSCOW 😀 1996-08-22', 0],
    ['MOSCOW said on Monday 😀', 0],
  ];
  for (const [text, length] of lengths) it(text, () => expect(datelineLength(text, 0)).toBe(length));
});
