/**
 * Ukrainian media whose names are two ordinary words («Українська правда», «Дзеркало тижня»),
 * which news cites without guillemets («як повідомляла Українська правда»): nominative, as
 * written. Names that are also everyday phrases at a sentence start («Новий час настав», «Лівий
 * берег», «Наші гроші») are left out. Written by hand from general knowledge of the Ukrainian
 * press; no list copied.
 *
 * @module
 */

/**
 * Two-word media names (nominative).
 *
 * @example
 * ```ts
 * MEDIA_NAMES.includes('Українська правда'); // true
 * ```
 */
export const MEDIA_NAMES: readonly string[] = [
  'Українська правда',
  'Економічна правда',
  'Європейська правда',
  'Історична правда',
  'Дзеркало тижня',
  'Українські новини',
  'Радіо Свобода',
  'Громадське радіо',
  'Громадське телебачення',
  'Голос Америки',
  'Детектор медіа',
  'Ділова столиця',
];
