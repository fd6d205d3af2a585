/**
 * Russian word endings and context words that tell the type of an unknown capitalised word:
 * surname suffixes (-енко, -ук, -ский/-цкий, -ович, -ов/-ев/-ин), place-name suffixes (-ск,
 * -град, -поль), and the prepositions that take a place in the prepositional case («в Москве»,
 * «на Аляске»). Written by hand from general knowledge of Russian word formation.
 *
 * @module
 */

/**
 * Surname endings that are strong evidence of a person, in any case form.
 *
 * @example
 * ```ts
 * STRONG_SURNAME.test('шевченко'); // true
 * ```
 */
export const STRONG_SURNAME = /(?:енк[оауи]|енком|чук|чука|чуку|чуком|юк|юка|юку|юком|ович|овича|овичу|овичем|евич|евича|евичу|евичем|ук|ука|уку|уком)$/u;

/**
 * Surname endings that point to a person but also end other words (Лавров, Путин).
 *
 * @example
 * ```ts
 * WEAK_SURNAME.test('лаврова'); // true
 * ```
 */
export const WEAK_SURNAME = /(?:[оеё]в|[оеё]ва|[оеё]ву|[оеё]вым|[оеё]вой|[оеё]ве|[иы]н|[иы]на|[иы]ну|[иы]ным|[иы]ной|ий|ого|ому|ым)$/u;

/**
 * Adjectival surname endings (-ский/-цкий, -ская/-цкая): persons, but also place adjectives.
 *
 * @example
 * ```ts
 * ADJECTIVAL_SURNAME.test('ковальского'); // true
 * ```
 */
export const ADJECTIVAL_SURNAME = /(?:[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую))$/u;

/**
 * Feminine surname forms in the nominative.
 *
 * @example
 * ```ts
 * FEMININE_SURNAME.test('ковальская'); // true
 * ```
 */
export const FEMININE_SURNAME = /(?:[сц]кая|[оеё]ва|[иы]на)$/u;

/**
 * Masculine surname forms in the nominative.
 *
 * @example
 * ```ts
 * MASCULINE_SURNAME.test('лавров'); // true
 * ```
 */
export const MASCULINE_SURNAME = /(?:[сц]кий|[оеё]в|[иы]н|ович|евич)$/u;

/**
 * Place-name endings.
 *
 * @example
 * ```ts
 * PLACE_SUFFIX.test('россия'); // true
 * ```
 */
export const PLACE_SUFFIX = /(?:щин[аеыуой]+|поль|поле|поля|град|граде|града|бург|бурга|бурге|штадт|ск|ске|ска|цк|цке|цка|стан|стане|стана|ия|ии|ию|ией)$/u;

/**
 * Prepositions after which a capitalised prepositional form names a place («в Москве»).
 *
 * @example
 * ```ts
 * LOCATIVE_PREPOSITIONS.has('в'); // true
 * ```
 */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['в', 'во', 'на']);

/**
 * Prepositional-case endings of place names (Москве, России, Крыму).
 *
 * @example
 * ```ts
 * LOCATIVE_ENDING.test('москве'); // true
 * ```
 */
export const LOCATIVE_ENDING = /(?:[еиу]|ии|ах|ях)$/u;

/**
 * Prepositions of direction and origin that usually govern places.
 *
 * @example
 * ```ts
 * PLACE_PREPOSITIONS.has('из'); // true
 * ```
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['до', 'из', 'изо', 'от', 'через', 'возле', 'около', 'под']);

/**
 * Adjective endings (any case): the capitalised first word of «Государственная дума», «Московской области».
 *
 * @example
 * ```ts
 * ADJECTIVE_ENDING.test('национальный'); // true
 * ```
 */
export const ADJECTIVE_ENDING = /(?:[ыио]й|ая|яя|ое|ее|ого|его|ому|ему|[ыи]м|[ыи]х|[ыи]ми|ую|юю|ей|[^аеёиоуыэюя]ном|ском|цком)$/u;

/**
 * Words that join two quoted names or put a quoted name in a sentence.
 *
 * @example
 * ```ts
 * NAME_CONNECTORS.has('против'); // true
 * ```
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(
  'в во на с со из до от для за про через между под над при против у о об после без и а или как'.split(' '),
);

/**
 * Word shapes of company and agency names (Роснефть, Газпром, Росатом, Сбербанк, Аэрофлот).
 *
 * @example
 * ```ts
 * ORG_WORD.test('роснефть'); // true
 * ```
 */
export const ORG_WORD = /^(?:евро(?:комисс|совет|парламент|суд|банк|пол|юст)|мин(?:здрав|культ|фин|юст|оборон|экономразвит|транс|энерго|природ|труд|просвещ|обрнаук|цифр|строй|пром|сельхоз|спорт|иностр|регион)|рос(?!с|т)|газпром|укр(?!аин)|нефте|энерго|агро|интер|мега|авто|телеко?м)|(?:банк|банка|газ|газа|нефть|нефти|атом|пром|прома|строй|торг|трейд|групп|инвест|агро|телеком|сервис|транс|флот|флота|медиа|холдинг|тех|софт|лайн|нет)$/u;

/**
 * Genitive plural noun endings («Партия регионов», «Союз писателей»).
 *
 * @example
 * ```ts
 * GENITIVE_PLURAL.test('регионов'); // true
 * ```
 */
export const GENITIVE_PLURAL = /(?:[^аеёиоуыэюя]ов|[^аеёиоуыэюя]ев|ей)$/u;

/**
 * Nouns (lemmas) and abbreviations after which a capitalised name is a place («город Бахмут», «с. Ясное», «река Десна»).
 *
 * @example
 * ```ts
 * PLACE_NOUNS.includes('город'); // true
 * ```
 */
export const PLACE_NOUNS: readonly string[] = `
город городок село поселок посёлок деревня хутор пгт г с пос столица область район регион край страна государство
река озеро море гора остров полуостров курорт окрестность пригород станция улица ул проспект пр площадь пл переулок
пер бульвар б-р
`.split(/\s+/).filter(Boolean);

/**
 * Endings that only adjectives take: lower-case words inside «Московская городская дума».
 *
 * @example
 * ```ts
 * INNER_ADJECTIVE.test('городская'); // true
 * ```
 */
export const INNER_ADJECTIVE = /(?:[ыио]й|ая|яя|ое|ее|ого|его|ому|ему|[ыи]м|[ыи]х|[ыи]ми|ую|юю|[^аеёиоуыэюя]ном|ском|цком)$/u;

/**
 * The locative of a masculine or neuter adjective («Белом», «Красном», «Синем»): the ending of a
 * surname's instrumental too («Путином»), so it counts as an adjective only before a lower-case
 * head noun («в Белом доме», «на Красном море»).
 *
 * @example
 * ```ts
 * LOCATIVE_ADJECTIVE.test('белом'); // true
 * ```
 */
export const LOCATIVE_ADJECTIVE = /[^аеёиоуыэюя][оеё]м$/u;

/**
 * Adjective endings of words that are not surnames (-ого, -ой, -ыми; -ский surnames excluded separately).
 *
 * @example
 * ```ts
 * PLAIN_ADJECTIVE.test('земельного'); // true
 * ```
 */
export const PLAIN_ADJECTIVE = /(?:[^ск]|[^с]к)(?:ый|ого|ому|ыми|ых|ая|ое)$/u;

/**
 * Verb endings (past and present tense) that follow a subject: «Лавров заявил», «Петров считает».
 *
 * @example
 * ```ts
 * VERB_ENDING.test('заявил'); // true
 * ```
 */
export const VERB_ENDING = /(?:ал|ил|ел|ыл|ял|ла|ли|ло|ает|яет|ует|ит|ет|ат|ят)$/u;

/**
 * First names that are also common nouns (вера, надежда, слава): no evidence of a name at a sentence start.
 *
 * @example
 * ```ts
 * COMMON_NOUN_NAMES.has('слава'); // true
 * ```
 */
export const COMMON_NOUN_NAMES: ReadonlySet<string> = new Set(['вера', 'надежда', 'любовь', 'слава', 'роман', 'лев', 'мир', 'злата', 'заря', 'весна', 'марка', 'мила', 'люба', 'ника']);

/**
 * Neuter and plural adjective forms, never a surname on their own (Московское, Паралимпийских).
 *
 * @example
 * ```ts
 * NEUTER_OR_PLURAL_ADJECTIVE.test('московское'); // true
 * ```
 */
export const NEUTER_OR_PLURAL_ADJECTIVE = /(?:кое|кие|ких|кими|[нв]ое|[нв]ые|[нв]ых|[нв]ыми)$/u;

/**
 * Abbreviations that open a street address (ул. Тверская, 13): the address is one place name.
 *
 * @example
 * ```ts
 * STREET_PREFIXES.has('ул'); // true
 * ```
 */
export const STREET_PREFIXES: ReadonlySet<string> = new Set(['ул', 'просп', 'пр', 'пер', 'пл', 'наб']);

/**
 * Possessive adjectives made from names (Петровыми, Машиного): an owner, not an institution.
 *
 * @example
 * ```ts
 * POSSESSIVE_ADJECTIVE.test('петровыми'); // true
 * ```
 */
export const POSSESSIVE_ADJECTIVE = /(?:[оеё]в|ин)(?:ого|ому|ой|ою|ыми|ых|ым)$/u;

/**
 * Abbreviations of «город», «село», «посёлок» before a town's name («суд г. Москвы»).
 *
 * @example
 * ```ts
 * TOWN_ABBREVIATIONS.has('г'); // true
 * ```
 */
export const TOWN_ABBREVIATIONS: ReadonlySet<string> = new Set(['г', 'с', 'пос', 'пгт']);

/**
 * Patronymics in any case form (Иванович, Маркович, Ивановна, Сергеевна).
 *
 * @example
 * ```ts
 * PATRONYMIC.test('маркович'); // true
 * ```
 */
export const PATRONYMIC = /(?:ович|евич|ьич|овн|евн|ичн)\p{Ll}{0,3}$/u;

/**
 * Genitive endings of the nouns that name an institution's field («Институт истории», «Управление
 * образования», «Департамент строительства»).
 *
 * @example
 * ```ts
 * GENITIVE_NOUN.test('языкознания'); // true
 * ```
 */
export const GENITIVE_NOUN = /(?:ии|ости|ики|ины|ния|тия|ства|ования|уры|ции)$/u;

export * from './name-patterns-long.js';
