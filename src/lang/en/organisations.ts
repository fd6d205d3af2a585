/**
 * English organisation vocabulary, written by hand for citata (no external source); it adds to the
 * organisation words that compromise ships (`model().two.orgWords`).
 *
 * @module
 */

/**
 * Nouns that make a capitalised phrase an organisation when they end it ("Foreign Ministry",
 * "Labour Party", "Acme Corp") or start it before "of" ("Ministry of Defence", "Bank of England").
 *
 * @example
 * ```ts
 * ORG_HEADS.has('ministry'); // true
 * ```
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'agency', 'bureau', 'service', 'services', 'commission', 'committee', 'council',
  'assembly', 'parliament', 'congress', 'senate', 'duma', 'rada', 'knesset', 'bundestag', 'cabinet', 'government',
  'administration', 'court', 'tribunal', 'party', 'front', 'movement', 'alliance', 'coalition', 'league', 'union',
  'federation', 'association', 'organisation', 'organization', 'foundation', 'institute', 'institution', 'university',
  'college', 'academy', 'school', 'bank', 'fund', 'exchange', 'group', 'corporation', 'corp', 'company', 'co', 'inc',
  'incorporated', 'ltd', 'limited', 'plc', 'llc', 'llp', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'ab', 'asa', 'oyj',
  'holdings', 'holding', 'industries', 'international', 'airlines', 'airways', 'motors', 'systems', 'technologies',
  'partners', 'capital', 'securities', 'investments', 'energy', 'oil', 'petroleum', 'gas', 'telecom', 'communications',
  'media', 'news', 'press', 'times', 'post', 'herald', 'journal', 'gazette', 'tribune', 'telegraph', 'guardian',
  'observer', 'radio', 'television', 'tv', 'network', 'broadcasting', 'army', 'navy', 'force', 'forces', 'guard',
  'police', 'militia', 'brigade', 'battalion', 'regiment', 'command', 'club', 'united', 'rovers', 'wanderers', 'athletic',
  'hospital', 'church', 'mission', 'board', 'authority', 'directorate', 'secretariat', 'inspectorate',
  'prosecutor', 'prosecutors', 'reserve', 'treasury', 'pharmaceuticals', 'chemicals', 'electric', 'electronics',
  'steel', 'mining', 'motor', 'insurance', 'trust', 'brothers', 'sons', 'associates', 'society', 'cooperative',
  'consortium', 'conglomerate', 'enterprises', 'ventures', 'labs', 'laboratories', 'studios', 'records', 'pictures',
  'publishing', 'books', 'stores', 'markets', 'foods', 'brands', 'airport', 'railways', 'railway', 'lines', 'shipping',
]);

/**
 * Heads that, before "of", start an organisation's name ("Ministry of Defence", "University of Oxford").
 *
 * @example
 * ```ts
 * ORG_OF_HEADS.has('ministry'); // true
 * ```
 */
export const ORG_OF_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'bank', 'university', 'college', 'institute', 'academy', 'school', 'council',
  'court', 'house', 'chamber', 'union', 'federation', 'association', 'league', 'party', 'church', 'board', 'bureau',
  'commission', 'committee', 'organisation', 'organization', 'museum', 'society', 'agency', 'federal', 'army', 'order',
  'congress', 'parliament', 'assembly', 'secretariat', 'government', 'fund', 'centre', 'center', 'friends', 'sons',
  'daughters', 'knights', 'people', 'peoples', 'corporation', 'company', 'club', 'foundation', 'alliance', 'front',
]);

/**
 * Organisations named by one or several words that neither compromise nor the head nouns above
 * recognise: news agencies, governments named by their seat, blocs, armed groups, big companies.
 * Lower case; multi-word names separated by one space.
 *
 * @example
 * ```ts
 * KNOWN_ORGS.has('reuters'); // true
 * ```
 */
export const KNOWN_ORGS: ReadonlySet<string> = new Set([
  'reuters', 'interfax', 'tass', 'itar-tass', 'ria novosti', 'xinhua', 'afp', 'agence france-presse', 'ap', 'upi',
  'bloomberg', 'dpa', 'ansa', 'efe', 'kyodo', 'yonhap', 'ukrinform', 'unian', 'bbc', 'cnn', 'nbc', 'cbs', 'abc news',
  'fox news', 'sky news', 'al jazeera', 'politico', 'axios', 'the new york times', 'new york times', 'washington post',
  'wall street journal', 'financial times', 'the economist', 'economist', 'guardian', 'kremlin', 'pentagon',
  'white house', 'downing street', 'elysee', 'élysée', 'quai d\'orsay', 'whitehall', 'state department', 'nato', 'un',
  'u.n.', 'united nations', 'eu', 'e.u.', 'european union', 'european commission', 'european parliament',
  'security council', 'general assembly', 'osce', 'opec', 'imf', 'world bank', 'wto', 'who', 'unesco', 'unicef',
  'unhcr', 'iaea', 'icc', 'interpol', 'europol', 'g7', 'g8', 'g20', 'brics', 'asean', 'african union', 'arab league',
  'commonwealth', 'red cross', 'amnesty international', 'human rights watch', 'greenpeace', 'fbi', 'cia', 'nsa', 'kgb',
  'fsb', 'gru', 'svr', 'sbu', 'mossad', 'mi5', 'mi6', 'congress', 'senate', 'parliament', 'duma', 'state duma',
  'verkhovna rada', 'rada', 'knesset', 'bundestag', 'bundesbank', 'fed', 'federal reserve', 'ecb', 'hamas',
  'hezbollah', 'hizbollah', 'taliban', 'al qaeda', 'al-qaeda', 'isis', 'isil', 'islamic state', 'wagner', 'plo',
  'ira', 'sinn fein', 'labour', 'tories', 'conservatives', 'democrats', 'republicans', 'gop', 'likud', 'united russia',
  'gazprom', 'rosneft', 'lukoil', 'naftogaz', 'aeroflot', 'boeing', 'airbus', 'microsoft', 'google', 'apple', 'amazon',
  'meta', 'facebook', 'twitter', 'tesla', 'spacex', 'toyota', 'volkswagen', 'siemens', 'shell', 'exxon', 'chevron',
  'bp', 'total', 'nasdaq', 'nyse', 'supreme court', 'constitutional court', 'scotland yard', 'uefa',
  'fifa', 'ioc', 'nasa', 'roscosmos', 'lufthansa', 'klm', 'alitalia', 'qantas', 'aer lingus', 'ryanair', 'easyjet',
  'nokia', 'unilever', 'nestle', 'nestlé', 'renault', 'peugeot', 'daimler', 'michelin', 'sony', 'toshiba', 'hitachi',
  'ibm', 'intel', 'netflix', 'nvidia', 'walmart', 'exxonmobil', 'citigroup', 'jpmorgan', 'goldman sachs',
  'morgan stanley', 'barclays', 'hsbc', 'ubs', 'deutsche bank',
]);

/**
 * Legal-form and corporate words that end a company's full name ("Belmont International Inc",
 * "Vantor SpA", "Farmers' Bancshares"): the words before them are the company's short name,
 * used alone later in the same story ("Belmont", "Vantor").
 *
 * @example
 * ```ts
 * COMPANY_SUFFIXES.has('spa'); // true
 * ```
 */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'spa', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'llc', 'lp',
  'ab', 'asa', 'oyj', 'as', 'kk', 'bhd', 'pty', 'srl', 'group', 'holdings', 'bancorp', 'bancshares', 'corporation',
  'company', 'incorporated', 'limited', 'industries', 'international', 'enterprises', 'cos', 'cos.',
]);

/**
 * Legal forms that close a company's name: "of" after one starts a place, not more of the name
 * ("Dravo Motor Corp of South Korea").
 *
 * @example
 * ```ts
 * LEGAL_FORMS.has('corp'); // true
 * ```
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'spa', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'llc', 'lp',
  'ab', 'asa', 'oyj', 'kk', 'bhd', 'pty', 'srl', 'cos', 'cos.',
]);

/**
 * Words that open organisations' names ("Radio Free Europe", "FC Porto", "Banco Santander",
 * "PT Astra International"): a capitalised phrase that starts with one is an organisation.
 *
 * @example
 * ```ts
 * ORG_STARTERS.has('radio'); // true
 * ```
 */
export const ORG_STARTERS: ReadonlySet<string> = new Set([
  'radio', 'tv', 'television', 'banco', 'banca', 'banque', 'fc', 'f.c.', 'ac', 'afc', 'cf', 'cd', 'sc', 'sk', 'sv', 'fk',
  'nk', 'hc', 'olympique', 'sporting', 'dynamo', 'dinamo', 'lokomotiv', 'spartak', 'pt', 'pt.',
]);
