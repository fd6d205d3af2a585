import { recognizeNames } from '../../src/entities/index.js';
import { defaultKnowledgeBase } from '../../src/kb/default.js';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { parse } from '../../src/parser/index.js';

/** A small KB for tests that need knowledge-base typing. */
export const smallKb: KnowledgeBase = createKnowledgeBase([
  { id: 'Q7747', type: 'PER', gender: 'm', names: { uk: ['Володимир Путін', 'Путін'], ru: ['Владимир Путин', 'Путин'] } },
  { id: 'Q22686', type: 'PER', gender: 'm', names: { uk: ['Дональд Трамп', 'Трамп'], ru: ['Дональд Трамп', 'Трамп'] } },
  { id: 'Q1781', type: 'LOC', kind: 'city', names: { uk: ['Будапешт'], ru: ['Будапешт'] } },
  { id: 'Q212', type: 'LOC', kind: 'country', names: { uk: ['Україна'], ru: ['Украина'] } },
  { id: 'Q159', type: 'LOC', kind: 'country', names: { uk: ['Росія'], ru: ['Россия'] } },
]);

/** `text/TYPE` for every name found, in order (with the bundled knowledge base unless another is given). */
export function names(text: string, lang: 'uk' | 'ru', kb: KnowledgeBase | null = defaultKnowledgeBase()): string[] {
  const doc = parse(text, lang);
  return recognizeNames(doc, { kb }).map((n) => {
    if (text.slice(n.start, n.end) !== n.text) throw new Error(`bad offsets for ${n.text}`);
    return `${n.text}/${n.type}`;
  });
}

/** The gender given to the name with this text. */
export function genderOf(text: string, name: string, lang: 'uk' | 'ru'): string | undefined {
  return recognizeNames(parse(text, lang), { kb: smallKb }).find((n) => n.text === name)?.gender;
}

/**
 * `text/TYPE/base` (or `text/TYPE=base` with `sep` '=') for every name found, in order, with the
 * bundled knowledge base; throws on a span whose offsets do not hold.
 */
export function namesWithBase(text: string, lang: 'uk' | 'ru', sep: '/' | '=' = '/'): string[] {
  return recognizeNames(parse(text, lang), { kb: defaultKnowledgeBase() }).map((n) => {
    if (text.slice(n.start, n.end) !== n.text) throw new Error(`bad offsets for ${n.text}`);
    return `${n.text}/${n.type}${sep}${n.base}`;
  });
}

/** `it.each` rows from `[text, want]` pairs. */
export const cases = (list: [string, string[]][]): { text: string; want: string[] }[] => list.map(([text, want]) => ({ text, want }));
