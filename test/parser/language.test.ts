import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/types.js';
import { detectLanguage } from '../../src/parser/index.js';
import { EN_FUNCTION_WORDS } from '../../src/lang/en/language-words.js';
import { RU_FUNCTION_WORDS } from '../../src/lang/ru/language-words.js';
import { UK_FUNCTION_WORDS } from '../../src/lang/uk/language-words.js';

// Sentences written for this test (not taken from any corpus). Some Ukrainian ones quote Russian
// names and titles in Russian spelling; some Russian ones quote Ukrainian titles; some English
// ones quote Ukrainian names in Cyrillic.
const UK: string[] = [
  'Президент України провів нараду з військовими щодо ситуації на фронті.',
  'У Києві вночі пролунали вибухи, працювала протиповітряна оборона.',
  'Міністр фінансів заявив, що бюджет на наступний рік уже погоджено.',
  "Прем'єр-міністр зустрівся з делегацією Європейського Союзу.",
  'За словами мера, у місті відновлено електропостачання для більшості споживачів.',
  'Нацбанк залишив облікову ставку без змін.',
  'Російська «Роснефть» оголосила про скорочення видобутку нафти.',
  'Речник Кремля Дмитрий Песков знову прокоментував переговори.',
  'Компанія «Газпром нефть» потрапила під нові санкції Великої Британії.',
  '«Сергей Лавров» — так підписано лист, який оприлюднило МЗС Росії.',
  'Синоптики прогнозують у вихідні дощ і похолодання на заході країни.',
  'Збірна України з футболу перемогла суперників з рахунком 2:1.',
  'Верховна Рада ухвалила закон про підтримку ветеранів у першому читанні.',
  'Вчені з Харкова розробили новий метод очищення води.',
  'Ціни на пальне на АЗС знизилися на кілька гривень.',
  'Він сказав, що повернеться додому лише після перемоги.',
  'Жителі прифронтових сіл отримали гуманітарну допомогу.',
  'Голова ОВА повідомив про обстріл Херсона та поранення двох людей.',
  'Російський «Лукойл» продає свої закордонні активи.',
  'Українські дрони атакували нафтопереробний завод у Рязанській області.',
  'Шкільні уроки в укриттях стали звичною справою для дітей Харкова.',
  'Учасники форуму обговорили відбудову енергетичної інфраструктури.',
  "Міністерство охорони здоров'я попереджає про поширення грипу.",
  'Путін-Трамп: саміт у Будапешті так і не відбувся.',
  'Депутат російської Держдуми Андрей Картаполов знову погрожував Європі.',
  'Пресслужба «Укрзалізниці» попередила про затримку кількох поїздів.',
  'Експерти вважають, що інфляція сповільниться до кінця року.',
  'Сьогодні у Львові відкрили новий центр реабілітації для військових.',
  'Видання «Коммерсантъ» написало, що Владимир Мединский очолить делегацію.',
  'Лавров заявив, що «Сергей Рыбаков и Юрий Ушаков» готові до зустрічі.',
];

const RU: string[] = [
  'Президент России провёл совещание с членами Совета безопасности.',
  'В Москве ожидается снег и гололёд на дорогах.',
  'Министр иностранных дел Сергей Лавров заявил, что встреча возможна.',
  'Центробанк сохранил ключевую ставку на прежнем уровне.',
  'По словам губернатора, пострадавших в результате пожара нет.',
  'Цены на бензин выросли уже в третий раз за месяц.',
  'Депутаты Госдумы приняли закон во втором чтении.',
  'Он сказал, что вернётся домой только весной.',
  'Эксперты считают, что экономика будет расти медленно.',
  'Компания «Роснефть» сообщила о росте добычи нефти.',
  'Пресс-секретарь Кремля Дмитрий Песков отказался от комментариев.',
  'Жители города жалуются на плохое качество дорог.',
  'Сборная России по хоккею проиграла в финале турнира.',
  'Учёные из Новосибирска создали новый материал для батарей.',
  'В результате аварии на трассе пострадали четыре человека.',
  'Глава региона пообещал отремонтировать все школы до конца года.',
  'Это решение было принято после долгих переговоров.',
  'Как сообщает ТАСС, переговоры продолжатся на следующей неделе.',
  'Зеленский провёл встречу с министром обороны.',
  'Мэр Киева Виталий Кличко рассказал о подготовке к зиме.',
  'Они уехали из города, когда начались обстрелы.',
  'Врачи рекомендуют сделать прививку от гриппа до декабря.',
  'На выставке представлено более ста картин известных художников.',
  'Полиция задержала подозреваемого в краже автомобиля.',
  'Синоптики обещают тёплую погоду на выходных.',
  'Который час? Уже поздно, пора домой.',
  'Правительство выделит дополнительные средства на строительство жилья.',
  'Издание «Українська правда» сообщило о кадровых перестановках в Киеве.',
  'Студенты сдают экзамены в конце января.',
  'Мы надеемся, что ситуация скоро изменится к лучшему.',
];

const EN: string[] = [
  'The president met military commanders to discuss the situation at the front.',
  'Air defences were active over Kyiv overnight, officials said.',
  'The finance minister said the budget for next year had already been agreed.',
  'Shares in technology companies fell sharply on Wall Street on Tuesday.',
  'The central bank kept its key interest rate unchanged.',
  'Ukrainian outlet «Українська правда» reported the resignation on Friday.',
  'The mayor of Kharkiv, Ігор Терехов, said power had been restored to most homes.',
  'Володимир Зеленський told reporters in Brussels that the talks were productive.',
  'He said he would return home only after the war ends.',
  'Heavy rain is expected across the north of England this weekend.',
  'The company said it would cut about 2,000 jobs by the end of the year.',
  'Scientists have developed a new way to purify drinking water.',
  'Police arrested two men after a car was stolen in Manchester.',
  'The newspaper «Дзеркало тижня» has been published since 1994.',
  'Fuel prices dropped by several cents a gallon this month.',
  'Lawmakers passed the bill by a narrow margin late on Thursday.',
  'Residents of frontline villages received humanitarian aid from the Red Cross.',
  'The governor of Kherson region, Олександр Прокудін, reported fresh shelling.',
  'Oil giants Rosneft and Lukoil were hit by new U.S. sanctions.',
  'Doctors recommend getting a flu shot before December.',
  'The exhibition features more than a hundred paintings by famous artists.',
  'Students will sit their final exams at the end of January.',
  'We hope the situation will change for the better soon.',
  "Kyiv's mayor Vitali Klitschko warned of long power outages this winter.",
  'Officials in Lviv opened a new rehabilitation centre for veterans.',
  'The team won the match 2-1 thanks to a late goal.',
  'Reuters, citing sources familiar with the matter, said the deal had collapsed.',
  'A spokesman for the ministry, Георгій Тихий, declined to comment.',
  'It is not clear when the negotiations will resume.',
  'The film «Мирний-21» won an award at the festival in Odesa.',
];

const ALL: [string, Lang][] = [
  ...UK.map((s) => [s, 'uk'] as [string, Lang]),
  ...RU.map((s) => [s, 'ru'] as [string, Lang]),
  ...EN.map((s) => [s, 'en'] as [string, Lang]),
];

describe('detectLanguage', () => {
  it('has 30 test sentences per language, each 20–200 characters', () => {
    expect([UK.length, RU.length, EN.length]).toEqual([30, 30, 30]);
    for (const [s] of ALL) {
      expect(s.length).toBeGreaterThanOrEqual(20);
      expect(s.length).toBeLessThanOrEqual(200);
    }
  });

  it('gets at least 95% of the 90 sentences right (and lists the misses)', () => {
    const misses = ALL.filter(([s, lang]) => detectLanguage(s) !== lang).map(([s, lang]) => `${lang}→${detectLanguage(s)}: ${s}`);
    if (misses.length > 0) console.log(`detectLanguage misses (${misses.length}/90):\n${misses.join('\n')}`);
    expect(misses.length / ALL.length).toBeLessThanOrEqual(0.05);
  });

  it('keeps Ukrainian text with quoted Russian names Ukrainian, English text with Ukrainian names English', () => {
    expect(detectLanguage('Лавров заявив, що «Роснефть» і «Сергей Лавров» — одне ціле.')).toBe('uk');
    expect(detectLanguage('Zelensky said «Ми переможемо» on Tuesday.')).toBe('en');
    expect(detectLanguage('Як пише The New York Times, переговори зірвалися.')).toBe('uk');
  });

  it('uses function-word lists that share no word (a shared word would vote twice)', () => {
    const uk = new Set(UK_FUNCTION_WORDS);
    const ru = new Set(RU_FUNCTION_WORDS);
    expect(RU_FUNCTION_WORDS.filter((w) => uk.has(w))).toEqual([]);
    expect(EN_FUNCTION_WORDS.filter((w) => uk.has(w) || ru.has(w))).toEqual([]);
    expect(uk.size).toBe(UK_FUNCTION_WORDS.length);
    expect(ru.size).toBe(RU_FUNCTION_WORDS.length);
  });

  it('reads the whole seed story as Ukrainian', () => {
    expect(detectLanguage('Особиста зустріч очільника МЗС РФ Сергія Лаврова та держсекретаря США Марко Рубіо')).toBe('uk');
  });

  it("defaults to 'en' without Cyrillic letters and to 'uk' for short Cyrillic without evidence", () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('2025-11-09 12:30')).toBe('en');
    expect(detectLanguage('!!! … 😀')).toBe('en');
    expect(detectLanguage('Москва')).toBe('uk');
    expect(detectLanguage('Привіт')).toBe('uk');
    expect(detectLanguage('Привет')).toBe('uk');
  });

  it('stops reading once the opening has decided, but not on a close vote', () => {
    const uk = 'Міністр заявив, що переговори тривають і що сторони готові до компромісу. ';
    const ru = 'Министр заявил, что переговоры продолжаются и что стороны готовы к компромиссу. ';
    // A clearly Ukrainian opening settles the vote: a long Russian tail after it is not read.
    expect(detectLanguage(uk.repeat(120) + ru.repeat(600))).toBe('uk');
    // Alternating paragraphs never settle, so the whole text (up to 65 536 characters) votes.
    expect(detectLanguage((uk + ru + ru).repeat(150))).toBe('ru');
    expect(detectLanguage((ru + uk + uk).repeat(150))).toBe('uk');
    // English with Cyrillic quotations: the script vote settles for English.
    expect(detectLanguage('The minister said the talks «тривають» and would go on. '.repeat(300))).toBe('en');
  });
});
