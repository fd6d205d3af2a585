import { describe, expect, it } from 'vitest';
import { names, cases } from './helpers.js';

const check = ({ text, want }: { text: string; want: string[] }) => expect(names(text, 'ru')).toEqual(want);

describe('ru: a Latin gloss in brackets takes the type of the name it glosses', () => {
  it.each(cases([
    ['В интервью газете министр Листхеуг (Listhaug) предложила помощь.', ['Листхеуг/PER', 'Listhaug/PER']],
    ['Директор Джанкарло Эспехо (Giancarlo Espejo) подписал договор.', ['Джанкарло Эспехо/PER', 'Giancarlo Espejo/PER']],
  ]))('the gloss is the same name: $text', check);
  it.each(cases([
    ['Сторонники партии «Техрик-э-Лабаик» (TLP) перекрыли дороги.', ['Техрик-э-Лабаик/ORG', 'TLP/ORG']],
  ]))('an abbreviation keeps its own type: $text', check);
});
