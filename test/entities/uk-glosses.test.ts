import { describe, expect, it } from 'vitest';
import { names, cases } from './helpers.js';

const check = ({ text, want }: { text: string; want: string[] }) => expect(names(text, 'uk')).toEqual(want);

describe('uk: a Latin gloss in brackets takes the type of the name it glosses', () => {
  it.each(cases([
    ['Номінальний власник Пракаш Джанчандані (Prakash Gianchandani) фігурує у справі.', ['Пракаш Джанчандані/PER', 'Prakash Gianchandani/PER']],
    ['Директор Джанкарло Еспехо (Giancarlo Espejo) з Белізу підписав документ.', ['Джанкарло Еспехо/PER', 'Giancarlo Espejo/PER', 'Белізу/LOC']],
    ['Як сказав Монтедуро (Alessandro Monteduro), освітлення триватиме тиждень.', ['Монтедуро/PER', 'Alessandro Monteduro/PER']],
  ]))('the gloss is the same name: $text', check);
  it.each(cases([
    ['Партія «Техрік-е-Лабаік» (TLP) заблокувала дороги.', ['Техрік-е-Лабаік/ORG', 'TLP/ORG']],
    ['Прем’єр-міністр Тереза Мей (на фото) виступила в парламенті.', ['Тереза Мей/PER']],
  ]))('an abbreviation or a lower-case remark is left to its own evidence: $text', check);
});
