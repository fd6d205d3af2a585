import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, splitParagraphs, splitSentences } from '../../src/parser/index.js';

const text = readFileSync(new URL('../fixtures/lavrov-rubio.uk.txt', import.meta.url), 'utf8');

// Every sentence of the seed story, in order. A quotation that runs over two sentences is split
// where its inner sentence ends (after «…» before a capital, after «процесу.»), and the last piece
// keeps its attribution: «…», — сказав він. is one sentence.
const SENTENCES = [
  'date 2025-11-09 Очільник МЗС РФ Сергій Лавров та держсекретар США Марко Рубіо / © Associated Press',
  'Особиста зустріч очільника МЗС РФ Сергія Лаврова та держсекретаря США Марко Рубіо, яку було скасовано Вашингтоном, для обговорення мирного врегулювання війни в Україні все ще може відбутися.',
  'Про свою готовність до таких переговорів Лавров заявив пропагандистам російського «РИА Новости».',
  'При цьому міністр закордонних справ РФ наполягає, що під час переговорів повинні бути враховані «інтереси Кремля».',
  '«Ми з держсекретарем Марко Рубіо розуміємо необхідність регулярного спілкування…',
  'Тому і спілкуємося телефоном, готові і до проведення особистих зустрічей, коли буде потрібно», — сказав він.',
  'Лавров вважає, що основою для потенційної угоди про припинення агресії проти України повинні стати «домовленості», досягнуті під час саміту президента США Дональда Трампа і президента РФ Володимира Путіна на Алясці.',
  '«Тоді американці запевнили нас, що зможуть гарантувати, що [президент України] Володимир Зеленський не перешкоджатиме мирному процесу.',
  'Очевидно, в цьому плані виникли певні труднощі», — припустив очільник російського зовнішньополітичного відомства.',
  'Лавров також традиційно звинуватив країни ЄС та Британію у перешкоджанні діалогу Росії та США.',
  '«Брюссель і Лондон намагаються переконати Вашингтон відмовитися від наміру вирішити кризу політичними та дипломатичними засобами і повністю зосередитися на військовому тиску на Росію», — сказав він.',
  'Як повідомлялося раніше, 21 жовтня головний російський дипломат провів телефонну розмову з Рубіо, під час якої мав обговорити умови майбутнього саміту Путін-Трамп у Будапешті.',
  'Проте після цієї розмови Рубіо рекомендував Трампу скасувати зустріч.',
  'Ба більше, ще одним наслідком цієї розмови називають запроваджені США санкції проти «Роснефти» і «Лукойла» — перші від часу повернення Трампа до Білого дому.',
  'Джерела Reuters, знайомі з ситуацією, розповідали, що причиною стала непримиренна позиція Кремля, який «хотів надто багато» і відмовився від припинення вогню в Україні.',
  'Сам Лавров після невдалої розмови з Рубіо знову заговорив про «нацистський режим» у Києві та вимагав усунути «першопричини конфлікту».',
];

describe('the seed story lavrov-rubio.uk.txt', () => {
  it('has exactly 13 paragraphs, the dateline first', () => {
    const paragraphs = splitParagraphs(text);
    expect(paragraphs).toHaveLength(13);
    expect(paragraphs[0].text).toBe(
      'date 2025-11-09 Очільник МЗС РФ Сергій Лавров та держсекретар США Марко Рубіо / © Associated Press',
    );
    expect(paragraphs[0].start).toBe(1);
    expect(paragraphs[12].text.startsWith('Сам Лавров')).toBe(true);
  });

  it('splits into exactly these sentences', () => {
    expect(splitSentences(text, 'uk').map((s) => s.text)).toEqual(SENTENCES);
    expect(splitSentences(text).map((s) => s.text)).toEqual(SENTENCES);
  });

  it('keeps every span on the original offsets, each sentence inside one paragraph', () => {
    const doc = parse(text, 'uk');
    for (const s of [...doc.sentences, ...doc.paragraphs, ...doc.tokens]) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const s of doc.sentences) {
      expect(doc.paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
    }
  });

  it('tokenizes names with hyphens and guillemets as the later stages expect', () => {
    const words = parse(text, 'uk').tokens.filter((t) => t.kind === 'word').map((t) => t.text);
    expect(words).toContain('Путін-Трамп');
    expect(words).toContain('Роснефти');
    const first = parse(text, 'uk').tokens.slice(0, 6).map((t) => `${t.kind}:${t.text}`);
    expect(first).toEqual(['word:date', 'number:2025', 'punct:-', 'number:11', 'punct:-', 'number:09']);
  });
});
