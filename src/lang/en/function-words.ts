/**
 * English words that never start a name, even capitalised at the start of a sentence: determiners,
 * pronouns, prepositions, conjunctions, auxiliaries and common sentence adverbs, plus plural nouns
 * that news capitalises in headings ("Women's singles"). Written by hand for citata (no external
 * source); adds to the function words compromise tags.
 *
 * @module
 */

/**
 * Lower-case function words.
 *
 * @example
 * ```ts
 * FUNCTION_WORDS.has('under'); // true
 * ```
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'both', 'each', 'every', 'no', 'none',
  'either', 'neither', 'such', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'whether',
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them',
  'their', 'there', 'here', 'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'as',
  'at', 'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'by', 'despite', 'down',
  'during', 'except', 'for', 'from', 'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'out',
  'outside', 'over', 'past', 'per', 'since', 'than', 'through', 'throughout', 'till', 'to', 'toward', 'towards',
  'under', 'underneath', 'unlike', 'until', 'up', 'upon', 'via', 'with', 'within', 'without', 'and', 'but', 'or',
  'nor', 'so', 'yet', 'if', 'unless', 'although', 'though', 'while', 'whereas', 'because', 'once', 'also', 'still',
  'then', 'thus', 'however', 'meanwhile', 'moreover', 'furthermore', 'instead', 'otherwise', 'nevertheless',
  'nonetheless', 'therefore', 'indeed', 'perhaps', 'maybe', 'only', 'even', 'just', 'already', 'again', 'later',
  'earlier', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may',
  'might', 'must', 'not', 'yes', 'asked', 'according', 'following', 'including', 'excluding', 'regarding',
  'women', 'men', 'people', 'children', 'police', 'officials', 'sources', 'analysts', 'experts', 'residents',
  'witnesses', 'troops', 'soldiers', 'rebels', 'leaders', 'ministers', 'diplomats', 'investors', 'traders',
  'shares', 'stocks', 'prices', 'results', 'scores', 'standings', 'note', 'notes', 'total', 'totals', 'attendance',
]);
