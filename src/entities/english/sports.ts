/**
 * Sports pages name clubs after places ("Leicestershire beat Somerset", "Luton 1 Rotherham 0"):
 * there a place that is not a country is the team, an organisation. National teams keep the
 * country's type, as CoNLL annotates them.
 *
 * @module
 */
import { W, phraseFlags } from './lexicon.js';
import type { Segment } from './segment.js';
import { RESULT_AFTER_VERBS } from '../../lang/en/sports.js';
import { Shape, type EnWord } from './words.js';

/** After the name: an optional "(L)" tag, then a score or a table row (a whole number, not "5-1-20-0" or "10.89"). */
const SCORE_AFTER = /^[ \t]*(?:\([^)\n]{1,4}\)[ \t]*)?\d{1,3}(?:\s|$)/;
/** Between two team names on one line. */
const VERSUS = /^[ \t]+(?:v|vs\.?|AT)[ \t]+$/;
/**
 * The first one or two words after a name (whole `\w` runs, as `\b` would end them), looked up in
 * RESULT_AFTER_VERBS: one alternation of all the verbs is too big for recheck to prove safe in time.
 */
const WORDS_AFTER = /^[ \t]+(\w+)(?: (\w+))?/;

function resultAfter(after: string): boolean {
  const m = WORDS_AFTER.exec(after);
  if (!m) return false;
  return RESULT_AFTER_VERBS.has(m[1]) || (m[2] !== undefined && RESULT_AFTER_VERBS.has(`${m[1]} ${m[2]}`));
}

/** Result verbs before a team's name. */
const RESULT_BEFORE = /\b(?:beat|beating|defeated|defeating|drew with|draw with|lost to|losing to|eliminated|hammered|thrashed|routed|edged)[ \t]+(?:the[ \t]+)?$/;
/** Lower-case words that may stand on a score line ("Luton 1 Rotherham 0", "Boston at Toronto"). */
const SCORE_LINE_WORDS = new Set(['v', 'vs', 'at', 'and', 'of', 'aet', 'pen', 'pens', 'ht', 'ft']);

function lineIsScores(words: readonly EnWord[], i: number): boolean {
  const line = words[i].line;
  for (let k = i - 1; k >= 0 && words[k].line === line; k--) if (words[k].shape === Shape.Lower && !SCORE_LINE_WORDS.has(words[k].lower)) return false;
  for (let k = i + 1; k < words.length && words[k].line === line; k++) if (words[k].shape === Shape.Lower && !SCORE_LINE_WORDS.has(words[k].lower)) return false;
  return true;
}

function isCountry(words: readonly EnWord[], s: Segment): boolean {
  if (s.b - s.a === 1) return (words[s.a].flags & W.COUNTRY) !== 0;
  let key = words[s.a].lower;
  for (let i = s.a + 1; i < s.b; i++) key += ' ' + words[i].lower;
  return (phraseFlags(key) & W.COUNTRY) !== 0;
}

/**
 * Marks as teams (ORG) the segments that stand in a score line, a fixture or a result sentence.
 *
 * @example
 * ```ts
 * markTeams(text, words, segments); // "Luton 1 Rotherham 0": both ORG, team
 * ```
 */
export function markTeams(text: string, words: readonly EnWord[], segs: Segment[]): void {
  for (let j = 0; j < segs.length; j++) {
    const s = segs[j];
    if (s.type === 'PER' && s.strong) continue;
    if (s.type === 'MISC' || words[s.a].dateline) continue;
    const start = words[s.a].start;
    const end = words[s.b - 1].end;
    const after = text.slice(end, end + 24);
    const before = text.slice(Math.max(0, start - 20), start);
    let team = SCORE_AFTER.test(after) && lineIsScores(words, s.a);
    if (!team) team = resultAfter(after) || RESULT_BEFORE.test(before);
    if (!team) {
      const prev = segs[j - 1];
      const next = segs[j + 1];
      team =
        (prev !== undefined && words[prev.b - 1].line === words[s.a].line && VERSUS.test(text.slice(words[prev.b - 1].end, start))) ||
        (next !== undefined && words[next.a].line === words[s.b - 1].line && VERSUS.test(text.slice(end, words[next.a].start)));
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
