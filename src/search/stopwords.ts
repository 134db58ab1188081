/**
 * Words dropped from QUERIES only. The index keeps every word, so a verbatim fragment such as
 * "the best in history" still matches its quote; a question's framing ("who said that …",
 * "what did … think about …") carries no evidence about which passage answers it.
 */

const QUESTION_WORDS = [
  'who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'whether',
  'anyone', 'anybody', 'someone', 'somebody', 'person', 'people',
];

/** Reporting verbs: in a who-said question they frame the quote rather than belong to it. */
export const REPORTING_VERBS = [
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'telling', 'state', 'stated', 'states',
  'claim', 'claimed', 'claims', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed',
  'describe', 'described', 'describes', 'call', 'called', 'calls', 'add', 'added', 'adds',
  'argue', 'argued', 'argues', 'insist', 'insisted', 'insists', 'suggest', 'suggested', 'suggests',
  'note', 'noted', 'notes', 'remark', 'remarked', 'comment', 'commented', 'mention', 'mentioned',
  'stress', 'stressed', 'explain', 'explained', 'quote', 'quoted', 'reckon', 'reckons',
  'feel', 'feels', 'felt', 'according', 'expect', 'expects', 'expected', 'predict', 'predicts',
  'predicted', 'reckoned', 'opine', 'opined', 'assert', 'asserted', 'declare', 'declared',
];

/** Ordinary English function words (articles, pronouns, auxiliaries, prepositions, conjunctions). */
const FUNCTION_WORDS = [
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'than', 'that', 'this',
  'these', 'those', 'there', 'here', 'it', 'its', 'it\'s', 'i', 'me', 'my', 'we', 'us', 'our',
  'you', 'your', 'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'theirs',
  'be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', 'do', 'does', 'did', 'doing', 'done',
  'have', 'has', 'had', 'having', 'will', 'would', 'shall', 'should', 'can', 'could', 'may',
  'might', 'must', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'about', 'as',
  'into', 'onto', 'over', 'under', 'up', 'down', 'out', 'off', 'again', 'also', 'just', 'very',
  'too', 'any', 'all', 'some', 'such', 'own', 'same', 'other', 'each', 'both', 'more', 'most',
  'much', 'many', 'not', 'no', 'only', 'really', 'ever', 'even', 'ok', 'please', 'article',
  'story', 'exactly', 'actually', 'something', 'anything', 'thing', 'things', 'way',
  // Courtesy titles: "Mr Okafor" asks about Okafor (the alias map handles the name itself).
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev',
  // Auxiliary contractions: "won't", "don't" frame a claim without naming its subject matter.
  "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't",
  "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "mustn't", "i'm", "i've",
  "i'd", "i'll", "we're", "we've", "they're", "they've", "you're", "he's", "she's", "that's",
  "there's", "what's", "who's",
];

/** Stop words for /who-said: the question's framing, including every reporting verb. */
export const QUERY_STOP_WORDS: ReadonlySet<string> = new Set([
  ...QUESTION_WORDS,
  ...FUNCTION_WORDS,
  ...REPORTING_VERBS,
]);

/**
 * Stop words for /ask: only "say"/"tell" among the verbs, because in a general question a verb
 * like "call" or "describe" may be the content ("who was on the call?").
 */
export const ASK_STOP_WORDS: ReadonlySet<string> = new Set([
  ...QUESTION_WORDS,
  ...FUNCTION_WORDS,
  'say', 'said', 'says', 'tell', 'told', 'tells', 'according',
]);
