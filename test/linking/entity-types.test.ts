import { describe, expect, it } from 'vitest';
import type { LinkedDocument } from '../../src/linking/index.js';
import { placeNames, runCase, type Case } from './helpers.js';
import type { EntityType } from '../../src/types.js';
import { placeByContext } from '../../src/linking/type-split.js';

/** A case with the entity type every name must end up with. */
type TypedCase = Case & { types: EntityType[] };

function typeOf(out: LinkedDocument, start: number, end: number): EntityType | undefined {
  return out.entities.find((e) => e.mentions.some((m) => m.kind === 'name' && m.start === start && m.end === end))?.type;
}

function run(c: TypedCase): void {
  const out = runCase(c);
  const names = placeNames(c.text, c.names);
  names.forEach((n, i) => expect(typeOf(out, n.start, n.end), `type of «${n.text}»#${i}`).toBe(c.types[i]));
}

const EN: Record<string, TypedCase> = {
  'a city named like its team keeps its own entity after «in»': {
    lang: 'en',
    text: 'Milwaukee beat Chicago 3-1 on Sunday. In Milwaukee, fans waited for hours in the rain. Milwaukee now lead the division.',
    names: [['Milwaukee', 'ORG'], ['Chicago', 'ORG'], ['Milwaukee', 'LOC'], ['Milwaukee', 'ORG']],
    same: [[0, 3]],
    types: ['ORG', 'ORG', 'LOC', 'ORG'],
  },
  'a dateline city is a place among its team': {
    lang: 'en',
    text: 'DENVER 2026-11-20\nDenver beat Dallas 24-17 on Thursday. Denver scored twice in the last quarter.',
    names: [['DENVER', 'LOC', 'Denver'], ['Denver', 'ORG'], ['Dallas', 'ORG'], ['Denver', 'ORG']],
    same: [[1, 3]],
    types: ['LOC', 'ORG', 'ORG', 'ORG'],
  },
  'a dateline with its country: the city and the state are places': {
    lang: 'en',
    text: 'ARLINGTON, Texas 2026-08-31\nTexas beat Cleveland 6-2. Texas lead the West by four games.',
    names: [['ARLINGTON', 'LOC', 'Arlington'], ['Texas', 'LOC'], ['Texas', 'ORG'], ['Cleveland', 'ORG'], ['Texas', 'ORG']],
    same: [[2, 4]],
    types: ['LOC', 'LOC', 'ORG', 'ORG', 'ORG'],
  },
  'a metonym shown once: one entity, the place the context names': {
    lang: 'en',
    text: 'Washington cancelled the meeting, officials in Washington said.',
    names: [['Washington', 'ORG'], ['Washington', 'LOC']],
    same: [[0, 1]],
    types: ['LOC', 'LOC'],
  },
  'a people is not a person whose misread name begins with it': {
    lang: 'en',
    text: 'Protests by South African Afrikaners grew. Afrikaners marched in Pretoria.',
    names: [['South African Afrikaners', 'PER'], ['Afrikaners', 'MISC'], ['Pretoria', 'LOC']],
    types: ['PER', 'MISC', 'LOC'],
  },
  'a firm is not the person a misread «Firm Cables» would be': {
    lang: 'en',
    text: 'Pirelli shares rose on Monday after Pirelli Cables won a contract.',
    names: [['Pirelli', 'ORG'], ['Pirelli Cables', 'PER']],
    types: ['ORG', 'PER'],
  },
  // Negative: what stays as it was.
  'a first name typed as a place still joins the person': {
    lang: 'en',
    text: 'Tamsin Greig was cast on Wednesday. Fans of Tamsin cheered the news.',
    names: [['Tamsin Greig', 'PER', 'Tamsin Greig', 'f'], ['Tamsin', 'LOC']],
    same: [[0, 1]],
    types: ['PER', 'PER'],
  },
  'a surname typed as a body still joins the person': {
    lang: 'en',
    text: 'Marcelo Rios lost in the second round. Rios said his back hurt.',
    names: [['Marcelo Rios', 'PER'], ['Rios', 'ORG']],
    same: [[0, 1]],
    types: ['PER', 'PER'],
  },
  'a team after «at the Oval» is not a place by context': {
    lang: 'en',
    text: 'Leeds won again. At the Oval, Leeds captain John Hart scored. Leeds top the table.',
    names: [['Leeds', 'ORG'], ['Leeds', 'LOC'], ['John Hart', 'PER'], ['Leeds', 'ORG']],
    same: [[0, 1, 3]],
    types: ['ORG', 'ORG', 'PER', 'ORG'],
  },
  'a results table row is not a dateline': {
    lang: 'en',
    text: 'Denver beat Dallas. Denver won again.\nDENVER 12 4 .750\nDALLAS 9 7 .562',
    names: [['Denver', 'ORG'], ['Dallas', 'ORG'], ['Denver', 'ORG'], ['DENVER', 'LOC', 'Denver'], ['DALLAS', 'ORG', 'Dallas']],
    same: [[0, 2, 3], [1, 4]],
    types: ['ORG', 'ORG', 'ORG', 'ORG', 'ORG'],
  },
  'a surname typed as a place still joins the person': {
    lang: 'en',
    text: 'Sergei Lavrov arrived in Ankara. Lavrov said talks would go on.',
    names: [['Sergei Lavrov', 'PER'], ['Ankara', 'LOC'], ['Lavrov', 'LOC']],
    same: [[0, 2]],
    types: ['PER', 'LOC', 'PER'],
  },
  'places all after «in» stay one place': {
    lang: 'en',
    text: 'Talks in Geneva ended. Geneva hosted them before, and in Geneva they resume.',
    names: [['Geneva', 'LOC'], ['Geneva', 'LOC'], ['Geneva', 'LOC']],
    same: [[0, 1, 2]],
    types: ['LOC', 'LOC', 'LOC'],
  },
};

const UK: Record<string, TypedCase> = {
  'місто в рядку дати — місце, клуб з тією ж назвою — організація': {
    lang: 'uk',
    text: "ЛЬВІВ, 20 листопада\n«Львів» переміг «Дніпро» з рахунком 2:1. «Львів» піднявся на п'яте місце.",
    names: [['ЛЬВІВ', 'LOC', 'Львів'], ['Львів', 'ORG'], ['Дніпро', 'ORG'], ['Львів', 'ORG']],
    same: [[1, 3]],
    types: ['LOC', 'ORG', 'ORG', 'ORG'],
  },
  'подія не стає людиною через хибно прочитане ім’я': {
    lang: 'uk',
    text: 'Після Брекзиту Найджел Фарадж пішов з політики. Брекзит змінив Британію.',
    names: [['Брекзиту Найджел Фарадж', 'PER', 'Брекзит Найджел Фарадж'], ['Брекзит', 'MISC'], ['Британію', 'LOC', 'Британія']],
    types: ['PER', 'MISC', 'LOC'],
  },
  'компанія не стає людиною, чиє хибно прочитане ім’я починається з її назви': {
    lang: 'uk',
    text: 'Акції «Богдана» подешевшали. Завод Богдан Моторс зупинив роботу.',
    names: [['Богдана', 'ORG', 'Богдан'], ['Богдан Моторс', 'PER']],
    types: ['ORG', 'PER'],
  },
  // Negative: what stays as it was.
  'ім’я, яке розпізнавач назвав місцем, приєднується до людини': {
    lang: 'uk',
    text: 'Асію Бібі звільнили в середу. Адвокати Асії кажуть, що вона виїде.',
    names: [['Асію Бібі', 'PER', 'Асія Бібі', 'f'], ['Асії', 'LOC', 'Асія']],
    same: [[0, 1]],
    types: ['PER', 'PER'],
  },
  'прізвище, яке розпізнавач назвав місцем, приєднується до людини': {
    lang: 'uk',
    text: 'Сергій Лавров прибув до Анкари. Лавров заявив, що переговори триватимуть.',
    names: [['Сергій Лавров', 'PER', 'Сергій Лавров', 'm'], ['Анкари', 'LOC', 'Анкара'], ['Лавров', 'LOC']],
    same: [[0, 2]],
    types: ['PER', 'LOC', 'PER'],
  },
  '«у» перед назвою не вирішує, що це місце: у «Газпромі» — компанія': {
    lang: 'uk',
    text: 'Газпром скоротив видобуток. У Газпромі це пояснили ремонтом. Газпром обіцяє відновити постачання.',
    names: [['Газпром', 'ORG'], ['Газпромі', 'LOC', 'Газпром'], ['Газпром', 'ORG']],
    same: [[0, 1, 2]],
    types: ['ORG', 'ORG', 'ORG'],
  },
  'форми однієї назви — одна сутність': {
    lang: 'uk',
    text: 'Акції «Роснефти» впали. Сама Роснефть цього не коментує.',
    names: [['Роснефти', 'ORG', 'Роснефть'], ['Роснефть', 'ORG']],
    same: [[0, 1]],
    types: ['ORG', 'ORG'],
  },
};

describe('entity types after linking: a type the context decides survives clustering (en)', () => {
  for (const [title, c] of Object.entries(EN)) it(title, () => run(c));
});

describe('типи сутностей після зв’язування (uk)', () => {
  for (const [title, c] of Object.entries(UK)) it(title, () => run(c));
});

describe('placeByContext', () => {
  const at = (text: string, name: string, lang: 'en' | 'uk' = 'en') => {
    const start = text.indexOf(name);
    return placeByContext({ start, end: start + name.length, text: name, type: 'LOC', base: name }, text, lang);
  };
  const yes: [string, string, ('en' | 'uk')?][] = [
    ['In Seattle, the rain stopped.', 'Seattle'],
    ['He grew up in Boston.', 'Boston'],
    ['NEW YORK 2026-11-26\nStocks rose.', 'NEW YORK'],
    ['NICE, France 2026-08-30\nThe club said.', 'NICE'],
    ['NICE, France 2026-08-30\nThe club said.', 'France'],
    ['КИЇВ, 26 листопада\nУряд ухвалив рішення.', 'КИЇВ', 'uk'],
  ];
  const no: [string, string, ('en' | 'uk')?][] = [
    ['Seattle won in extra time.', 'Seattle'],
    ['At the Oval, Surrey captain spoke.', 'Surrey'],
    ['Coin Boston won.', 'Boston'],
    ['NEW YORK 74 59 .556\nBOSTON 70 63 .526', 'NEW YORK'],
    ['The mayor of Nice, France 2026 plan.', 'Nice'],
    ['У Львові пройшов матч.', 'Львові', 'uk'],
  ];
  for (const [text, name, lang] of yes) it(`a place by context: «${name}» in «${text.split('\n')[0]}»`, () => expect(at(text, name, lang)).toBe(true));
  for (const [text, name, lang] of no) it(`not decided by context: «${name}» in «${text.split('\n')[0]}»`, () => expect(at(text, name, lang)).toBe(false));
});
