/**
 * Russian word patterns for the longer names the recogniser reads: the genitive tails of
 * organisation names, territorial branches, streets, regions, events and possessives, plus everyday
 * first names. Written by hand from Russian word formation and usage; no dictionary copied.
 * Re-exported by name-patterns.ts, so the recogniser reads them with the other patterns.
 *
 * @module
 */

/**
 * Genitive endings of the lower-case nouns that may continue an organisation name after its head
 * («Министерство экономического развития и торговли», «Управление капитального строительства»).
 * Past-tense verbs (-ла, -ли, -ло) and infinitives (-ать, -ить) are left out on purpose.
 *
 * @example
 * ```ts
 * GENITIVE_TAIL.test('торговли'); // true
 * GENITIVE_TAIL.test('заявила'); // false
 * ```
 */
export const GENITIVE_TAIL = /(?:ости|ии|ния|тия|ства|[^аеёиоуыэюя]ов|[^аеёиоуыэюя]ев|[^аеёиоуыэюя]ей|[кгхрднвбпзсжшчц]и|[кгхрднвбмпзстц]ы|[^аеёиоуыэюяйьл]у|[кгхрднвбмпзсжшчц]а|[цсз]ий|справ|услуг|работ|наук|общин|систем|программ|стран)$/u;

/**
 * Prepositions inside an organisation's name: none yet (Russian «по» takes the dative: «агентство по инвестициям»).
 *
 * @example
 * ```ts
 * TAIL_PREPOSITIONS.size > 0; // true
 * ```
 */
export const TAIL_PREPOSITIONS: ReadonlySet<string> = new Set<string>();

/**
 * Conjunctions that join two fields of one organisation: «энергетики и угольной промышленности».
 *
 * @example
 * ```ts
 * TAIL_CONJUNCTIONS.size > 0; // true
 * ```
 */
export const TAIL_CONJUNCTIONS: ReadonlySet<string> = new Set(['и']);

/**
 * Oblique cases of the adjectives that name regions and districts («Житомирской области»,
 * «Бородянского района»): after another capitalised word they start a name of their own.
 *
 * @example
 * ```ts
 * REGION_ADJECTIVE.test('житомирской'); // true
 * ```
 */
export const REGION_ADJECTIVE = /[сц]к(?:ой|ого|ому|их|ими)$/u;

/**
 * Forms of the nouns for streets, squares, parks and bridges that, written before a name, belong
 * to the place name («улица Франко», «на площади Ленина», «в парке Горького»).
 *
 * @example
 * ```ts
 * STREET_NOUN_FORMS.has('улице'); // true
 * ```
 */
export const STREET_NOUN_FORMS: ReadonlySet<string> = new Set(
  `улица улицы улицу улицей улице проспект проспекта проспекте проспектом площадь площади площадью
  бульвар бульвара бульваре бульваром переулок переулка переулке набережная набережной набережную шоссе
  сквер сквера сквере парк парка парке парком мост моста мосту мостом`.split(/\s+/),
);

/**
 * An abbreviation with a case ending glued on, as the press writes them («МИДа», «ЦИКом»): the
 * capitals, then one to three lower-case letters.
 *
 * @example
 * ```ts
 * INFLECTED_ABBREVIATION.exec('МИДа')?.[1]; // 'МИД'
 * ```
 */
export const INFLECTED_ABBREVIATION = /^(\p{Lu}{2,6})(?:у|ом|е|а|ов|ами|ах|ы)$/u;

/**
 * Words that end a genitive tail though they look like its nouns: references to the country or
 * state the sentence is about («Верховный суд страны»), and predicatives after a name («Комиссия
 * готова»).
 *
 * @example
 * ```ts
 * TAIL_STOP.has('страны'); // true
 * ```
 */
export const TAIL_STOP: ReadonlySet<string> = new Set(
  'года лет месяца недели дня дней века времени раза страны стран государства государств мира региона готова готов готовы должна должен должны вынуждена вынужден согласна согласен намерена намерен'.split(' '),
);

/**
 * Words that introduce the person an institution is named after: «университет имени Шевченко»,
 * «театр им. Франко».
 *
 * @example
 * ```ts
 * NAMED_AFTER.has('имени'); // true
 * ```
 */
export const NAMED_AFTER: ReadonlySet<string> = new Set(['имени', 'им']);

/**
 * Adjective endings of the singular nominative («Апелляционный суд», «Военная прокуратура»), for
 * names of bodies at a sentence start.
 *
 * @example
 * ```ts
 * SINGULAR_ADJECTIVE.test('апелляционный'); // true
 * ```
 */
export const SINGULAR_ADJECTIVE = /(?:[ыи]й|ой|ая|яя|ое|ее)$/u;

/**
 * Tail nouns that need a genitive after them to end a name («по вопросам …»).
 *
 * @example
 * ```ts
 * TAIL_NEEDS_MORE.size > 0; // true
 * ```
 */
export const TAIL_NEEDS_MORE: ReadonlySet<string> = new Set(['вопросам', 'делам']);

/**
 * Everyday and diminutive first names (Коля, Юра, Лена) with gender, which fiction and quoted
 * speech use and a list of full names lacks. The recogniser adds them to its first names.
 *
 * @example
 * ```ts
 * DIMINUTIVE_NAMES.get('Коля'); // 'm'
 * ```
 */
export const DIMINUTIVE_NAMES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...'Коля Юра Ваня Саша Вова Володя Дима Миша Петя Федя Гена Толя Женя Лёша Алёша Гриша Боря Витя Костя'
    .split(' ')
    .map((n) => [n, 'm'] as const),
  ...'Лена Оля Таня Катя Маша Даша Настя Наташа Ира Галя Люда Надя Валя Зина Зоя Тоня Лида Рая Нина Юля Вика'
    .split(' ')
    .map((n) => [n, 'f'] as const),
]);

/**
 * Head nouns of bodies that an adjective alone makes unique («Апелляционный суд», «Генеральный
 * штаб»), unlike kinds of business («Коммунальное предприятие» is a common noun).
 *
 * @example
 * ```ts
 * UNIQUE_BODY_HEADS.has('суд'); // true
 * ```
 */
export const UNIQUE_BODY_HEADS: ReadonlySet<string> = new Set(
  'суд совет комитет комиссия прокуратура штаб министерство служба агентство инспекция палата правительство парламент банк фонд департамент управление казначейство'.split(' '),
);

/**
 * Prepositions of a body's territorial branch: «Управление СБУ в Волынской области».
 *
 * @example
 * ```ts
 * BRANCH_PREPOSITIONS.size > 0; // true
 * ```
 */
export const BRANCH_PREPOSITIONS: ReadonlySet<string> = new Set(['в', 'во']);

/**
 * Locative forms of region nouns after a branch preposition: «в Житомирской области».
 *
 * @example
 * ```ts
 * REGION_NOUNS.size > 0; // true
 * ```
 */
export const REGION_NOUNS: ReadonlySet<string> = new Set(['области', 'обл']);

/**
 * Locative forms of «город» after a branch preposition: «в городе Киеве».
 *
 * @example
 * ```ts
 * CITY_NOUNS.size > 0; // true
 * ```
 */
export const CITY_NOUNS: ReadonlySet<string> = new Set(['городе']);

/**
 * A possessive adjective made from a person's name («Петины вещи», «Машиного дома»): the name's
 * stem, the suffix -ов-/-ев-/-ин-, an adjective ending.
 *
 * @example
 * ```ts
 * POSSESSIVE_NAME.exec('машиного')?.[1]; // 'маш'
 * ```
 */
export const POSSESSIVE_NAME = /^(\p{Ll}{2,}?)(?:ов|ев|ин)(?:ого|ому|ой|ою|ыми|ых|ым|ом|о|а|ы|у)$/u;

/**
 * Endings that turn the stem of a possessive adjective back into a first name: Маш-а, Пет-я.
 *
 * @example
 * ```ts
 * NAME_FROM_STEM.includes('а'); // true
 * ```
 */
export const NAME_FROM_STEM: readonly string[] = ['а', 'я', 'о', 'й', ''];

/**
 * Forms of the head nouns of courts, prosecutors' offices and ministries that, written in lower
 * case, still open a body's name when the body's place follows: «арбитражного суда Москвы»,
 * «прокуратуры Московской области», «министерстве здравоохранения Великобритании».
 *
 * @example
 * ```ts
 * LOWER_BODY_FORMS.has('суда'); // true
 * ```
 */
export const LOWER_BODY_FORMS: ReadonlySet<string> = new Set(
  `суд суда суде суду судом прокуратура прокуратуры прокуратуре прокуратуру прокуратурой
  министерство министерства министерстве министерству министерством кабинет кабинета кабинете кабинетом
  правительство правительства правительстве правительству правительством ведомство ведомства ведомстве ведомству ведомством
  парламент парламента парламенте парламенту парламентом`.split(/\s+/),
);
