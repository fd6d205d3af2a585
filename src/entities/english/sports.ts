/**
 * Sports pages name clubs after places ("Leicestershire beat Somerset", "Luton 1 Rotherham 0"):
 * there a place that is not a country is the team, an organisation. National teams keep the
 * country's type, as CoNLL annotates them.
 *
 * @module
 */
import { W, spanFlags } from './lexicon.js';
import type { Segment } from './segment.js';
import { RESULT_AFTER_VERBS } from '../../lang/en/sports.js';
import { B, Shape, type EnWords } from './words.js';

/** After the name: an optional "(L)" tag, then a score or a table row (a whole number, not "5-1-20-0" or "10.89"). */
const SCORE_AFTER = /^[ \t]*(?:\([^)\n]{1,4}\)[ \t]*)?\d{1,3}(?:\s|$)/;
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

/** Lower-case words that may stand on a score line ("Luton 1 Rotherham 0", "Boston at Toronto"). */
const SCORE_LINE_WORDS = new Set(['v', 'vs', 'at', 'and', 'of', 'aet', 'pen', 'pens', 'ht', 'ft']);

function lineIsScores(words: EnWords, i: number): boolean {
  const { n, line: lineOf, shape, lower } = words;
  const line = lineOf[i];
  for (let k = i - 1; k >= 0 && lineOf[k] === line; k--) if (shape[k] === Shape.Lower && !SCORE_LINE_WORDS.has(lower[k])) return false;
  for (let k = i + 1; k < n && lineOf[k] === line; k++) if (shape[k] === Shape.Lower && !SCORE_LINE_WORDS.has(lower[k])) return false;
  return true;
}

function isCountry(words: EnWords, s: Segment): boolean {
  if (s.b - s.a === 1) return (words.flags[s.a] & W.COUNTRY) !== 0;
  return (spanFlags(words.lower, s.a, s.b) & W.COUNTRY) !== 0;
}

/**
 * Marks as teams (ORG) the segments that stand in a score line, a fixture or a result sentence.
 *
 * @example
 * ```ts
 * markTeams(text, words, segments); // "Luton 1 Rotherham 0": both ORG, team
 * ```
 */
export function markTeams(text: string, words: EnWords, segs: Segment[]): void {
  const { start: starts, end: ends, line: lineOf } = words;
  for (let j = 0; j < segs.length; j++) {
    const s = segs[j];
    if (s.type === 'PER' && s.strong) continue;
    if (s.type === 'MISC' || words.bits[s.a] & B.Dateline) continue;
    const start = starts[s.a];
    const end = ends[s.b - 1];
    // the character checks before each regex are necessary conditions of its match: they only skip
    // slices and regex runs that could not match
    let team = mayScore(text, end) && SCORE_AFTER.test(text.slice(end, end + 24)) && lineIsScores(words, s.a);
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
  }
}

function makeTeam(s: Segment): void {
  s.type = 'ORG';
  s.strong = true;
  s.team = true;
  s.fixed = true;
  s.needsEvidence = false;
}
