/**
 * Ukrainian declension of names as data: suffix tables per paradigm, read by src/morphology/.
 * Each rule says "a word ending in SUFFIX may be the form, in these genders/cases, of a base
 * ending in REPLACEMENT". Rules were written by hand from Ukrainian grammar (no dictionary copied).
 *
 * Tag syntax: `m:gen,acc f:nom` — gender (m, f, n neuter, p plural) then cases
 * (nom gen dat acc ins loc voc, or `all`). Weight: prior for the rule (higher wins when nothing
 * else decides). Scope: 'P' persons only, 'L' places/organisations only, absent = both.
 *
 * @module
 */
import type { DeclensionTable, RuleRow } from '../../morphology/table-types.js';

/** Consonants after which a masculine noun takes a zero ending in the nominative. */
const CONSONANTS = 'бвгґджзклмнпрстфхцчшщй';

/** Soft stems written with ь in the nominative (Кремль, Бориспіль): the ь drops before endings. */
const SOFT = 'лнтдсзц';

/**
 * Stem ends after which a place name in -а/-і/-у is a masculine oblique form, not a feminine
 * noun: Петербурга, Нью-Йорка, Лукойла, Будапешті, Бухаресті, Франкфурта, Мадрида, Парижа,
 * Лондона, Берліна, Донецька, Рима, Житомира, Бахмута.
 */
const MASCULINE_PLACE_STEMS = ['рг', 'рк', 'йл', 'ешт', 'ест', 'рт', 'рид', 'иж', 'он', 'ін', 'ьк', 'им', 'ир', 'ут', 'бас'];

/**
 * Stem ends after which a place name in -у/-і is a feminine form (Україну, Німеччину, Польщу,
 * Аляску, Америку, Варшаву, Одесу), not a masculine genitive or locative.
 */
const FEMININE_PLACE_STEMS = ['їн', 'ин', 'щ', 'ск', 'ик', 'ав', 'ес', 'ев'];

/** Consonants that double before the -я of neuter nouns (Запоріжжя, Управління). */
const DOUBLED = 'жлнтдсзчц';

const nouns: RuleRow[] = [
  // Nominative (identity) forms: the word may already be the base form.
  // Persons are animate: their accusative is the genitive, so a bare stem is nominative only.
  ...[...CONSONANTS].map((c): RuleRow => [c, c, 'm:nom', 3]),
  ...[...CONSONANTS].map((c): RuleRow => [c, c, 'm:acc', 3, 'L']),
  // Foreign feminine surnames ending in a consonant do not decline (Ангели Меркель, Терези Мей).
  ...[...CONSONANTS].map((c): RuleRow => [c, c, 'f:all', 2, 'P']),
  ['ь', 'ь', 'm:nom,acc f:nom,acc', 3],
  ['а', 'а', 'f:nom', 3],
  ['а', 'а', 'm:nom', 2], // Микола, Кулеба: rarer than a masculine genitive
  ['я', 'я', 'f:nom m:nom', 3],
  ['о', 'о', 'm:nom,voc n:nom,acc,voc', 4],
  ['о', 'о', 'f:all', 3, 'P'], // feminine Шевченко, Тимошенко, Порошенко do not decline
  ['о', 'о', 'm:all', 2, 'P'], // foreign men's names in -о: Трюдо, Фіцо (Дмитро, Петро decline)
  ['іо', 'іо', 'm:all f:all n:all', 8, 'P'], // Рубіо, Токіо, радіо: foreign, indeclinable
  ['іо', 'іо', 'f:all n:all', 8, 'L'], // a place or thing in -іо is neuter (Українського радіо)
  ['іо', 'іо', 'm:all', 7, 'L'],
  ['о', 'о', 'n:all', 2.5, 'L'], // indeclinable neuter nouns: бюро, кіно
  ['ео', 'ео', 'm:all f:all n:all', 8],
  ['ао', 'ао', 'm:all f:all n:all', 8],
  ['уо', 'уо', 'm:all f:all n:all', 8],
  ['е', 'е', 'm:all f:all n:all', 3], // Кобе, Берне: -е is only vocative in Ukrainian
  ['і', 'і', 'm:all f:all n:all p:nom,acc', 1], // Сочі, Малі, Чилі
  // Foreign persons in -і do not decline (Бібі, Барклі, Пелосі); in an oblique masculine context
  // a declined -а surname is likelier (Дмитру Кулебі → Кулеба).
  ['і', 'і', 'f:all m:nom', 3.5, 'P'],
  ['і', 'і', 'm:gen,dat,acc,ins,loc,voc', 2.9, 'P'],
  ['у', 'у', 'm:all f:all n:all', 0.5], // Баку, Шойгу
  ['ю', 'ю', 'm:all f:all n:all', 0.5],
  ['и', 'и', 'p:nom,acc', 2], // Штати, Афіни
  ['ї', 'ї', 'p:nom,acc', 2],

  // Masculine, hard consonant stem: Трамп, Вашингтон, Будапешт, Лукойл.
  ['а', '', 'm:gen,acc', 3.2, 'P'],
  // Places: a feminine nominative in -а (Європа, Рада) is as likely as a masculine genitive, so
  // the bare stem needs evidence, except after clusters no feminine noun ends in.
  ['а', '', 'm:gen,acc', 2.8, 'L'],
  ['ніпром', 'ніпро', 'm:ins', 6.5, 'L'], // Дніпром (but Газпром is nominative)
  ['дова', 'дова', 'f:nom', 5, 'L'], // Молдова is not an alternating -ов stem like Львова
  ...FEMININE_PLACE_STEMS.flatMap((e): RuleRow[] => [
    [e + 'у', e + 'а', 'f:acc', 3.5, 'L'],
    [e + 'і', e + 'а', 'f:dat,loc', 3.5, 'L'],
  ]),
  // Stops before -р- mark a masculine -о: Дніпра → Дніпро (no nominative ends in -пр).
  ...[...'пткбдг'].flatMap((c): RuleRow[] => [
    [c + 'ра', c + 'ро', 'm:gen', 3.5, 'L'],
    [c + 'рі', c + 'ро', 'm:loc', 3.5, 'L'],
    [c + 'ру', c + 'ро', 'm:dat,loc', 3.5, 'L'],
  ]),
  ...MASCULINE_PLACE_STEMS.flatMap((e): RuleRow[] => [
    [e + 'а', e, 'm:gen,acc', 3.5, 'L'],
    [e + 'у', e, 'm:gen,dat,loc', 3.5, 'L'],
    [e + 'і', e, 'm:loc', 3.5, 'L'],
  ]),
  // «центру», «Центрі», «театру»: nouns of many bodies' names, not places in -тро (Дніпро).
  ['нтру', 'нтр', 'm:gen,dat,loc', 7], // high: the -нтр ending draws the cluster penalty meant for Дніпр
  ['нтрі', 'нтр', 'm:loc', 7],
  ['атру', 'атр', 'm:gen,dat,loc', 7], // театру, Театрі
  ['атрі', 'атр', 'm:loc', 7],
  // Мінкультури, Міноборони: the second part of a compound is a genitive and does not decline.
  ['культури', 'культури', 'm:all f:all n:all', 9],
  ['оборони', 'оборони', 'm:all f:all n:all', 9],
  ['атуру', 'атура', 'f:acc', 4],
  ['осередку', 'осередок', 'm:gen,dat,loc', 8], // the fleeting о of «осередок», «гурток»
  ['осередком', 'осередок', 'm:ins', 8],
  ['гуртка', 'гурток', 'm:gen', 8],
  ['гуртку', 'гурток', 'm:dat,loc', 8],
  ['службу', 'служба', 'f:acc', 6], // Держслужбу, Прикордонслужбу: not a masculine «Держслужб»
  ['службі', 'служба', 'f:dat,loc', 6], // прокуратуру: a -тура noun, not a masculine «прокуратур»
  ['атурі', 'атура', 'f:dat,loc', 4],
  ['у', '', 'm:dat,loc,voc', 3],
  ['у', '', 'm:gen', 3, 'L'], // the -у genitive is for things and places (Газпрому, Криму), not persons
  ['ові', '', 'm:dat,loc', 6],
  ['ом', '', 'm:ins', 6],
  ['і', '', 'm:loc', 2.5],
  ['е', '', 'm:voc', 0.5],
  ['ем', '', 'm:ins', 4], // sibilant and ц stems: Шольцем, Бабішем
  ['еві', '', 'm:dat,loc', 5],
  // Masculine soft stems: Кремль/Кремля, Ігор/Ігоря.
  ...[...SOFT].flatMap((c): RuleRow[] => [
    [c + 'я', c + 'ь', 'm:gen,acc', c === 'л' ? 4 : c === 'н' ? 3 : 2.5], // Кремля; not Вінниця
    [c + 'ю', c + 'ь', 'm:gen,dat,loc,voc', 4],
    [c + 'ем', c + 'ь', 'm:ins', 5],
    [c + 'еві', c + 'ь', 'm:dat,loc', 6],
    [c + 'і', c + 'ь', 'm:loc f:gen,dat,loc', c === 'л' ? 3.1 : 2.4], // Брюсселі → Брюссель
    [c + 'ю', c + 'ь', 'f:ins', 1],
  ]),
  ['ря', 'р', 'm:gen,acc', 4, 'P'],
  ['рю', 'р', 'm:dat,loc,voc', 4, 'P'],
  ['рем', 'р', 'm:ins', 5, 'P'],
  ['реві', 'р', 'm:dat,loc', 6, 'P'],
  // Masculine in -й: Сергій/Сергія, Китай/Китаю, Гавай.
  ['ія', 'ій', 'm:gen,acc', 2.5, 'P'],
  ['ію', 'ій', 'm:dat,voc', 3, 'P'],
  ['ієві', 'ій', 'm:dat,loc', 7],
  ['ієм', 'ій', 'm:ins', 7],
  ['ії', 'ій', 'm:loc', 0.5, 'P'],
  ['ая', 'ай', 'm:gen,acc', 3],
  ['аю', 'ай', 'm:gen,dat,loc', 4],
  ['аєм', 'ай', 'm:ins', 6],
  ['аєві', 'ай', 'm:dat,loc', 6],
  ['аї', 'ай', 'm:loc', 3],
  ['ея', 'ей', 'm:gen,acc', 2, 'P'],
  ['еєм', 'ей', 'm:ins', 6],
  ['оя', 'ой', 'm:gen,acc', 3],
  ['оєм', 'ой', 'm:ins', 6],
  // Masculine and neuter in -о: Дніпро, Петро, Шевченко, Міністерство.
  ['а', 'о', 'm:gen,acc n:gen', 2],
  ['у', 'о', 'm:dat,loc n:dat,loc', 1.5],
  ['ові', 'о', 'm:dat,loc', 4],
  ['ом', 'о', 'm:ins n:ins', 2],
  ['і', 'о', 'n:loc', 1],
  // Surnames in -ко after a consonant: Кличко/Кличка, Бойко/Бойка (no nominative ends in -чк, -йк).
  ...['чк', 'йк', 'шк', 'ньк', 'льк'].flatMap((e): RuleRow[] => [
    [e + 'а', e + 'о', 'm:gen,acc', 4, 'P'],
    [e + 'у', e + 'о', 'm:dat,loc', 4, 'P'],
    [e + 'ові', e + 'о', 'm:dat,loc', 7, 'P'],
    [e + 'ом', e + 'о', 'm:ins', 7, 'P'],
  ]),
  ['енка', 'енко', 'm:gen,acc', 7],
  ['енку', 'енко', 'm:dat,loc,voc', 7],
  ['енкові', 'енко', 'm:dat,loc', 8],
  ['енком', 'енко', 'm:ins', 8],
  ['енці', 'енко', 'm:loc', 4],
  // Neuter -ище (кладовище, водосховище, Городище): not a masculine «кладовищ», nor Польща.
  ['ище', 'ище', 'n:nom,acc', 5, 'L'],
  ['ища', 'ище', 'n:gen', 6, 'L'],
  ['ищу', 'ище', 'n:dat,loc', 6, 'L'],
  ['ищем', 'ище', 'n:ins', 6, 'L'],
  ['ищі', 'ище', 'n:loc', 6, 'L'],
  // Masculine -бург with г→з in the locative: Петербурзі, Гамбурзі, Страсбурзі.
  ['рзі', 'рг', 'm:loc', 4.5, 'L'],
  // ...but -каз/-юз are masculine stems with a plain locative: Кавказі, Союзі (not *Кавкага).
  ['казі', 'каз', 'm:loc', 4.5, 'L'],
  ['юзі', 'юз', 'm:loc', 4.5, 'L'],
  ['ства', 'ство', 'n:gen', 7],
  ['ству', 'ство', 'n:dat,loc', 7],
  ['ством', 'ство', 'n:ins', 7],
  ['стві', 'ство', 'n:loc', 7],
  // Neuter nouns in a doubled consonant + -я: Запоріжжя, Поділля, Управління, об'єднання.
  ...[...DOUBLED].flatMap((c): RuleRow[] => [
    [c + c + 'я', c + c + 'я', 'n:nom,gen,acc', 5],
    [c + c + 'ю', c + c + 'я', 'n:dat', 6],
    [c + c + 'ям', c + c + 'я', 'n:ins', 6],
    [c + c + 'і', c + c + 'я', 'n:loc', 6],
  ]),
  ["'ю", "'я", 'n:dat', 5],
  ["'ї", "'я", 'n:loc', 5],
  ["'ям", "'я", 'n:ins', 5],

  // Feminine in -а: Олена, Україна, Рада, with к→ц, г→з, х→с before -і (Алясці, Празі).
  ['и', 'а', 'f:gen m:gen', 3],
  ['і', 'а', 'f:dat,loc m:dat,loc', 3],
  ['у', 'а', 'f:acc m:acc', 3, 'L'],
  ['у', 'а', 'f:acc m:acc', 2.8, 'P'], // below the dative -у of a man's name (Грему Брейді)
  ['ою', 'а', 'f:ins m:ins', 5],
  ['о', 'а', 'f:voc', 0.3],
  ['ці', 'ка', 'f:dat,loc', 4],
  ['зі', 'га', 'f:dat,loc', 4],
  ['сі', 'ха', 'f:dat,loc', 1], // rare (Одесі is Одеса): only with evidence
  // Men's names in -а decline the same way (Андрієві Сибізі → Сибіга); not masculine places and
  // bodies, whose -зі/-ці is a plain locative (союзі → союз, Кавказі → Кавказ).
  ['ці', 'ка', 'm:dat,loc', 4, 'P'],
  ['зі', 'га', 'm:dat,loc', 4, 'P'],
  ['сі', 'ха', 'm:dat,loc', 1, 'P'],
  ['щею', 'ща', 'f:ins', 5], // Польщею
  ['чею', 'ча', 'f:ins', 5],
  ['жею', 'жа', 'f:ins', 5],
  ['шею', 'ша', 'f:ins', 5],
  ['ці', 'ця', 'f:gen,dat,loc', 3],
  ['нниці', 'нниця', 'f:gen,dat,loc', 6],
  // Feminine in -я: Таня, Земля; in -ія: Юлія, Росія, Британія; in -ея: Корея.
  ['і', 'я', 'f:gen,dat,loc m:gen,dat,loc', 2],
  ['ю', 'я', 'f:acc m:acc', 2],
  ['ею', 'я', 'f:ins m:ins', 4],
  ['ії', 'ія', 'f:gen,dat,loc', 6],
  ['ію', 'ія', 'f:acc', 6],
  ['ією', 'ія', 'f:ins', 8],
  ['іє', 'ія', 'f:voc', 1],
  ['еї', 'ея', 'f:gen,dat,loc', 6],
  ['ею', 'ея', 'f:acc', 2],
  ['еєю', 'ея', 'f:ins', 7],
  ['аї', 'ая', 'f:gen,dat,loc', 2],
  ['аю', 'ая', 'f:acc', 1],
  // Feminine consonant stems (Русь, Керч) and Russian forms kept in Ukrainian text (Роснефти).
  ['і', 'ь', 'f:gen,dat,loc', 1],
  ['сті', 'сть', 'f:gen,dat,loc', 3.2], // області, власті
  ['стю', 'сть', 'f:ins', 3.2],
  ['ю', 'ь', 'f:ins', 1],
  ['нефти', 'нефть', 'f:gen,dat,loc', 9],
  ['нефтью', 'нефть', 'f:ins', 9],
  ['нефті', 'нефть', 'f:gen,dat,loc', 9],

  // Plurals: Штати/Штатів, Нідерланди, Афіни; zero genitive (сил → сили) only when agreement demands it.
  ['ів', 'и', 'p:gen,acc', 1.5],
  ['ам', 'и', 'p:dat', 1],
  ['ами', 'и', 'p:ins', 3],
  ['ах', 'и', 'p:loc', 2],
  ['ях', 'і', 'p:loc', 1],
  ['ями', 'і', 'p:ins', 2],
  ['', 'и', 'p:gen', 0.2],

  // Possessive adjectives of a person in the plural stand for the owner: Путінових планів →
  // Путін, Петровими → Петро, Ганниних → Ганна. Weak: they win only when the lexicon or the
  // evidence knows the owner, since a plural surname is likelier (подружжя Анісімових). The
  // singular forms (-овим, -ової, -ового) are left to surnames (Петровим, Петрової, Лісового).
  ...['ов', 'ев'].flatMap((s): RuleRow[] => [
    [s + 'их', '', 'm:all', 1.5, 'P'],
    [s + 'ими', '', 'm:all', 1.5, 'P'],
    [s + 'их', 'о', 'm:all', 1, 'P'],
    [s + 'ими', 'о', 'm:all', 1, 'P'],
  ]),
  ['євих', 'й', 'm:all', 1.5, 'P'], // Олексієвих → Олексій
  ['євими', 'й', 'm:all', 1.5, 'P'],
  ['иних', 'а', 'f:all', 1, 'P'], // Ганниних → Ганна
  ['иними', 'а', 'f:all', 1, 'P'],
  ['їних', 'я', 'f:all', 1, 'P'], // Маріїних → Марія
  ['їними', 'я', 'f:all', 1, 'P'],
  // Possessive surnames -ов/-ев/-єв/-ін/-ин/-їн: masculine mixed declension, feminine adjectival.
  ...['ов', 'ев', 'єв', 'ін', 'ин', 'їн'].flatMap((s): RuleRow[] => [
    [s + 'а', s, 'm:gen,acc', 5, 'P'],
    [s + 'у', s, 'm:dat,loc', 5, 'P'],
    [s + 'ові', s, 'm:dat,loc', 7, 'P'],
    [s + 'им', s, 'm:ins', 8, 'P'],
    [s + 'і', s, 'm:dat,loc', 4.5, 'P'], // Лаврові; below the plain -ові (Трампові → Трамп)
    [s + 'а', s + 'а', 'f:nom', 4, 'P'],
    [s + 'ої', s + 'а', 'f:gen', 8, 'P'],
    [s + 'ій', s + 'а', 'f:dat,loc', 8, 'P'],
    [s + 'у', s + 'а', 'f:acc', 4, 'P'],
    [s + 'ою', s + 'а', 'f:ins', 6, 'P'],
  ]),
];

/**
 * Vowel alternation in the last syllable of native place names and common nouns: Львів–Львова,
 * Київ–Києва, Бориспіль–Борисполя, дім–дому, Ріг–Рогу. Pairs [oblique stem end, nominative end]
 * combined with the masculine endings below; places and organisations only.
 */
const ALTERNATIONS: ReadonlyArray<readonly [string, string, boolean]> = [
  // [oblique, nominative, also with genitive -а]: дому/Рогу/Сходу take -у, Львова/Києва take -а.
  // The short common nouns are spelt out (дім, Ріг, Схід, Захід): Газпрому keeps its о.
  ['ов', 'ів', true], ['ев', 'ів', true], ['єв', 'їв', true], ['дом', 'дім', false], ['рог', 'ріг', false],
  ['ход', 'хід', false],
];
const ALT_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['а', 'm:gen,acc'], ['у', 'm:gen,dat,loc'], ['ові', 'm:dat,loc'], ['ом', 'm:ins'], ['і', 'm:loc'],
];
for (const [oblique, nom, withA] of ALTERNATIONS) {
  for (const [end, tags] of ALT_ENDINGS) {
    // Above the plain ending of the same length (Львові: -ові → Льв would score 6).
    const weight = end === 'ом' || end === 'ові' || (end === 'і' && oblique.endsWith('в')) ? 6.5 : 4.5;
    if (withA || end !== 'а') nouns.push([oblique + end, nom, tags, weight, 'L']);
  }
}
// Compounds in -город keep о: Миргорода → Миргород, Ужгороду → Ужгород.
for (const [end, tags] of ALT_ENDINGS) nouns.push(['город' + end, 'город', tags, 5, 'L']);
nouns.push(['розі', 'ріг', 'm:loc', 5, 'L']); // Кривому Розі: г→з and о→і together
// Greek -поль names keep о: Маріуполь, Мелітополь, Севастополь, Сімферополь.
for (const stem of ['упол', 'топол', 'ропол']) {
  for (const [end, tags] of [['я', 'm:gen,acc'], ['ю', 'm:dat,loc'], ['ем', 'm:ins'], ['і', 'm:loc']] as const) {
    nouns.push([stem + end, stem + 'ь', tags, 5, 'L']);
  }
}
// Neuter soft -е: море/моря, поле/поля (Чорного моря).
for (const c of ['р', 'л']) {
  for (const [end, tags] of [['я', 'n:gen'], ['ю', 'n:dat'], ['ем', 'n:ins'], ['і', 'n:loc'], ['е', 'n:nom,acc']] as const) {
    nouns.push([c + end, c + 'е', tags, c === 'р' ? 3.5 : 2, 'L']); // море is common, поле rare in names
  }
}
// Soft -оль stems alternate too (Бориспіль–Борисполя); Тернопіль–Тернополя alike.
for (const [end, tags] of [['я', 'm:gen,acc'], ['ю', 'm:dat,loc'], ['ем', 'm:ins'], ['і', 'm:loc']] as const) {
  nouns.push(['ол' + end, 'іль', tags, 4.6, 'L']);
}

const adjectives: RuleRow[] = [
  // Masculine and neuter, hard: Білий, Зеленський, Національний.
  // Persons are animate (accusative = genitive): the accusative reading is for places only.
  ['ий', 'ий', 'm:nom', 6],
  ['ий', 'ий', 'm:acc', 6, 'L'],
  ['ого', 'ий', 'm:gen,acc', 6],
  ['ому', 'ий', 'm:dat,loc', 6],
  ['им', 'ий', 'm:ins', 5],
  ['ім', 'ий', 'm:loc', 3],
  ['е', 'е', 'n:nom,acc', 5],
  ['ого', 'е', 'n:gen', 6],
  ['ому', 'е', 'n:dat,loc', 6],
  ['им', 'е', 'n:ins', 5],
  ['ім', 'е', 'n:loc', 3],
  // Masculine soft: Верхній, Синій.
  ['ій', 'ій', 'm:nom,acc', 2],
  ['нього', 'ній', 'm:gen,acc', 7],
  ['ньому', 'ній', 'm:dat,loc', 7],
  ['нім', 'ній', 'm:ins,loc', 5],
  // Feminine: Верховна, Біла, Зеленська.
  ['а', 'а', 'f:nom', 6],
  ['ої', 'а', 'f:gen', 7],
  ['ій', 'а', 'f:dat,loc', 5],
  ['у', 'а', 'f:acc', 5],
  ['ою', 'а', 'f:ins', 6],
  ['ня', 'ня', 'f:nom', 5],
  ['ньої', 'ня', 'f:gen', 7],
  ['ню', 'ня', 'f:acc', 5],
  ['ньою', 'ня', 'f:ins', 7],
  // Plural: Сполучені, Об'єднані.
  ['і', 'і', 'p:nom,acc', 5],
  ['их', 'і', 'p:gen,loc,acc', 6],
  ['им', 'і', 'p:dat', 4],
  ['ими', 'і', 'p:ins', 6],
];

/** Foreign names that look inflected but never decline (written by hand). */
const indeclinable = [
  'Баку', 'Шойгу', 'Джо', 'Сочі', 'Токіо', 'Осло', 'Монако', 'Перу', 'Чилі', 'Малі', 'Гаїті', 'Конго', 'Того',
  'Торонто', 'Ківу', 'Гонолулу', 'Нью-Делі', 'Делі', 'Тбілісі', 'Хельсінкі', 'Макао', 'Бурунді',
  'Маямі', 'Майамі', 'Кенеді', 'Гаррі', 'Мерсі', 'Берлусконі', 'Фіцо', 'Моно',
  'Дюма', 'Гюго', 'Шоу', 'Ру', 'Лу', 'Жозе', 'Меркель', 'Мей', 'Ле', 'Ді',
];

/**
 * The Ukrainian declension table: noun and adjective rules, indeclinable names.
 *
 * @example
 * ```ts
 * UK_DECLENSION.nouns.find(([suffix]) => suffix === 'ові'); // ['ові', '', 'm:dat,loc', 6]
 * ```
 */
export const UK_DECLENSION: DeclensionTable = { nouns, adjectives, indeclinable, feminineSurnameEndings: ['ої', 'ій', 'ою'] };
