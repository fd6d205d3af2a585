/**
 * Types of the role lexicons in src/lang/<code>/roles.ts, read by the linking stage.
 *
 * @module
 */

/**
 * A piece of meaning a title word carries. Offices are recognised from combinations:
 * `minister` + `foreign` is a foreign minister, `head` + `mfa` too, `chief` + `diplomat` too.
 *
 * @example
 * ```ts
 * const c: RoleConcept = 'head'; // «очільник», «глава», «head»
 * ```
 */
export type RoleConcept =
  | 'head'
  | 'minister'
  | 'president'
  | 'secstate'
  | 'secretary'
  | 'pm'
  | 'chancellor'
  | 'spokes'
  | 'diplomat'
  | 'foreign'
  | 'affairs'
  | 'agency'
  | 'mfa'
  | 'defence'
  | 'state'
  | 'government'
  | 'kremlin'
  | 'whitehouse'
  | 'chief';

/**
 * One stem of a role lexicon.
 *
 * @example
 * ```ts
 * const w: RoleWord = { concepts: ['kremlin'], country: 'Росія' };
 * ```
 */
export interface RoleWord {
  /** Concepts the word carries. */
  concepts?: readonly RoleConcept[];
  /** The country the word implies, by its name in the lexicon's language (looked up in the KB). */
  country?: string;
  /** Grammatical gender the word shows (feminitives). */
  gender?: 'm' | 'f';
  /** An abbreviation (РФ, МЗС, US): matches only a word written in capitals, since lower-cased it may be a common word ('us'). */
  caps?: boolean;
  /** What to add to the stem for the nominative singular, when it is not the bare stem ('глав' + 'а'). */
  nom?: string;
}

/**
 * Gender and number of a personal pronoun.
 *
 * @example
 * ```ts
 * const p: PronounFeatures = { gender: 'f', number: 'sg' }; // «вона»
 * ```
 */
export interface PronounFeatures {
  /** Grammatical gender, when the form shows it. */
  gender?: 'm' | 'f' | 'n';
  /** Grammatical number. */
  number: 'sg' | 'pl';
}

/**
 * A language's role lexicon.
 *
 * @example
 * ```ts
 * import { UK_ROLES } from '../lang/uk/roles.js';
 * UK_ROLES.words['міністр']?.concepts; // ['minister']
 * ```
 */
export interface RoleLexicon {
  /** Stem (lower case) → what it carries. */
  words: Readonly<Record<string, RoleWord>>;
  /** Inflection endings a stem may take. */
  endings: readonly string[];
  /** Whether names of bodies and places may stand before the office word («Kremlin spokesman»): English yes; in Ukrainian and Russian they follow it. */
  namesBeforeHead: boolean;
  /** Small words allowed inside a title («Secretary of State»). */
  connectors: readonly string[];
  /** Personal pronouns in the nominative. */
  pronouns: Readonly<Record<string, PronounFeatures>>;
  /** Words that say a place is a state of a federation («штат Джорджія», «the state of Georgia»). */
  stateWords: readonly string[];
  /** Short forms (lower case) and their full names, where initials alone do not tell. */
  abbreviations: Readonly<Record<string, string>>;
  /** Honorifics before a surname, lower case («пан», «Mr.»): not part of the name when names are compared. */
  honorifics: readonly string[];
  /** Nominative singular ending of an adjective stem before a title noun ('російськ' + 'ий'). */
  adjectiveNom: string;
}
