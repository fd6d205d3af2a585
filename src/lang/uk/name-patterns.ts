/**
 * Ukrainian word endings and context words that tell the type of an unknown capitalised word:
 * surname suffixes (-енко, -ук/-юк, -ський/-цький, -ович, -ов/-ев/-ін), place-name suffixes
 * (-щина, -піль, -град), and the prepositions that take a place in the locative («у Києві»,
 * «на Алясці»). Written by hand from general knowledge of Ukrainian word formation.
 *
 * @module
 */

/**
 * Surname endings that are strong evidence of a person, in any case form
 * (Шевченко/Шевченка, Ковальчук/Ковальчуком, Петрович, Ковальська; Georgian -дзе, -швілі).
 *
 * @example
 * ```ts
 * STRONG_SURNAME.test('шевченка'); // true
 * ```
 */
export const STRONG_SURNAME = /(?:дзе|швілі|енк[оауиі]|енком|чук|чука|чуку|чуком|юк|юка|юку|юком|ович|овича|овичу|овичем|евич|евича|евичу|евичем|ишин|ишина|ишину|ук|ука|уку|уком)$/u;

/**
 * Surname endings that point to a person but also end other words (Лавров, Путін, Лаврова, Путіна).
 *
 * @example
 * ```ts
 * WEAK_SURNAME.test('лаврова'); // true
 * ```
 */
export const WEAK_SURNAME = /(?:[оеє]в|[оеє]ва|[оеє]ву|[оеє]вим|[оеє]вої|[оеє]вою|[оеє]вій|[іи]н|[іи]на|[іи]ну|[іи]ним|[іи]ної|[іи]ною|ий|ого|ому|им)$/u;

/**
 * Adjectival surname endings (-ський/-цький, -ська/-цька): persons, but also place adjectives.
 *
 * @example
 * ```ts
 * ADJECTIVAL_SURNAME.test('ковальського'); // true
 * ```
 */
export const ADJECTIVAL_SURNAME = /(?:[сц]ьк(?:ий|ого|ому|им|ій|а|ої|у|ою))$/u;

/**
 * Feminine surname forms in the nominative (Ковальська, Лаврова, Тимошенко is common gender).
 *
 * @example
 * ```ts
 * FEMININE_SURNAME.test('ковальська'); // true
 * ```
 */
export const FEMININE_SURNAME = /(?:[сц]ька|[оеє]ва|[іи]на)$/u;

/**
 * Masculine surname forms in the nominative.
 *
 * @example
 * ```ts
 * MASCULINE_SURNAME.test('лавров'); // true
 * ```
 */
export const MASCULINE_SURNAME = /(?:[сц]ький|[оеє]в|[іи]н|ович|евич)$/u;

/**
 * Place-name endings (Київщина, Тернопіль, Миколаїв is ambiguous and left out).
 *
 * @example
 * ```ts
 * PLACE_SUFFIX.test('київщина'); // true
 * ```
 */
export const PLACE_SUFFIX = /(?:щин[аиіуою]+|ччин[аиіуою]+|піль|полі|поля|поль|град|граді|града|бург|бурга|бурзі|штадт|ськ|ську|ська|ськом|цьк|цьку|цька|стан|стані|стану|стану|ія|ії|ію|ією)$/u;

/**
 * Prepositions after which a capitalised locative form names a place («у Києві», «на Алясці»).
 *
 * @example
 * ```ts
 * LOCATIVE_PREPOSITIONS.has('у'); // true
 * ```
 */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['у', 'в', 'на', 'по']);

/**
 * Locative-case endings of place names (Києві, Україні, Алясці, Криму, Харкові).
 *
 * @example
 * ```ts
 * LOCATIVE_ENDING.test('києві'); // true
 * ```
 */
export const LOCATIVE_ENDING = /(?:[іїу]|ові|еві|єві|ах|ях)$/u;

/**
 * Prepositions of direction and origin that usually govern places («до Києва», «з Москви»).
 *
 * @example
 * ```ts
 * PLACE_PREPOSITIONS.has('до'); // true
 * ```
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['до', 'з', 'із', 'зі', 'від', 'через', 'біля', 'поблизу', 'під']);

/**
 * Adjective endings (any case): the capitalised first word of «Національний банк», «Одеській області».
 *
 * @example
 * ```ts
 * ADJECTIVE_ENDING.test('національний'); // true
 * ```
 */
export const ADJECTIVE_ENDING = /(?:[иіо]й|ого|ього|ому|ьому|[ео]ї|ьої|ою|ьою|[иі]м|[иі]х|[иі]ми|[нкчшвлрдтсз]а|ня|[нкчшвлрдтсз]е|[нкчшвлрдтсз]і|[нкчшвлрдтсз]у|ню)$/u;

/**
 * Words that join two quoted names or put a quoted name in a sentence («проти «Роснефти» і «Лукойла»»).
 *
 * @example
 * ```ts
 * NAME_CONNECTORS.has('проти'); // true
 * ```
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(
  'у в на з із зі до від для за про через між під над при проти біля після без і й та або чи а як'.split(' '),
);

/**
 * Word shapes of company and agency names (Укрзалізниця, Нафтогаз, Укренерго, Приватбанк, Енергоатом),
 * and the compounds that name EU bodies (Єврокомісія, Єврорада, Європарламент).
 *
 * @example
 * ```ts
 * ORG_WORD.test('укрзалізниця'); // true
 * ```
 */
export const ORG_WORD = /^(?:євро(?:коміс|рад|парламент|суд|банк|пол|юст)|укр(?!аїн)|держ|нац(?!іональн)|мін(?:['’ʼ]юст|фін|екон|оборон|культ|осві|охорон|цифр|соц|енерг|інфр|регіон|агро|юст|доход|природ|ветеран|молод|реінтегр|стратег|палив|вуглепром|промпол|транс|зв'яз|здоров|надзвич|внутр|закордон|розвит)|нафто|енерго|газпром|прома?|агро|інтер|мега|тех|авто|телеко?м)|(?:банк|банку|газ|газу|газом|енерго|атом|пром|буд|торг|трейд|груп|інвест|агро|телеком|сервіс|транс|пошта|пошти|залізниця|залізниці|медіа|холдинг|тех|софт|лайн|нет|лімітед|лтд|інк|корп|ллс|системс|солюшнз|інвестментс|інвестінг|продакшн|девелопмент|консалтинг|лізинг|інжиніринг|маркетинг|трейдинг|капітал|фармація|фарм|(?:київ|харків|львів|одес|міськ|обл|рай|сіль|селищ|верховн)рад(?:а|и|і|у|ою)|центр|центру|центрі|центром)$/u;

/**
 * Genitive plural noun endings («Партія регіонів», «Спілка письменників»).
 *
 * @example
 * ```ts
 * GENITIVE_PLURAL.test('регіонів'); // true
 * ```
 */
export const GENITIVE_PLURAL = /(?:[^аеєиіїоуюя]ів|їв|ей)$/u;

/**
 * Nouns (lemmas) and abbreviations after which a capitalised name is a place («місто Баранівка», «с. Ясень», «річка Десна»).
 * Only nouns that take a name in apposition: «країни», «регіону», «області» before a capitalised word
 * are followed by the name of someone or something else («міністр інформації країни Фавад Чаудхрі»).
 *
 * @example
 * ```ts
 * PLACE_NOUNS.includes('село'); // true
 * ```
 */
export const PLACE_NOUNS: readonly string[] = `
місто містечко село селище хутір смт м с сел річка ріки ріці ріку рікою озеро
море гора острів півострів курорт околиця передмістя аеропорт станція вулиця вул проспект просп площа пл провулок пров
бульвар бул узвіз урочище
`.split(/\s+/).filter(Boolean);

/**
 * Endings that only adjectives take: lower-case words inside «Старовижівська районна рада», and the
 * feminine instrumental of -ськ-, -цьк- and -н- adjectives («Дніпропетровською міськрадою»,
 * «Верховною Радою»).
 *
 * @example
 * ```ts
 * INNER_ADJECTIVE.test('районна'); // true
 * INNER_ADJECTIVE.test('дніпропетровською'); // true
 * ```
 */
export const INNER_ADJECTIVE = /(?:[иі]й|ого|ього|ому|ьому|ої|ьої|[иі]м|[иі]х|[иі]ми|н[аеіу]|нн[аеіу]|[сц]ьк[аеіу]|[сц]ькою|[лвчжтрдйнзс]ною|ов[аеіу]|ев[аеіу])$/u;

/**
 * The locative of a masculine or neuter adjective, needed only before a lower-case head noun:
 * Ukrainian's «-ому», «-ім» are already inner-adjective endings («у Білому домі»).
 *
 * @example
 * ```ts
 * LOCATIVE_ADJECTIVE.test('білому'); // true
 * ```
 */
export const LOCATIVE_ADJECTIVE = /(?:ому|ьому|[иі]м)$/u;

/**
 * Adjective endings of words that are not surnames (-ого, -ої, -ими; -ський surnames excluded separately).
 *
 * @example
 * ```ts
 * PLAIN_ADJECTIVE.test('земельного'); // true
 * ```
 */
export const PLAIN_ADJECTIVE = /(?:[^сцз]ьк|[^ьк])(?:ий|ого|ому|ої|ими|их)$/u;

/**
 * Verb endings (past and present tense) that follow a subject: «Лавров заявив», «Петренко вважає».
 *
 * @example
 * ```ts
 * VERB_ENDING.test('заявив'); // true
 * ```
 */
export const VERB_ENDING = /(?:[аиіїуяе]в|ла|ли|ло|ає|яє|ує|ює|ить|ать|ять|іє)$/u;

/**
 * First names that are also common nouns (віра, надія, слава): no evidence of a name at a sentence start.
 *
 * @example
 * ```ts
 * COMMON_NOUN_NAMES.has('слава'); // true
 * ```
 */
export const COMMON_NOUN_NAMES: ReadonlySet<string> = new Set(['влада', 'віра', 'надія', 'любов', 'слава', 'роман', 'лев', 'мир', 'злата', 'калина', 'зоря', 'богдана', 'мілана', 'доля', 'весна', 'марка', 'лука', 'мила', 'люба', 'ніка']);

/**
 * Neuter and plural adjective forms, never a surname on their own (Хмельницьке, Паралімпійських).
 * Not the locative of a place noun: «у Полтаві», «на Волині», «у Львові», «на Київщині», «в Ірпіні»
 * end in -аві, -ові, -еві, -ині, -іні like no common adjective does.
 *
 * @example
 * ```ts
 * NEUTER_OR_PLURAL_ADJECTIVE.test('черкаське'); // true
 * NEUTER_OR_PLURAL_ADJECTIVE.test('полтаві'); // false
 * ```
 */
export const NEUTER_OR_PLURAL_ADJECTIVE = /(?:ьке|ькі|ьких|ькими|ьким|[нв]е|[^аоеєи]ві|[^иі]ні|[нв]их|[нв]ими)$/u;

/**
 * Abbreviations that open a street address (вул. Хрещатик, 22): the address is one place name.
 *
 * @example
 * ```ts
 * STREET_PREFIXES.has('вул'); // true
 * ```
 */
export const STREET_PREFIXES: ReadonlySet<string> = new Set(['вул', 'просп', 'пров', 'пл', 'бульв', 'бул', 'наб']);

/**
 * Possessive adjectives made from names (Петровими, Томиного, Іванова хата): an owner, not an institution.
 *
 * @example
 * ```ts
 * POSSESSIVE_ADJECTIVE.test('петровими'); // true
 * ```
 */
export const POSSESSIVE_ADJECTIVE = /(?:[оеє]в|[иії]н)(?:ого|ому|ої|ою|ими|их|им|ім)$/u;

/**
 * Abbreviations of «місто», «село», «селище» before a town's name («суд м. Києва»).
 *
 * @example
 * ```ts
 * TOWN_ABBREVIATIONS.has('м'); // true
 * ```
 */
export const TOWN_ABBREVIATIONS: ReadonlySet<string> = new Set(['м', 'с', 'смт', 'сел']);

/**
 * Patronymics in any case form (Іванович, Маркович, Іванівна, Анатоліївна).
 *
 * @example
 * ```ts
 * PATRONYMIC.test('маркович'); // true
 * ```
 */
export const PATRONYMIC = /(?:ович|евич|йович|івн|ївн)\p{Ll}{0,3}$/u;

/**
 * Genitive endings of the nouns that name an institution's field («Інститут історії», «Управління
 * освіти», «Департамент будівництва», «Інститут мовознавства»).
 *
 * @example
 * ```ts
 * GENITIVE_NOUN.test('мовознавства'); // true
 * ```
 */
export const GENITIVE_NOUN = /(?:ії|ості|ики|іки|ини|ння|ття|ства|цтва|ури|ції)$/u;

export * from './name-patterns-long.js';
