/**
 * Which words of a name are adjectives (they agree with the head noun and decline with it) and
 * which surnames are adjectival (Зеленський, Жириновский). Endings are data, checked by suffix
 * lookups in Sets built once.
 *
 * @module
 */
import type { Lang } from '../types.js';

/** Endings that only adjectives have (uk and ru together: a Russian name may sit in Ukrainian text). */
const STRONG_ADJ_ENDINGS: ReadonlySet<string> = new Set([
  // uk
  'ий', 'ого', 'ому', 'им', 'ої', 'их', 'ими', 'ього', 'ьому', 'ьої', 'ій', 'ім', 'ньою',
  // ru
  'ый', 'ого', 'его', 'ему', 'ым', 'ая', 'ую', 'ые', 'ие', 'ых', 'ыми', 'ое', 'ее', 'яя', 'юю',
]);

/** Endings shared with nouns: adjectival only after a typical adjective stem consonant. */
const WEAK_ADJ_ENDINGS: ReadonlySet<string> = new Set(['а', 'у', 'і', 'е', 'ою', 'ой', 'ом', 'ю', 'я', 'ей']);

/** Russian feminine adjective endings in -ой by stem letter: -ной, -мой, -кой, -лой, -вой. */
const RU_ADJ_OJ: ReadonlySet<string> = new Set(['ной', 'мой', 'кой', 'лой', 'вой']);

/** Last stem letters of typical adjectives: Верховна, Біла, Велика, Нова, Антарктична. */
const ADJ_STEM_LETTERS: ReadonlySet<string> = new Set(['н', 'к', 'л', 'в', 'ч', 'ж', 'ш']);

/** Stem markers of adjectival surnames and relational adjectives (-ськ-, -цьк-, -ск-). */
const ADJ_SURNAME_MARKERS = ['ськ', 'цьк', 'зьк', 'ск', 'цк'] as const;
// -ним/-ным, not bare -им: Навальним is adjectival, Хадим and Джим are not.
const ADJ_SURNAME_ENDINGS: ReadonlySet<string> = new Set(['ого', 'ому', 'ий', 'ый', 'ая', 'ой', 'ним', 'ным', 'ої', 'ою', 'ій']);

/**
 * True when a word inside a place or organisation name (before the head noun) is an adjective.
 *
 * @example
 * ```ts
 * isAdjectiveForm('Білого'); // true
 * isAdjectiveForm('Верховну'); // true
 * isAdjectiveForm('Раду'); // false
 * ```
 */
export function isAdjectiveForm(word: string): boolean {
  const lower = word.toLowerCase();
  const n = lower.length;
  if (n < 4) return false;
  for (let k = 4; k >= 2; k--) if (STRONG_ADJ_ENDINGS.has(lower.slice(n - k))) return true;
  // Russian -ой after a typical adjective stem is a feminine adjective (Независимой газеты),
  // unlike nouns in the instrumental (службой, Олимпиадой).
  if (n >= 6 && RU_ADJ_OJ.has(lower.slice(n - 3))) return true;
  for (let k = 2; k >= 1; k--) {
    if (WEAK_ADJ_ENDINGS.has(lower.slice(n - k))) {
      const stemEnd = lower[n - k - 1] ?? '';
      // A doubled consonant (Управлінні, об'єднання) or -ств- (правительства) marks a neuter noun.
      const before = lower[n - k - 2];
      // -к- only in -ськ-/-ск-/-цк-/-ик- adjectives (Велику, Саудовской), not in nouns like банку.
      const kOk = stemEnd !== 'к' || before === 'ь' || before === 'и' || before === 'с' || before === 'ц';
      const ending = lower.slice(n - k);
      const neuterNoun = before === stemEnd && (ending === 'і' || ending === 'я' || ending === 'ю');
      if (ADJ_STEM_LETTERS.has(stemEnd) && kOk && !neuterNoun && !(stemEnd === 'в' && before === 'т')) return true;
    }
  }
  return false;
}

/**
 * True when a person's name word may decline like an adjective (Зеленського, Жириновской).
 *
 * @example
 * ```ts
 * isAdjectivalSurname('Зеленського', 'uk'); // true
 * isAdjectivalSurname('Лаврова', 'uk'); // false
 * ```
 */
export function isAdjectivalSurname(word: string, _lang: Lang): boolean {
  const lower = word.toLowerCase();
  const tail = lower.slice(Math.max(0, lower.length - 7));
  for (const m of ADJ_SURNAME_MARKERS) if (tail.includes(m)) return true;
  return ADJ_SURNAME_ENDINGS.has(lower.slice(lower.length - 3)) || ADJ_SURNAME_ENDINGS.has(lower.slice(lower.length - 2));
}

/**
 * Endings of an adjective standing alone as a place name, the noun left out (на Городоцькій
 * [вулиці], по Садовій, біля Інститутської, у Хмельницькому): feminine oblique -ій/-ої after a
 * consonant, and the -ському/-цькому locative. Not -ська/-ського: Донецька is the genitive of
 * Донецьк, на Грушевського a street named after a person, kept as written. Narrower than
 * isAdjectiveForm, whose weak endings would turn lone nouns (Туреччині, Одесою) into adjectives.
 */
const LONE_ADJ_ENDINGS: readonly string[] = ['ській', 'цькій', 'зькій', 'ської', 'цької', 'зької', 'ською', 'цькою', 'ському', 'цькому'];
/** Consonants before a lone feminine -ій/-ої (Садовій, Лісній, Грушевській): typical adjective stems. */
const LONE_ADJ_STEMS: ReadonlySet<string> = new Set(['н', 'в', 'к']);

/**
 * True when a one-word place name is an adjective whose noun is understood (a street: на
 * Городоцькій → Городоцька; a city: у Хмельницькому → Хмельницький).
 *
 * @example
 * ```ts
 * isLoneAdjective('Городоцькій'); // true
 * isLoneAdjective('Садовій'); // true
 * isLoneAdjective('Туреччині'); // false
 * ```
 */
export function isLoneAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  const n = lower.length;
  if (n < 5) return false;
  for (const e of LONE_ADJ_ENDINGS) if (lower.endsWith(e)) return true;
  return (lower.endsWith('ій') || lower.endsWith('ої')) && LONE_ADJ_STEMS.has(lower[n - 3]!);
}

