/**
 * Oracle test: the MIT package `shevchenko` declines Ukrainian personal names; our rules must
 * bring its oblique forms back to the nominative. (shevchenko is a devDependency, never imported
 * from src/.) The names below are written by hand.
 */
import { describe, expect, it } from 'vitest';
import * as shevchenko from 'shevchenko';
import { baseFormOfName } from '../../src/morphology/index.js';

const MEN: [string, string][] = [
  ['Сергій', 'Лавров'], ['Володимир', 'Зеленський'], ['Тарас', 'Шевченко'], ['Петро', 'Порошенко'],
  ['Андрій', 'Єрмак'], ['Денис', 'Шмигаль'], ['Олексій', 'Резніков'], ['Дмитро', 'Кулеба'],
  ['Михайло', 'Федоров'], ['Олександр', 'Усик'], ['Віталій', 'Кличко'], ['Іван', 'Федорович'],
  ['Микола', 'Азаров'], ['Юрій', 'Бойко'], ['Ігор', 'Клименко'], ['Руслан', 'Стефанчук'],
  ['Олег', 'Синєгубов'], ['Василь', 'Стус'], ['Богдан', 'Хмельницький'], ['Григорій', 'Сковорода'],
  ['Євген', 'Марчук'], ['Кирило', 'Буданов'], ['Павло', 'Тичина'], ['Степан', 'Бандера'],
  ['Максим', 'Рильський'], ['Леонід', 'Кравчук'], ['Віктор', 'Ющенко'], ['Арсеній', 'Яценюк'],
];
const WOMEN: [string, string][] = [
  ['Юлія', 'Тимошенко'], ['Олена', 'Зеленська'], ['Ірина', 'Верещук'], ['Ольга', 'Стефанішина'],
  ['Леся', 'Українка'], ['Ліна', 'Костенко'], ['Оксана', 'Маркарова'], ['Тетяна', 'Ковальчук'],
  ['Наталія', 'Мосейчук'], ['Марія', 'Заньковецька'], ['Соломія', 'Крушельницька'], ['Ганна', 'Маляр'],
  ['Людмила', 'Денісова'], ['Вікторія', 'Сюмар'], ['Катерина', 'Білорус'], ['Анастасія', 'Радіна'],
];

const CASES = [shevchenko.inGenitive, shevchenko.inDative, shevchenko.inAccusative, shevchenko.inAblative, shevchenko.inLocative];

async function rows(): Promise<{ form: string; base: string }[]> {
  const out: { form: string; base: string }[] = [];
  for (const [list, gender] of [[MEN, shevchenko.GrammaticalGender.MASCULINE], [WOMEN, shevchenko.GrammaticalGender.FEMININE]] as const) {
    for (const [givenName, familyName] of list) {
      for (const inCase of CASES) {
        const r = await inCase({ gender, givenName, familyName });
        out.push({ form: `${r.givenName} ${r.familyName}`, base: `${givenName} ${familyName}` });
      }
    }
  }
  return out;
}

describe('Ukrainian personal names against the shevchenko oracle', () => {
  it('recovers at least 95% of given name + surname pairs in five oblique cases', async () => {
    const all = await rows();
    const failures: string[] = [];
    for (const { form, base } of all) {
      const got = baseFormOfName(form, { lang: 'uk', type: 'PER' });
      if (got !== base) failures.push(`${form} → ${got} (want ${base})`);
    }
    expect(all.length).toBeGreaterThan(200);
    expect(1 - failures.length / all.length, `failing rows:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});
