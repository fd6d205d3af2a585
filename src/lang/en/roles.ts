/**
 * English role lexicon for linking: the words of titles and descriptors that name an office
 * («Russian Foreign Minister», «Secretary of State», «the top Russian diplomat», «Kremlin
 * spokesman»), country adjectives and names. Written by hand for citata.
 *
 * @module
 */
import type { RoleLexicon } from '../../linking/role-types.js';

/**
 * English endings a stem may take (plural and possessive).
 *
 * @example
 * ```ts
 * EN_ROLE_ENDINGS.includes("'s"); // true
 * ```
 */
export const EN_ROLE_ENDINGS: readonly string[] = ['', 's', "'s", 'es'];

/**
 * The English role lexicon. Country adjectives come from the knowledge base too (`adjectives.en`);
 * the ones here work without it.
 *
 * @example
 * ```ts
 * EN_ROLES.words['spokesman']; // { concepts: ['spokes'], gender: 'm' }
 * ```
 */
export const EN_ROLES: RoleLexicon = {
  endings: EN_ROLE_ENDINGS,
  adjectiveNom: '',
  namesBeforeHead: true,
  connectors: ['of', 'the', 'for'],
  words: {
    head: { concepts: ['head'] },
    chief: { concepts: ['head'] },
    leader: { concepts: ['head'] },
    director: { concepts: ['head'] },
    chairman: { concepts: ['head'] },
    chairwoman: { concepts: ['head'], gender: 'f' },
    minister: { concepts: ['minister'] },
    president: { concepts: ['president'] },
    secretary: { concepts: ['secretary'] },
    premier: { concepts: ['pm'] },
    prime: { concepts: ['pm'] },
    chancellor: { concepts: ['chancellor'], country: 'Germany' },
    spokesman: { concepts: ['spokes'], gender: 'm' },
    spokeswoman: { concepts: ['spokes'], gender: 'f' },
    spokesperson: { concepts: ['spokes'] },
    diplomat: { concepts: ['diplomat'] },
    foreign: { concepts: ['foreign'] },
    affairs: { concepts: ['affairs'] },
    ministry: { concepts: ['agency'] },
    department: { concepts: ['agency'] },
    defense: { concepts: ['defence'] },
    defence: { concepts: ['defence'] },
    state: { concepts: ['state'] },
    government: { concepts: ['government'] },
    kremlin: { concepts: ['kremlin'], country: 'Russia' },
    pentagon: { concepts: ['defence', 'agency'], country: 'United States' },
    top: { concepts: ['chief'] },
    'u.s.': { country: 'United States', caps: true },
    us: { country: 'United States', caps: true },
    american: { country: 'United States' },
    russian: { country: 'Russia' },
    ukrainian: { country: 'Ukraine' },
    british: { country: 'United Kingdom' },
    german: { country: 'Germany' },
    french: { country: 'France' },
    chinese: { country: 'China' },
    russia: { country: 'Russia' },
    ukraine: { country: 'Ukraine' },
  },
  pronouns: {
    he: { gender: 'm', number: 'sg' },
    she: { gender: 'f', number: 'sg' },
    it: { gender: 'n', number: 'sg' },
    they: { number: 'pl' },
  },
  stateWords: ['state'],
  honorifics: ['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame'],
  abbreviations: {
    pentagon: 'Department of Defense',
  },
};
