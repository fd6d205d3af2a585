/**
 * Robustness of the quotes stage: inputs that once crashed it or made it return crossing quotations,
 * and a property test over texts built from the pieces attributions are made of (marks, dashes,
 * cues, colons, `що`/`that`, names), in every language.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { FoundQuote } from '../../src/quotes/index.js';
import type { Lang } from '../../src/types.js';
import { shipped } from '../helpers/shipped.js';
import { offsetsHold, quotesOf, view } from './helpers.js';

const LANGS: Lang[] = ['uk', 'ru', 'en'];

/** Quotations in text order that never cross; only quoted words may sit inside an indirect clause. */
function crossings(qs: readonly FoundQuote[]): string[] {
  const out: string[] = [];
  let outer: FoundQuote | null = null;
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    if (i > 0 && q.start < qs[i - 1].start) out.push(`${i} out of order`);
    if (!outer || q.start >= outer.end) {
      outer = q;
      continue;
    }
    const prev = qs[i - 1];
    const nested = outer.kind === 'indirect' && q.kind !== 'indirect' && q.end <= outer.end && (prev === outer || q.start >= prev.end);
    if (!nested) out.push(`${JSON.stringify(q.text)} crosses ${JSON.stringify(outer.text)}`);
  }
  return out;
}

const PIECES = [
  '«', '»', '„', '“', '”', '"', "'", '‘', '’', '‹', '›', '—', '–', '-', ' — ', ', — ', ': ', ', ', '. ', '.', '!', '?', '…', '(', ')', ';',
  '\n', '\n\n', ' ', ' ', 'заявив', 'сказала', 'заявил', 'said', 'says', 'told', 'що', 'что', 'that', 'мовляв', 'За словами', 'according to',
  'як повідомив', 'Лавров', 'Сергій Лавров', 'Rubio', 'він', 'she', 'Роснефти', 'ми готові', 'переговори можливі', 'We are ready', 'у прес-службі',
  '🇺🇦', '\u200d', '\ud800',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

describe('the quotes stage never throws, keeps offsets and never returns crossing quotations', () => {
  for (const lang of LANGS) {
    it(`random texts of quote marks, dashes and cues (${lang})`, () => {
      fc.assert(
        fc.property(texts, (text) => {
          const qs = quotesOf(text, lang);
          expect(offsetsHold(text, qs)).toBe(true);
          expect(crossings(qs)).toEqual([]);
        }),
        { numRuns: Number(process.env.QUOTES_FUZZ_RUNS ?? 400) },
      );
    });
  }
});

type View = ReturnType<typeof view>;
const q = (text: string, kind: string, cue: string | null, speaker: string | null): View => ({ text, kind, cue, speaker });

describe('bug 1: an attribution at the very end of the text is read without running past the last token', () => {
  const cases: [string, Lang, View[]][] = [
    ['«Роснефти»заявив(', 'en', []],
    ['«Роснефти»заявив(', 'ru', []],
    ['«Ми готові», — заявив (', 'uk', [q('Ми готові', 'direct', 'заявити', null)]],
    ['«Мы готовы», — заявил (', 'ru', [q('Мы готовы', 'direct', 'заявить', null)]],
    ['"We are ready," said (', 'en', [q('We are ready', 'direct', 'say', null)]],
    ['«Ми готові», — сказав Лавров (МЗС РФ', 'uk', [q('Ми готові', 'direct', 'сказати', 'Лавров')]],
  ];
  for (const [text, lang, want] of cases) it(`${lang}: ${text}`, () => expect(quotesOf(text, lang).map(view)).toEqual(want));
});

describe('bug 2: a quotation inside a quotation is not returned as a second, overlapping one', () => {
  const cases: [string, View[]][] = [
    ['«„🇺🇦“»', [q('„🇺🇦“', 'direct', null, null)]],
    ['««—заявив Сергій Лавров.»', [q('«—заявив Сергій Лавров.»', 'direct', null, null)]],
    ['Він сказав: «„Так“, — відповіли нам».', [q('„Так“, — відповіли нам', 'direct', 'сказати', 'Він')]],
    // The one nesting allowed: quoted words inside the indirect clause that holds them.
    ['Лавров заявив, що Захід «зробив ставку на війну», і пішов.', [q('Захід «зробив ставку на війну», і пішов', 'indirect', 'заявити', 'Лавров'), q('зробив ставку на війну', 'partial', 'заявити', 'Лавров')]],
  ];
  for (const [text, want] of cases) it(text, () => expect(quotesOf(text, 'uk').map(view)).toEqual(want));
});

describe('bug 2: an indirect clause ends where the next attribution starts, or holds it', () => {
  const cases: [string, Lang, View[]][] = [
    ['Лавров заявив, що переговори можливі, а Рубіо сказав, що вони не відбудуться.', 'uk', [q('переговори можливі', 'indirect', 'заявити', 'Лавров'), q('вони не відбудуться', 'indirect', 'сказати', 'Рубіо')]],
    ['Лавров заявил, что переговоры возможны, а Рубио сказал, что они не состоятся.', 'ru', [q('переговоры возможны', 'indirect', 'заявить', 'Лавров'), q('они не состоятся', 'indirect', 'сказать', 'Рубио')]],
    // Reporting inside reporting: one clause, with the outer speaker.
    ['Trump said he thought that drugs were a big factor in the violence.', 'en', [q('he thought that drugs were a big factor in the violence', 'indirect', 'say', 'Trump')]],
    ['Лавров заявив: Лавров заявив: Лавров заявив: переговори можливі.', 'uk', [q('Лавров заявив: Лавров заявив: переговори можливі', 'indirect', 'заявити', 'Лавров')]],
    // Quoted words that close after the clause's last word belong to the clause.
    ['She says Trump is “temperamentally unfit to be commander-in-chief.”', 'en', [q('Trump is “temperamentally unfit to be commander-in-chief.', 'indirect', 'say', 'She'), q('temperamentally unfit to be commander-in-chief.', 'partial', 'say', 'She')]],
  ];
  for (const [text, lang, want] of cases) it(`${lang}: ${text}`, () => expect(quotesOf(text, lang).map(view)).toEqual(want));

  it('a sentence of cues without quotations yields quotations of linear total length', () => {
    for (const n of [10, 100, 1000]) {
      const text = 'Лавров заявив: '.repeat(n);
      const qs = quotesOf(text, 'uk');
      expect(crossings(qs)).toEqual([]);
      expect(qs.reduce((sum, x) => sum + x.text.length, 0)).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('bug 3: a quotation beside another is found by a scan, not a backtracking regex', () => {
  const cases: [string, string[]][] = [
    ['«Правда». – «Кривда».', ['Правда', 'Кривда']],
    ['«Правда» – «Кривда».', ['Кривда']], // a dash right after a name in marks is the author's copula
    ['«Правда».\t–\t«Кривда».', ['Правда', 'Кривда']],
    // Negative: a single capitalised word in marks with nothing beside it is a name.
    ['Газета «Правда» вийшла вчора.', []],
    ['«Правда» вийшла вчора, а «Кривда» ні.', []],
  ];
  for (const [text, want] of cases) it(text, () => expect(quotesOf(text, 'uk').map((x) => x.text)).toEqual(want));
});

/** CPU milliseconds of a call (user + system): the machine is shared, wall time would measure the neighbours. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('bug 4: time grows linearly with the input', () => {
  const cases: [string, (n: number) => string][] = [
    ['dialogue lines', (n) => '— Так, ми готові, — сказав він.\n'.repeat(n)],
    ['one long line of news sentences', (n) => 'Особиста зустріч очільника МЗС РФ Сергія Лаврова все ще може відбутися. «Ми готові до переговорів», — сказав Лавров. '.repeat(n)],
    ['many quotes', (n) => '«Ми готові до переговорів», — сказав Лавров. '.repeat(n)],
    ['cues without quotations', (n) => 'Лавров заявив: '.repeat(n)],
    ['nested marks', (n) => '«„'.repeat(n) + 'слово' + '“»'.repeat(n)],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const small = make(1500);
      const large = make(6000);
      quotesOf(small, 'uk'); // warm up
      const t1 = Math.min(cpuMs(() => quotesOf(small, 'uk')), cpuMs(() => quotesOf(small, 'uk')));
      const t4 = Math.min(cpuMs(() => quotesOf(large, 'uk')), cpuMs(() => quotesOf(large, 'uk')));
      // Linear is 4×; quadratic would be 16×. Tiny times are all noise, hence the floor.
      expect(t4).toBeLessThan(8 * Math.max(t1, 15));
    });
  }

  it('1 MB of unbalanced «, ", \' and dashes goes through extract() within the 2 s of CPU per MB the issue allows', { timeout: 60_000 }, () => {
    const pieces = ['«', '"', "'", '— ', '—', '–', '»', '"', '„', ' ', 'слово ', ', — ', "'"];
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += pieces[(i * 7 + (i >> 3)) % pieces.length];
    // Timed on the built package, as users run it (see test/helpers/shipped.ts).
    shipped.extract(text, { lang: 'uk' }); // warm up lazy resources and the JIT
    let quotes: FoundQuote[] | undefined;
    // The best of two runs: on a shared machine one run can lose the CPU to a full GC.
    const ms = Math.min(
      cpuMs(() => {
        quotes = shipped.extract(text, { lang: 'uk' }).quotes as unknown as FoundQuote[];
      }),
      cpuMs(() => shipped.extract(text, { lang: 'uk' })),
    );
    expect(crossings(quotes ?? [])).toEqual([]);
    // Issue 6 allows 2 s per MB; here it takes ~0.6 s, and 1.1 s on a loaded CI machine.
    expect(ms).toBeLessThan(2000);
  });
});
