import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/types.js';
import { parse, splitParagraphs, splitSentences } from '../../src/parser/index.js';

const sentences = (text: string, lang?: Lang) => splitSentences(text, lang).map((s) => s.text);

/** Each case: the text and the sentences it must split into. */
type Case = [string, string[]];

describe('splitSentences: one sentence (no split inside)', () => {
  const uk: string[] = [
    'Академік В. І. Вернадський заснував Академію наук.',
    'Про це повідомив проф. О. Петренко з Києва.',
    'Він живе в м. Києві на вул. Хрещатик.',
    'Так звані т. зв. «ДНР» та «ЛНР» не визнані.',
    'Див. ст. 15 Конституції України.',
    'Бюджет становить 3.5 млрд грн на 2026 рік.',
    'Зустріч відбулася 21.10.2025 у Будапешті.',
    'Він мовчав… і потім пішов.',
    'Він мовчав... і потім пішов.',
    '«Ні!» — крикнув він.',
    '«Ми готові до переговорів», — сказав він.',
    '«Ми готові?» — запитав міністр.',
    'Що?! — перепитав він.',
    'Місто стоїть на р. Дніпро біля с. Петрівка.',
    'Зарплата — 20 тис. грн на місяць.',
    'Виділили 5 млн. грн на ремонт вул. Січових Стрільців.',
    'Його ім’я — Дж. Венс.',
    'Він пише про т. зв. «перемир’я» та ін. речі.',
    'У квітні 2015 р. ТД «Украгропром» повідомив про зміни.',
    'Навесні 1655 р. Б. Хмельницький вирушив у похід.',
    'Медалі коштували по 520 грн./од. і 195 грн. / од.',
    'Реєстр веде ДП «Інформаційний центр» Мін’юсту.',
  ];
  it.each(uk)('uk: %s', (text) => {
    expect(sentences(text, 'uk')).toEqual([text]);
  });

  const ru: string[] = [
    'Он родился в г. Киеве в 1990 году.',
    'Музей им. Пушкина находится на ул. Волхонка.',
    'Это, т. е. сделка, не состоялась.',
    'Это, т.е. сделка, не состоялась.',
    'Он живёт в г. Москве, а работает в г. Туле.',
    '«Нет!» — ответил он.',
    '«Мы готовы к переговорам», — сказал Лавров.',
    'Он замолчал… и ушёл.',
    'Акад. Д. С. Лихачёв писал об этом.',
    'Цена выросла на 2.5 тыс. руб. за тонну.',
  ];
  it.each(ru)('ru: %s', (text) => {
    expect(sentences(text, 'ru')).toEqual([text]);
  });

  const en: string[] = [
    'J. R. R. Tolkien wrote The Hobbit.',
    'Mr. Smith met Dr. Jones in Washington.',
    'The U.S. president spoke to U.K. officials.',
    'U.S. President Donald Trump arrived on Monday.',
    'Big firms, e.g. Apple Inc. and Google, agreed.',
    '"No," he said.',
    '"Stop!" he shouted.',
    'Growth was 3.5 percent in 2025.',
    'He paused... and then went on.',
    'Sen. Lindsey Graham met Gov. Newsom at 9 a.m. on Friday.',
    'She lives at No. 10 Downing St. in London.',
    'A Kansas City, Mo.-based bank reported losses.',
    'The rally started at 9 a.m. Sunday in Washington.',
    'The site went live at example.com. on Monday.',
    'FAIRVIEW, W.Va. — The coal was piled high.',
    'NEWPORT NEWS, Va. - In a tradition he has kept, he spoke.',
  ];
  it.each(en)('en: %s', (text) => {
    expect(sentences(text, 'en')).toEqual([text]);
  });
});

describe('splitSentences: sentence boundaries', () => {
  const uk: Case[] = [
    ['Лавров заявив. Рубіо мовчить.', ['Лавров заявив.', 'Рубіо мовчить.']],
    ['Він мовчав… Потім пішов.', ['Він мовчав…', 'Потім пішов.']],
    ['Він мовчав... Потім пішов.', ['Він мовчав...', 'Потім пішов.']],
    ['Це сталося у 2025 р. Далі буде.', ['Це сталося у 2025 р.', 'Далі буде.']],
    ['Це було у XX ст. Тепер інакше.', ['Це було у XX ст.', 'Тепер інакше.']],
    ['Проєкт стартував навесні 2011 р. Його мета — допомога.', ['Проєкт стартував навесні 2011 р.', 'Його мета — допомога.']],
    ['Виділили 20 тис. грн. Гроші надійшли.', ['Виділили 20 тис. грн.', 'Гроші надійшли.']],
    ['Є певні «труднощі». Далі буде.', ['Є певні «труднощі».', 'Далі буде.']],
    ['Він сказав: «Ми переможемо». Зал аплодував.', ['Він сказав: «Ми переможемо».', 'Зал аплодував.']],
    ['Ми переможемо! Слава Україні!', ['Ми переможемо!', 'Слава Україні!']],
    ['Чому? Бо так треба.', ['Чому?', 'Бо так треба.']],
    ['Загинули 12 людей. 5 з них — діти.', ['Загинули 12 людей.', '5 з них — діти.']],
    ['Він пішов. «Я повернуся», — сказав він.', ['Він пішов.', '«Я повернуся», — сказав він.']],
    ['Він сказав «ні».\r\nВона сказала «так».', ['Він сказав «ні».', 'Вона сказала «так».']],
    ['Перший рядок без крапки\rДругий рядок', ['Перший рядок без крапки', 'Другий рядок']],
    ['«Все скінчилося. Ми перемогли», — сказав він.', ['«Все скінчилося.', 'Ми перемогли», — сказав він.']],
  ];
  it.each(uk)('uk: %s', (text, expected) => {
    expect(sentences(text, 'uk')).toEqual(expected);
  });

  const ru: Case[] = [
    ['Лавров заявил. Рубио промолчал.', ['Лавров заявил.', 'Рубио промолчал.']],
    ['Это было в 2024 г. Сейчас иначе.', ['Это было в 2024 г.', 'Сейчас иначе.']],
    ['Он ушёл… Больше его не видели.', ['Он ушёл…', 'Больше его не видели.']],
    ['Купили хлеб, молоко и т. д. Потом ушли.', ['Купили хлеб, молоко и т. д.', 'Потом ушли.']],
    ['Правда? Да.', ['Правда?', 'Да.']],
  ];
  it.each(ru)('ru: %s', (text, expected) => {
    expect(sentences(text, 'ru')).toEqual(expected);
  });

  const en: Case[] = [
    ['He left. She stayed.', ['He left.', 'She stayed.']],
    ['He works in the U.S. The company agreed.', ['He works in the U.S.', 'The company agreed.']],
    ['They bought Apple Inc. The deal closed.', ['They bought Apple Inc.', 'The deal closed.']],
    ['He waited... Then he left.', ['He waited...', 'Then he left.']],
    ['He said: "We will win." Then he left.', ['He said: "We will win."', 'Then he left.']],
    ['"We will win," he said. "No doubt."', ['"We will win," he said.', '"No doubt."']],
    ['Really? Yes!', ['Really?', 'Yes!']],
    ['It was Plan B. The plan failed.', ['It was Plan B.', 'The plan failed.']],
    ['She moved to Richmond, Va. The city welcomed her.', ['She moved to Richmond, Va.', 'The city welcomed her.']],
    ['Protesters stayed until 2 a.m. The police left.', ['Protesters stayed until 2 a.m.', 'The police left.']],
    ['First line\r\nSecond line.\u2028Third line.\u2029Fourth', ['First line', 'Second line.', 'Third line.', 'Fourth']],
  ];
  it.each(en)('en: %s', (text, expected) => {
    expect(sentences(text, 'en')).toEqual(expected);
  });
});

describe('splitSentences: spans', () => {
  it('trims white space and keeps offsets into the original text', () => {
    const text = '  Перше речення.   Друге!  \r\n\r\n  Третє…  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => [s.start, s.end, s.text])).toEqual([
      [2, 16, 'Перше речення.'],
      [19, 25, 'Друге!'],
      [33, 39, 'Третє…'],
    ]);
  });
  it('never crosses a paragraph, even without a full stop', () => {
    const text = 'Він сказав\nщо прийде';
    expect(sentences(text)).toEqual(['Він сказав', 'що прийде']);
  });
  it('treats an unknown language code like none', () => {
    expect(sentences('Він живе в м. Києві. Далі.', 'auto' as Lang)).toEqual(['Він живе в м. Києві.', 'Далі.']);
  });
  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \r\n\t ')).toEqual([]);
  });
  it('does not make a sentence of punctuation alone', () => {
    expect(sentences('… Далі буде.')).toEqual(['… Далі буде.']);
  });
});

describe('splitParagraphs', () => {
  const cases: Case[] = [
    ['Перший.\n\nДругий.', ['Перший.', 'Другий.']],
    ['Перший.\r\nДругий.\rТретій.', ['Перший.', 'Другий.', 'Третій.']],
    ['One.\u2028Two.\u2029Three.', ['One.', 'Two.', 'Three.']],
    ['  Відступ.  \n\n\n   \n Кінець', ['Відступ.', 'Кінець']],
    ['Одне речення. Друге речення.', ['Одне речення. Друге речення.']],
    ['Перший.\vДругий.\fТретій.', ['Перший.', 'Другий.', 'Третій.']],
    ['Кінець рядка\n', ['Кінець рядка']],
    // Not line breaks: a tab, a no-break space, NEL (U+0085) keep one paragraph.
    ['Один\tабзац\u00a0ще\u0085далі.', ['Один\tабзац\u00a0ще\u0085далі.']],
  ];
  it.each(cases)('%j', (text, expected) => {
    const spans = splitParagraphs(text);
    expect(spans.map((p) => p.text)).toEqual(expected);
    for (const p of spans) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('parse: paragraphs and sentences of one document', () => {
  const texts = [
    'Він сказав.\n\n«Ні!» — крикнув він. Далі.',
    'He left.\r\nShe stayed. "Fine," he said.\u2028Over.',
    'Один абзац без кінця',
  ];
  it.each(texts)('%j: the same spans as splitParagraphs and splitSentences give', (text) => {
    for (const lang of ['uk', 'en'] as const) {
      const doc = parse(text, lang);
      expect(doc.paragraphs).toEqual(splitParagraphs(text));
      expect(doc.sentences).toEqual(splitSentences(text, lang));
    }
  });
});
