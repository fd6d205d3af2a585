import { describe, expect, it } from 'vitest';
import { recognizeNames } from '../../src/entities/index.js';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import { parse } from '../../src/parser/index.js';

/** `text/TYPE/base` for every name found, in order. */
function found(text: string): string[] {
  return recognizeNames(parse(text, 'uk'), { kb: defaultKnowledgeBase() }).map((n) => {
    if (text.slice(n.start, n.end) !== n.text) throw new Error(`bad offsets for ${n.text}`);
    return `${n.text}/${n.type}/${n.base}`;
  });
}

const cases = (list: [string, string[]][]) => list.map(([text, want]) => ({ text, want }));
const check = ({ text, want }: { text: string; want: string[] }) => expect(found(text)).toEqual(want);

describe('uk: the name of a law or decree is one MISC name, not its country', () => {
  it.each(cases([
    ['Відповідно до статті 5 Закону України «Про місцеве самоврядування в Україні» рада вирішила.', ['Закону України «Про місцеве самоврядування в Україні»/MISC/Закон України «Про місцеве самоврядування в Україні»']],
    ['Закон України «Про освіту» набув чинності.', ['Закон України «Про освіту»/MISC/Закон України «Про освіту»']],
    ['Згідно з Законом України про освіту школи працюють.', ['Законом України/MISC/Закон України']],
    ['Указом Президента України встановлено нагороду.', ['Указом Президента України/MISC/Указ Президента України']],
    ['Депутати змінили Конституцію України торік.', ['Конституцію України/MISC/Конституція України']],
  ]))('a law: $text', check);
  it.each(cases([
    ['Закон набув чинності вчора.', []],
    ['Депутати ухвалили закон про освіту в Україні.', ['Україні/LOC/Україна']],
    ['Депутати провели засідання в Україні й закон ухвалили.', ['Україні/LOC/Україна']],
  ]))('no law name: $text', check);
});
