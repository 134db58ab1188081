import { stemWord } from './stem.ts';

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
];

const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of [...GROUPS, ...DERIVATIONS]) {
    const stems = [...new Set(group.map(stemWord))];
    for (const s of stems) {
      if (!map.has(s)) map.set(s, new Set());
      for (const other of stems) if (other !== s) map.get(s)!.add(other);
    }
  }
  return new Map([...map].map(([k, v]) => [k, [...v]]));
})();

/** Stemmed near-synonyms of a stemmed term (empty for most words). */
export function synonymsOf(term: string): readonly string[] {
  return SYNONYMS.get(term) ?? [];
}
