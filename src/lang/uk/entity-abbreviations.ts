/**
 * Ukrainian abbreviations that name entities (МЗС, ЄС, НАТО, ЗСУ, СБУ, РФ, США, ООН, МВФ …) with
 * their entity type; legal-form abbreviations that open a company name (ТОВ «…», ПАТ «…»); and
 * all-caps words that are not names (ЗМІ, ВВП, ДТП). Written by hand from general knowledge of
 * Ukrainian news usage.
 *
 * @module
 */
import type { EntityType } from '../../types.js';
import { labelWords } from '../word-lists.js';

const LOC = `
США РФ ФРН КНР КНДР ОАЕ ПАР СРСР УРСР АР АРК ДНР ЛНР ОРДЛО ОРДЛ ЦАР ДРК ОТГ УСРР РРФСР БРСР НДР ЗУНР УНР
ЧССР СФРЮ ВКЛ
`;

const ORG = `
МЗС ЄС НАТО ЗСУ СБУ ООН МВФ ЄБРР ОБСЄ МАГАТЕ ВООЗ ЮНЕСКО ЮНІСЕФ ЦВК НАБУ САП ДБР ГПУ ОПУ ВРУ КМУ МВС МОЗ МОН НБУ
НАН НКРЕ НКРЕКП АМКУ ДФС ДПС ДСНС ДПСУ ДМС НПУ ГУР ГУНП СЗР ССО ДШВ ВМС ПС ТРО НГУ ЄСПЛ МКС ВАКС ВККС ВРП НАЗК
АРМА ФДМУ ПФУ НКЦПФР ДАБІ УЗ НАК НАЕК ЦРУ ФБР АНБ ФСБ ГРУ СВР ЗС МО КДБ КГБ ПАРЄ ЄК ЄП ЄЦБ ФРС СОТ ВТО ОЕСР ОПЕК
СНД ОДКБ ШОС ЄАЕС АСЕАН МОК ФІФА УЄФА ФФУ УПЛ ОАД УПЦ ПЦУ УГКЦ РПЦ ОПЗЖ БПП ПЗЖ КПУ КПРФ ЛДПР ХДС ХСС СДПН ВПК
ТАСС РИА ВВС BBC CNN ЄНП ЄНС ОУН УПА ЗАЕС ЧАЕС ЮНЕП ПРООН УВКБ МКЧХ МКК МКС ЄІБ СБ ОП ВР КМДА ОДА РДА ОДА
РНБО УНІАН УНН ЛІГА НСТУ НТКУ СТБ ICTV ТСН НВ РБК КМДА ЛОДА ХОДА ДСНС ДФІ ДАБК ГоловКРУ ДКРУ ДАІ ЄБРР
МВС УДАР КПРС ВКП РКП НКВС НКВД ЧК ДПУ ОДПУ СМЕРШ ЗАЕС ЗакДУ КНУ ЛНУ ХНУ ДНУ НаУКМА КПІ
`;

// Military operations and state standards (a standard is a document's name, not a body's).
const MISC = `
АТО ООС ДСТУ ГОСТ
`;


/**
 * Abbreviation → entity type.
 *
 * @example
 * ```ts
 * ENTITY_ABBREVIATIONS.get('РФ');  // 'LOC'
 * ENTITY_ABBREVIATIONS.get('МЗС'); // 'ORG'
 * ```
 */
export const ENTITY_ABBREVIATIONS: ReadonlyMap<string, EntityType> = labelWords<EntityType>([
  [LOC, 'LOC'],
  [ORG, 'ORG'],
  [MISC, 'MISC'],
]);

/**
 * Legal-form abbreviations that open a company name: `ТОВ «Альфа»` is one organisation name,
 * legal form and quotation marks included.
 *
 * @example
 * ```ts
 * LEGAL_FORMS.has('ТОВ'); // true
 * ```
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  'ТОВ ПАТ ПрАТ ПРАТ ВАТ ЗАТ АТ ДП КП ПП ТД ФГ СФГ ОСББ ГО ВГО БФ МП ПФ ВП НВП НВФ НВО КНП ДУ КЗ КУ ФК СК ТзОВ ТДВ ТзДВ ПАО ООО ОАО ЗАО ПВКП ПТ ПСП ОКЖК СП ОК НАК ДАК ДК ВО БО МБФ ГС'.split(' '),
);

/**
 * All-caps words that are common nouns, not names (mass media, GDP, VAT …).
 *
 * @example
 * ```ts
 * NON_NAME_ABBREVIATIONS.has('ЗМІ'); // true
 * ```
 */
export const NON_NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(
  // Codes of law (КК, ПКУ, КУпАП) and state registers (ЄДР, ЄРПН) are documents, not bodies.
  (
    'ЗМІ ВВП ПДВ ДТП ФОП ЖКГ ЖЕК ЗНО НМТ ВНЗ ЗВО ПТУ ЧП ПММ ГЕС АЕС ТЕС ТЕЦ ЛЕП АЗС СТО ЕКГ МРТ ВІЛ СНІД ДНК IT ІТ ПЗ ПК ККД ГМО ПІБ ЖК ТРЦ ТЦ МАФ ЄДРПОУ ІПН РНОКПП PR IP VIP SMS GPS USB УЗД ' +
    'КК ПКУ ЦПК ГПК КУпАП КЗпП ЄДР ЄДРЮО ЄРПН ЄДРСР ЄДРДР ЕОМ ПЕОМ СМС ОВТ ПЗРК БПЛА БТР БМП РСЗВ'
  ).split(' '),
);

/**
 * Power plants: common nouns on their own, but with a capitalised adjective before them they are
 * one name with it («Чорнобильська АЕС», «Курахівська ТЕС»).
 *
 * @example
 * ```ts
 * PLANT_ABBREVIATIONS.has('АЕС'); // true
 * ```
 */
export const PLANT_ABBREVIATIONS: ReadonlySet<string> = new Set('АЕС ТЕС ГЕС ТЕЦ ГАЕС'.split(' '));

/**
 * Legal forms that name a body even standing alone («створили ОСББ»), unlike company forms, which
 * alone are common nouns («директор КП», «працівники ТОВ»).
 *
 * @example
 * ```ts
 * BARE_NAME_FORMS.has('ОСББ'); // true
 * ```
 */
export const BARE_NAME_FORMS: ReadonlySet<string> = new Set('ОСББ ГО ВГО БФ МБФ ГС БО НВО'.split(' '));
