/**
 * Context cues for names the lexicon does not know: the lower-case words just before and after a
 * name often say what it is ("the town of X", "X shares", "X province", "in X").
 *
 * @module
 */
import type { EntityType } from '../../types.js';
import { W } from './lexicon.js';
import { COMPANY_FOLLOWERS, COMPANY_OF_NOUNS, COMPANY_POSSESSIONS } from '../../lang/en/context-words.js';
import { B, Shape, type EnWords } from './words.js';

/** Prepositions after which an unknown name is usually a place. */
const LOC_BEFORE = new Set(['in', 'at', 'from', 'near', 'into', 'across', 'outside', 'inside', 'throughout', 'towards', 'toward', 'via', 'around', 'to']);
/** Prepositions of where something stands: a name of several words after one is a place. */
const SITE_BEFORE = new Set(['in', 'at', 'near']);
/** "<noun> of X": X is a place. */
const LOC_OF = new Set(['town', 'city', 'village', 'province', 'region', 'capital', 'district', 'state', 'port', 'island', 'north', 'south', 'east', 'west', 'outskirts', 'suburb', 'suburbs', 'county', 'republic', 'area', 'centre', 'center', 'streets', 'people', 'citizens', 'residents']);
/** Common nouns right after a place name ("X province", "X airport"). */
const LOC_AFTER = new Set(['province', 'region', 'district', 'county', 'state', 'town', 'city', 'village', 'airport', 'river', 'valley', 'area', 'oblast', 'border', 'coast', 'port', 'island', 'peninsula', 'capital']);
/** Common nouns right before an organisation's name ("the carrier X", "newspaper X"). */
const ORG_BEFORE = new Set(['company', 'firm', 'group', 'bank', 'newspaper', 'daily', 'weekly', 'agency', 'club', 'side', 'carrier', 'airline', 'maker', 'producer', 'manufacturer', 'insurer', 'brokerage', 'retailer', 'team', 'giant', 'conglomerate', 'operator', 'concern', 'lender', 'automaker', 'publisher', 'broadcaster', 'party', 'magazine', 'champions', 'chain', 'unit', 'subsidiary', 'distributor', 'carmaker', 'chipmaker', 'brewer', 'supermarket', 'outfit', 'paper', 'tabloid', 'station', 'network', 'bancorp', 'underwriter', 'underwriters', 'rivals', 'holder', 'exporter', 'importer', 'trader', 'refiner', 'miner', 'developer', 'supplier']);
/** Common nouns right after an organisation's name ("X shares", "X spokesman"). */
const ORG_AFTER = new Set(['shares', 'stock', 'subsidiary', 'unit', 'spokesman', 'spokeswoman', 'officials', 'executives', 'chairman', 'board', 'management', 'shareholders', 'employees', 'workers', 'plant', 'factory', 'stake', 'bid', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'players', 'fans', 'newspaper', 'playmaker', 'keeper', 'chairman', 'division', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'output', 'bonds', 'directors', 'ceo', 'cfo', 'analysts', 'boss', 'teammate', 'debut', 'daily', 'newsstand', 'newspapers', 'side']);
/** A compound adjective before a company's name: "Ohio-based", "family-controlled", "state-owned". */
const ORG_ADJ_END = /-(?:based|owned|controlled|listed)$/;
/** Plural verbs after a singular name: a team or a company ("Rotvik have", "Dunmore are"), never a person. */
const PLURAL_VERBS = new Set(['are', 'were', 'have']);
/** Words before a name that make "X are" a list of people or places rather than one team. */
const LIST_JOINERS = new Set(['and', 'or', 'nor', '&']);

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
  if (hasNext && (shape[b] === Shape.Lower || lower[b] === 'ceo')) {
    if (LOC_AFTER.has(lower[b])) return 'LOC';
    if (ORG_AFTER.has(lower[b])) return 'ORG';
    if (PLURAL_VERBS.has(lower[b]) && b - a === 1 && !lower[b - 1].endsWith('s') && !(a > 0 && LIST_JOINERS.has(lower[a - 1])) && !(words.flags[a] & W.DEMONYM)) return 'ORG';
  }
  if (poss) {
    if (b < n && shape[b] === Shape.Lower && COMPANY_POSSESSIONS.has(lower[b])) return 'ORG';
  }
  // "the Brewers", "the Mariners": a team or a band named by a plural
  if (hasPrev && lower[a - 1] === 'the' && b - a === 1 && lower[a].endsWith('s') && !(words.flags[a] & W.DEMONYM) && shape[a] === Shape.Title) return 'ORG';
  // "Ohio-based Belmont", "Texas-based Corvel", "state-owned Brevik"
  // (every suffix ends in "d": most words need no regex run)
  if (hasPrev && lower[a - 1].charCodeAt(lower[a - 1].length - 1) === 100 && ORG_ADJ_END.test(lower[a - 1])) return 'ORG';
  if (hasPrev && shape[a - 1] === Shape.Lower) {
    const prev = lower[a - 1];
    if (ORG_BEFORE.has(prev)) return 'ORG';
    if (prev === 'of' && a > 1 && !(bits[a - 1] & B.BreakBefore) && LOC_OF.has(lower[a - 2])) return 'LOC';
    if ((prev === 'of' || prev === 'in') && a > 1 && !(bits[a - 1] & B.BreakBefore) && COMPANY_OF_NOUNS.has(lower[a - 2])) return 'ORG';
    // "in Vila Nova", "at Cape Wrath"
    if (SITE_BEFORE.has(prev) && b - a > 1 && !poss) return 'LOC';
  }
  return null;
}

/**
 * Does a preposition of place stand right before word a ("in", "at", "from", not "to")? A lone first
 * name there is a town ("in Warren"), not a person.
 *
 * @example
 * ```ts
 * siteBefore(words, 4); // true for "Warren" in "a rally in Warren"
 * ```
 */
export function siteBefore(words: EnWords, a: number): boolean {
  return a > 0 && !(words.bits[a] & B.BreakBefore) && LOC_BEFORE.has(words.lower[a - 1]) && words.lower[a - 1] !== 'to';
}

/**
 * A weak hint of a place: a lone unknown name after a preposition of place ("from Kecskemet").
 * Persons and organisations stand there too, so the hint counts little against the document's other
 * mentions.
 *
 * @example
 * ```ts
 * prepositionHint(words, 4, 5); // 'LOC' for "Kecskemet" in "he moved to Kecskemet"
 * ```
 */
export function prepositionHint(words: EnWords, a: number, b: number): EntityType | null {
  if (b - a !== 1 || a === 0 || words.bits[a] & B.BreakBefore || words.shape[a] !== Shape.Title || words.shape[a - 1] !== Shape.Lower) return null;
  // "from Republicans": the lexicon's organisation stays one
  if (words.flags[a] & W.ORG) return null;
  return LOC_BEFORE.has(words.lower[a - 1]) ? 'LOC' : null;
}


/**
 * Does a noun of a company or a club follow word b ("Barlow stock", "Fulham defender")?
 *
 * @example
 * ```ts
 * companyNounAfter(words, 1); // true for "Barlow" in "Barlow stock closed down"
 * ```
 */
export function companyNounAfter(words: EnWords, b: number): boolean {
  if (b >= words.n || words.bits[b] & B.BreakBefore || words.bits[b - 1] & B.Poss) return false;
  const next = words.lower[b];
  if (words.shape[b] === Shape.Lower && COMPANY_FOLLOWERS.has(next)) return true;
  // "Barlow common stock"
  return next === 'common' && b + 1 < words.n && words.lower[b + 1] === 'stock';
}
