/**
 * English reporting cues: verbs of speech and opinion, cue phrases, words that head a speaker phrase,
 * and nouns that announce a name in quotation marks. Written by hand for citata.
 *
 * Verb entries are compact strings expanded by `src/quotes/lexicon.ts`:
 * `'lemma'` (regular: -s, -ed, -ing with the usual spelling rules) or
 * `'lemma:3sg,past,ing'` for irregular verbs.
 *
 * @module
 */

/**
 * Reporting verbs.
 *
 * @example
 * ```ts
 * EN_CUE_VERBS.includes('say:says,said,saying'); // true
 * ```
 */
export const EN_CUE_VERBS: readonly string[] = [
  'say:says,said,saying', 'tell:tells,told,telling', 'add', 'note', 'state', 'claim', 'argue', 'insist', 'explain', 'warn',
  'suggest', 'write:writes,wrote,writing', 'ask', 'answer', 'reply', 'respond', 'announce', 'declare', 'report', 'confirm',
  'deny', 'acknowledge', 'admit:admits,admitted,admitting', 'believe', 'think:thinks,thought,thinking', 'predict', 'contend',
  'maintain', 'stress', 'emphasize', 'emphasise', 'recall', 'complain', 'tweet', 'testify', 'concede', 'assert', 'allege',
  'urge', 'reckon', 'observe', 'remark', 'comment', 'continue', 'agree', 'caution', 'estimate', 'describe', 'accuse',
  'vow', 'promise', 'pledge', 'threaten', 'boast', 'joke', 'counter', 'retort', 'quip:quips,quipped,quipping', 'recount',
  'speculate', 'conclude', 'indicate', 'reveal', 'disclose', 'demand', 'wonder', 'muse', 'shout', 'whisper', 'cry',
  'proclaim', 'assure', 'inform', 'mention', 'repeat', 'charge', 'lament', 'concur', 'advise', 'propose', 'recommend',
  'point:points,pointed,pointing', 'opine', 'blast', 'criticize', 'criticise', 'praise', 'fear', 'hope', 'expect', 'feel:feels,felt,feeling',
  'know:knows,knew,knowing', 'understand:understands,understood,understanding', 'hold:holds,held,holding', 'posit', 'question',
  'acknowledge', 'affirm', 'reiterate', 'clarify', 'specify', 'summarize', 'summarise', 'elaborate', 'interject', 'exclaim',
  'mutter', 'murmur', 'snap:snaps,snapped,snapping', 'sigh', 'laugh', 'smile', 'scream', 'yell', 'plead', 'beg:begs,begged,begging',
  'brag:brags,bragged,bragging', 'post', 'blog', 'email', 'text', 'declare', 'forecast:forecasts,forecast,forecasting',
  'guarantee', 'stipulate', 'attest', 'confide', 'confess', 'divulge', 'hint', 'imply', 'insinuate', 'reason', 'theorize',
  'testify', 'swear:swears,swore,swearing', 'vouch', 'warn', 'assert', 'contest', 'dispute', 'rebut:rebuts,rebutted,rebutting',
];

/**
 * Reporting verbs (by lemma) whose object may be a reported clause (`said that …`, `said the plan …`).
 *
 * @example
 * ```ts
 * EN_CLAUSE_LEMMAS.has('say'); // true
 * ```
 */
export const EN_CLAUSE_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'note', 'state', 'claim', 'argue', 'insist', 'explain', 'warn', 'suggest', 'write', 'answer',
  'reply', 'respond', 'announce', 'declare', 'report', 'confirm', 'deny', 'acknowledge', 'admit', 'believe', 'think',
  'predict', 'contend', 'maintain', 'stress', 'emphasize', 'emphasise', 'recall', 'complain', 'tweet', 'testify',
  'concede', 'assert', 'allege', 'reckon', 'observe', 'remark', 'agree', 'caution', 'estimate', 'promise', 'pledge',
  'vow', 'boast', 'counter', 'speculate', 'conclude', 'indicate', 'reveal', 'disclose', 'assure', 'inform', 'mention',
  'repeat', 'charge', 'lament', 'point', 'fear', 'hope', 'expect', 'feel', 'know', 'understand', 'hold', 'posit',
  'affirm', 'reiterate', 'clarify', 'guarantee', 'confess', 'hint', 'imply', 'swear', 'forecast', 'propose', 'recommend',
]);

/**
 * Phrases that introduce a source (`according to X, …`), lower case, with their cue lemma.
 *
 * @example
 * ```ts
 * EN_SOURCE_PHRASES['according to']; // 'according to'
 * ```
 */
export const EN_SOURCE_PHRASES: Readonly<Record<string, string>> = {
  'according to': 'according to', 'in the words of': 'in the words of', 'as told by': 'tell',
};

/**
 * Words that head a speaker phrase when no name is given (`said a spokesman for the ministry`).
 *
 * @example
 * ```ts
 * EN_SPEAKER_NOUNS.includes('spokesman'); // true
 * ```
 */
export const EN_SPEAKER_NOUNS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'president', 'minister', 'secretary', 'senator', 'official', 'officials',
  'aide', 'aides', 'adviser', 'advisor', 'director', 'chairman', 'chairwoman', 'chair', 'chief', 'leader', 'governor',
  'mayor', 'ambassador', 'diplomat', 'lawyer', 'attorney', 'analyst', 'expert', 'source', 'sources', 'police',
  'representative', 'congressman', 'congresswoman', 'candidate', 'nominee', 'campaign', 'manager', 'economist',
  'professor', 'researcher', 'scientist', 'doctor', 'witness', 'resident', 'residents', 'activist', 'critics', 'critic',
  'supporters', 'supporter', 'voters', 'voter', 'pollster', 'strategist', 'commentator', 'host', 'author', 'reporter',
  'correspondent', 'statement', 'report', 'spokespeople', 'executive', 'ceo', 'founder', 'owner', 'prosecutor', 'judge',
  'general', 'commander', 'officer', 'agency', 'ministry', 'department', 'government', 'administration', 'court',
  'democrats', 'republicans', 'democrat', 'republican', 'speaker', 'member', 'members', 'lawmaker', 'lawmakers',
  'legislator', 'observers', 'people', 'americans', 'women', 'men', 'man', 'woman', 'father', 'mother', 'friend', 'colleague',
];

/**
 * Nouns that, right before quotation marks, say that they hold a name (`the film "Titanic"`).
 *
 * @example
 * ```ts
 * EN_NAME_CONTEXT_NOUNS.includes('film'); // true
 * ```
 */
export const EN_NAME_CONTEXT_NOUNS: readonly string[] = [
  'film', 'movie', 'book', 'novel', 'song', 'album', 'show', 'series', 'program', 'programme', 'operation', 'party',
  'company', 'newspaper', 'magazine', 'channel', 'website', 'group', 'band', 'campaign', 'project', 'brand', 'ship',
  'nicknamed', 'dubbed', 'called', 'titled', 'entitled', 'named', 'slogan', 'hashtag', 'motto', 'term', 'phrase', 'word',
];

/**
 * Words that cannot start or head a speaker phrase: prepositions, conjunctions, adverbs and auxiliaries.
 *
 * @example
 * ```ts
 * EN_NON_SUBJECT_WORDS.has('also'); // true
 * ```
 */
export const EN_NON_SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'as', 'if', 'in', 'on', 'at',
  'to', 'from', 'for', 'of', 'about', 'by', 'with', 'without', 'after', 'before', 'during', 'over', 'under', 'through',
  'against', 'between', 'among', 'also', 'still', 'again', 'already', 'then', 'now', 'today', 'yesterday', 'later',
  'earlier', 'recently', 'once', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'could',
  'should', 'may', 'might', 'can', 'did', 'do', 'does', 'not', 'never', 'just', 'only', 'even', 'so', 'thus', 'however',
  'this', 'these', 'those', 'it', 'there', 'here', 'publicly', 'repeatedly', 'previously', 'finally', 'personally',
  'told', 'in', 'last', 'week', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * Lemmas whose bare form (`they say`, `we believe`) is taken as a cue; the bare form of the others
 * is too often a noun (`post`, `report`, `comment`, `note`).
 *
 * @example
 * ```ts
 * EN_BARE_FORM_CUES.has('say'); // true
 * ```
 */
export const EN_BARE_FORM_CUES: ReadonlySet<string> = new Set([
  'say', 'tell', 'insist', 'argue', 'believe', 'think', 'explain', 'warn', 'suggest', 'claim', 'add', 'agree', 'ask',
  'contend', 'maintain', 'predict', 'acknowledge', 'admit', 'deny', 'recall', 'urge', 'assert', 'allege', 'worry', 'fear',
]);

/**
 * Source nouns: in `джерела Reuters`, `прес-служба Міноборони` the name after them is who speaks
 * (a press service speaks for its organisation), unlike a title's modifier (`міністр закордонних справ РФ`).
 *
 * @example
 * ```ts
 * EN_SOURCE_NOUNS.has('sources'); // true
 * ```
 */
export const EN_SOURCE_NOUNS: ReadonlySet<string> = new Set(['source', 'sources', 'statement', 'report', 'office', 'campaign', 'team', 'agency', 'ministry', 'embassy', 'spokespeople']);

