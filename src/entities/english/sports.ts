/**
 * Sports pages name clubs after places ("Leicestershire beat Somerset", "Luton 1 Rotherham 0"):
 * there a place that is not a country is the team, an organisation. National teams keep the
 * country's type, as CoNLL annotates them.
 *
 * @module
 */
import { W, spanFlags } from './lexicon.js';
import type { Segment } from './segment.js';
import { CLUB_NOUNS, RESULT_AFTER_VERBS } from '../../lang/en/sports.js';
import { HOME_NATIONS } from '../../lang/en/places.js';
import { B, Shape, type EnWords } from './words.js';

/**
 * After the name: an optional "(L)" or "(Italy)" tag, then a score or a table row: a whole number,
 * or a cricket total with its wickets ("429-7"), not "5-1-20-0" or "10.89".
 */
const SCORE_AFTER = /^[ \t]*(?:\([^)\n]{1,14}\)[ \t]*)?\d{1,3}(?:-\d{1,2})?(?:\s|[.,;)](?:\s|$)|$)/;
/** Between two team names on one line. */
const VERSUS = /^[ \t]+(?:v|vs\.?|AT)[ \t]+$/;
/**
 * The first one or two words after a name (whole `\w` runs, as `\b` would end them), looked up in
 * RESULT_AFTER_VERBS: one alternation of all the verbs is too big for recheck to prove safe in time.
 */
const WORDS_AFTER = /^[ \t]+(\w+)(?: (\w+))?/;

/** First characters of the result verbs: a word after a name that starts otherwise is none of them. */
const VERB_INITIALS = new Set([...RESULT_AFTER_VERBS].map((v) => v.charCodeAt(0)));

const isBlank = (c: number): boolean => c === 32 || c === 9;

/** Does a result verb follow the name that ends at `end` (read within 24 characters)? */
function resultAfter(text: string, end: number): boolean {
  // WORDS_AFTER needs a blank, then a word that starts like a verb: most names fail on the first two characters
  const n = text.length;
  if (end >= n || !isBlank(text.charCodeAt(end))) return false;
  let i = end + 1;
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  if (i >= n || !VERB_INITIALS.has(text.charCodeAt(i))) return false;
  const m = WORDS_AFTER.exec(text.slice(end, end + 24));
  if (!m) return false;
  return RESULT_AFTER_VERBS.has(m[1]) || (m[2] !== undefined && RESULT_AFTER_VERBS.has(`${m[1]} ${m[2]}`));
}

/** Result verbs before a team's name. */
const RESULT_BEFORE = /\b(?:beat|beating|defeated|defeating|drew with|draw with|lost to|losing to|eliminated|hammered|thrashed|routed|edged)[ \t]+(?:the[ \t]+)?$/;
/** Last letters of the words RESULT_BEFORE ends with ("beat", "beating", "defeated", "with", "to", "the"). */
const BEFORE_FINALS = new Set([...'tgdhoe'].map((c) => c.charCodeAt(0)));

/** Could RESULT_BEFORE match the text before `start`? It needs blanks right before the name after one of BEFORE_FINALS. */
function mayFollowResult(text: string, start: number): boolean {
  let i = start - 1;
  if (i < 0 || !isBlank(text.charCodeAt(i))) return false;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  return i >= 0 && BEFORE_FINALS.has(text.charCodeAt(i));
}

/** Could SCORE_AFTER match at `end`? After blanks it needs a digit or an opening bracket. */
function mayScore(text: string, end: number): boolean {
  // reading past the end gives NaN, and optimised code that sees it is thrown away: stay inside
  const n = text.length;
  let i = end;
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  if (i >= n) return false;
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || c === 40;
}

/** Could VERSUS match text[from, to)? It needs a blank, then "v" or "A". */
function mayVersus(text: string, from: number, to: number): boolean {
  if (to - from < 3 || !isBlank(text.charCodeAt(from))) return false;
  let i = from + 1;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  if (i >= to) return false;
  const c = text.charCodeAt(i);
  return c === 118 || c === 65;
}

/**
 * Lower-case words that may stand on a score line ("Luton 1 Rotherham 0", "Boston at Toronto",
 * "Kent 244 and 167-6 (C. Tolley 64 not out)", "Minnesota 4 (in 12)").
 */
const SCORE_LINE_WORDS = new Set(['v', 'vs', 'at', 'and', 'of', 'aet', 'pen', 'pens', 'ht', 'ft', 'not', 'out', 'dec', 'in', 'after', 'extra', 'time', 'halftime', 'game', 'st', 'nd', 'rd', 'th']);

function lineIsScores(words: EnWords, i: number): boolean {
  const { n, line: lineOf, shape, lower } = words;
  const line = lineOf[i];
  for (let k = i - 1; k >= 0 && lineOf[k] === line; k--) if (shape[k] === Shape.Lower && !SCORE_LINE_WORDS.has(lower[k])) return false;
  for (let k = i + 1; k < n && lineOf[k] === line; k++) if (shape[k] === Shape.Lower && !SCORE_LINE_WORDS.has(lower[k])) return false;
  return true;
}


function isCountry(words: EnWords, s: Segment): boolean {
  if (s.b - s.a === 1) return (words.flags[s.a] & W.COUNTRY) !== 0 || HOME_NATIONS.has(words.lower[s.a]);
  // "The Gambia drew 1-1 with Mali"
  if (s.b - s.a === 2 && words.lower[s.a] === 'the') return (words.flags[s.a + 1] & W.COUNTRY) !== 0;
  if (spanFlags(words.lower, s.a, s.b) & W.COUNTRY) return true;
  return s.b - s.a <= 3 && HOME_NATIONS.has(words.lower.slice(s.a, s.b).join(' '));
}

/**
 * Marks as teams (ORG) the segments that stand in a score line, a fixture or a result sentence;
 * returns how many it marked.
 *
 * @example
 * ```ts
 * markTeams(text, words, segments); // "Luton 1 Rotherham 0": both ORG, team; returns 2
 * ```
 */
export function markTeams(text: string, words: EnWords, segs: Segment[]): number {
  const { start: starts, end: ends, line: lineOf } = words;
  let teams = 0;
  for (let j = 0; j < segs.length; j++) {
    const s = segs[j];
    if (s.type === 'MISC' || words.bits[s.a] & B.Dateline) continue;
    const start = starts[s.a];
    const end = ends[s.b - 1];
    // the character checks before each regex are necessary conditions of its match: they only skip
    // slices and regex runs that could not match
    // "4. Erik Vos (Netherlands) Rabobank 8 seconds": the name after a rider and his country is his team
    if (afterRiderAndCountry(text, words, segs, j, start) && !(s.strong && s.type === 'PER' && s.b - s.a > 1) && digitLater(text, end)) {
      makeTeam(s);
      teams++;
      continue;
    }
    if (s.type === 'PER' && s.strong) {
      // a first name or surname on a table row or result line is a club ("Preston 5 3 1 1 9 4 10",
      // "Barnet 3 Stanley 1"), when it opens the line or follows a score; a player stands in full
      if (s.b - s.a === 1 && opensRow(text, start) && scoreAfter(text, words, s.a, end)) {
        makeTeam(s);
        teams++;
      }
      continue;
    }
    const scores = scoreAfter(text, words, s.a, end);
    // "beat Dennis Field (Canada) 6-3": a player named in full, with the country in brackets
    if (s.type === 'PER' && s.b - s.a > 1 && bracketAfter(text, end)) continue;
    let team = scores || afterVersus(text, start);
    if (!team) team = resultAfter(text, end) || (mayFollowResult(text, start) && RESULT_BEFORE.test(text.slice(Math.max(0, start - 20), start)));
    if (!team) {
      const prev = segs[j - 1];
      const next = segs[j + 1];
      team =
        (prev !== undefined && lineOf[prev.b - 1] === lineOf[s.a] && mayVersus(text, ends[prev.b - 1], start) && VERSUS.test(text.slice(ends[prev.b - 1], start))) ||
        (next !== undefined && lineOf[next.a] === lineOf[s.b - 1] && mayVersus(text, end, starts[next.a]) && VERSUS.test(text.slice(end, starts[next.a])));
    }
    if (!team || isCountry(words, s)) continue;
    makeTeam(s);
    teams++;
  }
  return teams;
}

/**
 * Does the name at `start` follow a person and a country in brackets on its line ("Erik Vos
 * (Netherlands) Rabobank", "Tom Hale (U.S.), Reynard Ford")?
 */
function afterRiderAndCountry(text: string, words: EnWords, segs: readonly Segment[], j: number, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i >= 0 && text.charCodeAt(i) === 44) i--;
  if (i < 0 || text.charCodeAt(i) !== 41 || j < 2) return false;
  const country = segs[j - 1];
  const rider = segs[j - 2];
  const line = words.line[segs[j].a];
  return country.type === 'LOC' && rider.type === 'PER' && words.line[rider.a] === line && words.line[country.a] === line && words.end[country.b - 1] === i && text.charCodeAt(words.start[country.a] - 1) === 40;
}

/** Is there a digit (a time, a score) after `end` on its line, within 40 characters? */
function digitLater(text: string, end: number): boolean {
  const stop = Math.min(text.length, end + 40);
  for (let i = end; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return false;
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Does a score or a table row follow the name [a, end) on a line of scores? */
function scoreAfter(text: string, words: EnWords, a: number, end: number): boolean {
  return mayScore(text, end) && SCORE_AFTER.test(text.slice(end, end + 30)) && lineIsScores(words, a);
}

/** Does an opening bracket follow the name that ends at `end` (after blanks)? */
function bracketAfter(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 40;
}

/** Does a name at `start` open its line, or follow a number on it ("Barnet 3 Stanley 1")? */
function opensRow(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === 10 || (c >= 48 && c <= 57 && i < start - 1);
}

/** A fixture list's "v Glamorgan" or "vs. Boston": "v" or "vs" stands alone right before the name. */
function afterVersus(text: string, start: number): boolean {
  let i = start - 1;
  if (i < 2 || !isBlank(text.charCodeAt(i))) return false;
  if (text.charCodeAt(i - 1) === 46) i--;
  let c = text.charCodeAt(i - 1);
  if (c === 115) {
    i--;
    c = text.charCodeAt(i - 1);
  }
  if (c !== 118) return false;
  const before = i - 2 < 0 ? 10 : text.charCodeAt(i - 2);
  return before === 10 || isBlank(before);
}

function makeTeam(s: Segment): void {
  s.type = 'ORG';
  s.strong = true;
  s.team = true;
  s.fixed = true;
  s.needsEvidence = false;
}

/** Words before a place that keep it a place even on a sports page ("in Denver", "at Lord's"). */
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'of', 'into', 'through', 'throughout', 'born', 'visit', 'visited', 'visiting', 'towards', 'toward']);
/** Flags of a place a club may be named after: a city, a county or a state, not a country. */
const CLUB_PLACE = W.CITY | W.REGION;

/** The flags of the segment's words taken as one name. */
function placeFlags(words: EnWords, s: Segment): number {
  return s.b - s.a === 1 ? words.flags[s.a] : spanFlags(words.lower, s.a, s.b);
}

/** Is the name [start, end) a venue: before a colon ("Taunton: Somerset 245") or after a ground and a comma or bracket ("Old Trafford, Manchester", "Trent Bridge (Nottingham)")? */
function venue(text: string, words: EnWords, segs: readonly Segment[], j: number, start: number, end: number): boolean {
  if (text.charCodeAt(end) === 58) return true;
  let i = start - 1;
  while (i >= 0 && (isBlank(text.charCodeAt(i)) || text.charCodeAt(i) === 10)) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  if (c !== 44 && c !== 40) return false;
  i--;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  const prev = segs[j - 1];
  return prev !== undefined && prev.type === 'LOC' && words.end[prev.b - 1] === i + 1;
}


/** Is this a sports page: many results, one result among the words of sports reports, or many of those words? */
function sportsPage(teams: number, sportWords: number): boolean {
  return teams >= 3 || (teams > 0 && sportWords >= 4) || sportWords >= 8;
}

/** Players' positions after a club's name ("Ipswich striker", "Yorkshire batsman"): the place is the club on any page. */
function clubNounAfter(words: EnWords, b: number): boolean {
  return b < words.n && !(words.bits[b] & B.BreakBefore) && words.shape[b] === Shape.Lower && CLUB_NOUNS.has(words.lower[b]);
}

/**
 * On a sports page (`teams` places already stood as teams in results, `sportWords` words of sports
 * reports were read), or before a player's position ("Ipswich striker"), a city, county or state
 * that is neither a country nor where something happens ("in Chicago") is a club: "Hampshire captain
 * Tom Wells", "homered for Denver", "joined Bologna from Parma". Those that stay places are
 * fixed, so the document's team votes do not turn them.
 *
 * @example
 * ```ts
 * markClubPlaces(text, words, segments, 3, 5); // "Jim Cole homered for Denver.": Denver → ORG
 * ```
 */
export function markClubPlaces(text: string, words: EnWords, segs: Segment[], teams: number, sportWords: number): void {
  const page = sportsPage(teams, sportWords);
  const { bits, lower } = words;
  for (let j = 0; j < segs.length; j++) {
    const s = segs[j];
    if (s.team || s.fixed || s.type !== 'LOC' || bits[s.a] & B.Dateline) continue;
    const club = clubNounAfter(words, s.b);
    if (!page && !club) continue;
    const f = placeFlags(words, s);
    // before a player's position any place but a country is the club ("Ipswich striker")
    if (!(f & (club ? CLUB_PLACE | W.PLACE : CLUB_PLACE)) || f & W.COUNTRY || HOME_NATIONS.has(lower[s.a])) continue;
    const a = s.a;
    const start = words.start[a];
    const end = words.end[s.b - 1];
    const local = (a > 0 && !(bits[a] & B.BreakBefore) && PLACE_BEFORE.has(lower[a - 1])) || venue(text, words, segs, j, start, end);
    if (local) {
      s.fixed = true;
      s.strong = true;
    } else makeTeam(s);
  }
}
