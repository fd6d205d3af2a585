import { describe, expect, it } from 'vitest';
import { kbEntry, runCase, type Case } from './helpers.js';

const CASES: Record<string, Case> = {
  'inflected forms of one person': {
    lang: 'ru',
    text: 'Сергея Лаврова пригласили в Анкару. Лавров согласился. Лаврову прислали программу.',
    names: [['Сергея Лаврова', 'PER', 'Сергей Лавров'], ['Анкару', 'LOC', 'Анкара'], ['Лавров', 'PER'], ['Лаврову', 'PER', 'Лавров']],
    same: [[0, 2, 3]],
    links: [[1, 'Анкара']],
  },
  'stem fallback without base forms': {
    lang: 'ru',
    text: 'Встреча Владимира Путина и Дональда Трампа. Путину понравилось, Трампа спросили позже.',
    names: [['Владимира Путина', 'PER'], ['Дональда Трампа', 'PER'], ['Путину', 'PER'], ['Трампа', 'PER']],
    same: [[0, 2], [1, 3]],
    links: [[0, 'Владимир Путин'], [1, 'Дональд Трамп']],
    check: (out) => expect(out.entities.map((e) => e.name)).toEqual(['Владимир Путин', 'Дональд Трамп']),
  },
  'two Ivanovs stay two': {
    lang: 'ru',
    text: 'Олег Иванов возглавил комитет. Ирина Иванова стала его заместителем. Иванова поблагодарила коллег.',
    names: [['Олег Иванов', 'PER', 'Олег Иванов', 'm'], ['Ирина Иванова', 'PER', 'Ирина Иванова', 'f'], ['Иванова', 'PER', 'Иванова', 'f']],
    same: [[1, 2]],
  },
  'РФ and Россия are one; МИД России its own': {
    lang: 'ru',
    text: 'МИД России заявил, что РФ не отступит. Россия готовит ответ.',
    names: [['МИД России', 'ORG'], ['РФ', 'LOC'], ['Россия', 'LOC']],
    same: [[1, 2]],
    links: [[0, 'МИД России'], [1, 'Россия']],
    check: (out) => expect(out.entities.map((e) => e.name)).toEqual(['МИД России', 'Россия']),
  },
  'ЕС and Евросоюз': {
    lang: 'ru',
    text: 'Евросоюз утвердил пакет санкций. В ЕС говорят, что он не последний.',
    names: [['Евросоюз', 'ORG'], ['ЕС', 'ORG']],
    same: [[0, 1]],
    links: [[0, 'Европейский союз']],
  },
  'Министерство иностранных дел and МИД by initials': {
    lang: 'ru',
    text: 'Министерство иностранных дел вызвало посла Польши. В МИД объяснили причины.',
    names: [['Министерство иностранных дел', 'ORG'], ['Польши', 'LOC', 'Польша'], ['МИД', 'ORG']],
    same: [[0, 2]],
    links: [[1, 'Польша']],
  },
  'Вашингтон the government is the capital': {
    lang: 'ru',
    text: 'Вашингтон отменил встречу. В Вашингтоне объяснили решение.',
    names: [['Вашингтон', 'ORG'], ['Вашингтоне', 'LOC', 'Вашингтон']],
    same: [[0, 1]],
    links: [[0, 'Вашингтон', 'city']],
  },
  'штат Вашингтон is the state': {
    lang: 'ru',
    text: 'Лесные пожары охватили штат Вашингтон.',
    names: [['Вашингтон', 'LOC']],
    links: [[0, 'Вашингтон', 'region']],
  },
  'Грузия the country, Джорджия the state': {
    lang: 'ru',
    text: 'Премьер Грузии прилетел в Атланту, столицу штата Джорджия.',
    names: [['Грузии', 'LOC', 'Грузия'], ['Атланту', 'LOC', 'Атланта'], ['Джорджия', 'LOC']],
    links: [[0, 'Грузия', 'country'], [2, 'Джорджия', 'region']],
  },
  'Белый дом from an inflected form': {
    lang: 'ru',
    text: 'В Белом доме заявили о новых пошлинах. Белый дом пока молчит.',
    names: [['Белом доме', 'ORG', 'Белый дом'], ['Белый дом', 'ORG']],
    same: [[0, 1]],
    links: [[0, 'Белый дом']],
  },
  'a title in apposition and later alone as speaker': {
    lang: 'ru',
    text: 'Пресс-секретарь Кремля Дмитрий Песков отказался от комментариев. «Нам нечего добавить», — сказал пресс-секретарь Кремля.',
    names: [['Кремля', 'ORG', 'Кремль'], ['Дмитрий Песков', 'PER'], ['Кремля', 'ORG', 'Кремль']],
    same: [[0, 2]],
    links: [[1, 'Дмитрий Песков'], [0, 'Кремль']],
    quotes: [{ quote: 'Нам нечего добавить', speaker: 'пресс-секретарь Кремля', kind: 'title' }],
    speakers: [1],
  },
  'главный российский дипломат joins the minister named by the document': {
    lang: 'ru',
    text: 'Глава МИД РФ Сергей Лавров прибыл в Анкару. «Мы открыты», — заявил главный российский дипломат.',
    names: [['МИД РФ', 'ORG'], ['Сергей Лавров', 'PER'], ['Анкару', 'LOC', 'Анкара']],
    quotes: [{ quote: 'Мы открыты', speaker: 'главный российский дипломат', kind: 'descriptor' }],
    speakers: [1],
    check: (out) => {
      const l = out.entities.find((e) => e.name === 'Сергей Лавров')!;
      expect(l.mentions.map((m) => [m.text, m.kind])).toEqual([
        ['Глава МИД РФ', 'title'],
        ['Сергей Лавров', 'name'],
        ['главный российский дипломат', 'descriptor'],
      ]);
      expect(l.mentions[0].base).toBe('Глава МИД РФ');
    },
  },
  'a pronoun skips names inside the quotation': {
    lang: 'ru',
    text: 'Эльвира Набиуллина выступила в Думе. «Мы говорили с Антоном Силуановым о бюджете», — сказала она.',
    names: [['Эльвира Набиуллина', 'PER', 'Эльвира Набиуллина', 'f'], ['Думе', 'ORG', 'Дума'], ['Антоном Силуановым', 'PER', 'Антон Силуанов', 'm']],
    quotes: [{ quote: 'Мы говорили с Антоном Силуановым о бюджете', speaker: 'она', kind: 'pronoun', gender: 'f', number: 'sg' }],
    speakers: [0],
    links: [[0, 'Эльвира Набиуллина']],
  },
  'a pronoun agrees in gender': {
    lang: 'ru',
    text: 'Олаф Шольц встретился с Урсулой фон дер Ляйен. «Разговор был полезным», — сказал он.',
    names: [['Олаф Шольц', 'PER', 'Олаф Шольц', 'm'], ['Урсулой фон дер Ляйен', 'PER', 'Урсула фон дер Ляйен', 'f']],
    quotes: [{ quote: 'Разговор был полезным', speaker: 'он', kind: 'pronoun', gender: 'm', number: 'sg' }],
    speakers: [0],
    links: [[0, 'Олаф Шольц'], [1, 'Урсула фон дер Ляйен']],
  },
  'Reuters sources speak for Reuters': {
    lang: 'ru',
    text: 'Сделку подпишут осенью, сообщили источники Reuters.',
    names: [['Reuters', 'ORG']],
    quotes: [{ quote: 'Сделку подпишут осенью', speaker: 'источники Reuters', kind: 'descriptor' }],
    speakers: [0],
    links: [[0, 'Reuters']],
  },
  'cities in inflected forms': {
    lang: 'ru',
    text: 'Переговоры прошли в Стамбуле, затем делегации вернулись в Москву и Киев.',
    names: [['Стамбуле', 'LOC'], ['Москву', 'LOC'], ['Киев', 'LOC']],
    links: [[0, 'Стамбул'], [1, 'Москва', 'city'], [2, 'Киев']],
  },
  'госсекретарь США without a name: Рубио from the KB': {
    lang: 'ru',
    text: '«Мы продолжим помощь», — сказал госсекретарь США.',
    names: [['США', 'LOC']],
    quotes: [{ quote: 'Мы продолжим помощь', speaker: 'госсекретарь США', kind: 'title' }],
    check: (out) => {
      const sp = out.entities.find((e) => e.id === out.quotes[0].speaker?.entityId);
      expect(sp?.kbId).toBe(kbEntry('Марко Рубио', 'ru').id);
    },
  },
  'a surname before the full name joins it': {
    lang: 'ru',
    text: 'Шойгу прибыл в Минск. Сергей Шойгу провел переговоры.',
    names: [['Шойгу', 'PER'], ['Минск', 'LOC'], ['Сергей Шойгу', 'PER']],
    same: [[0, 2]],
    links: [[2, 'Сергей Шойгу'], [1, 'Минск']],
  },
};

describe('linking Russian paragraphs', () => {
  for (const [name, c] of Object.entries(CASES)) it(name, () => void runCase(c));
});
