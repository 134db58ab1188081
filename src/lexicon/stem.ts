import { stem as porter2 } from 'porter2';
import { ownTable } from './own-table.ts';

/**
 * Irregular English forms the Snowball stemmer cannot reach (it only strips suffixes), mapped to
 * the base form whose stem they should share: "said" → "say", so a question with "say" finds a
 * quote reported with "said". General English only.
 */
const IRREGULAR: Readonly<Record<string, string>> = ownTable<string>({
  said: 'say', says: 'say', saying: 'say',
  told: 'tell', tells: 'tell',
  thought: 'think', thinks: 'think',
  wrote: 'write', written: 'write',
  spoke: 'speak', spoken: 'speak',
  was: 'be', were: 'be', is: 'be', are: 'be', am: 'be', been: 'be', being: 'be',
  has: 'have', had: 'have', having: 'have',
  did: 'do', does: 'do', done: 'do',
  went: 'go', gone: 'go', goes: 'go',
  made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give',
  came: 'come', saw: 'see', seen: 'see', knew: 'know', known: 'know',
  got: 'get', gotten: 'get', found: 'find', held: 'hold', kept: 'keep', left: 'leave',
  met: 'meet', meant: 'mean', felt: 'feel', brought: 'bring', bought: 'buy', sought: 'seek',
  taught: 'teach', fought: 'fight', began: 'begin', begun: 'begin', grew: 'grow', grown: 'grow',
  rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', led: 'lead', paid: 'pay',
  sent: 'send', spent: 'spend', built: 'build', lost: 'lose', won: 'win', chose: 'choose',
  chosen: 'choose', drove: 'drive', driven: 'drive', broke: 'break', broken: 'break',
  stood: 'stand', understood: 'understand', ran: 'run', sold: 'sell', heard: 'hear',
  struck: 'strike', shook: 'shake', shaken: 'shake', withdrew: 'withdraw', withdrawn: 'withdraw',
  men: 'man', women: 'woman', people: 'person', children: 'child',
  better: 'good', best: 'good', worse: 'bad', worst: 'bad',
});

/** Stems already computed: an article and its questions reuse a small vocabulary many times. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/** Lower-case, fold irregular forms, then Snowball (Porter2) English stemming. */
export function stemWord(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  const base = IRREGULAR[lower] ?? lower;
  // Apostrophes inside contractions ("don't") would confuse the stemmer's suffix rules.
  const stem = /[^a-z]/.test(base) ? base : porter2(base);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, stem);
  return stem;
}
