/**
 * Words that tell a name's type where no ending does: names of God and of persons of faith (PER in
 * news and in religious texts alike); one-word names of feasts, sacraments and other non-entities
 * that NER guidelines call MISC; street nouns that open lists of street names; nouns before quoted
 * place names and nicknames; Latin endings of names of taxa. Every case form is listed, lower case,
 * so the recogniser asks one Set lookup per candidate. Written by hand from general knowledge of
 * Ukrainian; no dictionary copied.
 *
 * @module
 */

/**
 * Lower-case forms of names of God and holy persons: a person, never a place («до Бога», «з Богом»).
 *
 * @example
 * ```ts
 * DIVINE_PERSON_FORMS.has('бога'); // true
 * ```
 */
export const DIVINE_PERSON_FORMS: ReadonlySet<string> = new Set(
  `бог бога богу богові богом боже
  господь господа господу господові господом господи
  всевишній всевишнього всевишньому всевишнім
  творець творця творцеві творцю творцем
  христос христа христу христові христом христе
  ісус ісуса ісусу ісусові ісусом ісусе
  богородиця богородиці богородицю богородицею богородице
  аллах аллаха аллаху аллахом`.split(/\s+/),
);

/**
 * Lower-case words that make up multi-word names of God and the Virgin («Святого Духа», «Небесний
 * Отець», «Мати Божа», «Божої Матері»): a name all of whose words are here is a person.
 *
 * @example
 * ```ts
 * DIVINE_NAME_WORDS.has('духа'); // true
 * ```
 */
export const DIVINE_NAME_WORDS: ReadonlySet<string> = new Set(
  `святий святого святому святим святе дух духа духу духом
  небесний небесного небесному небесним отець отця отцю отцеві отцем
  мати матір матері матір'ю божа божої божій божу божою пресвята пресвятої пресвятій пресвяту пресвятою
  діва діви діві діву дівою`.split(/\s+/),
);

/**
 * Lower-case forms of capitalised one-word MISC names that a stem lookup cannot find: feasts,
 * sacraments, scriptures and the like in their oblique cases (Різдва, Великодня, Сповіді), the Sun
 * written with a capital, and «Закон» capitalised in a law's own text («цей Закон»).
 *
 * @example
 * ```ts
 * MISC_WORD_FORMS.has('різдва'); // true
 * ```
 */
export const MISC_WORD_FORMS: ReadonlySet<string> = new Set(
  `різдво різдва різдву різдвом різдві
  великдень великодня великодню великоднем великодні
  святвечір святвечора святвечері
  водохреще водохреща водохрещі
  трійця трійці трійцю трійцею
  стрітення стрітенню
  покрова покрови покрову
  маланка маланки маланку
  сповідь сповіді сповіддю
  причастя причастю причасті
  літургія літургії літургію літургією
  хрещення хрещенню хрещенні
  таїнство таїнства таїнству таїнстві
  євангеліє євангелія євангелію євангелії
  біблія біблії біблію біблією
  письмо письма письмі
  коран корану корані
  реформація реформації реформацію
  голокост голокосту голокості
  голодомор голодомору голодоморі
  інтернет інтернету інтернеті інтернетом
  євромайдан євромайдану євромайдані
  мундіаль мундіалю мундіалі
  брексит брекситу
  сонце сонця сонцю сонцем сонці
  закон закону законом законі`.split(/\s+/),
);

/**
 * Lower-case street nouns and abbreviations that open a list of street names («вулиць Космонавтів і
 * Турбінної», «вулиці Городоцьку, Коперника та Б. Хмельницького»): every name in the list is a
 * street, though most are people's names.
 *
 * @example
 * ```ts
 * STREET_LIST_NOUNS.has('вулиць'); // true
 * ```
 */
export const STREET_LIST_NOUNS: ReadonlySet<string> = new Set(
  `вулиця вулиці вулиць вулицях вулицями вулицям вул б-р провулків провулках провулки проспектів проспектах
  проспекти площ площах бульварів бульварах`.split(/\s+/),
);

/**
 * What may stand between the names of a street list: commas, a colon, «і», «та», «й», and «років»
 * inside a name («30 років Перемоги»).
 *
 * @example
 * ```ts
 * STREET_LIST_SEPARATORS.has('та'); // true
 * ```
 */
export const STREET_LIST_SEPARATORS: ReadonlySet<string> = new Set([',', ':', 'і', 'й', 'та', 'років']);

/**
 * Lower-case forms of nouns for places and facilities whose name follows in quotation marks
 * («урочища «Маяк»», «метро «Кловська»», «аеропорт «Бориспіль»»): the quoted name is a place, not a
 * company. (Not stadiums, theatres, hotels: annotators call those bodies as often as places.)
 *
 * @example
 * ```ts
 * QUOTED_PLACE_NOUNS.has('урочища'); // true
 * ```
 */
export const QUOTED_PLACE_NOUNS: ReadonlySet<string> = new Set(
  `урочище урочища урочищі урочищем заказник заказника заказнику заказником заказники
  заповідник заповідника заповіднику заповідником метро
  станція станції станцію станцією аеропорт аеропорту аеропорті аеропортом летовище летовища
  парк парку парком сквер скверу сквері сквером болото болота болоті болотом пляж пляжу пляжі пляжем
  масив масиву масиві масивом урочищ кладовище кладовища кладовищі кладовищем цвинтар цвинтаря цвинтарі
  мікрорайон мікрорайону мікрорайоні мікрорайоном житловий будівля будівлі будівлю будівлею
  курорт курорту курорті курортом острів острова острові островом ділянка ділянки ділянці ділянку`.split(/\s+/),
);

/**
 * Lower-case nouns before a quoted nickname or call sign («позивний «Монах»», «на прізвисько «Кусок»»):
 * the quoted word names a person.
 *
 * @example
 * ```ts
 * NICKNAME_NOUNS.has('позивним'); // true
 * ```
 */
export const NICKNAME_NOUNS: ReadonlySet<string> = new Set(
  `позивний позивного позивним позивному прізвисько прізвиська прізвиськом псевдонім псевдоніма псевдонімом
  кличка клички кличкою`.split(/\s+/),
);

/**
 * Endings of Latin names of biological taxa above the genus («Basidiomycota», «Protozoa», «Rosaceae»,
 * «Lepidoptera»): such a name in a Ukrainian text is a term (MISC), not a company.
 *
 * @example
 * ```ts
 * TAXON_ENDING.test('Basidiomycota'); // true
 * ```
 */
export const TAXON_ENDING = /(?:mycota|mycotina|mycetes|phyta|phyceae|opsida|zoa|aceae|idae|inae|ales|ptera|poda|ista|arya)$/u;

/**
 * Prepositions that put a street named by a feminine adjective in the locative: «на Городоцькій»,
 * «по Садовій» (the street, вулиця, is left out).
 *
 * @example
 * ```ts
 * STREET_PREPOSITIONS.has('на'); // true
 * ```
 */
export const STREET_PREPOSITIONS: ReadonlySet<string> = new Set(['на', 'по']);

/**
 * Locative feminine adjective endings of street names: Городоцькій, Інститутській, Садовій, Пасічній.
 *
 * @example
 * ```ts
 * STREET_ADJECTIVE_LOCATIVE.test('личаківській'); // true
 * ```
 */
export const STREET_ADJECTIVE_LOCATIVE = /(?:[сцз]ьк|[оеє]в|[^аеєиіїоуюя]н|ч)ій$/u;

/**
 * Verbs after which «на» + a woman's name in the locative is a marriage, not a street: «одружився на Ковальській».
 *
 * @example
 * ```ts
 * MARRY_VERBS.has('одружився'); // true
 * ```
 */
export const MARRY_VERBS: ReadonlySet<string> = new Set(
  'одружився одружилися одружений одружена оженився женився женитися одружитися одружуся одружусь оженився'.split(' '),
);

/**
 * Any case of the nouns that head the name of a law or decree: «Закону України», «Указом
 * Президента», «Конституції України», «Постанова Кабінету Міністрів».
 *
 * @example
 * ```ts
 * LAW_HEAD.test('закону'); // true
 * ```
 */
export const LAW_HEAD = /^(?:(?:закон|кодекс|указ|декрет)(?:у|ом|і|а|и|ів|ам|ами|ах)?|(?:постанов|конституці)(?:а|и|і|у|ою|я|ї|ю|єю))$/u;
