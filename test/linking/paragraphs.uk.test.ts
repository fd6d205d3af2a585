import { describe, expect, it } from 'vitest';
import { kbEntry, runCase, type Case } from './helpers.js';

const CASES: Record<string, Case> = {
  'inflected forms of one person': {
    lang: 'uk',
    text: 'Сергія Лаврова запросили до Анкари. Лавров погодився. Лаврову надіслали програму.',
    names: [['Сергія Лаврова', 'PER', 'Сергій Лавров'], ['Анкари', 'LOC', 'Анкара'], ['Лавров', 'PER'], ['Лаврову', 'PER', 'Лавров']],
    same: [[0, 2, 3]],
    links: [[0, null], [1, 'Анкара']],
    check: (out) => expect(out.entities[0].name).toBe('Сергій Лавров'),
  },
  'inflected forms without base forms (stem fallback)': {
    lang: 'uk',
    text: 'Зустріч Дональда Трампа і Володимира Зеленського. Трампу сподобалось. Зеленського запитали.',
    names: [['Дональда Трампа', 'PER'], ['Володимира Зеленського', 'PER'], ['Трампу', 'PER'], ['Зеленського', 'PER']],
    same: [[0, 2], [1, 3]],
    links: [[0, 'Дональд Трамп'], [1, 'Володимир Зеленський']],
    check: (out) => expect(out.entities.map((e) => e.name)).toEqual(['Дональд Трамп', 'Володимир Зеленський']),
  },
  'two Kovalenkos stay two; the bare surname goes to the latest agreeing one': {
    lang: 'uk',
    text: 'Олег Коваленко очолив раду. Ірина Коваленко стала його заступницею. Коваленко подякувала колегам.',
    names: [['Олег Коваленко', 'PER'], ['Ірина Коваленко', 'PER'], ['Коваленко', 'PER', 'Коваленко', 'f']],
    same: [[1, 2]],
  },
  'two Kovalenkos: a masculine bare surname goes back to Олег': {
    lang: 'uk',
    text: 'Олег Коваленко очолив раду. Ірина Коваленко стала його заступницею. Коваленко подякував колегам.',
    names: [['Олег Коваленко', 'PER', 'Олег Коваленко', 'm'], ['Ірина Коваленко', 'PER', 'Ірина Коваленко', 'f'], ['Коваленко', 'PER', 'Коваленко', 'm']],
    same: [[0, 2]],
  },
  'a surname before the full name joins it': {
    lang: 'uk',
    text: 'Лавров заявив про переговори. Сергій Лавров додав, що чекає відповіді.',
    names: [['Лавров', 'PER'], ['Сергій Лавров', 'PER']],
    same: [[0, 1]],
  },
  'two people sharing a surname but not a first name: Лавров and Марія Лаврова': {
    lang: 'uk',
    text: 'Сергій Лавров приїхав до Мінська. Журналістка Марія Лаврова поставила йому питання.',
    names: [['Сергій Лавров', 'PER', 'Сергій Лавров', 'm'], ['Мінська', 'LOC', 'Мінськ'], ['Марія Лаврова', 'PER', 'Марія Лаврова', 'f']],
    links: [[1, 'Мінськ']],
  },
  'РФ and Росія are one entity named Росія; МЗС РФ stays its own': {
    lang: 'uk',
    text: 'МЗС РФ заявило, що РФ не відступить. Росія готує відповідь.',
    names: [['МЗС РФ', 'ORG'], ['РФ', 'LOC'], ['Росія', 'LOC']],
    same: [[1, 2]],
    links: [[0, 'МЗС РФ'], [1, 'Росія']],
    check: (out) => expect(out.entities.map((e) => e.name)).toEqual(['МЗС РФ', 'Росія']),
  },
  'США and Сполучені Штати through the KB': {
    lang: 'uk',
    text: 'Сполучені Штати запровадили мита. У США пояснили це дефіцитом.',
    names: [['Сполучені Штати', 'LOC'], ['США', 'LOC']],
    same: [[0, 1]],
    links: [[0, 'США']],
    check: (out) => expect(out.entities[0].name).toBe('Сполучені Штати'),
  },
  'ЄС and Європейський Союз': {
    lang: 'uk',
    text: 'Європейський Союз ухвалив пакет санкцій. У ЄС кажуть, що це не останній.',
    names: [['Європейський Союз', 'ORG'], ['ЄС', 'ORG']],
    same: [[0, 1]],
    links: [[1, 'Європейський Союз']],
  },
  'МЗС and Міністерство закордонних справ by initials, without the KB': {
    lang: 'uk',
    text: 'Міністерство закордонних справ викликало посла. У МЗС пояснили причини.',
    names: [['Міністерство закордонних справ', 'ORG'], ['МЗС', 'ORG']],
    same: [[0, 1]],
    links: [[0, null]],
  },
  'Russian spelling inside Ukrainian text: «Роснефти» is Роснефть': {
    lang: 'uk',
    text: 'Санкції проти «Роснефти» вдарили по бюджету. Роснефть скоротила видобуток.',
    names: [['Роснефти', 'ORG', 'Роснефть'], ['Роснефть', 'ORG']],
    same: [[0, 1]],
    links: [[0, 'Роснефть']],
    check: (out) => expect(out.entities[0].name).toBe('Роснефть'),
  },
  'Washington the government is still the capital, not the state': {
    lang: 'uk',
    text: 'Вашингтон скасував зустріч. У Вашингтоні пояснили рішення.',
    names: [['Вашингтон', 'ORG'], ['Вашингтоні', 'LOC', 'Вашингтон']],
    same: [[0, 1]],
    links: [[0, 'Вашингтон', 'city']],
  },
  'штат Вашингтон is the state': {
    lang: 'uk',
    text: 'Пожежі охопили штат Вашингтон і сусідній Орегон.',
    names: [['Вашингтон', 'LOC'], ['Орегон', 'LOC']],
    links: [[0, 'Вашингтон', 'region'], [1, 'Орегон']],
  },
  'Грузія is the country; Джорджія is the US state': {
    lang: 'uk',
    text: 'Президентка Грузії поїхала до Атланти, столиці штату Джорджія.',
    names: [['Грузії', 'LOC', 'Грузія'], ['Атланти', 'LOC', 'Атланта'], ['Джорджія', 'LOC']],
    links: [[0, 'Грузія', 'country'], [2, 'Джорджія', 'region']],
  },
  'Білий дім from an inflected form': {
    lang: 'uk',
    text: 'У Білому домі заявили про нові мита. Білий дім не коментує.',
    names: [['Білому домі', 'ORG', 'Білий дім'], ['Білий дім', 'ORG']],
    same: [[0, 1]],
    links: [[0, 'Білий дім']],
  },
  'a bare surname the KB knows links; a different first name does not (Кличко)': {
    lang: 'uk',
    text: 'Володимир Кличко приїхав на фронт. Кличко привіз генератори.',
    names: [['Володимир Кличко', 'PER'], ['Кличко', 'PER']],
    same: [[0, 1]],
    links: [[0, null]],
  },
  'a famous surname with another first name is not linked (Джонсон)': {
    lang: 'uk',
    text: 'Дуейн Джонсон зіграв нову роль. Джонсон подякував фанатам.',
    names: [['Дуейн Джонсон', 'PER'], ['Джонсон', 'PER']],
    same: [[0, 1]],
    links: [[0, null]],
  },
  'Рубіо alone is Марко Рубіо in the KB, and named so': {
    lang: 'uk',
    text: 'Рубіо прилетів до Києва. У Києві Рубіо зустрівся з журналістами.',
    names: [['Рубіо', 'PER'], ['Києва', 'LOC', 'Київ'], ['Києві', 'LOC', 'Київ'], ['Рубіо', 'PER']],
    same: [[0, 3], [1, 2]],
    links: [[0, 'Марко Рубіо'], [1, 'Київ']],
    check: (out) => expect(out.entities[0].name).toBe('Марко Рубіо'),
  },
  'a title in apposition, then the title alone as speaker': {
    lang: 'uk',
    text: 'Речник Кремля Дмитро Пєсков відмовився коментувати. «Ми не бачимо підстав», — сказав речник Кремля.',
    names: [['Кремля', 'ORG', 'Кремль'], ['Дмитро Пєсков', 'PER'], ['Кремля', 'ORG', 'Кремль']],
    same: [[0, 2]],
    links: [[1, 'Дмитро Пєсков'], [0, 'Кремль']],
    quotes: [{ quote: 'Ми не бачимо підстав', speaker: 'речник Кремля', kind: 'title' }],
    speakers: [1],
  },
  'a title alone: the KB’s current holder (Пєсков) is the speaker': {
    lang: 'uk',
    text: '«Це питання не до нас», — заявив прес-секретар президента Росії.',
    names: [['Росії', 'LOC', 'Росія']],
    quotes: [{ quote: 'Це питання не до нас', speaker: 'прес-секретар президента Росії', kind: 'title' }],
    check: (out) => {
      const sp = out.entities.find((e) => e.id === out.quotes[0].speaker?.entityId);
      expect(sp?.kbId).toBe(kbEntry('Дмитро Пєсков', 'uk').id);
      expect(sp?.name).toBe('Дмитро Пєсков');
    },
  },
  'держсекретар США without a name: Рубіо from the KB, joining his later name': {
    lang: 'uk',
    text: '«Ми продовжимо допомогу», — сказав держсекретар США. Марко Рубіо також зустрівся з прем’єром.',
    names: [['США', 'LOC'], ['Марко Рубіо', 'PER']],
    quotes: [{ quote: 'Ми продовжимо допомогу', speaker: 'держсекретар США', kind: 'title' }],
    speakers: [1],
  },
  'a descriptor joins the person the document gave the office': {
    lang: 'uk',
    text: 'Міністр оборони Німеччини Борис Пісторіус відвідав Литву. Очільник німецького оборонного відомства пообіцяв нову техніку.',
    names: [['Німеччини', 'LOC', 'Німеччина'], ['Борис Пісторіус', 'PER'], ['Литву', 'LOC', 'Литва']],
    links: [[0, 'Німеччина'], [2, 'Литва']],
    check: (out) => {
      const p = out.entities.find((e) => e.name === 'Борис Пісторіус')!;
      expect(p.mentions.map((m) => m.text)).toEqual(['Міністр оборони Німеччини', 'Борис Пісторіус', 'Очільник німецького оборонного відомства']);
    },
  },
  'two presidents: each title goes to its own person': {
    lang: 'uk',
    text: 'Президент США Дональд Трамп зателефонував президенту Франції Емманюелю Макрону. Президент Франції подякував.',
    names: [['США', 'LOC'], ['Дональд Трамп', 'PER'], ['Франції', 'LOC', 'Франція'], ['Емманюелю Макрону', 'PER', 'Емманюель Макрон'], ['Франції', 'LOC', 'Франція']],
    same: [[2, 4]],
    links: [[3, 'Емманюель Макрон'], [1, 'Дональд Трамп']],
    check: (out) => {
      const macron = out.entities.find((e) => e.name === 'Емманюель Макрон')!;
      expect(macron.mentions.filter((m) => m.kind === 'title').map((m) => m.text)).toEqual(['президенту Франції', 'Президент Франції']);
    },
  },
  'a pronoun skips names inside the quotation and takes the previous sentence’s subject': {
    lang: 'uk',
    text: 'Юлія Свириденко провела нараду. «Ми домовилися з Олександром Кубраковим про графік», — сказала вона.',
    names: [['Юлія Свириденко', 'PER', 'Юлія Свириденко', 'f'], ['Олександром Кубраковим', 'PER', 'Олександр Кубраков', 'm']],
    quotes: [{ quote: 'Ми домовилися з Олександром Кубраковим про графік', speaker: 'вона', kind: 'pronoun', gender: 'f', number: 'sg' }],
    speakers: [0],
  },
  'a pronoun agrees in gender: «він» skips a woman': {
    lang: 'uk',
    text: 'Андрій Сибіга говорив з Анналеною Бербок. «Розмова була корисною», — сказав він.',
    names: [['Андрій Сибіга', 'PER', 'Андрій Сибіга', 'm'], ['Анналеною Бербок', 'PER', 'Анналена Бербок', 'f']],
    quotes: [{ quote: 'Розмова була корисною', speaker: 'він', kind: 'pronoun', gender: 'm', number: 'sg' }],
    speakers: [0],
  },
  'a continued quote takes the speaker of the quote it continues': {
    lang: 'uk',
    text: '«Ми готові до переговорів», — сказав Віталій Кличко. «Але не за будь-яку ціну».',
    names: [['Віталій Кличко', 'PER']],
    links: [[0, 'Віталій Кличко']],
    quotes: [{ quote: 'Ми готові до переговорів', speaker: 'Віталій Кличко' }, { quote: 'Але не за будь-яку ціну', continues: 0 }],
    speakers: [0, 0],
  },
  'a source named after a medium speaks for it: «джерело Forbes»': {
    lang: 'uk',
    text: 'Угоду підпишуть восени, повідомило джерело Forbes.',
    names: [['Forbes', 'ORG']],
    quotes: [{ quote: 'Угоду підпишуть восени', speaker: 'джерело Forbes', kind: 'descriptor' }],
    speakers: [0],
  },
  'an unresolved speaker still gets an entity of its own': {
    lang: 'uk',
    text: '«Ситуація складна», — сказав співрозмовник видання.',
    names: [],
    quotes: [{ quote: 'Ситуація складна', speaker: 'співрозмовник видання', kind: 'descriptor' }],
    check: (out) => {
      expect(out.entities).toHaveLength(1);
      expect(out.entities[0].name).toBe('співрозмовник видання');
      expect(out.quotes[0].speaker?.entityId).toBe('e1');
    },
  },
  'cities and countries in inflected forms, linked': {
    lang: 'uk',
    text: 'Делегації з Польщі та Угорщини зустрілися в Будапешті, а потім у Варшаві.',
    names: [['Польщі', 'LOC', 'Польща'], ['Угорщини', 'LOC', 'Угорщина'], ['Будапешті', 'LOC', 'Будапешт'], ['Варшаві', 'LOC', 'Варшава']],
    links: [[0, 'Польща'], [1, 'Угорщина'], [2, 'Будапешт'], [3, 'Варшава']],
  },
  'inflected place names without base forms are still linked': {
    lang: 'uk',
    text: 'Саміт на Алясці завершився. Делегації повернулися до Києва і Брюсселя.',
    names: [['Алясці', 'LOC'], ['Києва', 'LOC'], ['Брюсселя', 'LOC']],
    links: [[0, 'Аляска'], [1, 'Київ'], [2, 'Брюссель']],
    check: (out) => expect(out.entities.map((e) => e.name)).toEqual(['Аляска', 'Київ', 'Брюссель']),
  },
  'NATO and its abbreviation in Ukrainian': {
    lang: 'uk',
    text: 'Генсек НАТО Марк Рютте прибув до Вільнюса. У НАТО наголосили на єдності.',
    names: [['НАТО', 'ORG'], ['Марк Рютте', 'PER'], ['Вільнюса', 'LOC', 'Вільнюс'], ['НАТО', 'ORG']],
    same: [[0, 3]],
    links: [[0, 'НАТО'], [1, 'Марк Рютте'], [2, 'Вільнюс']],
  },
  'English and Ukrainian spellings of one agency are one entity (Reuters, Рейтер)': {
    lang: 'uk',
    text: 'Про це повідомило агентство Reuters. За даними Рейтер, угоду вже підписано.',
    names: [['Reuters', 'ORG'], ['Рейтер', 'ORG']],
    same: [[0, 1]],
    links: [[0, 'Reuters']],
    check: (out) => expect(out.entities[0].name).toBe('Reuters'),
  },
  'a lower-case common word is never a role abbreviation, and an unknown person is not linked': {
    lang: 'uk',
    text: 'Депутат Олег Петренко заявив, що рф — це абревіатура, яку він пише з малої літери.',
    names: [['Олег Петренко', 'PER']],
    links: [[0, null]],
    check: (out) => expect(out.entities[0].mentions.map((m) => m.kind)).toEqual(['name']),
  },
};

describe('linking Ukrainian paragraphs', () => {
  for (const [name, c] of Object.entries(CASES)) it(name, () => void runCase(c));
});
