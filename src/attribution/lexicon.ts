/**
 * General-English word lists for quote attribution: speech verbs, pronouns, titles, role and source
 * nouns, organisation heads. Nothing here is about any particular article.
 */
import { ownTable } from '../lexicon/own-table.ts';

/**
 * How a speech verb takes its content:
 * - `clause`: "said (that) the plan failed" — any complement is reported speech.
 * - `that`: needs "that" or a finite clause ("warned that…", "believes the plan will…").
 * - `content`: also takes a noun phrase as what was said ("stated its commitment to…").
 * - `quote`: only introduces quoted words ("described it as “…”", "called it “…”").
 */
export type SpeechVerbFrame = 'clause' | 'that' | 'content' | 'quote';

interface VerbEntry {
  lemma: string;
  frame: SpeechVerbFrame;
  /** Irregular forms; regular -s/-ed/-ing forms are generated. */
  irregular?: string[];
}

const VERBS: VerbEntry[] = [
  { lemma: 'say', frame: 'clause', irregular: ['says', 'said', 'saying'] },
  { lemma: 'tell', frame: 'clause', irregular: ['tells', 'told', 'telling'] },
  // "added roughly 11 cents to the cost": add takes a noun phrase too, so it reports only a clause.
  { lemma: 'add', frame: 'that' },
  { lemma: 'note', frame: 'that' },
  { lemma: 'argue', frame: 'that' },
  { lemma: 'warn', frame: 'that' },
  { lemma: 'claim', frame: 'that' },
  { lemma: 'insist', frame: 'that' },
  { lemma: 'describe', frame: 'quote' },
  { lemma: 'call', frame: 'quote' },
  { lemma: 'dub', frame: 'quote', irregular: ['dubbed', 'dubbing'] },
  { lemma: 'label', frame: 'quote', irregular: ['labelled', 'labeled', 'labelling', 'labeling'] },
  { lemma: 'brand', frame: 'quote' },
  { lemma: 'term', frame: 'quote' },
  { lemma: 'attribute', frame: 'quote' },
  { lemma: 'blame', frame: 'quote' },
  { lemma: 'praise', frame: 'quote' },
  { lemma: 'criticise', frame: 'quote' },
  { lemma: 'criticize', frame: 'quote' },
  { lemma: 'speak', frame: 'quote', irregular: ['speaks', 'spoke', 'spoken', 'speaking'] },
  { lemma: 'pledge', frame: 'that' },
  { lemma: 'state', frame: 'content' },
  { lemma: 'reiterate', frame: 'content' },
  { lemma: 'stress', frame: 'content' },
  { lemma: 'emphasise', frame: 'content' },
  { lemma: 'emphasize', frame: 'content' },
  { lemma: 'express', frame: 'that' },
  { lemma: 'voice', frame: 'that' },
  { lemma: 'repeat', frame: 'that' },
  { lemma: 'explain', frame: 'that' },
  { lemma: 'write', frame: 'clause', irregular: ['writes', 'wrote', 'written', 'writing'] },
  { lemma: 'ask', frame: 'quote' },
  { lemma: 'reply', frame: 'that', irregular: ['replies', 'replied', 'replying'] },
  { lemma: 'respond', frame: 'that' },
  { lemma: 'suggest', frame: 'that' },
  { lemma: 'believe', frame: 'that' },
  { lemma: 'think', frame: 'that', irregular: ['thinks', 'thought', 'thinking'] },
  { lemma: 'accuse', frame: 'quote' },
  { lemma: 'urge', frame: 'quote' },
  { lemma: 'admit', frame: 'that', irregular: ['admits', 'admitted', 'admitting'] },
  { lemma: 'acknowledge', frame: 'that' },
  { lemma: 'announce', frame: 'that' },
  { lemma: 'declare', frame: 'that' },
  { lemma: 'assert', frame: 'that' },
  { lemma: 'maintain', frame: 'that' },
  { lemma: 'contend', frame: 'that' },
  { lemma: 'observe', frame: 'that' },
  { lemma: 'remark', frame: 'that' },
  { lemma: 'comment', frame: 'that' },
  { lemma: 'recall', frame: 'that' },
  { lemma: 'predict', frame: 'that' },
  { lemma: 'promise', frame: 'that' },
  { lemma: 'vow', frame: 'that' },
  { lemma: 'concede', frame: 'that' },
  { lemma: 'confirm', frame: 'that' },
  { lemma: 'deny', frame: 'that', irregular: ['denies', 'denied', 'denying'] },
  { lemma: 'estimate', frame: 'that' },
  { lemma: 'reckon', frame: 'that' },
  { lemma: 'complain', frame: 'that' },
  { lemma: 'agree', frame: 'that' },
  { lemma: 'tweet', frame: 'clause' },
  { lemma: 'quip', frame: 'that', irregular: ['quipped', 'quipping'] },
  { lemma: 'joke', frame: 'that' },
  { lemma: 'boast', frame: 'that' },
  { lemma: 'counter', frame: 'that' },
  { lemma: 'report', frame: 'that' },
  { lemma: 'reveal', frame: 'that' },
  { lemma: 'conclude', frame: 'that' },
  { lemma: 'testify', frame: 'that', irregular: ['testifies', 'testified', 'testifying'] },
  { lemma: 'exclaim', frame: 'quote' },
  // "He continued, “…”", "The letter continues: “…”": only with the quotation it introduces.
  { lemma: 'continue', frame: 'quote' },
  { lemma: 'shout', frame: 'quote' },
  { lemma: 'cite', frame: 'quote' },
  { lemma: 'hail', frame: 'quote' },
  { lemma: 'welcome', frame: 'quote' },
  { lemma: 'condemn', frame: 'quote' },
  { lemma: 'point', frame: 'that' },
  { lemma: 'caution', frame: 'that' },
  { lemma: 'allege', frame: 'that' },
  { lemma: 'indicate', frame: 'that' },
  { lemma: 'hope', frame: 'that' },
  { lemma: 'fear', frame: 'that' },
  { lemma: 'expect', frame: 'that' },
  { lemma: 'question', frame: 'quote' },
  { lemma: 'pronounce', frame: 'quote' },
  { lemma: 'retort', frame: 'quote' },
  { lemma: 'interject', frame: 'quote' },
  { lemma: 'yell', frame: 'quote' },
  { lemma: 'scream', frame: 'quote' },
  { lemma: 'whisper', frame: 'quote' },
  { lemma: 'mutter', frame: 'quote' },
  { lemma: 'bellow', frame: 'quote' },
];

/**
 * Speech verbs whose base and -s forms are also everyday nouns ("a state firm", "the reports"):
 * those forms count as verbs only after a subject pronoun, a name or an adverb.
 */
export const NOUN_LIKE_VERBS = new Set([
  'state', 'report', 'comment', 'note', 'call', 'claim', 'promise', 'post', 'tweet', 'estimate',
  'question', 'voice', 'fear', 'hope', 'point', 'remark', 'vow', 'pledge', 'warn', 'reply', 'add',
  'brand', 'label', 'term', 'joke', 'quip', 'cite', 'hail', 'welcome', 'stress', 'respond', 'shout',
  'blame', 'praise', 'repeat', 'express', 'expect', 'maintain', 'observe', 'admit', 'tell', 'write',
  'speak', 'ask', 'agree', 'answer', 'retort', 'yell', 'scream', 'whisper', 'mutter', 'bellow',
]);

function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, third, `${stem}ed`, `${stem}ing`];
}

export interface SpeechVerb {
  lemma: string;
  frame: SpeechVerbFrame;
  form: string;
  /** -ing participle ("saying"): not a finite reporting verb of its own subject. */
  participle: boolean;
  /** Base or -s form of a verb that is also a common noun ("state", "reports"). */
  nounLike: boolean;
}

const SPEECH_VERBS = new Map<string, SpeechVerb>();
for (const entry of VERBS) {
  const forms = entry.irregular ? [entry.lemma, ...entry.irregular] : regularForms(entry.lemma);
  for (const form of forms) {
    if (!SPEECH_VERBS.has(form)) {
      const ambiguous = NOUN_LIKE_VERBS.has(entry.lemma) && (form === entry.lemma || form === `${entry.lemma}s` || form === `${entry.lemma}es`);
      SPEECH_VERBS.set(form, { lemma: entry.lemma, frame: entry.frame, form, participle: form.endsWith('ing'), nounLike: ambiguous });
    }
  }
}

/**
 * The speech verb a lower-case word (a token's `lower`) is a form of, or undefined. Asked of
 * nearly every token by several sieves, so the word is not lower-cased again here.
 */
export function speechVerb(word: string): SpeechVerb | undefined {
  return SPEECH_VERBS.get(word);
}

/** Pronouns that can be the subject of a speech verb ("he said"). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);

/** Courtesy and office titles that precede a name; the value is the gender they imply. */
export const NAME_TITLES: Readonly<Record<string, 'male' | 'female' | null>> = ownTable<'male' | 'female' | null>({
  mr: 'male', mister: 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', father: 'male',
  brother: null, ms: 'female', mrs: 'female', miss: 'female', dame: 'female', lady: 'female',
  queen: 'female', princess: 'female', sister: 'female', mx: null, dr: null, doctor: null,
  prof: null, professor: null, president: null, premier: null, chancellor: null, senator: null,
  sen: null, rep: null, representative: null, governor: null, gov: null, mayor: null, judge: null,
  justice: null, general: null, gen: null, col: null, colonel: null, captain: null, capt: null,
  lt: null, lieutenant: null, sgt: null, sergeant: null, pope: null, bishop: null, archbishop: null,
  rev: null, reverend: null, minister: null, secretary: null, ambassador: null, chairman: 'male',
  chairwoman: 'female', chair: null, commissioner: null, inspector: null, detective: null,
  officer: null, councillor: null, councilor: null, sheriff: null, coach: null, rabbi: null,
  imam: null, cardinal: null, admiral: null, adm: null, major: null, marshal: null, speaker: null, leader: null,
  chief: null, deputy: null, vice: null, prime: null, foreign: null, defence: null, defense: null,
  finance: null, health: null, home: null, interior: null, trade: null, state: null,
  collector: null, magistrate: null, superintendent: null, commander: null, director: null,
  attorney: null, treasurer: null, comptroller: null, registrar: null, auditor: null,
});

/** Words that are capitalised for grammatical reasons, never parts of names. */
export const NOT_NAME_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'for', 'while', 'whereas', 'although',
  'though', 'however', 'moreover', 'meanwhile', 'furthermore', 'also', 'in', 'on', 'at', 'by', 'from',
  'with', 'without', 'after', 'before', 'during', 'since', 'until', 'as', 'if', 'when', 'where', 'why',
  'how', 'what', 'who', 'whom', 'whose', 'which', 'this', 'that', 'these', 'those', 'it', 'its', 'he',
  'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'then',
  'now', 'still', 'even', 'only', 'last', 'next', 'earlier', 'later', 'asked', 'according', 'despite',
  'amid', 'under', 'over', 'between', 'among', 'against', 'through', 'both', 'each', 'every', 'some',
  'many', 'most', 'several', 'such', 'instead', 'indeed', 'thus', 'hence', 'otherwise', 'nevertheless',
  'nonetheless', 'because', 'unlike', 'like', 'once', 'yesterday', 'today', 'tomorrow', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'to', 'of', 'not', 'no', 'yes', 'all', 'any', 'other', 'another', 'more', 'less', 'few', 'one', 'two',
  'three', 'four', 'five', 'first', 'second', 'third', 'new', 'just', 'about', 'around', 'into', 'onto',
  'upon', 'within', 'across', 'behind', 'beyond', 'near', 'off', 'out', 'up', 'down', 'again', 'already',
  'always', 'never', 'often', 'perhaps', 'maybe', 'mostly', 'many', 'much', 'very', 'is', 'are', 'was',
  'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could',
  'should', 'must', 'might', 'shall', 'let', 'please', 'oh', 'well', 'thanks', 'thank', 'sorry', 'hello',
  'whether', 'either', 'neither', 'unless', 'except', 'besides', 'toward', 'towards', 'per', 'via',
  'following', 'including', 'regarding', 'speaking', 'reporting', 'having', 'being', 'additional', 'photo', 'video',
  'overall', 'finally', 'initially', 'currently', 'recently', 'separately', 'similarly', 'ultimately',
  'however', 'hmm', 'ok', 'okay', 'mr', 'mrs', 'ms', 'dr', 'prof',
]);

/** Particles that may sit inside a personal name ("Ursula von der Leyen", "Vincent van Gogh"). */
export const NAME_PARTICLES = new Set([
  'de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'del',
  'dos', 'das', 'ter', 'ten', 'y', 'bint', 'abu',
]);

/** Last words that make a capitalised sequence an organisation or institution. */
export const ORG_HEADS = new Set([
  'agency', 'ministry', 'department', 'university', 'college', 'school', 'institute', 'institution',
  'academy', 'times', 'post', 'news', 'daily', 'journal', 'herald', 'tribune', 'review', 'telegraph',
  'guardian', 'gazette', 'mail', 'express', 'observer', 'standard', 'press', 'star', 'chronicle',
  'magazine', 'weekly', 'monitor', 'insider', 'media', 'network', 'channel', 'broadcasting', 'radio',
  'television', 'tv', 'house', 'office', 'council', 'party', 'bank', 'group', 'company', 'corporation',
  'corp', 'inc', 'ltd', 'plc', 'llc', 'court', 'commission', 'committee', 'association', 'foundation',
  'fund', 'parliament', 'congress', 'senate', 'assembly', 'police', 'army', 'navy', 'force', 'forces',
  'service', 'services', 'club', 'union', 'organisation', 'organization', 'centre', 'center', 'board', 'chamber',
  'authority', 'administration', 'bureau', 'airlines', 'airways', 'motors', 'technologies', 'systems',
  'labs', 'laboratory', 'hospital', 'society', 'federation', 'alliance', 'coalition', 'movement',
  'trust', 'council', 'cabinet', 'government', 'secretariat', 'embassy', 'consulate', 'exchange',
  'index', 'reserve', 'treasury', 'pentagon', 'kremlin', 'affairs', 'sciences', 'studies', 'research',
  'states', 'kingdom', 'republic', 'nations', 'emirates', 'islands', 'union', 'street', 'road',
  'square', 'city', 'county', 'province', 'region', 'valley', 'river', 'lake', 'sea', 'ocean', 'bay',
  'coast', 'mountains', 'island', 'airport', 'station', 'stadium', 'park', 'hall', 'palace', 'tower',
  'summit', 'war', 'games', 'cup', 'olympics', 'festival', 'awards', 'prize', 'act', 'bill', 'treaty',
  'accord', 'agreement', 'initiative', 'project', 'programme', 'program', 'plan', 'strategy',
  'holdings', 'partners', 'capital', 'stores', 'store', 'shop', 'railway', 'railways', 'railroad',
  'water', 'energy', 'foods', 'pharmaceuticals', 'workers', 'brotherhood', 'league', 'guild', 'church',
  'ventures', 'investments', 'industries', 'enterprises', 'solutions', 'logistics', 'airport', 'port',
  'mine', 'field', 'oilfield', 'fc', 'united', 'rovers', 'athletic', 'city',
]);

/** First words that make a capitalised sequence a place or region, not a person. */
export const PLACE_MODIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'far',
  'middle', 'new', 'united', 'upper', 'lower', 'great', 'greater', 'inner', 'outer', 'saint', 'st',
  'san', 'santa', 'los', 'las', 'le', 'fort', 'port', 'mount', 'lake', 'cape', 'gulf',
]);

/** Nouns that describe a publication or organisation placed before or after its name. */
export const OUTLET_NOUNS = new Set([
  'agency', 'newspaper', 'paper', 'tabloid', 'broadsheet', 'daily', 'weekly', 'magazine', 'outlet',
  'broadcaster', 'website', 'site', 'channel', 'network', 'station', 'wire', 'journal', 'mouthpiece',
  'publication', 'news', 'radio', 'television', 'company', 'firm', 'group', 'ministry', 'government',
  'party', 'organisation', 'organization', 'bank', 'regulator', 'watchdog', 'union', 'charity',
  'carmaker', 'retailer', 'maker', 'manufacturer', 'airline', 'giant', 'startup', 'publisher',
]);

/** Plural or collective nouns naming unnamed sources ("analysts", "two people familiar with…"). */
export const SOURCE_NOUNS = new Set([
  'source', 'sources', 'analyst', 'analysts', 'official', 'officials', 'observer', 'observers',
  'expert', 'experts', 'critic', 'critics', 'diplomat', 'diplomats', 'people', 'person', 'insider',
  'insiders', 'resident', 'residents', 'witness', 'witnesses', 'researcher', 'researchers',
  'economist', 'economists', 'lawmaker', 'lawmakers', 'investor', 'investors', 'trader', 'traders',
  'protester', 'protesters', 'protestors', 'activist', 'activists', 'campaigner', 'campaigners',
  'scientist', 'scientists', 'doctor', 'doctors', 'authorities', 'police', 'prosecutors',
  'prosecutor', 'investigators', 'investigator', 'spokesman', 'spokeswoman', 'spokesperson',
  'employees', 'employee', 'workers', 'worker', 'staff', 'students', 'student', 'parents', 'voters',
  'supporters', 'opponents', 'commentators', 'commentator', 'scholars', 'scholar', 'academics',
  'academic', 'strategists', 'strategist', 'executives', 'executive', 'aides', 'aide', 'advisers',
  'adviser', 'advisors', 'advisor', 'leaders', 'members', 'member', 'representatives', 'organisers',
  'organizers', 'neighbours', 'neighbors', 'friends', 'relatives', 'family', 'fans', 'users',
  'customers', 'passengers', 'bankers', 'lawyers', 'lawyer', 'engineers', 'teachers', 'nurses',
  'economists', 'pollsters', 'bosses', 'ministers', 'senators', 'rivals',
  'spokespeople', 'spokesmen', 'negotiators', 'militants', 'rebels', 'villagers', 'farmers',
]);

/** Words an unnamed-source phrase may start with ("a senior government source", "two people"). */
export const SOURCE_DETERMINERS = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'several', 'some', 'many', 'most', 'other',
  'few', 'numerous', 'various', 'multiple', 'senior', 'western', 'local', 'foreign', 'independent',
]);

/** Adverbs and auxiliaries that may sit between a subject and its speech verb ("also said"). */
export const VERB_MODIFIERS = new Set([
  'also', 'again', 'further', 'previously', 'repeatedly', 'later', 'earlier', 'recently', 'once',
  'had', 'has', 'have', 'would', 'will', 'reportedly', 'publicly', 'privately', 'separately', 'then',
  'too', 'firmly', 'strongly', 'clearly', 'openly', 'flatly', 'simply', 'only', 'even', 'still',
  'however', 'previously', 'last', 'already', 'often', 'frequently', 'similarly', 'likewise', 'may',
  'might', 'could', 'did', 'does', 'do', 'always', 'once', 'bluntly', 'angrily', 'quietly',
  'confidently', 'cautiously', 'optimistically', 'added', 'now', 'first', 'initially', 'finally',
  'subsequently', 'immediately', 'soon', 'just', 'ultimately', 'eventually', 'originally', 'long',
  // "has since said": time, not a subordinate clause, straight after an auxiliary.
  'since',
]);

/** Auxiliaries and modals: a complement holding one is a clause, not a noun phrase. */
export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can',
  'could', 'may', 'might', 'should', 'must', 'shall', 'did', 'does', 'do', "isn't", "wasn't",
  "won't", "can't", "don't", "didn't", "doesn't", 'need', 'needs', 'cannot', "couldn't", "wouldn't",
  "shouldn't", "aren't", "weren't", "hasn't", "haven't", "hadn't",
]);

/** Nouns of a written or spoken statement: "in a statement", "in an editorial". */
export const STATEMENT_NOUNS = new Set([
  'statement', 'editorial', 'interview', 'speech', 'post', 'letter', 'tweet', 'report', 'remarks',
  'comments', 'column', 'essay', 'op-ed', 'article', 'blog', 'briefing', 'address', 'message',
  'email', 'note', 'memo', 'podcast', 'broadcast', 'press',
]);

/** Words that end a subject noun phrase when walking back from a verb. */
export const CLAUSE_BOUNDARIES = new Set([
  'and', 'but', 'or', 'while', 'as', 'because', 'that', 'which', 'who', 'when', 'where', 'if',
  'although', 'though', 'since', 'after', 'before', 'whereas', 'so', 'yet', 'than', 'whom', 'whose',
  'what', 'how', 'why', 'nor', 'until', 'unless', 'meanwhile', 'however', 'moreover', 'also',
]);

/** Written things that speak as "it". */
export const DOCUMENT_HEADS = new Set([
  'paper', 'report', 'statement', 'letter', 'memo', 'study', 'poll', 'survey', 'document', 'filing', 'complaint',
  'lawsuit', 'suit', 'ruling', 'order', 'analysis', 'review', 'audit', 'book', 'editorial', 'article', 'website',
  'release', 'announcement', 'email', 'post', 'ad', 'advertisement', 'video', 'indictment', 'memoir', 'bill', 'proposal',
]);
