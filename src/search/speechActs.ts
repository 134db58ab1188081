/**
 * Speech acts a question can name instead of the words ("who apologised", "who blamed the
 * weather"): the act → words a statement performing it typically holds ("sorry" for apologise,
 * "fault" for blame). General English; the act's own derived forms come from WordNet. A cue
 * found in a statement counts toward the question's framing verb, at SPEECH_ACT_CREDIT.
 */
import { stemWord } from '../lexicon/stem.ts';

export const SPEECH_ACT_CREDIT = 0.6;

const ACTS: Readonly<Record<string, readonly string[]>> = {
  apologise: ['sorry', 'apology', 'apologise', 'apologize', 'regret', 'regrettable'],
  apologize: ['sorry', 'apology', 'apologise', 'apologize', 'regret', 'regrettable'],
  blame: ['fault', 'blame', 'responsible', 'caused', 'blamed'],
  accuse: ['fault', 'blame', 'accuse', 'responsible'],
  warn: ['warn', 'warning', 'risk', 'danger', 'dangerous', 'threat'],
  promise: ['promise', 'pledge', 'vow', 'guarantee', 'commit', 'committed', 'ensure'],
  pledge: ['promise', 'pledge', 'vow', 'guarantee', 'commit', 'committed'],
  vow: ['promise', 'pledge', 'vow', 'guarantee', 'commit', 'committed'],
  refuse: ['refuse', 'reject', 'decline', 'rule'],
  reject: ['refuse', 'reject', 'decline', 'unacceptable'],
  deny: ['deny', 'false', 'untrue', 'nonsense', 'wrong'],
  admit: ['admit', 'acknowledge', 'concede', 'mistake', 'wrong', 'honest'],
  acknowledge: ['admit', 'acknowledge', 'concede', 'understand', 'recognise'],
  concede: ['admit', 'acknowledge', 'concede', 'mistake', 'wrong'],
  praise: ['praise', 'great', 'brilliant', 'wonderful', 'thank', 'grateful', 'proud', 'best', 'excellent', 'remarkable'],
  complain: ['complain', 'unfair', 'fed', 'tired', 'frustrated', 'frustrating', 'angry', 'disgrace'],
  criticise: ['criticise', 'criticize', 'unfair', 'failure', 'failed', 'disgrace', 'wrong', 'poor'],
  criticize: ['criticise', 'criticize', 'unfair', 'failure', 'failed', 'disgrace', 'wrong', 'poor'],
  predict: ['predict', 'expect', 'forecast', 'likely', 'probably'],
  forecast: ['predict', 'expect', 'forecast', 'likely', 'probably'],
  joke: ['joke', 'laugh', 'funny', 'kidding'],
  threaten: ['threaten', 'court', 'unless', 'legal', 'challenge'],
  insist: ['insist', 'must', 'absolutely', 'clear'],
  dismiss: ['dismiss', 'nonsense', 'exaggerated', 'overblown'],
  thank: ['thank', 'grateful', 'gratitude'],
  worry: ['worry', 'worried', 'concern', 'concerned', 'fear', 'afraid'],
  fear: ['worry', 'worried', 'concern', 'concerned', 'fear', 'afraid'],
};

const BY_STEM = new Map<string, readonly string[]>(
  Object.entries(ACTS).map(([act, cues]) => [stemWord(act), [...new Set(cues.map(stemWord))]]),
);

/** Stemmed cue words of a stemmed speech-act verb (empty when the verb names no act). */
export function speechActCues(stem: string): readonly string[] {
  return BY_STEM.get(stem) ?? [];
}
