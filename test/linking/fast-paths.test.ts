/**
 * The fast paths of linking give what the plain ones gave: guessed nominatives cut at a limit,
 * guessed multi-word names skipped when no KB name begins with their first words, stem keys and
 * initials read in place instead of by regex. Each is checked against the plain version (kept
 * here as it was) on hand-written names and on random words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { normalizeAlias } from '../../src/kb/normalize.js';
import { abbreviationKeys, isAbbreviation } from '../../src/linking/abbreviations.js';
import { splitWords, wordBaseCandidates, wordStemKey } from '../../src/linking/inflection.js';
import { nameCandidates } from '../../src/linking/kb-link.js';
import { linkDocument } from '../../src/linking/index.js';
import { foldWord, lexiconFor, mayBeRoleWord, matchRoleWord } from '../../src/linking/lexicon.js';
import { parse } from '../../src/parser/index.js';
import type { NameMention } from '../../src/stages.js';
import type { Lang } from '../../src/types.js';

const kb = defaultKnowledgeBase();
/** The same KB behind a plain object: linking can neither skip guesses nor look up keys directly. */
const plain: KnowledgeBase = { size: kb.size, get: (id) => kb.get(id), lookup: (name, lang) => kb.lookup(name, lang), entries: () => kb.entries() };

const name = (text: string, type: NameMention['type'] = 'ORG'): NameMention => ({ start: 0, end: text.length, text, base: text, type });
const ids = (k: KnowledgeBase, n: NameMention, lang: Lang) => nameCandidates(k, n, lang, lexiconFor(lang).honorifics).map((e) => e.id);

describe('guessed nominatives of inflected names find the KB entry', () => {
  const cases: [string, NameMention['type'], string][] = [
    ['Верховної Ради', 'ORG', 'Q176296'],
    ['Північної Кореї', 'LOC', 'Q423'],
    ['Чернігівської області', 'LOC', 'Q167874'],
    ['Алясці', 'LOC', 'Q797'],
  ];
  for (const [text, type, id] of cases) {
    it(`«${text}» → ${id}, as without skipping`, () => {
      expect(ids(kb, name(text, type), 'uk')).toContain(id);
      expect(ids(kb, name(text, type), 'uk')).toEqual(ids(plain, name(text, type), 'uk'));
    });
  }
});

describe('names whose guesses find nothing give the same (empty) candidates as without skipping', () => {
  // «Білого дому»: «білий дім» lies past the bound of 80 guesses, with skipping as without.
  const names = ['Білого дому', 'Сполучених Штатів', 'Європейського Союзу', 'Зеленого дому', 'Старої Ради', 'Сполучених Островів', 'Тернопільського драмтеатру', 'Петра Іваненка', 'Нової Пошти України', 'Горішніх Плавнів'];
  for (const text of names) {
    it(`«${text}»`, () => {
      expect(ids(kb, name(text), 'uk')).toEqual([]);
      expect(ids(plain, name(text), 'uk')).toEqual([]);
    });
  }
  it('«Белого дома» in Russian finds the same entry as «Білого дому»', () => {
    expect(ids(kb, name('Белого дома'), 'ru')).toEqual(ids(plain, name('Белого дома'), 'ru'));
  });
});

const CYRILLIC = [...'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёыэъ'];
const word = (min: number, max: number) => fc.array(fc.constantFrom(...CYRILLIC), { minLength: min, maxLength: max }).map((cs) => cs.join(''));

describe('random multi-word names: skipping changes no candidate', () => {
  it('for two- and three-word names of Cyrillic letters', () => {
    fc.assert(
      fc.property(fc.array(word(2, 9), { minLength: 2, maxLength: 3 }), fc.constantFrom<Lang>('uk', 'ru'), (words, lang) => {
        const n = name(words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' '));
        expect(ids(kb, n, lang)).toEqual(ids(plain, n, lang));
      }),
      { numRuns: 300 },
    );
  });
});

describe('wordBaseCandidates with a limit', () => {
  it('gives the first so many of the full list', () => {
    for (const w of ['Вашингтоном', 'Києві', 'Алясці', 'Харківської', 'Москвою', "Обʼєднаних", 'Trump’s']) {
      for (const lang of ['uk', 'ru', 'en'] as const) expect(wordBaseCandidates(w, lang, 24)).toEqual(wordBaseCandidates(w, lang).slice(0, 24));
    }
    expect(wordBaseCandidates('Києві', 'uk', 24)).toContain('київ');
  });

  it('on random words', () => {
    fc.assert(
      fc.property(word(1, 14), fc.constantFrom<Lang>('uk', 'ru'), fc.integer({ min: 1, max: 40 }), (w, lang, limit) => {
        expect(wordBaseCandidates(w, lang, limit)).toEqual(wordBaseCandidates(w, lang).slice(0, limit));
      }),
      { numRuns: 500 },
    );
  });

  it('gives guesses that are their own normalised form (so they may be looked up as keys)', () => {
    fc.assert(
      fc.property(fc.array(word(1, 10), { minLength: 1, maxLength: 3 }), (words) => {
        for (const w of words) for (const g of wordBaseCandidates(w.toUpperCase(), 'uk')) expect(normalizeAlias(g)).toBe(g);
      }),
      { numRuns: 200 },
    );
  });
});

/** The stem key as it was computed before: every ending tried in turn, the vowel found by regex. */
function plainStemKey(word: string, lang: Lang): string {
  const w = normalizeAlias(word).toLowerCase();
  const finals = new Set(['ів', 'їв', 'ов', 'ев', 'ин', 'ын']);
  const endings = [...lexiconFor(lang).endings].filter((e) => e && !finals.has(e)).sort((a, b) => b.length - a.length);
  let stem = w;
  for (const e of endings) {
    if (w.length - e.length >= 3 && w.endsWith(e)) {
      stem = w.slice(0, -e.length);
      break;
    }
  }
  const alt: Record<string, string> = { ц: 'к', з: 'г' };
  const last = stem[stem.length - 1];
  if (last && alt[last]) stem = stem.slice(0, -1) + alt[last];
  return stem.replace(/[іїоеє](?=[^аеєиіїоуюяыэё]*$)/u, '*');
}

describe('wordStemKey', () => {
  it('keys inflected forms of one name alike, and other names apart', () => {
    const same = [['Лаврова', 'Лавров'], ['Алясці', 'Аляска'], ['Києва', 'Київ'], ['Ризі', 'Рига'], ['Харкова', 'Харків']];
    for (const [a, b] of same) expect(wordStemKey(a, 'uk'), `${a} ${b}`).toBe(wordStemKey(b, 'uk'));
    const apart = [['Лавров', 'Лавра'], ['Київ', 'Кипр'], ['Рига', 'Рим']];
    for (const [a, b] of apart) expect(wordStemKey(a, 'uk'), `${a} ${b}`).not.toBe(wordStemKey(b, 'uk'));
  });

  it('is what the plain computation gives, on random words', () => {
    fc.assert(
      fc.property(word(1, 14), fc.constantFrom<Lang>('uk', 'ru'), fc.boolean(), (w, lang, capital) => {
        const form = capital ? w[0].toUpperCase() + w.slice(1) : w;
        expect(wordStemKey(form, lang)).toBe(plainStemKey(form, lang));
      }),
      { numRuns: 1000 },
    );
  });
});

/** Initials as they were computed before: words by regex, parts by split at hyphens. */
function plainAbbreviationKeys(base: string, lang: Lang): string[] {
  const words = base.match(/[^\s]+/g) ?? [];
  const initials = words.length < 2 ? '' : words.map((w) => w[0] ?? '').join('').toUpperCase();
  const parts = words.flatMap((w) => w.split(/[-‐‑–]/u)).filter((p) => /^\p{Lu}/u.test(p));
  const capital = parts.length >= 2 ? parts.map((p) => p[0]).join('') : '';
  const keys = [initials, capital];
  const abbr = lexiconFor(lang).expansions.get(normalizeAlias(base));
  if (abbr) keys.push(abbr);
  return keys.filter((k) => k && /^[\p{Lu}\d]{2,6}$/u.test(k));
}

describe('abbreviationKeys', () => {
  it('reads initials of words and of capitalised hyphenated parts', () => {
    expect(abbreviationKeys('Міністерство закордонних справ', lexiconFor('uk'))).toContain('МЗС');
    expect(abbreviationKeys('Європейський Союз', lexiconFor('uk'))).toContain('ЄС');
    expect(abbreviationKeys('Техрик-э-Лабаик Пакистан', lexiconFor('ru'))).toContain('ТЛП');
    expect(abbreviationKeys('Київ', lexiconFor('uk'))).toEqual([]);
    expect(abbreviationKeys('North-east', lexiconFor('en'))).toEqual([]);
  });

  it('is what the regex computation gives, on random names with spaces and hyphens', () => {
    const units = [...'АБВабвЄєЇїDEde1 -‐‑–', '\u00a0', '\t', '𝐀', '\ud835', '\udc00'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 16 }), fc.constantFrom<Lang>('uk', 'ru', 'en'), (cs, lang) => {
        const base = cs.join('');
        expect(abbreviationKeys(base, lexiconFor(lang))).toEqual(plainAbbreviationKeys(base, lang));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('what is remembered across documents does not leak between them', () => {
  const link = (text: string, found: [string, NameMention['type']][]) => {
    const names = found.map(([t, type]) => {
      const start = text.indexOf(t);
      return { start, end: start + t.length, text: t, base: t, type };
    });
    return linkDocument(parse(text, 'uk'), names, [], { kb }).entities.map((e) => [e.name, e.kbId ?? null]);
  };
  const a = (): unknown => link('Делегація Верховної Ради прилетіла до Алясці.', [['Верховної Ради', 'ORG'], ['Алясці', 'LOC']]);
  const b = (): unknown => link('Петро Іваненко прилетів до Північної Кореї.', [['Петро Іваненко', 'PER'], ['Північної Кореї', 'LOC']]);

  it('two documents in turn each get their own answers, the first the same again', () => {
    const first = a();
    expect(first).toEqual([['Верховна Рада', 'Q176296'], ['Аляска', 'Q797']]);
    expect(b()).toEqual([['Петро Іваненко', null], ['Північна Корея', 'Q423']]);
    expect(a()).toEqual(first);
  });
});

describe('isAbbreviation', () => {
  it('takes two to six capitals or digits, nothing else', () => {
    for (const yes of ['МЗС', 'РФ', 'ЄС', 'G7', 'США', 'НАБУ', 'ЗСУ', 'ABCDEF']) expect(isAbbreviation(yes), yes).toBe(true);
    for (const no of ['М', 'Мзс', 'ABCDEFG', 'МЗС РФ', 'U.S.', 'Київ', '', 'НАТО-']) expect(isAbbreviation(no), no).toBe(false);
  });

  it('is what the regex says, on random strings with astral and lone surrogates', () => {
    const units = [...'АБВаб1DEde. -', '𝐀', '𝐚', '\ud835', '\udc00'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { minLength: 0, maxLength: 9 }), (cs) => {
        const b = cs.join('');
        expect(isAbbreviation(b)).toBe(/^[\p{Lu}\d]{2,6}$/u.test(b));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitWords', () => {
  it('splits at any white space, keeping hyphenated words whole', () => {
    expect(splitWords(' Марко\u00a0 Рубіо ')).toEqual(['Марко', 'Рубіо']);
    expect(splitWords('Івано-Франківськ')).toEqual(['Івано-Франківськ']);
    expect(splitWords(' \t\n')).toEqual([]);
  });

  it('is what match(/[^\\s]+/g) gives, on random strings', () => {
    const units = [...'аБ1 -.', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '𝐀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 12 }), (cs) => {
        const s = cs.join('');
        expect(splitWords(s)).toEqual(s.match(/[^\s]+/g) ?? []);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('role words: the first-letters filter and folding', () => {
  const lex = lexiconFor('uk');
  it('lets through the words of the lexicon and rejects others', () => {
    for (const w of ['очільника', 'Міністр', 'речниця', 'президента', 'МЗС']) expect(mayBeRoleWord(w, 0, w.length, lex), w).toBe(true);
    for (const w of ['сьогодні', 'Київ', 'хліб']) expect(mayBeRoleWord(w, 0, w.length, lex), w).toBe(false);
  });

  it('never rejects a word the full matcher finds, on random words', () => {
    const letters = [...'абвгдеєжзиіїйклмнопрстуфхцчшщьюяґАБВГДМОПРСЗ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 10 }), (cs) => {
        const w = cs.join('');
        if (matchRoleWord(w, lex)) expect(mayBeRoleWord(w, 0, w.length, lex), w).toBe(true);
      }),
      { numRuns: 3000 },
    );
    for (const stem of lex.words.keys()) expect(mayBeRoleWord(stem, 0, stem.length, lex), stem).toBe(true);
  });

  it('folds apostrophes and ё as the regex did', () => {
    expect(foldWord('Прем’єр')).toBe("прем'єр");
    expect(foldWord('Ёлка')).toBe('елка');
    expect(foldWord('Об`єднання')).toBe("об'єднання");
    expect(foldWord('Київ')).toBe('київ');
  });
});
