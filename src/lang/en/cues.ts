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
  'refuse', 'decline', 'encourage', 'implore', 'invite', 'instruct', 'inquire', 'enquire', 'show:shows,showed,showing',
  'find:finds,found,finding', 'call',
  // Verbs that introduce a partial quotation of someone's words (`likened the rules to "…"`, `denounced it as "…"`).
  'liken', 'dismiss', 'label:labels,labeled,labelled,labeling,labelling', 'decry:decries,decried,decrying', 'denounce', 'slam:slams,slammed,slamming', 'hail',
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
  'ask', 'urge', 'wonder', 'threaten', 'demand', 'question', 'beg', 'plead', 'advise', 'refuse', 'decline', 'encourage',
  'implore', 'invite', 'instruct', 'inquire', 'enquire', 'remind', 'show', 'find', 'call',
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
  'poll', 'survey', 'study', 'data', 'document', 'documents', 'records', 'analysis', 'figures', 'filing', 'complaint', 'lawsuit',
  'memo', 'letter', 'website', 'newspaper', 'network', 'group', 'organization', 'organisation', 'company', 'firm', 'committee',
  'council', 'center', 'centre', 'institute', 'foundation', 'union', 'association', 'commission', 'board', 'panel', 'office',
  'authorities', 'investigator', 'prosecutors', 'insider', 'person', 'ally', 'allies', 'neighbor', 'neighbour', 'student',
  'parent', 'worker', 'employee', 'staff', 'staffer', 'family', 'relative', 'official', 'advocate', 'organizer', 'organiser',
  'operative', 'adviser', 'consultant', 'historian', 'scholar', 'physician', 'nurse', 'teacher', 'officer', 'veteran',
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


/**
 * Lemmas that may take a clause without `that` right after them (`she said the plan would fail`).
 *
 * @example
 * ```ts
 * EN_BARE_CLAUSE_VERBS.has('say'); // true
 * ```
 */
export const EN_BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'insist', 'argue', 'claim', 'warn', 'predict', 'believe', 'think', 'note', 'explain', 'contend',
  'reckon', 'hope', 'fear', 'suggest', 'acknowledge', 'admit', 'agree', 'announce', 'assert', 'concede', 'confirm', 'declare',
  'estimate', 'indicate', 'maintain', 'recall', 'report', 'reveal', 'write', 'expect', 'feel', 'know', 'complain', 'stress',
  'emphasize', 'emphasise', 'testify', 'allege', 'promise', 'vow', 'pledge', 'conclude', 'remark', 'observe', 'speculate',
  'tweet', 'charge', 'reply', 'respond', 'answer', 'guess', 'figure', 'worry', 'boast', 'brag', 'swear', 'assure', 'understand',
]);

/**
 * Of {@link EN_BARE_CLAUSE_VERBS}, the lemmas that as often take a plain object (`confirmed the report`,
 * `recalled the day`): a bare clause after them must show a subject pronoun or a finite verb.
 *
 * @example
 * ```ts
 * EN_LOOSE_CLAUSE_VERBS.has('confirm'); // true
 * ```
 */
export const EN_LOOSE_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'note', 'explain', 'suggest', 'acknowledge', 'admit', 'announce', 'confirm', 'declare', 'estimate', 'indicate', 'recall',
  'report', 'reveal', 'write', 'expect', 'feel', 'know', 'complain', 'stress', 'emphasize', 'emphasise', 'promise', 'pledge',
  'vow', 'remark', 'observe', 'tweet', 'charge', 'reply', 'respond', 'answer', 'understand', 'fear', 'predict', 'concede', 'allege',
]);

/**
 * Lemmas whose object is the addressee (`told reporters`, `warned the council`), not the reported clause.
 *
 * @example
 * ```ts
 * EN_ADDRESSEE_LEMMAS.has('tell'); // true
 * ```
 */
export const EN_ADDRESSEE_LEMMAS: ReadonlySet<string> = new Set([
  'tell', 'inform', 'assure', 'remind', 'warn', 'advise', 'urge', 'ask', 'promise', 'email', 'text', 'brief', 'notify',
  'encourage', 'implore', 'beg', 'invite', 'instruct', 'order',
]);

/**
 * Cue lemmas whose present forms are as often plural nouns (`remarks`, `claims`, `states`, `points`).
 *
 * @example
 * ```ts
 * EN_NOUN_PRONE_CUES.has('claim'); // true
 * ```
 */
export const EN_NOUN_PRONE_CUES: ReadonlySet<string> = new Set([
  'state', 'point', 'remark', 'comment', 'claim', 'charge', 'report', 'note', 'tweet', 'post', 'answer', 'reply', 'promise',
  'pledge', 'demand', 'question', 'fear', 'hope', 'estimate', 'forecast', 'guarantee', 'praise', 'blast', 'vow', 'text', 'email',
  'blog', 'joke', 'quip', 'counter', 'hint', 'cry', 'laugh', 'smile', 'sigh', 'boast', 'show', 'find', 'call',
]);

/**
 * Cue lemmas that report only with a preposition right after them (`called for a moratorium`,
 * `called on Congress to act`): the content follows the preposition, and they take no `that` clause.
 *
 * @example
 * ```ts
 * EN_PREPOSITIONAL_CUES.get('call'); // ['for', 'on', 'upon']
 * ```
 */
export const EN_PREPOSITIONAL_CUES: ReadonlyMap<string, readonly string[]> = new Map([['call', ['for', 'on', 'upon']]]);

/**
 * Lemmas that report a commitment with a `to` infinitive (`promised to cut taxes`). Not `decline` or
 * `refuse`: `declined to comment` reports that nothing was said.
 *
 * @example
 * ```ts
 * EN_TO_INFINITIVE_LEMMAS.has('promise'); // true
 * ```
 */
export const EN_TO_INFINITIVE_LEMMAS: ReadonlySet<string> = new Set([
  'promise', 'pledge', 'vow', 'threaten', 'agree', 'demand', 'swear', 'offer', 'propose', 'plead',
]);

/**
 * Lemmas that report a question (`asked whether …`, `wondered how …`).
 *
 * @example
 * ```ts
 * EN_QUESTION_LEMMAS.has('ask'); // true
 * ```
 */
export const EN_QUESTION_LEMMAS: ReadonlySet<string> = new Set(['ask', 'wonder', 'question', 'inquire', 'enquire']);

/**
 * Lemmas that put their subject after them in an attribution (`…, said Mr. Lane.`, `…, added the minister.`).
 *
 * @example
 * ```ts
 * EN_INVERTING_LEMMAS.has('say'); // true
 * ```
 */
export const EN_INVERTING_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'add', 'write', 'ask', 'continue', 'explain', 'note', 'recall', 'warn', 'argue', 'insist', 'reply', 'answer',
  'respond', 'declare', 'announce', 'report', 'observe', 'remark', 'conclude', 'complain', 'predict', 'acknowledge', 'admit',
  'claim', 'counter', 'tweet', 'caution', 'suggest',
]);
