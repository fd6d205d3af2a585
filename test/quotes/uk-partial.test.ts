import { describe, expect, it } from 'vitest';
import { offsetsHold, quotesOf, view } from './helpers.js';

type Want = { text: string; kind: 'direct' | 'partial' | 'indirect'; cue: string | null; speaker: string | null };

/** Asserts that the sentence yields a quotation with exactly these fields (others may be found too). */
function expectQuote(sentence: string, want: Want): void {
  const qs = quotesOf(sentence, 'uk');
  expect(offsetsHold(sentence, qs)).toBe(true);
  expect(qs.map(view)).toContainEqual(want);
}

/** Asserts that no quotation covers the words in marks. */
function expectNoQuote(sentence: string, inMarks: string): void {
  const qs = quotesOf(sentence, 'uk');
  expect(qs.map((q) => q.text)).not.toContain(inMarks);
}

describe('uk: partial quotations after verbs of speech and naming', () => {
  const cases: [string, Want][] = [
    ['Міністр оборони назвав це «відвертою провокацією».', { text: 'відвертою провокацією', kind: 'partial', cue: 'назвати', speaker: 'Міністр оборони' }],
    ['Президент охарактеризував ситуацію як «вкрай напружену».', { text: 'вкрай напружену', kind: 'partial', cue: 'охарактеризувати', speaker: 'Президент' }],
    ['Прем’єр пообіцяв «навести лад у країні» до кінця року.', { text: 'навести лад у країні', kind: 'partial', cue: 'пообіцяти', speaker: 'Прем’єр' }],
    ['Голова комітету закликав депутатів «не гаяти часу».', { text: 'не гаяти часу', kind: 'partial', cue: 'закликати', speaker: 'Голова комітету' }],
    ['Міністр фінансів попередив про «складну осінь».', { text: 'складну осінь', kind: 'partial', cue: 'попередити', speaker: 'Міністр фінансів' }],
    // A document speaks through the impersonal -но form.
    ['На квитанції було зазначено «Центр реабілітації, ліцензія 12 від 01.02.2020», а печатки не було.', { text: 'Центр реабілітації, ліцензія 12 від 01.02.2020', kind: 'partial', cue: 'зазначити', speaker: 'квитанції' }],
    // No cue, but a clause opening with `що`: the subject's own words.
    ['Бабуся Ганна приїхала сюди замолоду, і їй так сподобалося село, «що аж подих перехопило».', { text: 'що аж подих перехопило', kind: 'partial', cue: null, speaker: 'Бабуся Ганна' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));
});

describe('uk: words in marks that are terms, nicknames or scare quotes are not quotations', () => {
  const cases: [string, string][] = [
    ['Церква не прийняла доктрину «спасіння самими ділами».', 'спасіння самими ділами'],
    ['Очисна станція давно стала своєрідною «бомбою сповільненої дії» для міста.', 'бомбою сповільненої дії'],
    ['Так звана «тиха година» триває до вечора, повідомили в мерії.', 'тиха година'],
    ['Чоловік забув, що слово «безкоштовно» тут нічого не означає.', 'безкоштовно'],
    ['За це його згодом називали «батьком реформи».', 'батьком реформи'],
    ['Суд оштрафував посадовицю за несвоєчасне подання декларації «після звільнення».', 'після звільнення'],
    // `прийти` reports speech only with `до висновку`.
    ['Незабаром прийшли нові люди та «навели лад» у селі.', 'навели лад'],
    // A cueless noun phrase of four words is a formula, not speech.
    ['Легше мотивувати парафію «необхідністю добрих справ для спасіння».', 'необхідністю добрих справ для спасіння'],
  ];
  for (const [s, w] of cases) it(s, () => expectNoQuote(s, w));
});

describe('uk: naming verbs keep their quotations when someone names', () => {
  const cases: [string, Want][] = [
    ['Екс-голова служби Микола Гордієнко називав його «смотрящим» за галуззю.', { text: 'смотрящим', kind: 'partial', cue: 'називати', speaker: 'Екс-голова служби Микола Гордієнко' }],
    ['Опозиція назвала це рішення «диктаторським».', { text: 'диктаторським', kind: 'partial', cue: 'назвати', speaker: 'Опозиція' }],
    ['Вони назвали ухвалу «ганебною».', { text: 'ганебною', kind: 'partial', cue: 'назвати', speaker: 'Вони' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));
});

describe('uk: indirect speech with complements and sources', () => {
  const cases: [string, Want][] = [
    ['Колегія суддів прийшла до висновку, що договір укладено законно.', { text: 'договір укладено законно', kind: 'indirect', cue: 'прийти', speaker: 'Колегія суддів' }],
    ['Речник висловив надію, що зустріч відбудеться.', { text: 'зустріч відбудеться', kind: 'indirect', cue: 'висловити', speaker: 'Речник' }],
    ['Як зазначили в Генштабі ЗСУ, противник втратив 12 танків.', { text: 'противник втратив 12 танків', kind: 'indirect', cue: 'зазначити', speaker: 'Генштабі ЗСУ' }],
    ['«Укргазбанк» має серйозні проблеми з ліквідністю, повідомив «Forbes» з посиланням на джерела.', { text: '«Укргазбанк» має серйозні проблеми з ліквідністю', kind: 'indirect', cue: 'повідомити', speaker: 'Forbes' }],
    ['У листі прокуратури зазначено, що перевірка триває.', { text: 'перевірка триває', kind: 'indirect', cue: 'зазначити', speaker: 'листі прокуратури' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));
  it('Він прийшов додому, що було дивно. (no complement: no cue)', () => {
    expect(quotesOf('Він прийшов додому, що було дивно.', 'uk')).toEqual([]);
  });
  it('Він висловив це в листі. (no complement: no cue)', () => {
    expect(quotesOf('Він висловив це в листі, що отримали вчора.', 'uk').map((q) => q.kind)).not.toContain('indirect');
  });
});

describe('uk: speakers across relative clauses, possessives and omitted subjects', () => {
  const cases: [string, Want][] = [
    ['Омбудсман Дмитро Лубінець, який відвідав Херсон, заявив, що ситуація складна.', { text: 'ситуація складна', kind: 'indirect', cue: 'заявити', speaker: 'Омбудсман Дмитро Лубінець' }],
    ['Посадовець, який побажав залишитися анонімним, розповів, що угоду підписано.', { text: 'угоду підписано', kind: 'indirect', cue: 'розповісти', speaker: 'Посадовець' }],
    ['Ціна зросла вдвічі. «Наші гроші» в своїй публікації вказали, що така вартість завищена.', { text: 'така вартість завищена', kind: 'indirect', cue: 'вказати', speaker: 'Наші гроші' }],
    ['Ціна зросла вдвічі. Журналісти в своїй публікації вказали, що така вартість завищена.', { text: 'така вартість завищена', kind: 'indirect', cue: 'вказати', speaker: 'Журналісти' }],
    ['У першій проповіді він говорив про віру. Потім сказав: «Я не знаю відповіді».', { text: 'Я не знаю відповіді', kind: 'direct', cue: 'сказати', speaker: 'він' }],
    ['У першій проповіді він говорив про віру. На початку другої ж сказав: «Я не знаю відповіді».', { text: 'Я не знаю відповіді', kind: 'direct', cue: 'сказати', speaker: 'він' }],
    ['Про це заявив Зеленський у вечірньому зверненні: «Ми готуємо відповідь».', { text: 'Ми готуємо відповідь', kind: 'direct', cue: 'заявити', speaker: 'Зеленський' }],
    ['Одна з них Ганна Петренко приїхала сюди замолоду, і їй так сподобалося село, «що аж подих перехопило».', { text: 'що аж подих перехопило', kind: 'partial', cue: null, speaker: 'Ганна Петренко' }],
    ['Показати лабораторію журналістам залізничники також відмовились. Натомість повідомили, що уклали угоду з центром.', { text: 'уклали угоду з центром', kind: 'indirect', cue: 'повідомити', speaker: 'залізничники' }],
    ['В обґрунтуванні закупівлі повідомляється: «Ціна ринкова».', { text: 'Ціна ринкова', kind: 'direct', cue: 'повідомлятися', speaker: 'обґрунтуванні закупівлі' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));
});
