/**
 * Ukrainian word patterns for the longer names the recogniser reads: the genitive tails of
 * organisation names, territorial branches, streets, regions, events and possessives, plus everyday
 * first names. Written by hand from Ukrainian word formation and usage; no dictionary copied.
 * Re-exported by name-patterns.ts, so the recogniser reads them with the other patterns.
 *
 * @module
 */

/**
 * Genitive endings of the lower-case nouns that may continue an organisation name after its head
 * («Міністерство економічного розвитку і торгівлі», «Державна служба з питань геодезії,
 * картографії та кадастру», «Управління капітального будівництва»). Broader than
 * {@link GENITIVE_NOUN}: read only after a head noun, and a name must end in one of them. Past-tense
 * verbs (-ла, -ли, -ло), present-tense verbs (-ть) and infinitives (-ати, -ити) are left out on purpose;
 * so are -ти nouns (освіти, роботи) and the zero-ending genitive plural (наук, громад, осіб), but the
 * common ones of names are listed whole.
 *
 * @example
 * ```ts
 * GENITIVE_TAIL.test('торгівлі'); // true
 * GENITIVE_TAIL.test('заявила'); // false
 * ```
 */
export const GENITIVE_TAIL = /(?:ості|ії|ння|ття|ства|цтва|[^аеєиіїоуюя]ів|їв|[^аеєиіїоуюя]ей|[кгхрднвбпзсжшчц]и|[ое]ти|[^аеєиіїоуюяйьл]у|[кгхрднвбмпзсжшчц]а|[^аеєиіїоуюяйь]і|[ае]нь|[цсз]ій|справ|прав|послуг|робіт|країн|наук|громад|осіб|установ|систем|програм|споруд|реформ|закупівель|доріг|земель|шкіл|надр|мистецтв|дівчат|иць|освіти|роботи|охорони|валюти|драми|музики|нта)$/u;

/**
 * Prepositions inside an organisation's name: «агентство з інвестицій», «Комісія з питань …».
 *
 * @example
 * ```ts
 * TAIL_PREPOSITIONS.size > 0; // true
 * ```
 */
export const TAIL_PREPOSITIONS: ReadonlySet<string> = new Set(['з', 'із']);

/**
 * Conjunctions that join two fields of one organisation: «енергетики та вугільної промисловості».
 *
 * @example
 * ```ts
 * TAIL_CONJUNCTIONS.size > 0; // true
 * ```
 */
export const TAIL_CONJUNCTIONS: ReadonlySet<string> = new Set(['та', 'і', 'й']);

/**
 * Oblique cases of the adjectives that name regions and districts («Житомирської області»,
 * «Бородянського району»): after another capitalised word they start a name of their own.
 *
 * @example
 * ```ts
 * REGION_ADJECTIVE.test('житомирської'); // true
 * ```
 */
export const REGION_ADJECTIVE = /[сцз]ьк(?:ої|ого|ому|ій|их|ими|ою)$/u;

/**
 * Forms of the nouns for streets, squares, parks and bridges that, written before a name, belong
 * to the place name («вулиця Франка», «на площі Ринок», «у парку Шевченка», «мосту Патона»).
 * Settlement nouns (місто, село) are not here: the name of a town stands without them; nor is
 * «міст», the genitive plural of «місто» too, nor plurals («на вулицях Києва» is not a street name).
 *
 * @example
 * ```ts
 * STREET_NOUN_FORMS.has('вулиці'); // true
 * ```
 */
export const STREET_NOUN_FORMS: ReadonlySet<string> = new Set(
  `вулиця вулиці вулицю вулицею проспект проспекту проспекті проспектом площа площі площу площею
  бульвар бульвару бульварі бульваром провулок провулку провулком узвіз узвозу узвозі узвозом алея алеї алею алеєю
  набережна набережної набережній набережну набережною шосе майдан майдану майдані майданом сквер скверу сквері
  сквером парк парку парком мосту мості мостом`.split(/\s+/),
);

/**
 * An abbreviation with a case ending glued on, as Ukrainian writes them («УДАРу», «СЕТАМу»,
 * «НАБУ» stays bare): the capitals, then one to three lower-case letters.
 *
 * @example
 * ```ts
 * INFLECTED_ABBREVIATION.exec('УДАРу')?.[1]; // 'УДАР'
 * ```
 */
export const INFLECTED_ABBREVIATION = /^(\p{Lu}{2,6})(?:у|ом|і|ові|а|ів|ами|ах|и)$/u;

/**
 * Words that end a genitive tail though they look like its nouns: references to the country or
 * state the sentence is about («Верховний суд країни»), and predicatives after a name («Комісія
 * готова»).
 *
 * @example
 * ```ts
 * TAIL_STOP.has('країни'); // true
 * ```
 */
export const TAIL_STOP: ReadonlySet<string> = new Set(
  'навпаки самотужки днями роками року років місяця місяців тижня тижнів дня днів століття часу разу країни країн держави держав світу регіону готова готовий готові готово повинна повинен повинні змушена змушений змушені згодна згоден намірена'.split(' '),
);

/**
 * Words that introduce the person an institution is named after: «університет імені Тараса
 * Шевченка», «театр ім. Франка».
 *
 * @example
 * ```ts
 * NAMED_AFTER.has('імені'); // true
 * ```
 */
export const NAMED_AFTER: ReadonlySet<string> = new Set(['імені', 'ім']);

/**
 * Adjective endings of the singular nominative («Апеляційний суд», «Військова прокуратура»,
 * «Державне агентство»), for names of bodies at a sentence start.
 *
 * @example
 * ```ts
 * SINGULAR_ADJECTIVE.test('апеляційний'); // true
 * SINGULAR_ADJECTIVE.test('українські'); // false
 * ```
 */
export const SINGULAR_ADJECTIVE = /(?:[иі]й|[нкцчшвл]а|ня|[нкцчшвл]е|нє)$/u;

/**
 * Tail nouns that need a genitive after them to end a name («з питань …»).
 *
 * @example
 * ```ts
 * TAIL_NEEDS_MORE.size > 0; // true
 * ```
 */
export const TAIL_NEEDS_MORE: ReadonlySet<string> = new Set(['питань', 'справ']);

/**
 * Everyday and diminutive first names (Коля, Юра, Лєна, Яся) with gender, which fiction and
 * quoted speech use and a list of full names lacks. The recogniser adds them to its first names.
 *
 * @example
 * ```ts
 * DIMINUTIVE_NAMES.get('Коля'); // 'm'
 * ```
 */
export const DIMINUTIVE_NAMES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...'Коля Юра Ваня Ванько Саша Вова Володя Діма Міша Петя Федя Гена Сашко Толя Женя Льоша Альоша Славко Юрко Івась Іванко Петрик Михась Стьопа Гриша Боря Вітя Костя Андрійко Богданчик Славик Максимко Тарасик Матей Янек Януш Ілько Митро Данько'
    .split(' ')
    .map((n) => [n, 'm'] as const),
  ...`Лєна Лена Оля Таня Катя Маша Даша Настя Наташа Іра Ірка Галя Люда Надя Валя Зіна Зоя Тоня Ліда Рая Ніна Клава Юля Уляна Яся Оксанка Марічка Ганнуся Мар'яна Соломійка Ганя Леся Ліля Віка Нуся Аліна Аля`
    .split(' ')
    .map((n) => [n, 'f'] as const),
]);

/**
 * Head nouns of bodies that an adjective alone makes unique («Апеляційний суд», «Генеральний
 * штаб», «Пенсійний фонд»), unlike kinds of business («Комунальне підприємство» is a common noun).
 *
 * @example
 * ```ts
 * UNIQUE_BODY_HEADS.has('суд'); // true
 * ```
 */
export const UNIQUE_BODY_HEADS: ReadonlySet<string> = new Set(
  'суд адмінсуд госпсуд рада облрада міськрада райрада сільрада комітет комісія прокуратура штаб міністерство служба агентство інспекція палата уряд парламент банк фонд департамент управління казначейство митниця'.split(' '),
);

/**
 * Prepositions of a body's territorial branch: «Управління СБУ у Волинській області».
 *
 * @example
 * ```ts
 * BRANCH_PREPOSITIONS.size > 0; // true
 * ```
 */
export const BRANCH_PREPOSITIONS: ReadonlySet<string> = new Set(['у', 'в']);

/**
 * Locative forms of region nouns after a branch preposition: «у Житомирській області».
 *
 * @example
 * ```ts
 * REGION_NOUNS.size > 0; // true
 * ```
 */
export const REGION_NOUNS: ReadonlySet<string> = new Set(['області', 'обл']);

/**
 * Locative forms of «місто» after a branch preposition: «у місті Києві».
 *
 * @example
 * ```ts
 * CITY_NOUNS.size > 0; // true
 * ```
 */
export const CITY_NOUNS: ReadonlySet<string> = new Set(['місті']);

/**
 * A possessive adjective made from a person's name («Петрове вміння», «Дориних долонях», «Лесиного
 * музею»): the name's stem, the suffix -ов-/-ев-/-ин-, an adjective ending. (Not -а, -і, -у:
 * «Петрова», «Миколаєві» are as often a surname or a first name's dative.)
 *
 * @example
 * ```ts
 * POSSESSIVE_NAME.exec('дориних')?.[1]; // 'дор'
 * ```
 */
export const POSSESSIVE_NAME = /^(\p{Ll}{2,}?)(?:ов|ев|єв|ин|ін|їн)(?:ого|ому|ої|ою|ими|их|им|ім|е|ий)$/u;

/**
 * Endings that turn the stem of a possessive adjective back into a first name: Дор-а, Лес-я, Петр-о, Андрі-й.
 *
 * @example
 * ```ts
 * NAME_FROM_STEM.includes('а'); // true
 * ```
 */
export const NAME_FROM_STEM: readonly string[] = ['а', 'я', 'о', 'й', ''];

/**
 * Forms of the head nouns of courts, prosecutors' offices and ministries that, written in lower
 * case, still open a body's name when the body's place follows: «апеляційного суду Миколаївської
 * області», «прокуратури Одеської області», «міністерстві охорони здоров'я Великобританії»,
 * «кабінет міністрів Великої Британії». (Not «уряд»: «уряду США» names the country's government
 * by the country.)
 *
 * @example
 * ```ts
 * LOWER_BODY_FORMS.has('суду'); // true
 * ```
 */
export const LOWER_BODY_FORMS: ReadonlySet<string> = new Set(
  `суд суду суді судом прокуратура прокуратури прокуратурі прокуратуру прокуратурою
  міністерство міністерства міністерстві міністерству міністерством кабінет кабінету кабінеті кабінетом`.split(/\s+/),
);
