/**
 * Russian declension of names as data: suffix tables per paradigm, read by src/morphology/.
 * Same row format as the Ukrainian table (see src/morphology/table-types.ts). Written by hand
 * from Russian grammar (no dictionary copied).
 *
 * @module
 */
import type { DeclensionTable, RuleRow } from '../../morphology/table-types.js';

const CONSONANTS = 'бвгджзклмнпрстфхцчшщй';
/**
 * Stem ends after which a place name in -а/-е/-у is feminine: Украина, Польша, Аляска, Варшава,
 * Москва, Европа, Прага, Рига.
 */
const FEMININE_PLACE_STEMS = ['аин', 'ш', 'аск', 'яск', 'ав', 'скв', 'оп', 'аг', 'иг', 'ик', 'ад'];
/** Stem ends after which a place name in -а/-е/-у is a masculine oblique form (see the uk table). */
const MASCULINE_PLACE_STEMS = ['рг', 'рк', 'йл', 'ешт', 'ест', 'рт', 'рид', 'иж', 'он', 'им', 'ир', 'ут', 'рад'];
/** Stems whose nominative ends in ь (Кремль, Игорь, Роснефть). */
const SOFT = 'лнтдсзрв';
/** After these letters Russian writes и, not ы (Аляски, Праги, Зеленский). */
const VELAR_SIBILANT = 'гкхжшщч';
/** Velars and sibilants whose -и is a genitive of -а; not ч: Карачи and the like are foreign and fixed. */
const GEN_I = 'гкхжшщ';

const nouns: RuleRow[] = [
  // Nominative (identity) forms.
  // Persons are animate: their accusative is the genitive, so a bare stem is nominative only.
  ...[...CONSONANTS].map((c): RuleRow => [c, c, 'm:nom', 3]),
  ...[...CONSONANTS].map((c): RuleRow => [c, c, 'm:acc', 3, 'L']),
  ...[...CONSONANTS].map((c): RuleRow => [c, c, 'f:all', 2, 'P']),
  ['ь', 'ь', 'm:nom,acc f:nom,acc', 3],
  ['а', 'а', 'f:nom m:nom', 3],
  ['я', 'я', 'f:nom m:nom', 3],
  ['о', 'о', 'm:all f:all n:all', 4], // Шевченко, Рубио, Токио: -о nouns of foreign origin do not decline
  ['ио', 'ио', 'm:all f:all n:all', 8],
  ['ео', 'ео', 'm:all f:all n:all', 8],
  ['е', 'е', 'm:all f:all n:all', 0.5], // Кобе; mostly -е is dative/prepositional
  ['и', 'и', 'm:all f:all n:all p:nom,acc', 1.8], // Сочи, Чили, Карачи
  ['и', 'и', 'm:all f:all', 3.5, 'P'], // foreign persons in -и do not decline: Биби, Баркли
  ['у', 'у', 'm:all f:all n:all', 0.5], // Баку, Шойгу
  ['ю', 'ю', 'm:all f:all n:all', 0.5],
  ['ы', 'ы', 'p:nom,acc', 2], // Штаты, Афины

  // Masculine, hard consonant stem: Трамп, Путин, Вашингтон.
  ['а', '', 'm:gen,acc', 3.2, 'P'],
  ['а', '', 'm:gen,acc', 3.2, 'L'],
  ...FEMININE_PLACE_STEMS.flatMap((e): RuleRow[] => [
    [e + 'е', e + 'а', 'f:dat,loc', 3.5, 'L'],
    [e + 'у', e + 'а', 'f:acc', 3.5, 'L'],
    [e + 'а', e + 'а', 'f:nom', 3.5, 'L'],
  ]),
  ...MASCULINE_PLACE_STEMS.flatMap((e): RuleRow[] => [
    [e + 'а', e, 'm:gen,acc', 3.5, 'L'],
    [e + 'у', e, 'm:dat', 3.5, 'L'],
    [e + 'е', e, 'm:loc', 3.5, 'L'],
  ]),
  ['у', '', 'm:dat,gen', 3],
  ['ом', '', 'm:ins', 6],
  ['е', '', 'm:loc', 3.1],
  ['ем', '', 'm:ins', 4],
  ['ым', '', 'm:ins', 0.1],
  // Masculine soft stems: Кремль, Игорь.
  ...[...SOFT].flatMap((c): RuleRow[] => [
    [c + 'я', c + 'ь', 'm:gen,acc', c === 'р' ? 2.5 : 4],
    [c + 'ю', c + 'ь', 'm:dat', 4],
    [c + 'ем', c + 'ь', 'm:ins', 5],
    [c + 'ём', c + 'ь', 'm:ins', 6],
    [c + 'е', c + 'ь', 'm:loc', c === 'л' ? 3.3 : 2], // Брюссель, Израиль: -ль is the usual soft stem
    // Neuter soft -е: море/моря, поле/поля (Черного моря); agreement with the adjective decides.
    ...(c === 'р' || c === 'л'
      ? ([[c + 'я', c + 'е', 'n:gen', 3, 'L'], [c + 'ю', c + 'е', 'n:dat', 3, 'L'], [c + 'ем', c + 'е', 'n:ins', 3, 'L']] as RuleRow[])
      : []),
  ]),
  // Masculine in -й: Сергей, Дмитрий, Китай.
  ['ея', 'ей', 'm:gen,acc', 5],
  ['ею', 'ей', 'm:dat', 4],
  ['еем', 'ей', 'm:ins', 7],
  ['ее', 'ей', 'm:loc', 5],
  ['ия', 'ий', 'm:gen,acc', 2.5, 'P'],
  ['ию', 'ий', 'm:dat', 3, 'P'],
  ['ием', 'ий', 'm:ins', 7],
  ['ии', 'ий', 'm:loc', 0.5, 'P'],
  ['ая', 'ай', 'm:gen,acc', 3.5],
  ['аю', 'ай', 'm:dat', 4],
  ['аем', 'ай', 'm:ins', 6],
  ['ае', 'ай', 'm:loc', 4],
  ['оя', 'ой', 'm:gen,acc', 3],
  ['оем', 'ой', 'm:ins', 6],
  // Masculine and neuter in -о (rare in Russian native names): Министерство.
  ['а', 'о', 'm:gen,acc n:gen', 1.5],
  ['у', 'о', 'n:dat', 0.3],
  ['ье', 'ье', 'm:all f:all', 3, 'P'], // French names: Барнье, Ренье
  ['ом', 'о', 'n:ins', 1],
  ['е', 'о', 'n:loc', 1],
  ['енка', 'енко', 'm:gen,acc', 7],
  ['енку', 'енко', 'm:dat', 7],
  ['енком', 'енко', 'm:ins', 8],
  ['енке', 'енко', 'm:loc', 6],
  // Neuter -ище (кладбище, водохранилище, городище): not a masculine «кладбищ».
  ['ище', 'ище', 'n:nom,acc,loc', 5, 'L'],
  ['ища', 'ище', 'n:gen', 6, 'L'],
  ['ищу', 'ище', 'n:dat', 6, 'L'],
  ['ищем', 'ище', 'n:ins', 6, 'L'],
  ['ства', 'ство', 'n:gen', 7],
  ['ству', 'ство', 'n:dat', 7],
  ['ством', 'ство', 'n:ins', 7],
  ['стве', 'ство', 'n:loc', 7],
  // Neuter in -ие: соглашение, Поволжье-like -ье below.
  ['ие', 'ие', 'n:nom,acc', 4, 'L'],
  ['ия', 'ие', 'n:gen', 2.5, 'L'],
  ['ию', 'ие', 'n:dat', 2, 'L'],
  ['ием', 'ие', 'n:ins', 4, 'L'],
  ['ии', 'ие', 'n:loc', 2, 'L'],
  ['ье', 'ье', 'n:nom,acc', 4], // Подмосковье, Приморье
  ['ья', 'ье', 'n:gen', 4],
  ['ью', 'ье', 'n:dat', 2],
  ['ьем', 'ье', 'n:ins', 4],

  // Feminine in -а: Москва, Мария, Аляска.
  ['ы', 'а', 'f:gen m:gen', 5],
  ['це', 'ца', 'f:dat,loc', 3.5], // столице, Ницце: -ца nouns outnumber masculine -ц
  ['алате', 'алата', 'f:dat,loc', 3.5], // Палате общин: палата, not a masculine «палат»
  ['алату', 'алата', 'f:acc', 3.5],
  // Минкультуры, Минобороны: the second part of a compound is a genitive and does not decline.
  ['культуры', 'культуры', 'm:all f:all n:all', 9],
  ['обороны', 'обороны', 'm:all f:all n:all', 9],
  ['церкви', 'церковь', 'f:gen,dat,loc', 8], // the fleeting о of «церковь»
  ['церковью', 'церковь', 'f:ins', 8],
  ['атуру', 'атура', 'f:acc', 4], // прокуратуру, агентуру: -тура nouns, not a masculine «прокуратур»
  ['атуре', 'атура', 'f:dat,loc', 4],
  ['е', 'а', 'f:dat,loc m:dat,loc', 3],
  ['у', 'а', 'f:acc m:acc', 3],
  ['ой', 'а', 'f:ins m:ins', 3.5],
  ['ою', 'а', 'f:ins m:ins', 4],
  ...[...GEN_I].map((c): RuleRow => [c + 'и', c + 'а', 'f:gen m:gen', 4]),
  // Feminine in -я: Таня, Земля; -ия: Мария, Россия; -ея: Корея.
  ['и', 'я', 'f:gen m:gen', 1.5],
  ['е', 'я', 'f:dat,loc m:dat,loc', 2],
  ['ю', 'я', 'f:acc m:acc', 2],
  ['ей', 'я', 'f:ins m:ins', 3],
  ['ии', 'ия', 'f:gen,dat,loc', 6],
  ['ию', 'ия', 'f:acc', 6],
  ['ией', 'ия', 'f:ins', 8],
  ['еи', 'ея', 'f:gen,dat,loc', 6],
  ['ею', 'ея', 'f:acc', 2],
  ['еей', 'ея', 'f:ins', 7],
  // Feminine in -ь: Роснефть, Керчь, Любовь.
  ['ти', 'ть', 'f:gen,dat,loc', 3],
  ['и', 'ь', 'f:gen,dat,loc', 1.5],
  ['ью', 'ь', 'f:ins', 5],

  // Plurals: Штаты/Штатов, Нидерланды.
  ['ов', 'ы', 'p:gen,acc', 1.5],
  ['ам', 'ы', 'p:dat', 1],
  ['ами', 'ы', 'p:ins', 3],
  ['ах', 'ы', 'p:loc', 2],
  ['', 'ы', 'p:gen', 0.2],

  // Possessive surnames -ов/-ев/-ёв/-ин/-ын: masculine mixed declension, feminine adjectival.
  ...['ов', 'ев', 'ёв', 'ин', 'ын'].flatMap((s): RuleRow[] => [
    [s + 'а', s, 'm:gen,acc', 5, 'P'],
    [s + 'у', s, 'm:dat', 5, 'P'],
    [s + 'ым', s, 'm:ins', 8, 'P'],
    [s + 'е', s, 'm:loc', 5, 'P'],
    [s + 'а', s + 'а', 'f:nom', 4, 'P'],
    [s + 'ой', s + 'а', 'f:gen,dat,ins,loc', 8, 'P'],
    [s + 'у', s + 'а', 'f:acc', 4, 'P'],
  ]),
];

const adjectives: RuleRow[] = [
  // Masculine and neuter: Белый, Зеленский, Толстой.
  // Persons are animate (accusative = genitive): the accusative reading is for places only.
  ['ый', 'ый', 'm:nom', 6],
  ['ий', 'ий', 'm:nom', 6],
  ['ой', 'ой', 'm:nom', 2],
  ['ый', 'ый', 'm:acc', 6, 'L'],
  ['ий', 'ий', 'm:acc', 6, 'L'],
  ['ой', 'ой', 'm:acc', 2, 'L'],
  ['ого', 'ый', 'm:gen,acc', 5],
  ['ому', 'ый', 'm:dat', 5],
  ['ым', 'ый', 'm:ins', 5],
  ['ом', 'ый', 'm:loc', 4],
  ['его', 'ий', 'm:gen,acc', 5],
  ['ему', 'ий', 'm:dat', 5],
  ['им', 'ий', 'm:ins', 5],
  ['ем', 'ий', 'm:loc', 4],
  ['ого', 'ое', 'n:gen', 5],
  ['ому', 'ое', 'n:dat', 5],
  ['ым', 'ое', 'n:ins', 5],
  ['ом', 'ое', 'n:loc', 4],
  ['его', 'ее', 'n:gen', 5],
  ['ему', 'ее', 'n:dat', 5],
  ['им', 'ее', 'n:ins', 5],
  ['ем', 'ее', 'n:loc', 4],
  ['ого', 'ой', 'm:gen,acc', 2],
  ['ому', 'ой', 'm:dat', 2],
  ['ым', 'ой', 'm:ins', 2],
  ...[...VELAR_SIBILANT].flatMap((c): RuleRow[] => [
    [c + 'ого', c + 'ий', 'm:gen,acc', 6],
    [c + 'ому', c + 'ий', 'm:dat', 6],
    [c + 'им', c + 'ий', 'm:ins', 6],
    [c + 'ом', c + 'ий', 'm:loc', 5],
    [c + 'ого', c + 'ое', 'n:gen', 6],
    [c + 'ому', c + 'ое', 'n:dat', 6],
    [c + 'им', c + 'ое', 'n:ins', 6],
    [c + 'ом', c + 'ое', 'n:loc', 5],
    [c + 'их', c + 'ие', 'p:gen,loc,acc', 6],
    [c + 'им', c + 'ие', 'p:dat', 4],
    [c + 'ими', c + 'ие', 'p:ins', 6],
    [c + 'ие', c + 'ие', 'p:nom,acc', 6],
  ]),
  ['ое', 'ое', 'n:nom,acc', 5],
  ['ее', 'ее', 'n:nom,acc', 5],
  // Feminine: Государственная, Белая, Зеленская.
  ['ая', 'ая', 'f:nom', 6],
  ['ой', 'ая', 'f:gen,dat,ins,loc', 5],
  ['ую', 'ая', 'f:acc', 6],
  ['ою', 'ая', 'f:ins', 5],
  ['яя', 'яя', 'f:nom', 5],
  ['ей', 'яя', 'f:gen,dat,ins,loc', 3],
  ['юю', 'яя', 'f:acc', 5],
  // Plural: Соединённые, Объединённые.
  ['ые', 'ые', 'p:nom,acc', 6],
  ['ых', 'ые', 'p:gen,loc,acc', 6],
  ['ым', 'ые', 'p:dat', 4],
  ['ыми', 'ые', 'p:ins', 6],
  ['ие', 'ие', 'p:nom,acc', 5],
  ['их', 'ие', 'p:gen,loc,acc', 5],
  ['ими', 'ие', 'p:ins', 5],
];

/** Foreign names that look inflected but never decline (written by hand). */
const indeclinable = [
  'Баку', 'Шойгу', 'Джо', 'Сочи', 'Токио', 'Осло', 'Монако', 'Перу', 'Чили', 'Мали', 'Гаити', 'Конго', 'Того',
  'Торонто', 'Гонолулу', 'Нью-Дели', 'Дели', 'Тбилиси', 'Хельсинки', 'Макао', 'Бурунди', 'Майами',
  'Берлускони', 'Фицо', 'Дюма', 'Гюго', 'Шоу', 'Меркель', 'Мэй', 'Мей', 'Кеннеди', 'Гарри', 'Ле', 'Ди',
  'Мерси',
];

/**
 * The Russian declension table: noun and adjective rules, indeclinable names.
 *
 * @example
 * ```ts
 * RU_DECLENSION.nouns.find(([suffix]) => suffix === 'ом'); // ['ом', '', 'm:ins', 6]
 * ```
 */
export const RU_DECLENSION: DeclensionTable = { nouns, adjectives, indeclinable, feminineSurnameEndings: ['ой'] };
