/**
 * Lower-case particles inside foreign personal names («Урсула фон дер Ляєн», «Людвіг ван Бетховен»,
 * «Мухаммед ібн Салман»), as Ukrainian spells them. Written from general knowledge of Ukrainian
 * transliteration practice.
 *
 * @module
 */

/**
 * Particles that are no ordinary Ukrainian word: between a capitalised name word and a capitalised
 * surname they join both into one name.
 *
 * @example
 * ```ts
 * NAME_PARTICLES.has('фон'); // true
 * ```
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  `фон дер ден цу ван вен де ді дю дос дас ду да ла ле дель делла ібн бін бен ель ал аль
   ло лос лас оф тер тен`.split(/\s+/).filter(Boolean),
);

/**
 * Particles that are also common Ukrainian words («де» = where, «да», «ла», «ле», «ду»…): they join
 * only after a known first name (or when the knowledge base knows the whole name).
 *
 * @example
 * ```ts
 * WEAK_PARTICLES.has('де'); // true: «Київ, де Зеленський…» is two names
 * ```
 */
export const WEAK_PARTICLES: ReadonlySet<string> = new Set(['де', 'да', 'ла', 'ле', 'ду', 'дос', 'дас', 'ді', 'ал', 'ло', 'лос', 'лас', 'оф', 'тер', 'тен', 'ден', 'цу']);

/**
 * Arabic article prefixes written with a hyphen before a capitalised name («аль-Асад», «ель-Сісі»):
 * a lower-case word that starts with one of them continues a personal name.
 *
 * @example
 * ```ts
 * HYPHEN_PARTICLES.includes('аль-'); // true
 * ```
 */
export const HYPHEN_PARTICLES: readonly string[] = ['аль-', 'ал-', 'ель-', 'ад-', 'ас-', 'аш-', 'ат-', 'ан-', 'ар-', 'аз-', 'ібн-', 'бін-', 'бен-'];
