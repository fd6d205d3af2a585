/**
 * Russian abbreviations that name entities (МИД, ЕС, НАТО, ВСУ, ФСБ, РФ, США, ООН, МВФ …) with
 * their entity type; legal-form abbreviations that open a company name (ООО «…», ПАО «…»); and
 * all-caps words that are not names (СМИ, ВВП, ДТП). Written by hand from general knowledge of
 * Russian news usage.
 *
 * @module
 */
import type { EntityType } from '../../types.js';
import { labelWords } from '../word-lists.js';

const LOC = `
США РФ ФРГ КНР КНДР ОАЭ ЮАР СССР ДНР ЛНР ЦАР ДРК ГДР БССР УССР
`;

const ORG = `
МИД ЕС НАТО ВСУ СБУ ООН МВФ ЕБРР ОБСЕ МАГАТЭ ВОЗ ЮНЕСКО ЮНИСЕФ ЦИК ФСБ ГРУ СВР МВД МЧС ФСО ФСИН ФНС ФАС ФТС СК
ЦБ ВКС ВМФ ВДВ РВСН МО КГБ НКВД ЦРУ ФБР АНБ ПАСЕ ЕК ЕП ЕЦБ ФРС ВТО ОЭСР ОПЕК СНГ ОДКБ ШОС ЕАЭС АСЕАН МОК ФИФА УЕФА
РФС РПЛ КХЛ РПЦ УПЦ ПЦУ КПРФ ЛДПР ЕР ХДС ХСС СДПГ ТАСС РИА РБК ВГТРК НТВ ОРТ ВЦИОМ ФОМ РАН МГУ СПбГУ ВШЭ РЖД
ОАК ОСК ГУР НАБУ САП ГПУ ОП ВР РНБО ВВС BBC CNN ЕСПЧ МУС МКК ВАДА РУСАДА ФНБ ООП ХАМАС ИГИЛ
`;

const MISC = `
АТО СВО
`;


/**
 * Abbreviation → entity type.
 *
 * @example
 * ```ts
 * ENTITY_ABBREVIATIONS.get('РФ');  // 'LOC'
 * ENTITY_ABBREVIATIONS.get('МИД'); // 'ORG'
 * ```
 */
export const ENTITY_ABBREVIATIONS: ReadonlyMap<string, EntityType> = labelWords<EntityType>([
  [LOC, 'LOC'],
  [ORG, 'ORG'],
  [MISC, 'MISC'],
]);

/**
 * Legal-form abbreviations that open a company name: `ООО «Альфа»` is one organisation name.
 *
 * @example
 * ```ts
 * LEGAL_FORMS.has('ООО'); // true
 * ```
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  'ООО ОАО ЗАО ПАО АО ГУП ФГУП МУП НКО АНО ИП ГК ФК ТОВ ПАТ ПрАО'.split(' '),
);

/**
 * All-caps words that are common nouns, not names.
 *
 * @example
 * ```ts
 * NON_NAME_ABBREVIATIONS.has('СМИ'); // true
 * ```
 */
export const NON_NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'СМИ ВВП НДС ДТП ЖКХ ЕГЭ ВУЗ ПТУ ЧП ГЭС АЭС ТЭС ТЭЦ ЛЭП АЗС СТО ЭКГ МРТ ВИЧ СПИД ДНК IT ПО ПК КПД ГМО ЧМ ОИ'.split(' '),
);

/**
 * Power plants: common nouns on their own, but with a capitalised adjective before them they are
 * one name with it («Чорнобильська АЕС», «Курахівська ТЕС»).
 *
 * @example
 * ```ts
 * PLANT_ABBREVIATIONS.has('АЭС'); // true
 * ```
 */
export const PLANT_ABBREVIATIONS: ReadonlySet<string> = new Set('АЭС ТЭС ГЭС ТЭЦ ГАЭС'.split(' '));

/**
 * Legal forms that name a body even standing alone («створили ТСЖ»), unlike company forms, which
 * alone are common nouns («директор КП», «працівники ТОВ»).
 *
 * @example
 * ```ts
 * BARE_NAME_FORMS.has('ТСЖ'); // true
 * ```
 */
export const BARE_NAME_FORMS: ReadonlySet<string> = new Set('ТСЖ НКО АНО БФ'.split(' '));
