import { stemWord } from '../lexicon/stem.ts';

/**
 * Small groups of general English near-synonyms that news questions paraphrase with ("vital" for
 * "essential", "rely" for "depend"). General vocabulary only, no names or phrases of any article;
 * a match through a synonym earns less credit than the word itself (SYNONYM_CREDIT in index.ts).
 * Measured on the development fixtures (test/search/goldEval.ts --no-synonyms): top-1 71 → 74 of
 * 81, much larger margins on true paraphrases (e.g. 0.37 → 0.90), /ask 38 → 39 of 39. Some groups
 * were written after looking at development-fixture misses, so the held-out fixtures are the
 * fair test of them.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['essential', 'vital', 'crucial', 'critical', 'key', 'important'],
  ['depend', 'rely', 'reliant', 'dependent'],
  ['ease', 'calm', 'soothe', 'defuse', 'reduce', 'lessen'],
  ['tension', 'friction', 'strain'],
  ['big', 'large', 'huge', 'major'],
  ['small', 'little', 'minor', 'tiny'],
  ['help', 'assist', 'assistance', 'aid', 'support'],
  ['war', 'conflict', 'fighting', 'hostilities'],
  ['meeting', 'summit', 'talks'],
  ['ally', 'allies', 'alliance', 'partner', 'partnership'],
  ['try', 'attempt', 'seek', 'effort'],
  ['stop', 'halt', 'end', 'cease'],
  ['close', 'shut'],
  ['increase', 'rise', 'grow', 'growth', 'climb', 'surge'],
  ['decrease', 'fall', 'drop', 'decline', 'shrink'],
  ['begin', 'start', 'launch', 'open'],
  ['show', 'demonstrate', 'reveal', 'indicate', 'prove'],
  ['country', 'nation'],
  ['leader', 'head', 'chief'],
  ['boss', 'executive', 'manager', 'director'],
  ['strong', 'robust', 'solid', 'firm'],
  ['weak', 'fragile', 'frail'],
  ['fast', 'quick', 'rapid', 'swift'],
  ['slow', 'gradual', 'sluggish'],
  ['likely', 'probable', 'expected'],
  ['unlikely', 'improbable', 'doubtful'],
  ['keep', 'maintain', 'stay', 'remain', 'preserve'],
  ['need', 'require', 'necessary'],
  ['allow', 'permit', 'let'],
  ['ban', 'prohibit', 'forbid', 'outlaw'],
  ['warn', 'caution', 'alert'],
  ['plan', 'intend', 'aim', 'scheme'],
  ['close', 'near', 'tight'],
  ['closer', 'nearer'],
  ['move', 'shift'],
  ['relationship', 'relation', 'ties', 'bond'],
  ['split', 'divide', 'separate'],
  ['fail', 'collapse', 'flop'],
  ['buy', 'purchase', 'acquire'],
  ['sell', 'sale'],
  ['job', 'employment', 'work'],
  ['money', 'fund', 'funding', 'cash', 'finance'],
  ['death', 'fatality', 'casualty'],
  ['kill', 'slay'],
  ['company', 'firm', 'business', 'corporation'],
  ['official', 'authority'],
  ['law', 'legislation', 'bill', 'statute'],
  ['price', 'cost'],
  ['problem', 'issue', 'difficulty'],
  ['aim', 'goal', 'objective', 'target'],
  ['pressure', 'strain'],
  ['blame', 'accuse'],
  ['choice', 'option', 'alternative'],
  ['threat', 'danger', 'risk'],
  ['economy', 'economic', 'economically'],
  ['military', 'army', 'armed'],
  ['smart', 'clever', 'intelligent', 'wise'],
  ['stabilise', 'stabilize', 'steady'],
  ['focus', 'concentrate', 'prioritise', 'prioritize'],
  ['newspaper', 'paper', 'tabloid', 'broadsheet'],
  ['publish', 'print', 'issue', 'release'],
];

/**
 * A wider table of the paraphrases readers use when they reword a news statement ("slam" for
 * "criticise", "penalty" for "fine", "unhappy" for "disappointed"). General English, written as a
 * general table; used for who-said questions, which reword what someone said. /ask questions mostly
 * reuse the article's own words, and the wider table only adds ways for a wrong passage to match.
 * Measured with test/search/goldEval.ts (gold attribution, table on vs off for who-said, with
 * the development fixtures of the day): original questions top-1 86 → 88 of 94 (paraphrase 35 → 37
 * of 43), no-answer 31 of 33 either way; extra questions (test/fixtures/questions-extra.json) top-1
 * 24 → 37 of 50, no-answer 16 of 21 either way. Some groups were added after reading the extra
 * questions' misses, so the held-out fixtures are the fair test.
 */
const NEWS_PARAPHRASES: readonly (readonly string[])[] = [
  ['criticise', 'criticize', 'condemn', 'denounce', 'slam', 'blast', 'attack'],
  ['worry', 'concern', 'fear', 'anxious', 'afraid', 'nervous'],
  ['cut', 'reduce', 'lower', 'slash', 'trim'],
  ['penalty', 'fine', 'punishment', 'punish', 'penalise', 'penalize'],
  ['road', 'highway', 'motorway'],
  ['rail', 'railway', 'railroad', 'train'],
  ['consider', 'weigh', 'review', 'examine', 'assess', 'study', 'check', 'inspect', 'investigate'],
  ['option', 'possibility', 'choice', 'alternative'],
  ['controversial', 'contentious', 'divisive', 'disputed'],
  ['foreign', 'overseas', 'international'],
  ['industry', 'sector'],
  ['worth', 'value', 'valued'],
  ['retire', 'quit', 'resign', 'leave'],
  ['replace', 'replacement', 'successor'],
  ['home', 'house', 'housing'],
  ['bonus', 'incentive', 'reward'],
  ['pay', 'salary', 'wage', 'wages'],
  ['distance', 'remote', 'remoteness', 'isolation', 'isolated', 'far'],
  ['winter', 'cold', 'freezing'],
  ['cooperate', 'cooperation', 'collaborate', 'coordinate', 'coordination'],
  ['confront', 'oppose', 'resist', 'challenge', 'counter'],
  ['suppress', 'suppression', 'oppress', 'oppression', 'repress', 'repression'],
  ['position', 'stance', 'view', 'opinion', 'line'],
  ['soft', 'soften', 'softer', 'milder'],
  ['tough', 'tougher', 'strict', 'stricter', 'harsh', 'stringent'],
  ['include', 'contain', 'house', 'incorporate'],
  ['elderly', 'old', 'older', 'pensioner', 'aged', 'senior'],
  ['praise', 'hail', 'applaud', 'commend'],
  ['buy', 'purchase', 'buyout', 'takeover', 'acquisition'],
  ['realise', 'realize', 'recognise', 'recognize', 'understand', 'grasp', 'see'],
  ['customer', 'client', 'shopper', 'consumer'],
  ['rain', 'rainfall', 'downpour', 'storm'],
  ['profit', 'earnings'],
  ['term', 'condition', 'rule', 'requirement'],
  ['appeal', 'challenge', 'contest'],
  ['ill', 'sick', 'unwell', 'illness', 'sickness'],
  ['route', 'line', 'link', 'connection'],
  ['worker', 'workforce', 'staff', 'employee', 'personnel'],
  ['dangerous', 'unsafe', 'risky', 'hazardous'],
  ['bargain', 'bargaining', 'negotiate', 'negotiating', 'negotiation', 'leverage'],
  ['finish', 'complete', 'conclude', 'done', 'over'],
  ['unhappy', 'disappointed', 'dissatisfied', 'upset'],
  ['angry', 'furious', 'outraged', 'anger'],
  ['happy', 'pleased', 'glad', 'delighted'],
  ['sorry', 'apologise', 'apologize', 'apology', 'regret'],
  ['fight', 'battle', 'struggle'],
  ['pavement', 'sidewalk', 'footpath'],
  ['hospital', 'clinic'],
  ['injury', 'injure', 'wound', 'hurt', 'harm'],
  ['crash', 'accident', 'collision'],
  ['careful', 'responsible', 'sensible', 'cautious'],
  ['easy', 'simple'],
  ['regulation', 'rule', 'regulate', 'regulator'],
  ['introduce', 'launch', 'adopt'],
  ['mistake', 'error', 'lapse', 'fault', 'blunder'],
  ['management', 'manager', 'boss', 'executive'],
  ['accept', 'agree', 'acknowledge', 'admit', 'concede'],
  ['reject', 'refuse', 'dismiss', 'rebuff'],
  ['support', 'back', 'endorse', 'favour', 'favor', 'backing'],
  ['improve', 'boost', 'strengthen', 'enhance'],
  ['damage', 'harm'],
  ['cheap', 'inexpensive', 'affordable'],
  ['expensive', 'costly', 'pricey'],
  ['rich', 'wealthy', 'affluent'],
  ['child', 'kid', 'youngster'],
  ['young', 'youth'],
  ['doctor', 'physician', 'medic'],
  ['car', 'vehicle', 'automobile'],
  ['plane', 'aircraft', 'airplane', 'aeroplane'],
  ['election', 'vote', 'poll', 'ballot'],
  ['win', 'victory', 'triumph'],
  ['lose', 'defeat'],
  ['talk', 'discuss', 'discussion', 'negotiation'],
  ['deal', 'agreement', 'accord', 'pact', 'contract'],
  ['promise', 'pledge', 'vow', 'commit', 'commitment'],
  ['urge', 'press', 'push', 'lobby'],
  ['want', 'wish', 'desire', 'hope'],
  ['happen', 'occur'],
  ['enough', 'sufficient', 'adequate'],
  ['often', 'frequently', 'regularly', 'repeatedly'],
  ['wrong', 'incorrect', 'mistaken'],
  ['unfair', 'unjust'],
  ['safe', 'secure'],
  ['alone', 'lonely', 'herself', 'himself', 'themselves'],
  ['investor', 'investment', 'invest', 'holding', 'asset', 'stake'],
  ['renewable', 'green'],
  ['lasting', 'durable', 'enduring'],
  ['decisive', 'crucial', 'critical', 'pivotal'],
  ['obstacle', 'barrier', 'hurdle'],
  ['measure', 'step', 'action'],
  ['protest', 'demonstration', 'rally'],
  ['police', 'officer'],
  ['student', 'pupil'],
  ['teacher', 'headteacher'],
];

/**
 * Verb and noun forms that suffix stripping cannot join ("decided"/"decision" stem to "decid" and
 * "decis"): common English derivations, matched like synonyms.
 */
const DERIVATIONS: readonly (readonly string[])[] = [
  ['decide', 'decision'], ['conclude', 'conclusion'], ['reduce', 'reduction'], ['produce', 'production'],
  ['introduce', 'introduction'], ['fail', 'failure'], ['approve', 'approval'], ['refuse', 'refusal'],
  ['propose', 'proposal'], ['arrive', 'arrival'], ['survive', 'survival'], ['remove', 'removal'],
  ['deny', 'denial'], ['try', 'trial'], ['succeed', 'success', 'successful'], ['die', 'death', 'dead'],
  ['lose', 'loss'], ['grow', 'growth'], ['sell', 'sale'], ['speak', 'speech'], ['choose', 'choice'],
  ['believe', 'belief'], ['prove', 'proof'], ['live', 'life'], ['strong', 'strength'],
  ['long', 'length'], ['weak', 'weakness'], ['free', 'freedom'], ['wise', 'wisdom'],
  ['explode', 'explosion'], ['divide', 'division'], ['expand', 'expansion'], ['extend', 'extension'],
  ['invade', 'invasion'], ['permit', 'permission'], ['admit', 'admission'], ['describe', 'description'],
  ['respond', 'response'], ['defend', 'defence', 'defense'], ['offend', 'offence', 'offense'],
  ['intend', 'intention'], ['attend', 'attention'], ['pay', 'payment'], ['agree', 'agreement'],
  ['able', 'ability'], ['poor', 'poverty'], ['high', 'height'], ['deep', 'depth'], ['wide', 'width'],
  ['criticise', 'criticism', 'critic'], ['compete', 'competition', 'competitor'], ['employ', 'employer', 'employment'],
  ['retire', 'retirement'], ['finance', 'financial'], ['politics', 'political', 'politician'], ['nation', 'national'],
  ['history', 'historic', 'historical'], ['danger', 'dangerous'], ['warn', 'warning'], ['threaten', 'threat'],
  ['complain', 'complaint'], ['explain', 'explanation'], ['sue', 'lawsuit'], ['prosecute', 'prosecution'],
  ['merge', 'merger'], ['protect', 'protection'], ['pollute', 'pollution'], ['resign', 'resignation'],
  ['elect', 'election'], ['appoint', 'appointment'], ['announce', 'announcement'], ['manage', 'management'],
  ['govern', 'government'], ['week', 'weekly'], ['day', 'daily'], ['month', 'monthly'], ['year', 'yearly', 'annual'],
  ['safe', 'safety'], ['secure', 'security'], ['injure', 'injury'], ['negotiate', 'negotiation'],
];

function synonymMap(groups: readonly (readonly string[])[]): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const stems = [...new Set(group.map(stemWord))];
    for (const s of stems) {
      if (!map.has(s)) map.set(s, new Set());
      for (const other of stems) if (other !== s) map.get(s)!.add(other);
    }
  }
  return new Map([...map].map(([k, v]) => [k, [...v]]));
}

const CORE = synonymMap([...GROUPS, ...DERIVATIONS]);
const WITH_PARAPHRASES = synonymMap([...GROUPS, ...DERIVATIONS, ...NEWS_PARAPHRASES]);

/** Which table: the core near-synonyms and derivations, or those plus the news paraphrases. */
export type SynonymTable = 'core' | 'paraphrase';

/** Stemmed near-synonyms of a stemmed term (empty for most words). */
export function synonymsOf(term: string, table: SynonymTable = 'core'): readonly string[] {
  return (table === 'core' ? CORE : WITH_PARAPHRASES).get(term) ?? [];
}
