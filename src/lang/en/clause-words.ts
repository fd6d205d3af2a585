/**
 * English clause grammar for reported speech: the closed-class words (prepositions, auxiliaries,
 * determiners, conjunctions, relatives, time words) that tell where a reported clause may start,
 * what stands between a reporting verb and its clause, and a noun from a verb. Written by hand for
 * citata from general knowledge of English grammar; the reporting verbs themselves are in `cues.ts`.
 *
 * @module
 */

/**
 * Words that cannot open a clause reported without `that`: prepositions, adverbs, conjunctions,
 * interjections and indefinite objects (`said in a statement`, `said nothing`, `said yes`).
 *
 * @example
 * ```ts
 * EN_NOT_CLAUSE_START.has('nothing'); // true
 * ```
 */
export const EN_NOT_CLAUSE_START: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'from', 'for', 'of', 'about', 'by', 'with', 'without', 'after', 'before', 'during', 'over', 'under',
  'through', 'against', 'between', 'among', 'into', 'onto', 'upon', 'toward', 'towards', 'across', 'around', 'since', 'until',
  'via', 'per', 'amid', 'despite', 'like', 'and', 'but', 'or', 'nor', 'as', 'than', 'because', 'while', 'whereas', 'if',
  'whether', 'that', 'what', 'how', 'why', 'when', 'where', 'who', 'whom', 'which', 'so', 'yes', 'no', 'not', 'nothing',
  'something', 'anything', 'everything', 'little', 'much', 'more', 'less', 'otherwise', 'hello', 'goodbye', 'thanks', 'thank',
  'sorry', 'please', 'ok', 'okay', 'also', 'again', 'only', 'just', 'even', 'still', 'then', 'now', 'here', 'aloud',
  'out', 'up', 'off', 'away', 'back', 'down', 'forward', 'otherwise', 'enough', 'plenty', 'instead', 'however', 'though',
  'although', 'once', 'twice', 'goodbye', 'grace', 'amen', 'hi', 'ever', 'never', 'always', 'often', 'sometimes', 'well',
]);

/**
 * Words that stand between a verb and the clause it reports without opening it (`said Monday the …`).
 *
 * @example
 * ```ts
 * EN_TIME_WORDS.has('monday'); // true
 * ```
 */
export const EN_TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'tomorrow',
  'earlier', 'later', 'afterward', 'afterwards', 'morning', 'afternoon', 'evening', 'night', 'overnight',
]);

/**
 * Time nouns after `last`, `this`, `next` (`said last week`).
 *
 * @example
 * ```ts
 * EN_TIME_NOUNS.has('week'); // true
 * ```
 */
export const EN_TIME_NOUNS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'fall', 'autumn', 'winter', 'time']);

/**
 * Auxiliary and modal verbs: one of them near a clause's start shows the clause has a finite verb.
 *
 * @example
 * ```ts
 * EN_AUXILIARIES.has('would'); // true
 * ```
 */
export const EN_AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall',
  'does', 'do', 'did', 'isn’t', 'aren’t', 'wasn’t', 'weren’t', 'hasn’t', 'haven’t', 'hadn’t', 'won’t', 'wouldn’t', 'couldn’t',
  'shouldn’t', 'can’t', 'cannot', 'doesn’t', 'don’t', 'didn’t', 'needs', 'needed', 'wants', 'wanted',
]);

/**
 * Words that never stand inside the short subject of a trailing attribution (`…, the source said`):
 * relatives, subordinators and forms of `be`.
 *
 * @example
 * ```ts
 * EN_NOT_IN_SUBJECT.has('which'); // true
 * ```
 */
export const EN_NOT_IN_SUBJECT: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'if', 'because', 'as', 'since', 'although', 'though',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'what', 'how', 'why', 'whether', 'than', 'so', 'to', 'not',
]);

/**
 * Words that open an adjunct of an attribution after it (`…, she said in a statement`, `…, he said while visiting …`).
 *
 * @example
 * ```ts
 * EN_ATTRIBUTION_ADJUNCT.has('in'); // true
 * ```
 */
export const EN_ATTRIBUTION_ADJUNCT: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'of', 'about', 'from', 'with', 'by', 'while', 'when', 'as', 'last', 'this',
  'earlier', 'later', 'recently', 'previously', 'also', 'again', 'then', 'via', 'through', 'since', 'until', 'over', 'amid',
]);

/**
 * Prepositions and subordinators that open an adverbial before the clause (`In the end, …`, `As a phone rang, …`).
 *
 * @example
 * ```ts
 * EN_PREPOSITION_START.has('during'); // true
 * ```
 */
export const EN_PREPOSITION_START: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'of', 'about', 'from', 'with', 'without', 'by', 'for', 'to', 'into', 'since',
  'until', 'while', 'when', 'whenever', 'as', 'if', 'unless', 'although', 'though', 'because', 'despite', 'amid', 'among',
  'under', 'over', 'through', 'throughout', 'once', 'upon', 'like', 'unlike', 'besides', 'beyond', 'given', 'following',
]);

/**
 * Words that open a reported question.
 *
 * @example
 * ```ts
 * EN_QUESTION_WORDS.has('whether'); // true
 * ```
 */
export const EN_QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which', 'whom']);

/**
 * Relative words that open a clause about a noun, not a continuation of reported words (`…, said Mr. Kamin, who …`).
 *
 * @example
 * ```ts
 * EN_RELATIVES.has('who'); // true
 * ```
 */
export const EN_RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'where']);

/**
 * Words that make a time phrase with a time noun after them (`last week`, `this month`).
 *
 * @example
 * ```ts
 * EN_TIME_DETERMINERS.has('last'); // true
 * ```
 */
export const EN_TIME_DETERMINERS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'that', 'earlier', 'later']);

/**
 * Possessive pronouns: they may open a reported clause (`said his staff had found …`).
 *
 * @example
 * ```ts
 * EN_POSSESSIVE_PRONOUNS.has('his'); // true
 * ```
 */
export const EN_POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'its', 'your']);

/**
 * Words that make a conjunction with a following `that` (`given that`, `so that`, `in order that`).
 *
 * @example
 * ```ts
 * EN_THAT_CONJUNCTION_HEADS.has('given'); // true
 * ```
 */
export const EN_THAT_CONJUNCTION_HEADS: ReadonlySet<string> = new Set(['given', 'so', 'such', 'now', 'except', 'provided', 'assuming', 'order', 'seeing']);

/**
 * Conjunctions that may open a sentence without belonging to its reported clause (`But …`).
 *
 * @example
 * ```ts
 * EN_SENTENCE_CONJUNCTIONS.has('but'); // true
 * ```
 */
export const EN_SENTENCE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet', 'or']);

/**
 * Words before an -ing cue that make an idiom, not a report (`it goes without saying that`, `worth noting`).
 *
 * @example
 * ```ts
 * EN_IDIOM_BEFORE_ING.has('without'); // true
 * ```
 */
export const EN_IDIOM_BEFORE_ING: ReadonlySet<string> = new Set(['without', 'worth']);

/**
 * Determiners: after one, a cue word is a noun (`his remarks`, `the think tank`).
 *
 * @example
 * ```ts
 * EN_NOUN_DETERMINERS.has('the'); // true
 * ```
 */
export const EN_NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this', 'such', 'any', 'no', 'every', 'each', 'whose']);

/**
 * Words that stand right before a finite verb, not before a noun (`also claims`, `who states`).
 *
 * @example
 * ```ts
 * EN_BEFORE_VERB.has('also'); // true
 * ```
 */
export const EN_BEFORE_VERB: ReadonlySet<string> = new Set(['also', 'still', 'now', 'then', 'again', 'often', 'never', 'always', 'just', 'even', 'only', 'later', 'once', 'who', 'which', 'that']);

/**
 * Nouns of the means a statement was made by, in an adjunct between a reporting verb and its clause
 * (`said in a statement it would appeal`, `wrote in a letter the plan was illegal`).
 *
 * @example
 * ```ts
 * EN_STATEMENT_NOUNS.has('interview'); // true
 * ```
 */
export const EN_STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'interview', 'letter', 'speech', 'post', 'tweet', 'email', 'e-mail', 'message', 'release', 'note', 'memo',
  'filing', 'video', 'broadcast', 'podcast', 'briefing', 'report', 'op-ed', 'column', 'essay', 'blog', 'address', 'text',
]);

/**
 * Month names: a capitalised month opens a time phrase, never a subject (`In late September, a group …`).
 *
 * @example
 * ```ts
 * EN_MONTHS.has('september'); // true
 * ```
 */
export const EN_MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/**
 * Quantifiers: a plural `-s` form of a reporting verb after one is a noun (`several claims`, `a few questions`);
 * the bare form stays a verb (`some say`, `many agree`).
 *
 * @example
 * ```ts
 * EN_QUANTIFIERS.has('few'); // true
 * ```
 */
export const EN_QUANTIFIERS: ReadonlySet<string> = new Set([
  'few', 'several', 'many', 'some', 'more', 'most', 'other', 'two', 'three', 'four', 'five', 'both', 'all',
]);
