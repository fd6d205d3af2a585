/**
 * The nominative of a title phrase that names an unnamed speaker (`За словами міністра оборони` →
 * `міністр оборони`), for the name of the entity such a speaker becomes. Only the head noun that
 * opens the phrase changes, and only from a singular oblique case: its genitive modifiers stay as
 * written (`оборони`), and a plural (`аналітиків`) is left alone rather than guessed.
 *
 * @module
 */
import { RU_SPEAKER_NOUNS } from '../lang/ru/cues.js';
import { UK_SPEAKER_NOUNS } from '../lang/uk/cues.js';
import type { Lang } from '../types.js';

/** Singular oblique endings of Ukrainian and Russian nouns, longest first. */
const SINGULAR_OBLIQUE = ['ові', 'еві', 'єві', 'ою', 'ею', 'єю', 'ом', 'ем', 'єм', 'ём', 'ой', 'ью', 'а', 'я', 'у', 'ю', 'і', 'е', 'и', 'ы', 'ї'];
/** Endings that are singular only after a first-declension (-а/-я) stem. */
const FIRST_DECLENSION_ONLY: ReadonlySet<string> = new Set(['и', 'ы', 'ї']);

/** Stems of the speaker nouns, each with its nominative (`міністр` → `міністр`, `речниц` → `речниця`). */
function stemsOf(nouns: readonly string[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const n of nouns) {
    const lemma = n.toLowerCase();
    if (lemma.includes(' ')) continue;
    // A lemma ending in a vowel, й or ь loses it before case endings; a consonant-final one is its stem.
    const stem = /[аяоеєиіїьйуы]$/u.test(lemma) ? lemma.slice(0, -1) : lemma;
    if (!out.has(stem)) out.set(stem, lemma);
  }
  return out;
}

const STEMS: Readonly<Record<'uk' | 'ru', ReadonlyMap<string, string>>> = { uk: stemsOf(UK_SPEAKER_NOUNS), ru: stemsOf(RU_SPEAKER_NOUNS) };

/**
 * The phrase with its opening head noun in the nominative, or the phrase unchanged when its first
 * word is no singular oblique form of a known speaker noun (or the language is English).
 *
 * @example
 * ```ts
 * titleNominative('министра обороны', 'ru'); // 'министр обороны'
 * titleNominative('аналітиків', 'uk'); // 'аналітиків'
 * ```
 */
export function titleNominative(phrase: string, lang: Lang): string {
  if (lang === 'en') return phrase;
  const stems = lang === 'ru' ? STEMS.ru : STEMS.uk;
  const space = phrase.indexOf(' ');
  const first = space < 0 ? phrase : phrase.slice(0, space);
  const lower = first.toLowerCase();
  for (const ending of SINGULAR_OBLIQUE) {
    if (lower.length <= ending.length + 1 || !lower.endsWith(ending)) continue;
    const lemma = stems.get(lower.slice(0, lower.length - ending.length));
    if (lemma === undefined || lemma === lower) continue;
    // -и/-ы/-ї is a singular only for -а/-я nouns (`голови`, `главы`); `міністри` is a plural.
    if (FIRST_DECLENSION_ONLY.has(ending) && !/[ая]$/u.test(lemma)) continue;
    const cased = first[0] !== lower[0] ? lemma[0]!.toUpperCase() + lemma.slice(1) : lemma;
    return cased + phrase.slice(first.length);
  }
  return phrase;
}
