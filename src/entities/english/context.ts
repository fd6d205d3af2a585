/**
 * Context cues for names the lexicon does not know: the lower-case words just before and after a
 * name often say what it is ("the town of X", "X shares", "X province", "in X").
 *
 * @module
 */
import type { EntityType } from '../../types.js';
import { W } from './lexicon.js';
import { B, Shape, type EnWords } from './words.js';

/** Prepositions after which an unknown name is usually a place. */
const LOC_BEFORE = new Set(['in', 'at', 'from', 'near', 'into', 'across', 'outside', 'inside', 'throughout', 'towards', 'toward', 'via', 'around', 'to']);
/** "<noun> of X": X is a place. */
const LOC_OF = new Set(['town', 'city', 'village', 'province', 'region', 'capital', 'district', 'state', 'port', 'island', 'north', 'south', 'east', 'west', 'outskirts', 'suburb', 'suburbs', 'county', 'republic', 'area', 'centre', 'center', 'streets', 'people', 'citizens', 'residents']);
/** Common nouns right after a place name ("X province", "X airport"). */
const LOC_AFTER = new Set(['province', 'region', 'district', 'county', 'state', 'town', 'city', 'village', 'airport', 'river', 'valley', 'area', 'oblast', 'border', 'coast', 'port', 'island', 'peninsula', 'capital']);
/** Common nouns right before an organisation's name ("the carrier X", "newspaper X"). */
const ORG_BEFORE = new Set(['company', 'firm', 'group', 'bank', 'newspaper', 'daily', 'weekly', 'agency', 'club', 'side', 'carrier', 'airline', 'maker', 'producer', 'manufacturer', 'insurer', 'broker', 'brokerage', 'retailer', 'team', 'giant', 'conglomerate', 'operator', 'concern', 'lender', 'automaker', 'publisher', 'broadcaster', 'party', 'magazine', 'champions', 'club']);
/** Common nouns right after an organisation's name ("X shares", "X spokesman"). */
const ORG_AFTER = new Set(['shares', 'stock', 'subsidiary', 'unit', 'spokesman', 'spokeswoman', 'officials', 'executives', 'chairman', 'board', 'management', 'shareholders', 'employees', 'workers', 'plant', 'factory', 'stake', 'bid', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'players', 'fans', 'newspaper']);

/**
 * A type suggested by the words around [a, b), or null when they say nothing.
 *
 * @example
 * ```ts
 * contextType(words, 3, 4); // 'LOC' for "the town of Arbil"
 * ```
 */
export function contextType(words: EnWords, a: number, b: number): EntityType | null {
  const { n, bits, shape, lower } = words;
  const hasPrev = a > 0 && !(bits[a] & B.BreakBefore);
  const poss = (bits[b - 1] & B.Poss) !== 0;
  const hasNext = b < n && !(bits[b] & B.BreakBefore) && !poss;
  if (hasNext && shape[b] === Shape.Lower) {
    if (LOC_AFTER.has(lower[b])) return 'LOC';
    if (ORG_AFTER.has(lower[b])) return 'ORG';
  }
  if (poss) {
    if (b < n && shape[b] === Shape.Lower && ORG_AFTER.has(lower[b])) return 'ORG';
  }
  // "the Brewers", "the Mariners": a team or a band named by a plural
  if (hasPrev && lower[a - 1] === 'the' && b - a === 1 && lower[a].endsWith('s') && !(words.flags[a] & W.DEMONYM) && shape[a] === Shape.Title) return 'ORG';
  if (hasPrev && shape[a - 1] === Shape.Lower) {
    const prev = lower[a - 1];
    if (ORG_BEFORE.has(prev)) return 'ORG';
    if (prev === 'of' && a > 1 && !(bits[a - 1] & B.BreakBefore) && LOC_OF.has(lower[a - 2])) return 'LOC';
    if (LOC_BEFORE.has(prev) && b - a === 1 && shape[a] === Shape.Title) return 'LOC';
  }
  return null;
}
