/**
 * Lower-case particles inside foreign personal names («Урсула фон дер Ляйен», «Людвиг ван Бетховен»,
 * «Мухаммед ибн Салман»), as Russian spells them. Written from general knowledge of Russian
 * transliteration practice.
 *
 * @module
 */

/**
 * Particles that are no ordinary Russian word: between a capitalised name word and a capitalised
 * surname they join both into one name.
 *
 * @example
 * ```ts
 * NAME_PARTICLES.has('фон'); // true
 * ```
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  `фон дер ден цу ван вен де ди дю дос дас ду да ла ле дель делла ибн бин бен эль аль
   ло лос лас оф тер тен`.split(/\s+/).filter(Boolean),
);

/**
 * Particles that are also common Russian words («да» = yes/and, «ла», «ле», «ду», «ди»…): they join
 * only after a known first name (or when the knowledge base knows the whole name).
 *
 * @example
 * ```ts
 * WEAK_PARTICLES.has('да'); // true: «Иван да Марья» is two names
 * ```
 */
export const WEAK_PARTICLES: ReadonlySet<string> = new Set(['де', 'да', 'ла', 'ле', 'ду', 'дос', 'дас', 'ди', 'ло', 'лос', 'лас', 'оф', 'тер', 'тен', 'ден', 'цу']);

/**
 * Arabic article prefixes written with a hyphen before a capitalised name («аль-Асад», «эль-Сиси»):
 * a lower-case word that starts with one of them continues a personal name.
 *
 * @example
 * ```ts
 * HYPHEN_PARTICLES.includes('аль-'); // true
 * ```
 */
export const HYPHEN_PARTICLES: readonly string[] = ['аль-', 'ал-', 'эль-', 'ад-', 'ас-', 'аш-', 'ат-', 'ан-', 'ар-', 'аз-', 'ибн-', 'бин-', 'бен-'];
