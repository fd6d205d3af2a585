import { describe, expect, it } from 'vitest';
import { offsetsHold, quotesOf, view } from './helpers.js';

type Want = { text: string; kind: 'direct' | 'partial' | 'indirect'; cue: string | null; speaker: string | null };

/** Asserts that the sentence yields a quotation with exactly these fields (others may be found too). */
function expectQuote(sentence: string, want: Want): void {
  const qs = quotesOf(sentence, 'uk');
  expect(offsetsHold(sentence, qs)).toBe(true);
  expect(qs.map(view)).toContainEqual(want);
}

describe('uk: media and bodies in marks next to the cue', () => {
  const cases: [string, Want][] = [
    // A dative medium is the addressee: the speaker comes after it.
    ['«Ми не підписували цей документ», — розповів «Українській правді» голова правління Петро Іваненко.', { text: 'Ми не підписували цей документ', kind: 'direct', cue: 'розповісти', speaker: 'голова правління Петро Іваненко' }],
    ['Голова правління Петро Іваненко розповів «Українській правді», що документ не підписували.', { text: 'документ не підписували', kind: 'indirect', cue: 'розповісти', speaker: 'Голова правління Петро Іваненко' }],
    // A medium or a company in the nominative or genitive speaks.
    ['Компанія отримала великий кредит у банку, повідомило «Радіо Свобода».', { text: 'Компанія отримала великий кредит у банку', kind: 'indirect', cue: 'повідомити', speaker: 'Радіо Свобода' }],
    ['За інформацією «Нафтогазу», борг погашено.', { text: 'борг погашено', kind: 'indirect', cue: 'за інформацією', speaker: 'Нафтогазу' }],
    ['Як пише «Економічна правда», компанія отримала кредит.', { text: 'компанія отримала кредит', kind: 'indirect', cue: 'писати', speaker: 'Економічна правда' }],
    ['Нацбанк знизив облікову ставку. Як пояснили в НБУ, інфляція сповільнилася.', { text: 'інфляція сповільнилася', kind: 'indirect', cue: 'пояснити', speaker: 'НБУ' }],
    // A guillemet opened inside the speaker phrase closes inside it.
    ['Компанія «Нафтогаз» повідомила, що борг погашено.', { text: 'борг погашено', kind: 'indirect', cue: 'повідомити', speaker: 'Компанія «Нафтогаз»' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));
});

describe('uk: a dative medium alone is no speaker', () => {
  it('«…», — розповів «Українській правді». (the subject comes from before)', () => {
    const [q] = quotesOf('Мер Петро Іваненко прокоментував ситуацію. «Ми впораємося», — розповів «Українській правді».', 'uk');
    expect(view(q)).toEqual({ text: 'Ми впораємося', kind: 'direct', cue: 'розповісти', speaker: 'Мер Петро Іваненко' });
  });
  it('a name in marks after a cue is not itself a quotation', () => {
    const qs = quotesOf('Про це повідомило «Радіо Свобода».', 'uk');
    expect(qs).toEqual([]);
  });
});

describe('uk: adverbial participles report with the subject of their sentence', () => {
  const cases: [string, Want][] = [
    ['«Угода справедлива», — сказав він після засідання, додавши, що переговори тривають.', { text: 'переговори тривають', kind: 'indirect', cue: 'додати', speaker: 'він' }],
    ['Прем’єрка закликала депутатів підтримати угоду, зазначивши, що інших варіантів немає.', { text: 'інших варіантів немає', kind: 'indirect', cue: 'зазначити', speaker: 'Прем’єрка' }],
    ['Адвокат Іван Петренко покинув країну, заявивши, що боїться за своє життя.', { text: 'боїться за своє життя', kind: 'indirect', cue: 'заявити', speaker: 'Адвокат Іван Петренко' }],
    ['Міністр погодився на зустріч, наголосивши, що «поступок не буде».', { text: 'поступок не буде', kind: 'partial', cue: 'наголосити', speaker: 'Міністр' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));
  it('a participle is no trailing attribution (`…, пояснивши …` names no speaker of the clause before)', () => {
    const qs = quotesOf('Він довго шукав роботу в місті, пояснивши це браком грошей.', 'uk');
    expect(qs).toEqual([]);
  });
});

describe('uk/ru: an addressee between the verb and що/что is no speaker', () => {
  const cases: [string, 'uk' | 'ru', Want][] = [
    ['Речник Кремля Дмитро Пєсков повідомив журналістам, що зустріч не погоджена.', 'uk', { text: 'зустріч не погоджена', kind: 'indirect', cue: 'повідомити', speaker: 'Речник Кремля Дмитро Пєсков' }],
    ['Міністр пояснив депутатам, що бюджет не зміниться.', 'uk', { text: 'бюджет не зміниться', kind: 'indirect', cue: 'пояснити', speaker: 'Міністр' }],
    ['Пресс-секретарь Кремля Дмитрий Песков сообщил журналистам, что встреча не согласована.', 'ru', { text: 'встреча не согласована', kind: 'indirect', cue: 'сообщить', speaker: 'Пресс-секретарь Кремля Дмитрий Песков' }],
    ['Песков сообщил журналисту, что встреча не согласована.', 'ru', { text: 'встреча не согласована', kind: 'indirect', cue: 'сообщить', speaker: 'Песков' }],
  ];
  for (const [s, lang, w] of cases) {
    it(s, () => {
      const qs = quotesOf(s, lang);
      expect(offsetsHold(s, qs)).toBe(true);
      expect(qs.map(view)).toContainEqual(w);
    });
  }
  it('a speaker noun in the nominative after the verb still stops the clause (its що is relative)', () => {
    expect(quotesOf('Про це заявив журналіст, що працює в Києві.', 'uk')).toEqual([]);
  });
});
