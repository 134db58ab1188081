import type { Attribution, SpeakerKind } from '../attribution/types.ts';
import { normaliseName } from './match.ts';
import type { VoicesResult } from './types.ts';

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes, hyphens and decimal points. */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/**
 * Who is heard in the article, as news-diversity trackers report it: per speaker, the statements
 * and the words of every statement attributed to them (quoted and reported alike), and the share of
 * all attributed words each holds. Largest voice first; ties keep the order of first quote.
 */
export function answerVoices(attribution: Attribution): VoicesResult {
  const totals = new Map<string, { statements: number; words: number }>();
  for (const quote of attribution.quotes) {
    const key = normaliseName(quote.speaker);
    const entry = totals.get(key) ?? { statements: 0, words: 0 };
    entry.statements += 1;
    entry.words += countWords(quote.quote);
    totals.set(key, entry);
  }
  const allWords = [...totals.values()].reduce((sum, entry) => sum + entry.words, 0);
  const speakers = attribution.speakers
    .map((speaker, order) => {
      const entry = totals.get(normaliseName(speaker.name)) ?? { statements: 0, words: 0 };
      return { order, name: speaker.name, kind: speakerKind(speaker.kind), ...entry, share: allWords === 0 ? 0 : entry.words / allWords };
    })
    .filter((speaker) => speaker.statements > 0)
    .sort((a, b) => b.words - a.words || b.statements - a.statements || a.order - b.order)
    .map(({ order: _order, ...speaker }) => ({ ...speaker, share: Math.round(speaker.share * 1000) / 1000 }));
  return { command: 'voices', speakers };
}

function speakerKind(kind: SpeakerKind): VoicesResult['speakers'][number]['kind'] {
  return kind === 'source' ? 'unnamed' : kind;
}
