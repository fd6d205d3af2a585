import { describe, expect, it } from 'vitest';
import { offsetsHold, quotesOf, view } from './helpers.js';

type Want = { text: string; kind: 'direct' | 'partial' | 'indirect'; cue: string | null; speaker: string | null };

/** Asserts that the sentence yields a quotation with exactly these fields (others may be found too). */
function expectQuote(sentence: string, want: Want): void {
  const qs = quotesOf(sentence, 'uk');
  expect(offsetsHold(sentence, qs)).toBe(true);
  expect(qs.map(view)).toContainEqual(want);
}

describe('uk: «…», — сказав X (attribution after the quotation)', () => {
  const cases: [string, Want][] = [
    ['«Ми готові до переговорів», — сказав він.', { text: 'Ми готові до переговорів', kind: 'direct', cue: 'сказати', speaker: 'він' }],
    ['«Ситуація складна», — заявила вона журналістам.', { text: 'Ситуація складна', kind: 'direct', cue: 'заявити', speaker: 'вона' }],
    ['«Рішення ще не ухвалене», — зазначив речник МЗС Олег Ніколенко.', { text: 'Рішення ще не ухвалене', kind: 'direct', cue: 'зазначити', speaker: 'речник МЗС Олег Ніколенко' }],
    ['«Ми не відступимо!» — наголосив президент.', { text: 'Ми не відступимо!', kind: 'direct', cue: 'наголосити', speaker: 'президент' }],
    ['«Переговори тривають», – додав Кулеба.', { text: 'Переговори тривають', kind: 'direct', cue: 'додати', speaker: 'Кулеба' }],
    ['«Завтра буде видно», - каже голова громади.', { text: 'Завтра буде видно', kind: 'direct', cue: 'казати', speaker: 'голова громади' }],
    ['«Ціни зростуть», — припускають аналітики.', { text: 'Ціни зростуть', kind: 'direct', cue: 'припускати', speaker: 'аналітики' }],
    ['«Це була помилка», — визнала Марія Коваленко.', { text: 'Це була помилка', kind: 'direct', cue: 'визнати', speaker: 'Марія Коваленко' }],
    ['«Усе гаразд», — Лавров.', { text: 'Усе гаразд', kind: 'direct', cue: null, speaker: 'Лавров' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));
});

describe('uk: X заявив: «…» (attribution before the quotation)', () => {
  const cases: [string, Want][] = [
    ['Зеленський заявив: «Україна не віддасть своїх земель».', { text: 'Україна не віддасть своїх земель', kind: 'direct', cue: 'заявити', speaker: 'Зеленський' }],
    ['У своєму зверненні прем’єр-міністр наголосив: «Світла вистачить усім».', { text: 'Світла вистачить усім', kind: 'direct', cue: 'наголосити', speaker: 'прем’єр-міністр' }],
    ['Вона написала у соцмережі:\n«Дякую всім за підтримку».', { text: 'Дякую всім за підтримку', kind: 'direct', cue: 'написати', speaker: 'Вона' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));
});

describe('uk: an interrupted quotation is two pieces with one attribution', () => {
  it('«A, — каже X, — B»', () => {
    const text = '«Ми зробили все можливе, — каже мер міста. — Тепер черга за урядом».';
    const qs = quotesOf(text, 'uk').map(view);
    expect(qs).toEqual([
      { text: 'Ми зробили все можливе', kind: 'direct', cue: 'казати', speaker: 'мер міста' },
      { text: 'Тепер черга за урядом', kind: 'direct', cue: 'казати', speaker: 'мер міста' },
    ]);
  });
  it('a dash inside speech without a cue does not split it', () => {
    const text = '«Зима буде важкою — це факт», — сказав енергетик.';
    expect(quotesOf(text, 'uk').map((q) => q.text)).toEqual(['Зима буде важкою — це факт']);
  });
});

describe('uk: dialogue lines opened by a dash', () => {
  it('— speech, — cue speaker.', () => {
    const text = 'Лікар увійшов до палати.\n— Як ви почуваєтеся? — запитав він.\n— Уже краще, — відповіла пацієнтка.';
    expect(quotesOf(text, 'uk').map(view)).toEqual([
      { text: 'Як ви почуваєтеся?', kind: 'direct', cue: 'запитати', speaker: 'він' },
      { text: 'Уже краще', kind: 'direct', cue: 'відповісти', speaker: 'пацієнтка' },
    ]);
  });
  it('an attribution that goes on into a clause of its own does not resume the speech', () => {
    const text = '— Усе… — прошепотів механік, і це означало тільки одне — кінець.';
    expect(quotesOf(text, 'uk').map(view)).toEqual([{ text: 'Усе…', kind: 'direct', cue: 'прошепотіти', speaker: 'механік' }]);
  });
  it('a list after a colon is not dialogue', () => {
    const text = 'До пакета увійшли:\n- підвищення пенсій;\n- нові субсидії;';
    expect(quotesOf(text, 'uk')).toEqual([]);
  });
});

describe('uk: partial quotations inside the author’s sentence', () => {
  const cases: [string, Want][] = [
    ['Міністр вимагав усунути «першопричини конфлікту».', { text: 'першопричини конфлікту', kind: 'partial', cue: 'вимагати', speaker: 'Міністр' }],
    ['Посол назвав ці заяви «відвертою провокацією» і покинув зал.', { text: 'відвертою провокацією', kind: 'partial', cue: 'назвати', speaker: 'Посол' }],
    ['Депутатка Інна Совсун пообіцяла «розібратися з цим до кінця».', { text: 'розібратися з цим до кінця', kind: 'partial', cue: 'пообіцяти', speaker: 'Депутатка Інна Совсун' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));
});

describe('uk: indirect speech', () => {
  const cases: [string, Want][] = [
    ['Лавров заявив, що переговори можливі лише на умовах Москви.', { text: 'переговори можливі лише на умовах Москви', kind: 'indirect', cue: 'заявити', speaker: 'Лавров' }],
    ['Речниця Міноборони наголосила, що втрат серед цивільних немає.', { text: 'втрат серед цивільних немає', kind: 'indirect', cue: 'наголосити', speaker: 'Речниця Міноборони' }],
    ['За словами міністра фінансів, бюджет виконано на 97 відсотків.', { text: 'бюджет виконано на 97 відсотків', kind: 'indirect', cue: 'за словами', speaker: 'міністра фінансів' }],
    ['Як повідомив Генштаб, ворог втратив ще три танки.', { text: 'ворог втратив ще три танки', kind: 'indirect', cue: 'повідомити', speaker: 'Генштаб' }],
    ['Як зазначив Олег Устенко, інфляція сповільниться.', { text: 'інфляція сповільниться', kind: 'indirect', cue: 'зазначити', speaker: 'Олег Устенко' }],
    ['Вона вважає, що школи мають працювати офлайн.', { text: 'школи мають працювати офлайн', kind: 'indirect', cue: 'вважати', speaker: 'Вона' }],
    ['На її думку, реформа запізнилася на десять років.', { text: 'реформа запізнилася на десять років', kind: 'indirect', cue: 'на думку', speaker: 'її' }],
    ['Обстріл почався о п’ятій ранку, повідомив голова ОВА Олег Синєгубов.', { text: 'Обстріл почався о п’ятій ранку', kind: 'indirect', cue: 'повідомити', speaker: 'голова ОВА Олег Синєгубов' }],
    ['Суд дійшов висновку, що договір недійсний.', { text: 'договір недійсний', kind: 'indirect', cue: 'дійти', speaker: 'Суд' }],
    ['У заяві МЗС йдеться, що посла викликали для пояснень.', { text: 'посла викликали для пояснень', kind: 'indirect', cue: 'йтися', speaker: 'заяві МЗС' }],
  ];
  for (const [s, w] of cases) it(s, () => expectQuote(s, w));

  it('an indirect clause with quoted words yields both the clause and the partial quotation', () => {
    const text = 'Прокурор заявив, що підозрюваний діяв «з особливою жорстокістю».';
    const qs = quotesOf(text, 'uk').map(view);
    expect(qs).toContainEqual({ text: 'підозрюваний діяв «з особливою жорстокістю»', kind: 'indirect', cue: 'заявити', speaker: 'Прокурор' });
    expect(qs).toContainEqual({ text: 'з особливою жорстокістю', kind: 'partial', cue: 'заявити', speaker: 'Прокурор' });
  });
});

describe('uk: not indirect speech', () => {
  const negatives = [
    'Про це повідомляється на сайті міської ради.',
    'Як повідомлялося раніше, міст відкриють у травні.',
    'Він заявив про намір балотуватися.',
    'Уряд вирішив підвищити мінімальну зарплату.',
    'Ми знаємо, що зима буде складною.',
    'До нього нарешті дійшло, що треба платити.',
  ];
  for (const s of negatives) it(s, () => expect(quotesOf(s, 'uk').filter((q) => q.kind === 'indirect')).toEqual([]));
});

describe('uk: guillemets around names are not quotations', () => {
  const negatives = [
    'Лавров заявив пропагандистам російського «РИА Новости».',
    'Партія «Слуга народу» зібрала фракцію.',
    'США запровадили санкції проти «Роснефти» і «Лукойла».',
    'У школі вивчали «Кобзар» Шевченка.',
    'Компанія «Укрзалізниця» оновила розклад.',
    'Він працює в агентстві «Укрінформ».',
    'Фільм «Земля» показали на фестивалі.',
    'Інтерв’ю вийшло у виданні «Українська правда».',
  ];
  for (const s of negatives) it(s, () => expect(quotesOf(s, 'uk').filter((q) => q.kind !== 'indirect')).toEqual([]));

  it('a recognised name covering the span settles it', () => {
    const text = 'Учора «Нафтогаз» заявив про рекорд.';
    expect(quotesOf(text, 'uk')).toEqual([]);
  });
});

describe('uk: a quotation without a speaker continues the voice before it', () => {
  it('sets continues', () => {
    const text = '«Ми готові до діалогу», — сказала прем’єрка.\n\nЗа її словами, уряд чекає на відповідь.\n\n«Часу залишилося мало».';
    const qs = quotesOf(text, 'uk');
    const last = qs[qs.length - 1];
    expect(last.text).toBe('Часу залишилося мало');
    expect(last.speaker).toBeNull();
    expect(last.continues).toBe(qs.length - 2);
  });
});

describe('uk: cue agreement', () => {
  const cases: [string, string, 'm' | 'f' | 'n' | undefined, 'sg' | 'pl'][] = [
    ['«Так», — сказав він.', 'сказав', 'm', 'sg'],
    ['«Так», — сказала вона.', 'сказала', 'f', 'sg'],
    ['«Так», — сказали вони.', 'сказали', undefined, 'pl'],
    ['«Так», — каже вона.', 'каже', undefined, 'sg'],
    ['«Так», — кажуть вони.', 'кажуть', undefined, 'pl'],
  ];
  for (const [s, cue, gender, number] of cases) {
    it(s, () => {
      const q = quotesOf(s, 'uk')[0];
      expect(q.cue?.text).toBe(cue);
      expect(q.cue?.gender).toBe(gender);
      expect(q.cue?.number).toBe(number);
    });
  }
});
