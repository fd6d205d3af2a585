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
 * Lemmas that report a commitment or refusal with a `to` infinitive (`promised to cut taxes`, `declined to comment`).
 *
 * @example
 * ```ts
 * EN_TO_INFINITIVE_LEMMAS.has('promise'); // true
 * ```
 */
export const EN_TO_INFINITIVE_LEMMAS: ReadonlySet<string> = new Set([
  'promise', 'pledge', 'vow', 'threaten', 'agree', 'refuse', 'decline', 'demand', 'swear', 'offer', 'propose', 'plead',
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
 * Words that open a reported question.
 *
 * @example
 * ```ts
 * EN_QUESTION_WORDS.has('whether'); // true
 * ```
 */
export const EN_QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which', 'whom']);

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
  'claim', 'counter', 'tweet', 'caution', 'suggest', 'tell',
]);

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
